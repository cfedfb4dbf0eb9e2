import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { LinkedFlagsCard } from '../components/release/LinkedFlagsCard';
import { linkID } from '../components/release/linkedFlags';
import { PhaseCards } from '../components/release/PhaseCards';
import { ReleaseDialog, type ReleaseDialogKind } from '../components/release/ReleaseDialog';
import { ReleaseHeader } from '../components/release/ReleaseHeader';
import { ReleaseTimeline } from '../components/release/ReleaseTimeline';
import { useKill } from '../hooks/useKill';
import { useRelease } from '../hooks/useRelease';
import { useUnlink } from '../hooks/useUnlink';

/** ReleasePage shows one release: its phases, timeline and linked flags, and the actions on them. */
export function ReleasePage() {
  const { key = '' } = useParams();
  const navigate = useNavigate();
  const release = useRelease(key);
  const [dialog, setDialog] = useState<ReleaseDialogKind>('');
  const kill = useKill(release.reload);
  const unlink = useUnlink(key, release.reload);
  const changed = (savedKey: string) => {
    setDialog('');
    if (savedKey !== key) navigate(`/releases/${encodeURIComponent(savedKey)}`);
    else release.reload();
  };

  if (release.error) return <ErrorAlert message={release.error} />;
  if (!release.data) return <Loading />;
  const { plan, flags, drift, histories } = release.data;

  return (
    <>
      <ReleaseHeader plan={plan} onOpen={setDialog} />
      <ReleaseDialog kind={dialog} release={plan.release.key} onClose={() => setDialog('')} onChanged={changed} />
      <Stack gap="lg">
        {plan.release.description && <Text>{plan.release.description}</Text>}
        <PhaseCards phases={plan.phases} />
        <ReleaseTimeline plan={plan} histories={histories} />
        <LinkedFlagsCard
          plan={plan}
          flags={flags}
          drift={drift}
          onKill={(link, on) => kill(linkID(link), on, plan.release.key)}
          onUnlink={unlink}
        />
      </Stack>
    </>
  );
}
