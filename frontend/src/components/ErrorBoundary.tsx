import { Component, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface State {
  error: Error | null;
}

/** ErrorBoundary keeps a rendering bug from blanking the window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (this.state.error) {
      return <ErrorAlert title="This page failed to display" message={this.state.error.message} />;
    }
    return this.props.children;
  }
}
