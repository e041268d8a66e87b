import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a shown error is cleared. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/** Shows a readable message instead of a white screen when a page fails to render or load. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the component stack for developers; no user data is involved.
    console.error('Page error:', error.message, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunkFailed = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    );
    return (
      <section className="error-page" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong on this page</h1>
        <p>
          {chunkFailed
            ? 'Part of the app could not be loaded. If the app was just updated, reload the page; if you are offline, reconnect and try again.'
            : 'This page hit an unexpected error. Your saved projects are not affected.'}
        </p>
        <p className="error-detail">
          <strong>Details:</strong> <code>{error.message}</code>
        </p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </p>
      </section>
    );
  }
}
