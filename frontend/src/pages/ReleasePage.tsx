import { ActionIcon, Anchor, Badge, Button, Card, Group, List, Menu, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconCircleDashed,
  IconDots,
  IconFileExport,
  IconLink,
  IconPencil,
  IconPlayerPlay,
  IconPower,
  IconUnlink,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage, type DriftReport, type FlagLink, type Phase, type StoredFlag } from '../api';
import { LinkFlagDialog } from '../components/LinkFlagDialog';
import { MoveDialog } from '../components/MoveDialog';
import { PlanEditor } from '../components/PlanEditor';
import { TimelineChart } from '../components/TimelineChart';
import { useKill } from '../hooks/useKill';
import { VerdictBadge } from '../components/VerdictBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { PhaseBadge } from '../components/PhaseBadge';
import { formatDate, formatDateTime, formatPercent, percentServing } from '../format';
import { useLoad } from '../hooks/useLoad';

/** ReleasePage shows one release: its phases and linked flags. */
export function ReleasePage() {
  const { key = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useLoad(async () => {
    const [plan, flags, drift, histories] = await Promise.all([
      api.getRelease(key),
      api.listFlags(),
      api.getDrift(key),
      api.releaseHistory(key),
    ]);
    return { plan, flags, drift, histories };
  }, [key]);
  const [dialog, setDialog] = useState<'' | 'advance' | 'rollback' | 'link' | 'edit'>('');
  const kill = useKill(loaded.reload);
  const closeAndReload = () => {
    setDialog('');
    loaded.reload();
  };

  if (loaded.error) return <ErrorAlert message={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const { plan, flags, drift, histories } = loaded.data;
  const activeIndex = plan.phases.findIndex((p) => p.status === 'active');
  const active = plan.phases[activeIndex];

  const exportPlan = async () => {
    try {
      const path = await api.exportPlanFile(plan.release.key);
      if (path) notifications.show({ message: `Plan saved to ${path}` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(e) });
    }
  };
  const unlink = (link: FlagLink) =>
    modals.openConfirmModal({
      title: `Unlink ${link.flag_key} (${link.environment})?`,
      children: (
        <Text size="sm">
          The release stops tracking this flag, and every phase's override for it is removed. The flag itself is not
          changed.
        </Text>
      ),
      labels: { confirm: 'Unlink', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await api.unlinkFlag(plan.release.key, link);
          loaded.reload();
        } catch (e) {
          notifications.show({ color: 'red', title: 'Could not unlink the flag', message: errorMessage(e) });
        }
      },
    });

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs">
            {plan.release.name}
            {plan.release.demo && (
              <Badge color="orange" variant="light">
                Demo
              </Badge>
            )}
          </Group>
        }
        subtitle={
          <>
            <Anchor component={Link} to="/releases" size="sm">
              Releases
            </Anchor>{' '}
            / {plan.release.key} · owner {plan.release.owner || 'unassigned'}
          </>
        }
        actions={
          <>
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              onClick={() => setDialog('advance')}
              disabled={activeIndex === plan.phases.length - 1}
            >
              {activeIndex < 0 ? 'Start first phase' : 'Advance phase'}
            </Button>
            <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDialog('rollback')} disabled={activeIndex < 1}>
              Roll back
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="More release actions">
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconLink size={14} />} onClick={() => setDialog('link')}>
                  Link a flag
                </Menu.Item>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setDialog('edit')}>
                  Edit plan (YAML)
                </Menu.Item>
                <Menu.Item leftSection={<IconFileExport size={14} />} onClick={exportPlan}>
                  Export plan file…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      {(dialog === 'advance' || dialog === 'rollback') && (
        <MoveDialog release={plan.release.key} direction={dialog} onClose={() => setDialog('')} onMoved={closeAndReload} />
      )}
      {dialog === 'link' && <LinkFlagDialog release={plan.release.key} onClose={() => setDialog('')} onLinked={closeAndReload} />}
      {dialog === 'edit' && (
        <PlanEditor
          release={plan.release.key}
          onClose={() => setDialog('')}
          onSaved={(savedKey) => {
            setDialog('');
            if (savedKey !== plan.release.key) navigate(`/releases/${encodeURIComponent(savedKey)}`);
            else loaded.reload();
          }}
        />
      )}
      <Stack gap="lg">
        {plan.release.description && <Text>{plan.release.description}</Text>}
        <Card withBorder>
          <Title order={3} mb="sm">
            Phases
          </Title>
          <SimpleGrid cols={{ base: 2, md: Math.min(plan.phases.length, 5) }} spacing="sm">
            {plan.phases.map((p) => (
              <PhaseCard key={p.name} phase={p} />
            ))}
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={3} mb="sm">
            Timeline
          </Title>
          <TimelineChart plan={plan} histories={histories} />
        </Card>
        <Card withBorder p={0}>
          <Group justify="space-between" p="md" pb="xs">
            <Title order={3}>Linked flags</Title>
            <Text size="sm" c="dimmed">
              {active ? `Expected in the active phase, “${active.name}”, against the last synced state` : 'No phase is active'}
            </Text>
          </Group>
          {plan.links.length === 0 ? (
            <Text size="sm" p="md" pt={0}>
              No flags linked yet. Use “Link a flag” in the menu to add one from the last sync.
            </Text>
          ) : (
            <LinkedFlags
              links={plan.links}
              active={active}
              flags={flags}
              drift={drift}
              onKill={(l, on) =>
                kill({ provider: l.provider, project: l.project, environment: l.environment, key: l.flag_key }, on, plan.release.key)
              }
              onUnlink={unlink}
            />
          )}
        </Card>
      </Stack>
    </>
  );
}

