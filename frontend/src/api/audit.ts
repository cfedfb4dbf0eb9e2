// The audit log.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type AuditEvent = viewmodel.AuditEvent;
/** AuditFilter narrows the audit log; since is an RFC 3339 time. */
export type AuditFilter = viewmodel.AuditFilter;

export const auditApi = {
  listAudit: (filter: AuditFilter = {}): Promise<AuditEvent[]> => App.ListAudit(filter),
};
