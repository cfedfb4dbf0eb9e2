import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { theme } from '../theme';

/** renderPage renders ui inside the providers the app uses (toasts included), at route path. */
export function renderPage(ui: ReactElement, path = '/') {
  return render(
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications />
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </ModalsProvider>
    </MantineProvider>,
  );
}
