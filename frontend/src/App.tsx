import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { HashRouter } from 'react-router-dom';
import { AppToasts } from './components/Toasts';
import { Shell } from './Shell';
import { theme } from './theme';

/** App wires the theme, notifications and router around the shell. */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ModalsProvider>
        <AppToasts />
        <HashRouter>
          <Shell />
        </HashRouter>
      </ModalsProvider>
    </MantineProvider>
  );
}
