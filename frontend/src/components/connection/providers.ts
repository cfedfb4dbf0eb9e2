import type { ConnectionDraft } from '../../api';

/** ProviderText is what the connection form says about one provider's fields. */
export interface ProviderText {
  baseURL: string;
  baseURLHelp: string;
  project: string;
  projectHelp: string;
  envHelp: string;
  tokenEnv: string;
}

/** providerText holds the connection form's labels and help, by provider. */
export const providerText: Record<string, ProviderText> = {
  launchdarkly: {
    baseURL: 'https://app.launchdarkly.com',
    baseURLHelp: "Change it for LaunchDarkly's federal or EU sites, or a proxy",
    project: 'Project key',
    projectHelp: 'The key, not the name (e.g. default)',
    envHelp: 'Environment keys; leave empty to read every environment',
    tokenEnv: 'LAUNCHDARKLY_API_TOKEN',
  },
  split: {
    baseURL: 'https://api.split.io/internal/api/v2',
    baseURLHelp: 'Change it only for a proxy in front of the Split Admin API',
    project: 'Workspace',
    projectHelp: 'Workspace name or id',
    envHelp: 'Environment names (case-sensitive) or ids; leave empty to read every environment',
    tokenEnv: 'SPLIT_ADMIN_API_KEY',
  },
};

/** emptyDraft is a new connection before anything is typed. */
export const emptyDraft: ConnectionDraft = {
  name: '',
  provider: 'launchdarkly',
  base_url: '',
  project: '',
  environments: [],
  workspace_id: '',
  environment_ids: [],
  auth: '',
  sync_every_minutes: 0,
};
