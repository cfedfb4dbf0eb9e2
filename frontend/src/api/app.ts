// The app itself: what it runs against, and the demo workspace.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type AppStatus = viewmodel.AppStatus;

export const appApi = {
  status: (): Promise<AppStatus> => App.Status(),
  loadDemo: (): Promise<void> => App.LoadDemo(),
  removeDemo: (): Promise<void> => App.RemoveDemo(),
};
