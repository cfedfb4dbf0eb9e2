// The only module that talks to the Go side. Pages import from here, never
// from the generated wailsjs bindings, so tests can replace this one module.
// Each area's calls and types live in its own file; the types are the Go
// view models (backend/viewmodel), the event payloads are generated
// (events.gen.ts).
import { actionsApi } from './actions';
import { appApi } from './app';
import { auditApi } from './audit';
import { commsApi } from './comms';
import { connectionsApi } from './connections';
import { driftApi } from './drift';
import { feedbackApi } from './feedback';
import { flagsApi } from './flags';
import { readinessApi } from './readiness';
import { releasesApi } from './releases';
import { reportApi } from './report';
import { statusApi } from './status';
import { supportApi } from './support';

export type * from './actions';
export type * from './app';
export type * from './audit';
export type * from './comms';
export type * from './connections';
export type * from './drift';
export type * from './feedback';
export type * from './flags';
export type * from './readiness';
export type * from './releases';
export type * from './report';
export type * from './status';
export type * from './support';

export const api = {
  ...appApi,
  ...releasesApi,
  ...flagsApi,
  ...connectionsApi,
  ...driftApi,
  ...actionsApi,
  ...commsApi,
  ...supportApi,
  ...auditApi,
  ...readinessApi,
  ...feedbackApi,
  ...reportApi,
  ...statusApi,
};

export type Api = typeof api;

/** errorMessage turns a rejected binding call into readable text. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  return JSON.stringify(err);
}
