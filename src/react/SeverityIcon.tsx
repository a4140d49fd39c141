import type { ApiErrorSeverity } from '../core/index.js';
import { useKit } from './context.js';

const LABEL = {
  info: 'severityInfo',
  warning: 'severityWarning',
  error: 'severityError',
  critical: 'severityCritical',
} as const;

// 24×24 strokes; currentColor so themes and forced-colors mode colour them.
const PATHS: Record<ApiErrorSeverity, string> = {
  info: 'M12 11v5M12 8h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  warning: 'M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
  error: 'M12 8v4M12 16h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  critical: 'M15 9l-6 6M9 9l6 6M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2Z',
};

/** The severity icon, with the localized severity as its accessible name (in `locale`, the toast's, when it has one). */
export function SeverityIcon({ severity, locale, className }: { severity: ApiErrorSeverity; locale?: string; className?: string }) {
  const { lookup } = useKit();
  return (
    <svg
      role="img"
      aria-label={lookup.ui(LABEL[severity], {}, locale)}
      className={className}
      data-mek-icon={severity}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[severity]} />
    </svg>
  );
}
