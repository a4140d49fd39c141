// Stories that break something on purpose (a panel throwing 2005 into an error boundary, a fallback that
// crashes) declare it, and the preview keeps React's and the kit's reports of exactly those errors out
// of the console while the story is mounted. Anything else still reaches the console.
//
//   parameters: { expectedErrors: [(error) => error instanceof MexcApiError && error.code === 2005] }
//
// A play function can assert what was silenced with `silencedErrorReports()`.

/** An error a story provokes: its exact `message`, a RegExp for the message, or a predicate. */
export type ExpectedError = string | RegExp | ((error: unknown) => boolean);

/** The story parameter read by the preview (.storybook/preview.tsx). */
export interface ExpectedErrorsParameters {
  expectedErrors?: readonly ExpectedError[];
}

/** One console report that was held back. */
export interface SilencedReport {
  /** `react`: "The above error occurred in <X>…"; `kit`: "[mexc-error-kit] … threw:". */
  source: 'react' | 'kit';
  error: unknown;
}

interface Scope {
  matchers: readonly ExpectedError[];
  silenced: SilencedReport[];
}

const REACT_CAUGHT = 'The above error occurred in';
const KIT_PREFIX = '[mexc-error-kit] ';

let scopes: Scope[] = [];
let latest: Scope | null = null;
let passThrough: typeof console.error | null = null;
let filter: typeof console.error | null = null;

function messageOf(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}

function matches(matcher: ExpectedError, error: unknown): boolean {
  if (typeof matcher === 'function') return matcher(error);
  const message = messageOf(error);
  if (message === undefined) return false;
  return typeof matcher === 'string' ? message === matcher : matcher.test(message);
}

/** Which kind of report this console.error call is, and about which error; `null` for anything else. */
function classify(args: readonly unknown[]): SilencedReport | null {
  const texts = args.filter((arg): arg is string => typeof arg === 'string');
  if (texts.some((text) => text.startsWith(REACT_CAUGHT))) {
    const error = args.find((arg) => typeof arg === 'object' && arg !== null);
    return error === undefined ? null : { source: 'react', error };
  }
  const [first, error] = args;
  if (typeof first === 'string' && first.startsWith(KIT_PREFIX) && first.endsWith(' threw:')) return { source: 'kit', error };
  return null;
}

function filteredConsoleError(...args: unknown[]): void {
  const report = classify(args);
  const scope = report && scopes.find((each) => each.matchers.some((matcher) => matches(matcher, report.error)));
  if (report && scope) {
    scope.silenced.push(report);
    return;
  }
  passThrough?.apply(console, args);
}

/**
 * Holds back React's and the kit's console reports of these expected errors until the returned
 * function is called. Several stories of a docs page may be mounted at once; each has its own scope.
 */
export function silenceExpectedErrors(matchers: readonly ExpectedError[]): () => void {
  const scope: Scope = { matchers, silenced: [] };
  latest = scope;
  if (matchers.length === 0) return () => undefined;
  if (scopes.length === 0 && console.error !== filter) {
    passThrough = console.error;
    filter = filteredConsoleError;
    console.error = filter;
  }
  scopes.push(scope);
  return () => {
    scopes = scopes.filter((each) => each !== scope);
    // Put the original back unless something wrapped console.error after us (then ours stays, inert).
    if (scopes.length === 0 && console.error === filter && passThrough) {
      console.error = passThrough;
      filter = null;
    }
  };
}

/** What the story mounted last held back so far (empty when it expects no errors). */
export function silencedErrorReports(): readonly SilencedReport[] {
  return latest?.silenced ?? [];
}
