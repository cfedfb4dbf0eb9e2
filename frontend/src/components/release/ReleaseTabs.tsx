import { Stack, Tabs, Text } from '@mantine/core';
import { IconChartLine, IconFileText, IconLayoutList, IconMessages, IconSpeakerphone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTab } from '../../hooks/useTab';
import type { useRelease } from '../../hooks/useRelease';
import { FeedbackTab } from '../feedback/FeedbackTab';
import { AdoptionCard } from '../metrics/AdoptionCard';
import { MetricsCard } from '../metrics/MetricsCard';
import { ReportView } from '../report/ReportView';
import { PhaseCards } from './PhaseCards';
import { ReleaseTimeline } from './ReleaseTimeline';

const tabs = ['overview', 'metrics', 'feedback', 'report', 'notices'] as const;

type Loaded = NonNullable<ReturnType<typeof useRelease>['data']>;

/**
 * ReleaseTabs are the release page below its verdict: the overview (phases
 * and criteria, linked flags, timeline), metrics and adoption, customer
 * feedback, the rollout report, and who to tell after a kill or rollback.
 * Only the open tab is drawn.
 */
export function ReleaseTabs({
  data,
  linkedFlags,
  whoToTell,
  onChanged,
}: {
  data: Loaded;
  linkedFlags: ReactNode;
  whoToTell: ReactNode;
  onChanged: () => void;
}) {
  const [tab, setTab] = useTab(tabs);
  const { plan, histories, readiness, values } = data;
  const key = plan.release.key;
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="overview" leftSection={<IconLayoutList size={16} />}>
          Overview
        </Tabs.Tab>
        <Tabs.Tab value="metrics" leftSection={<IconChartLine size={16} />}>
          Metrics & adoption
        </Tabs.Tab>
        <Tabs.Tab value="feedback" leftSection={<IconMessages size={16} />}>
          Feedback
        </Tabs.Tab>
        <Tabs.Tab value="report" leftSection={<IconFileText size={16} />}>
          Report
        </Tabs.Tab>
        <Tabs.Tab value="notices" leftSection={<IconSpeakerphone size={16} />}>
          Who to tell
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview">
        <Stack gap="lg">
          {plan.release.description && <Text>{plan.release.description}</Text>}
          <PhaseCards release={key} phases={plan.phases} reasons={readiness.reasons} onChanged={onChanged} />
          {linkedFlags}
          <ReleaseTimeline plan={plan} histories={histories} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="metrics">
        <Stack gap="lg">
          <MetricsCard release={key} readiness={readiness} values={values} onChanged={onChanged} />
          <AdoptionCard release={key} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="feedback">
        <FeedbackTab release={key} phases={plan.phases.map((p) => p.name)} onChanged={onChanged} />
      </Tabs.Panel>
      <Tabs.Panel value="report">
        <ReportView release={key} />
      </Tabs.Panel>
      <Tabs.Panel value="notices">{whoToTell}</Tabs.Panel>
    </Tabs>
  );
}
