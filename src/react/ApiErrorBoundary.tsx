import { Component, createContext, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { normalizeApiError, type ApiError, type ResolvedApiError } from '../core/index';
import { ApiErrorContext, reportCallbackError, type ApiErrorContextValue } from './context';
import { DefaultBoundaryFallback } from './DefaultBoundaryFallback';
import { RenderCallback, RenderGuard } from './RenderGuard';

/** What a fallback gets: the failure, localized, and a way to try again. */
export interface ApiErrorFallbackProps {
  error: ResolvedApiError;
  resetErrorBoundary(): void;
}

/** Props of {@link ApiErrorBoundary}. */
export interface ApiErrorBoundaryProps {
  /** What the boundary guards: rendered until it throws, and again after a reset. */
  children?: ReactNode;
  /** A fixed fallback element. */
  fallback?: ReactNode;
  /** A component rendered with {@link ApiErrorFallbackProps}. */
  FallbackComponent?: ComponentType<ApiErrorFallbackProps>;
  /** A function rendering the fallback. Takes precedence over `FallbackComponent` and `fallback`. */
  fallbackRender?: (props: ApiErrorFallbackProps) => ReactNode;
  /** When any of these change while the fallback shows, the boundary resets itself. */
  resetKeys?: readonly unknown[];
  /** Called before the boundary resets (Try again, `resetKeys`): refetch, clear caches. */
  onReset?: (details: { reason: 'imperative' | 'keys' }) => void;
  /** Called once per caught error with the normalized, secret-free error and React's info. */
  onError?: (error: ApiError, info: ErrorInfo) => void;
}

interface State {
  error: unknown;
  hasError: boolean;
}

/** Lets `useApiErrorBoundary` reach the nearest boundary. */
export const ApiErrorBoundaryContext = createContext<{ reset(): void } | null>(null);

const changed = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((item, index) => !Object.is(item, b[index]));

/**
 * Catches render errors below it and shows the failure's localized title, message and actions with a
 * "Try again" button. Inside react-query's `QueryErrorResetBoundary`, use `QueryApiErrorBoundary` from
 * `mexc-error-kit/query` so that "Try again" refetches the failed queries.
 *
 * @example
 * <ApiErrorBoundary resetKeys={[symbol]} onError={(error) => log(error.code)}>
 *   <PositionsPanel />
 * </ApiErrorBoundary>
 */
export class ApiErrorBoundary extends Component<ApiErrorBoundaryProps, State> {
  static override contextType = ApiErrorContext;
  declare context: ApiErrorContextValue;
  override state: State = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    try {
      this.props.onError?.(normalizeApiError(error), info);
    } catch (thrown) {
      reportCallbackError('onError', thrown);
    }
  }

  override componentDidUpdate(previous: ApiErrorBoundaryProps, previousState: State) {
    if (this.state.hasError && previousState.hasError && changed(previous.resetKeys, this.props.resetKeys)) this.reset('keys');
  }

  reset = (reason: 'imperative' | 'keys' = 'imperative') => {
    try {
      this.props.onReset?.({ reason });
    } catch (thrown) {
      reportCallbackError('onReset', thrown);
    }
    this.setState({ error: null, hasError: false });
  };

  private readonly boundaryApi = { reset: () => this.reset('imperative') };

  override render() {
    const { children, fallback, FallbackComponent, fallbackRender } = this.props;
    if (!this.state.hasError) {
      return <ApiErrorBoundaryContext.Provider value={this.boundaryApi}>{children}</ApiErrorBoundaryContext.Provider>;
    }
    const props: ApiErrorFallbackProps = { error: this.context.resolve(this.state.error), resetErrorBoundary: this.boundaryApi.reset };
    const builtIn = <DefaultBoundaryFallback {...props} />;
    let content: ReactNode = builtIn;
    // Custom fallbacks render inside a guard, as components, so that one that throws is caught there.
    const guard = (custom: ReactNode) => (
      <RenderGuard what="An error boundary fallback" fallback={builtIn}>
        {custom}
      </RenderGuard>
    );
    if (fallbackRender) content = guard(<RenderCallback render={fallbackRender} props={props} />);
    else if (FallbackComponent) content = guard(<FallbackComponent {...props} />);
    else if (fallback !== undefined) content = guard(fallback);
    return <ApiErrorBoundaryContext.Provider value={this.boundaryApi}>{content}</ApiErrorBoundaryContext.Provider>;
  }
}
