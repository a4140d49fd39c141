import { ApiErrorToast } from './ApiErrorToast.js';
import { useKit } from './context.js';
import type { ApiErrorFallbackProps } from './ApiErrorBoundary.js';

/** The boundary's built-in fallback: the toast layout in place of the panel, plus "Try again". */
export function DefaultBoundaryFallback({ error, resetErrorBoundary }: ApiErrorFallbackProps) {
  const { lookup } = useKit();
  return (
    <div data-mek-boundary="">
      <ApiErrorToast error={error} live="assertive" showDetails>
        <button type="button" className="mek-toast__action" data-mek-reset="" onClick={resetErrorBoundary}>
          {lookup.ui('tryAgain')}
        </button>
      </ApiErrorToast>
    </div>
  );
}