function PhaseCard({ phase }: { phase: Phase }) {
  return (
    <Card withBorder padding="sm" bg={phase.status === 'active' ? 'indigo.0' : undefined} data-testid="phase-card">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600}>{phase.name}</Text>
        <PhaseBadge status={phase.status} />
      </Group>
      <Text size="xs" c="dimmed">
        {formatDate(phase.planned_start)} – {formatDate(phase.planned_end)}
      </Text>
      <Text size="sm" mt={4}>
        {phase.audience || '—'}
      </Text>
      {phase.expect && (
        <Text size="xs" mt={4}>
          Expect {phase.expect.on ? `on, ${formatPercent(phase.expect.percent)}` : 'off'}
          {phase.expect.segments?.length ? ` + ${phase.expect.segments.join(', ')}` : ''}
        </Text>
      )}
      {phase.exit.length > 0 && (
        <List size="xs" mt={6} spacing={2} center>
          {phase.exit.map((c) => (
            <List.Item
              key={c.text}
              icon={
                c.done ? (
                  <IconCircleCheck size={14} color="var(--mantine-color-teal-6)" />
                ) : (
                  <IconCircleDashed size={14} color="var(--mantine-color-gray-5)" />
                )
              }
            >
              {c.text}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function findFlag(flags: StoredFlag[], link: FlagLink): StoredFlag | undefined {
  return flags.find(
    (f) =>
      f.provider === link.provider &&
      f.project === link.project &&
      f.environment === link.environment &&
      f.key === link.flag_key,
  );
}

function expectationFor(phase: Phase | undefined, link: FlagLink) {
  if (!phase) return undefined;
  const own = phase.flag_expects.find((fe) => fe.flag_key === link.flag_key && fe.environment === link.environment);
  return own?.expect ?? phase.expect;
}

function LinkedFlags({
  links,
  active,
  flags,
  drift,
  onKill,
  onUnlink,
}: {
  links: FlagLink[];
  active?: Phase;
  flags: StoredFlag[];
  drift: DriftReport;
  onKill: (link: FlagLink, on: boolean) => void;
  onUnlink: (link: FlagLink) => void;
}) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Flag</Table.Th>
          <Table.Th>Environment</Table.Th>
          <Table.Th>Released variation</Table.Th>
          <Table.Th>Expected</Table.Th>
          <Table.Th>Actual</Table.Th>
          <Table.Th>Last synced</Table.Th>
          <Table.Th>Verdict</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {links.map((l) => {
          const flag = findFlag(flags, l);
          const expect = expectationFor(active, l);
          const verdict = drift.flags.find(
            (d) => d.provider === l.provider && d.project === l.project && d.environment === l.environment && d.key === l.flag_key,
          );
          return (
            <Table.Tr key={l.id} data-testid="linked-flag">
              <Table.Td>
                <Text fw={500}>{l.flag_key}</Text>
                <Text size="xs" c="dimmed">
                  {l.provider} · {l.project}
                </Text>
              </Table.Td>
              <Table.Td>{l.environment}</Table.Td>
              <Table.Td>
                <code>{l.variation}</code>
              </Table.Td>
              <Table.Td>{expect ? (expect.on ? `On, ${formatPercent(expect.percent)}` : 'Off') : '—'}</Table.Td>
              <Table.Td>
                {flag ? (flag.on ? `On, ${formatPercent(percentServing(flag, l.variation))}` : 'Off') : 'Not synced'}
              </Table.Td>
              <Table.Td>{flag ? formatDateTime(flag.checked_at) : '—'}</Table.Td>
              <Table.Td maw={320}>
                {verdict ? (
                  <>
                    <VerdictBadge verdict={verdict.verdict} />
                    <Text size="xs" c="dimmed" mt={2}>
                      {verdict.reason}
                    </Text>
                  </>
                ) : (
                  <Text size="xs" c="dimmed">
                    Not planned in this phase
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {(!flag || flag.on) && (
                    <Button size="xs" color="red" variant="light" leftSection={<IconPower size={14} />} onClick={() => onKill(l, false)}>
                      Kill
                    </Button>
                  )}
                  {flag && !flag.on && (
                    <Button size="xs" color="teal" variant="light" leftSection={<IconPower size={14} />} onClick={() => onKill(l, true)}>
                      Restore
                    </Button>
                  )}
                  <Tooltip label="Unlink from this release">
                    <ActionIcon variant="subtle" color="gray" aria-label={`Unlink ${l.flag_key} in ${l.environment}`} onClick={() => onUnlink(l)}>
                      <IconUnlink size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
