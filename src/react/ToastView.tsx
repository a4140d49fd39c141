import { useId, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { ApiErrorActionId, ResolvedApiError } from '../core/index.js';
import { textDirection } from '../core/text/locale.js';
import { useKit } from './context.js';
import { SeverityIcon } from './SeverityIcon.js';
import { ToastDetails } from './ToastDetails.js';

/** How a toast looks and behaves, shared by `ApiErrorToast` and the toaster's slots. */
export interface ToastLookProps {
  /** Shows a close button that calls this. Without it there is no close button. */
  onDismiss?: () => void;
  /** How many times the failure happened (shows ×N when above 1). */
  count?: number;
  /** Show the "Code 2005" badge. Default `true`. */
  showCode?: boolean;
  /** Offer the details disclosure (server text, time, "Copy details"). Default `true`. */
  showDetails?: boolean;
  /** When the failure happened, for the details. Default: when the toast first rendered. */
  occurredAt?: number;
  /**
   * Announcement: `'assertive'` (role alert), `'polite'` (role status) or `'off'` (no live role, for a
   * toaster that owns the live regions). Default: assertive for error and critical, polite otherwise.
   */
  live?: 'assertive' | 'polite' | 'off';
  /** Drop the kit's class names (keep the `data-*` attributes) to style it yourself. */
  unstyled?: boolean;
  /** Class names added to the toast's root (after `mek-toast` unless `unstyled`). */
  className?: string;
  /** Inline styles of the toast's root; prefer the `--mek-*` CSS variables for theming. */
  style?: CSSProperties;
  /** Extra controls after the actions (the error boundary puts "Try again" here). */
  children?: ReactNode;
  /** Called on Escape inside the toast; default: `onDismiss`. */
  onEscape?: () => void;
}

interface ToastViewProps extends ToastLookProps {
  resolved: ResolvedApiError;
  /** `true` when the title / message are the app's own (in the provider's locale), not the kit's. */
  ownTitle?: boolean;
  ownMessage?: boolean;
  onAction(actionId: ApiErrorActionId): void;
}

/** The toast's markup: severity icon, title (×N), code badge, message, actions, details, close. */
export function ToastView({
  resolved,
  ownTitle = false,
  ownMessage = false,
  onAction,
  onDismiss,
  count = 1,
  showCode = true,
  showDetails = true,
  occurredAt,
  live,
  unstyled = false,
  className,
  style,
  children,
  onEscape,
}: ToastViewProps) {
  const kit = useKit();
  const [firstSeen] = useState(() => Date.now());
  const ids = useId();
  // The app's own texts are in the provider's locale, which may not be the one the kit's texts came from.
  // data-mek-own marks them (the app's words, not the kit's: tools such as the en-XA check skip them).
  const appText = { 'data-mek-own': '', ...(kit.locale === resolved.locale ? {} : { lang: kit.locale, dir: textDirection(kit.locale) }) };
  const cls = (name: string) => (unstyled ? undefined : `mek-toast__${name}`);
  const politeness = live ?? (resolved.severity === 'error' || resolved.severity === 'critical' ? 'assertive' : 'polite');
  const role = politeness === 'assertive' ? 'alert' : politeness === 'polite' ? 'status' : undefined;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const escape = onEscape ?? onDismiss;
    if (event.key !== 'Escape' || !escape) return;
    event.stopPropagation();
    escape();
  }

  return (
    <div
      role={role}
      aria-atomic="true"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-message`}
      tabIndex={-1}
      className={unstyled ? className : ['mek-toast', className].filter(Boolean).join(' ')}
      style={style}
      lang={resolved.locale}
      dir={resolved.dir}
      data-mek-toast=""
      data-severity={resolved.severity}
      data-category={resolved.category}
      data-catalog={resolved.catalog}
      data-code={resolved.code ?? undefined}
      onKeyDown={onKeyDown}
    >
      <SeverityIcon severity={resolved.severity} locale={resolved.locale} className={cls('icon')} />
      <div className={cls('body')}>
        <div className={cls('header')}>
          <p id={`${ids}-title`} className={cls('title')} {...(ownTitle ? appText : {})}>
            {resolved.title}
            {count > 1 && (
              <span className={cls('count')} data-mek-count={count}>
                {' '}
                {kit.lookup.ui('repeatCount', { count }, resolved.locale)}
              </span>
            )}
          </p>
          {showCode && resolved.code !== null && (
            <span className={cls('code')} data-mek-code="">
              {kit.lookup.ui('codeBadge', { code: String(resolved.code) }, resolved.locale)}
            </span>
          )}
        </div>
        <p id={`${ids}-message`} className={cls('message')} {...(ownMessage ? appText : {})}>
          {resolved.message}
        </p>
        {(resolved.actions.length > 0 || children) && (
          <div className={cls('actions')}>
            {resolved.actions.map((action, index) => (
              <button
                key={action.id}
                type="button"
                className={cls(index === 0 ? 'action-primary' : 'action')}
                data-mek-action={action.id}
                data-primary={index === 0 ? '' : undefined}
                onClick={() => onAction(action.id)}
              >
                {action.label}
              </button>
            ))}
            {children}
          </div>
        )}
        {showDetails && <ToastDetails error={resolved} occurredAt={occurredAt ?? firstSeen} cls={cls} />}
      </div>
      {onDismiss && (
        <button
          type="button"
          className={cls('close')}
          aria-label={kit.lookup.ui('dismiss', {}, resolved.locale)}
          data-mek-close=""
          onClick={onDismiss}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d="M18 6 6 18M6 6l12 12" />
          </svg>
        </button>
      )}
    </div>
  );
}
