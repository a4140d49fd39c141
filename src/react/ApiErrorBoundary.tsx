import { Component, createContext, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { normalizeApiError, redactSecrets, type ApiError, type ResolvedApiError } from '../core/index.js';
import { callSafely } from './context.js';
import { useResolved } from './useResolved.js';
import { DefaultBoundaryFallback } from './DefaultBoundaryFallback.js';
import { RenderCallback, RenderGuard } from './RenderGuard.js';

/** What a fallback gets: the failure, localized where the boundary is, and a way to try again. */
export interface ApiErrorFallbackProps {
  /** The caught failure, resolved in the nearest provider's locale (secret-free). */
  error: ResolvedApiError;
  /** Clears the error and renders the children again ("Try again"). */
  resetErrorBoundary(): void;
}

/** Why the boundary reset, for `onReset`. */
export type ApiErrorBoundaryResetDetails =
  { reason: 'imperative' } | { reason: 'keys'; previousKeys: readonly unknown[]; nextKeys: readonly unknown[] };

/** What `onError` gets besides the error: enough for a logger, nothing secret. */
export interface ApiErrorBoundaryErrorInfo {
  /** React's component stack of where it was thrown. */
  componentStack: string;
  /** The thrown value's `name` (`'TypeError'`, `'MexcApiError'`), or its type when it had none. */
  errorName: string;
  /** Its stack trace with secrets (keys, signatures, tokens) redacted, when it had one. */
  stack?: string;
}

interface BoundaryBaseProps {
  /** What the boundary guards: rendered until it throws, and again after a reset. */
  children?: ReactNode;
  /** When any of these change while the fallback shows, the boundary resets itself. */
  resetKeys?: readonly unknown[];
  /** Called before the boundary resets: why ("Try again" or changed `resetKeys`, with both key lists). */
  onReset?: (details: ApiErrorBoundaryResetDetails) => void;
  /** Called once per caught error with the normalized, secret-free error and what a logger needs. */
  onError?: (error: ApiError, info: ApiErrorBoundaryErrorInfo) => void;
}

/** Props of {@link ApiErrorBoundary}: at most one of `fallback`, `FallbackComponent`, `fallbackRender`. */
export type ApiErrorBoundaryProps = BoundaryBaseProps &
  (
    | {
        /** A fixed fallback element. */
        fallback: ReactNode;
        FallbackComponent?: never;
        fallbackRender?: never;
      }
    | {
        fallback?: never;
        /** A component rendered with {@link ApiErrorFallbackProps}. */
        FallbackComponent: ComponentType<ApiErrorFallbackProps>;
        fallbackRender?: never;
      }
    | {
        fallback?: never;
        FallbackComponent?: never;
        /** A function rendering the fallback from {@link ApiErrorFallbackProps}. */
        fallbackRender: (props: ApiErrorFallbackProps) => ReactNode;
      }
    | {
        /** Without a fallback prop the kit's own fallback shows: the localized toast plus "Try again". */
        fallback?: never;
        FallbackComponent?: never;
        fallbackRender?: never;
      }
  );

interface State {
  error: ApiError | null;
}

/** Lets `useApiErrorBoundary` reach the nearest boundary. */
export const ApiErrorBoundaryContext = /* @__PURE__ */ createContext<{ reset(): void } | null>(null);

const changed = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((item, index) => !Object.is(item, b[index]));

function nameOf(thrown: unknown): string {
  try {
    const name = (thrown as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name !== '') return name.slice(0, 100);
  } catch {
    // a hostile getter: the type is all we say
  }
  return thrown === null ? 'null' : typeof thrown;
}

function stackOf(thrown: unknown): string | undefined {
  try {
    const stack = (thrown as { stack?: unknown } | null)?.stack;
    return typeof stack === 'string' ? redactSecrets(stack.slice(0, 10_000)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Catches render errors below it and shows the failure's localized title, message and actions with a
 * "Try again" button. Inside react-query's `QueryErrorResetBoundary`, use `QueryApiErrorBoundary` from
 * `mexc-error-kit/query` so that "Try again" refetches the failed queries.
 *
 * @example
 * <ApiErrorBoundary resetKeys={[symbol]} onError={(error, { componentStack }) => log(error.code, componentStack)}>
 *   <PositionsPanel />
 * </ApiErrorBoundary>
 */
export class ApiErrorBoundary extends Component<ApiErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(thrown: unknown): State {
    return { error: normalizeApiError(thrown) };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo) {
    const error = this.state.error ?? normalizeApiError(thrown);
    const details: ApiErrorBoundaryErrorInfo = { componentStack: info.componentStack ?? '', errorName: nameOf(thrown) };
    const stack = stackOf(thrown);
    if (stack !== undefined) details.stack = stack;
    callSafely('onError', this.props.onError, error, details);
  }

  override componentDidUpdate(previous: ApiErrorBoundaryProps, previousState: State) {
    const { resetKeys } = this.props;
    if (this.state.error !== null && previousState.error !== null && changed(previous.resetKeys, resetKeys)) {
      this.reset({ reason: 'keys', previousKeys: previous.resetKeys ?? [], nextKeys: resetKeys ?? [] });
    }
  }

  reset = (details: ApiErrorBoundaryResetDetails) => {
    callSafely('onReset', this.props.onReset, details);
    this.setState({ error: null });
  };

  private readonly boundaryApi = { reset: () => this.reset({ reason: 'imperative' }) };

  override render() {
    const { children, fallback, FallbackComponent, fallbackRender } = this.props as BoundaryProps & { children?: ReactNode };
    const { error } = this.state;
    if (error === null) return <ApiErrorBoundaryContext.Provider value={this.boundaryApi}>{children}</ApiErrorBoundaryContext.Provider>;
    return (
      <ApiErrorBoundaryContext.Provider value={this.boundaryApi}>
        <BoundaryFallback error={error} reset={this.boundaryApi.reset} custom={{ fallback, FallbackComponent, fallbackRender }} />
      </ApiErrorBoundaryContext.Provider>
    );
  }
}

interface BoundaryFallbackProps {
  error: ApiError;
  reset(): void;
  custom: Pick<BoundaryProps, 'fallback' | 'FallbackComponent' | 'fallbackRender'>;
}

type BoundaryProps = {
  fallback?: ReactNode;
  FallbackComponent?: ComponentType<ApiErrorFallbackProps>;
  fallbackRender?: (props: ApiErrorFallbackProps) => ReactNode;
};

/** Resolves the caught failure where it is shown, then renders the app's fallback or the kit's. */
function BoundaryFallback({ error, reset, custom }: BoundaryFallbackProps) {
  const { resolved, ready } = useResolved(error);
  if (resolved === null || !ready) return null;
  const props: ApiErrorFallbackProps = { error: resolved, resetErrorBoundary: reset };
  const builtIn = <DefaultBoundaryFallback {...props} />;
  const { fallback, FallbackComponent, fallbackRender } = custom;
  // Custom fallbacks render inside a guard, as components, so that one that throws is caught there.
  const guard = (content: ReactNode) => (
    <RenderGuard what="An error boundary fallback" fallback={builtIn}>
      {content}
    </RenderGuard>
  );
  if (fallbackRender) return guard(<RenderCallback render={fallbackRender} props={props} />);
  if (FallbackComponent) return guard(<FallbackComponent {...props} />);
  if (fallback !== undefined) return guard(fallback);
  return builtIn;
}
