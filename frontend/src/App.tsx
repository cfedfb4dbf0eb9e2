import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router-dom';
import { ReadinessToasts } from './components/ReadinessToasts';
import { Shell } from './Shell';
import { theme } from './theme';

/** App wires the theme, notifications and router around the shell. */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <ReadinessToasts />
        <HashRouter>
          <Shell />
        </HashRouter>
      </ModalsProvider>
    </MantineProvider>
  );
}
