import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { ReadinessPanel } from '../components/readiness/ReadinessPanel';
import { LinkedFlagsCard } from '../components/release/LinkedFlagsCard';
import { linkID } from '../components/release/linkedFlags';
import { ReleaseDialog, type ReleaseDialogKind } from '../components/release/ReleaseDialog';
import { ReleaseHeader } from '../components/release/ReleaseHeader';
import { ReleaseTabs } from '../components/release/ReleaseTabs';
import { ReleaseStatusBar } from '../components/status/ReleaseStatusBar';
import { WaitingNotices } from '../components/notices/WaitingNotices';
import { WhoToTell } from '../components/notices/WhoToTell';
import { useKill } from '../hooks/useKill';
import { useNotices } from '../hooks/useNotices';
import { useReadinessEvents } from '../hooks/useReadinessEvents';
import { useRelease } from '../hooks/useRelease';
import { useUnlink } from '../hooks/useUnlink';

/** ReleasePage shows one release: whether it may advance and why, then its phases, flags, metrics, feedback and report, and the actions on them. */
export function ReleasePage() {
  const { key = '' } = useParams();
  const navigate = useNavigate();
  const release = useRelease(key);
  useReadinessEvents(release.reload);
  const [dialog, setDialog] = useState<ReleaseDialogKind>('');
  const kill = useKill(release.reload);
  const unlink = useUnlink(key, release.reload);
  const notices = useNotices(key, release.data);
  const changed = (savedKey: string) => {
    setDialog('');
    if (savedKey !== key) navigate(`/releases/${encodeURIComponent(savedKey)}`);
    else release.reload();
  };

  if (release.error) return <ErrorAlert message={release.error} />;
  if (!release.data) return <Loading />;
  const { plan, flags, drift, readiness } = release.data;

  return (
    <>
      <ReleaseHeader plan={plan} onOpen={setDialog} />
      <ReleaseStatusBar release={plan.release.key} onSynced={release.reload} />
      <ReleaseDialog kind={dialog} release={plan.release.key} onClose={() => setDialog('')} onChanged={changed} />
      <Stack gap="lg">
        <ReadinessPanel readiness={readiness} />
        <WaitingNotices notices={notices.data} />
        <ReleaseTabs
          data={release.data}
          onChanged={release.reload}
          whoToTell={<WhoToTell release={plan.release.key} notices={notices} />}
          linkedFlags={
            <LinkedFlagsCard
              plan={plan}
              flags={flags}
              drift={drift}
              onKill={(link, on) => kill(linkID(link), on, plan.release.key)}
              onUnlink={unlink}
            />
          }
        />
      </Stack>
    </>
  );
}
