import { Button, Text } from '@mantine/core';
import { IconFileImport, IconPlus, IconRocket } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { NewReleaseDialog } from '../components/NewReleaseDialog';
import { PageHeader } from '../components/PageHeader';
import { ReleasesTable } from '../components/releases/ReleasesTable';
import { useAction } from '../hooks/useAction';
import { useLoadDemo } from '../hooks/useDemo';
import { useLoad } from '../hooks/useLoad';
import { useReadinessEvents } from '../hooks/useReadinessEvents';

/** ReleasesPage lists every release with where it stands (Now / Next / Due) and whether it may advance. */
export function ReleasesPage({ onDemoChange }: { onDemoChange: () => void }) {
  const releases = useLoad(async () => {
    const [list, drift, readiness, status] = await Promise.all([
      api.listReleases(),
      api.listDriftSummaries(),
      api.listReadiness(),
      api.listStatusLines(),
    ]);
    return list.map((release) => ({
      release,
      drift: drift.find((d) => d.release === release.key),
      readiness: readiness.find((r) => r.release === release.key),
      status: status.find((l) => l.release === release.key),
    }));
  }, []);
  useReadinessEvents(releases.reload);
  const loadDemo = useLoadDemo(onDemoChange);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const open = (key: string) => navigate(`/releases/${encodeURIComponent(key)}`);
  const importPlan = useAction(api.importPlanFile, { errorTitle: 'The plan file was not imported', sticky: true });
  const importAndOpen = async () => {
    const imported = await importPlan.run();
    if (imported.ok && imported.value) open(imported.value);
  };

  return (
    <>
      <PageHeader
        title="Releases"
        subtitle="Phased launches and where each one stands."
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={importAndOpen}>
              Import plan…
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New release
            </Button>
          </>
        }
      />
      {creating && <NewReleaseDialog onClose={() => setCreating(false)} onCreated={open} />}
      {releases.error && <ErrorAlert message={releases.error} />}
      {releases.loading && !releases.data && <Loading />}
      {releases.data?.length === 0 && (
        <EmptyState icon={<IconRocket />} title="No releases yet">
          <Text size="sm" c="dimmed">
            A release ties the flags of one launch to its phases. Create one, import a plan file, or explore the demo
            workspace to see how it works.
          </Text>
          <Button onClick={loadDemo}>Load demo workspace</Button>
        </EmptyState>
      )}
      {releases.data && releases.data.length > 0 && <ReleasesTable releases={releases.data} />}
    </>
  );
}
