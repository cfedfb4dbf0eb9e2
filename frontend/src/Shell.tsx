import { AppShell, Badge, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconFlag,
  IconHistory,
  IconLifebuoy,
  IconMail,
  IconRocket,
  IconSettings,
} from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { NavLink as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { api } from './api';
import { ErrorAlert } from './components/ErrorAlert';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Loading } from './components/Loading';
import { useLoad } from './hooks/useLoad';
import { DemoBanner } from './components/DemoBanner';
import { showDriftChanges } from './components/DriftToasts';
import { showReadinessChanges } from './components/ReadinessToasts';

// Each page is its own chunk, loaded when first visited, so the window starts
// with only the shell and the page it opens on.
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const CommunicationsPage = lazy(() => import('./pages/CommunicationsPage').then((m) => ({ default: m.CommunicationsPage })));
const FlagsPage = lazy(() => import('./pages/FlagsPage').then((m) => ({ default: m.FlagsPage })));
const ReleasePage = lazy(() => import('./pages/ReleasePage').then((m) => ({ default: m.ReleasePage })));
const ReleasesPage = lazy(() => import('./pages/ReleasesPage').then((m) => ({ default: m.ReleasesPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const SupportPage = lazy(() => import('./pages/SupportPage').then((m) => ({ default: m.SupportPage })));

const sections = [
  { path: '/releases', label: 'Releases', icon: IconRocket },
  { path: '/flags', label: 'Flags', icon: IconFlag },
  { path: '/communications', label: 'Communications', icon: IconMail },
  { path: '/support', label: 'Support guides', icon: IconLifebuoy },
  { path: '/settings', label: 'Settings', icon: IconSettings },
  { path: '/audit', label: 'Audit log', icon: IconHistory },
];

/** Shell is the window frame: navigation on the left, the page on the right. */
export function Shell() {
  const location = useLocation();
  // Bumped when the workspace changes underneath every page (demo loaded or
  // removed), so the current page remounts and reloads its data.
  const [revision, setRevision] = useState(0);
  const status = useLoad(() => api.status(), [location.pathname, revision]);
  const workspaceChanged = () => setRevision((r) => r + 1);
  useEffect(() => api.onDriftChanged(showDriftChanges), []);
  useEffect(() => api.onReadinessChanged(showReadinessChanges), []);

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="xs">
        <AppShell.Section>
          <Group gap={8} px="xs" py="sm">
            <IconRocket size={22} color="var(--mantine-color-indigo-6)" />
            <Text fw={700} size="lg">
              Rollout Desk
            </Text>
          </Group>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label="Main">
            {sections.map(({ path, label, icon: Icon }) => (
              <NavLink
                key={path}
                component={RouterLink}
                to={path}
                label={label}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={location.pathname.startsWith(path)}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={4} px="xs" py="xs">
            {status.data?.demo_active && (
              <Badge color="orange" variant="light" size="sm">
                Demo workspace
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              Version {status.data?.version ?? '…'}
            </Text>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {status.loading && !status.data ? (
          <Loading />
        ) : status.error || status.data?.startup_error ? (
          <StartupError message={status.error ?? status.data!.startup_error} dataDir={status.data?.data_dir} logFile={status.data?.log_file} />
        ) : (
          <ErrorBoundary key={`${location.pathname}#${revision}`}>
            {status.data?.demo_active && <DemoBanner onChange={workspaceChanged} />}
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<Navigate to="/releases" replace />} />
                <Route path="/releases" element={<ReleasesPage onDemoChange={workspaceChanged} />} />
                <Route path="/releases/:key" element={<ReleasePage />} />
                <Route path="/flags" element={<FlagsPage />} />
                <Route path="/communications" element={<CommunicationsPage />} />
                <Route path="/support" element={<SupportPage />} />
                <Route path="/settings" element={<SettingsPage onDemoChange={workspaceChanged} />} />
                <Route path="/audit" element={<AuditPage />} />
                <Route path="*" element={<Navigate to="/releases" replace />} />
              </Routes>
            </Suspense>
          </ErrorBoundary>
        )}
      </AppShell.Main>
    </AppShell>
  );
}

function StartupError({ message, dataDir, logFile }: { message: string; dataDir?: string; logFile?: string }) {
  return (
    <Stack maw={720}>
      <ErrorAlert title="Rollout Desk could not open its workspace" message={message} />
      {dataDir && (
        <Text size="sm">
          Data directory: <code>{dataDir}</code>
          <br />
          Log file: <code>{logFile}</code>
          <br />
          Start with another folder with <code>rolloutdesk --data-dir DIR</code>.
        </Text>
      )}
    </Stack>
  );
}
