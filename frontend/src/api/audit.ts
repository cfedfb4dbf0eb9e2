// The audit log, and who it names for your actions.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type AuditEvent = viewmodel.AuditEvent;
/** AuditFilter narrows the audit log; since is an RFC 3339 time. */
export type AuditFilter = viewmodel.AuditFilter;
/** Identity is who the audit log names for your actions: the name set in Settings, else the OS user. */
export type Identity = viewmodel.Identity;

export const auditApi = {
  listAudit: (filter: AuditFilter = {}): Promise<AuditEvent[]> => App.ListAudit(filter),
  yourName: (): Promise<Identity> => App.YourName(),
  /** setYourName saves the name the audit log records; '' goes back to the OS user. */
  setYourName: (name: string): Promise<Identity> => App.SetYourName(name),
};
