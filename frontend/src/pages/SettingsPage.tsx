import { Stack } from '@mantine/core';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { ConnectionsCard } from '../components/settings/ConnectionsCard';
import { DemoCard } from '../components/settings/DemoCard';
import { SMTPSettingsCard } from '../components/settings/SMTPSettingsCard';
import { SyncHistoryCard } from '../components/settings/SyncHistoryCard';
import { WorkspaceCard } from '../components/settings/WorkspaceCard';
import { YourNameCard } from '../components/settings/YourNameCard';
import { useSettings } from '../hooks/useSettings';

/** SettingsPage shows your name, the provider connections, email, the demo switch and the workspace. */
export function SettingsPage({ onDemoChange }: { onDemoChange: () => void }) {
  const settings = useSettings();
  if (settings.error) return <ErrorAlert message={settings.error} />;
  if (!settings.data) return <Loading />;
  const { status, connections, syncs } = settings.data;

  return (
    <>
      <PageHeader title="Settings" subtitle="Your name, provider connections, email and the demo." />
      <Stack gap="lg">
        <YourNameCard />
        <ConnectionsCard connections={connections} onChanged={settings.reload} />
        <SyncHistoryCard syncs={syncs} />
        <SMTPSettingsCard />
        <DemoCard active={status.demo_active} onChange={onDemoChange} />
        <WorkspaceCard status={status} />
      </Stack>
    </>
  );
}
