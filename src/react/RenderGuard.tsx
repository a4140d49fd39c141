import { Component, type ReactNode } from 'react';
import { reportCallbackError } from './context.js';

/** Props of {@link RenderGuard}. */
interface RenderGuardProps {
  /** What is guarded, for the report (`'renderToast'`). */
  what: string;
  /** Rendered instead of `children` once they have thrown. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Renders app-supplied UI (a `renderToast`, a boundary fallback); if it throws, reports the error once
 * and renders the kit's own `fallback` from then on, so a broken callback can neither loop nor take the
 * app down.
 */
export class RenderGuard extends Component<RenderGuardProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    reportCallbackError(this.props.what, error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Calls `render(props)` as a component, so that what it throws is caught by the guard around it. */
export function RenderCallback<P>({ render, props }: { render: (props: P) => ReactNode; props: P }) {
  return render(props);
}
