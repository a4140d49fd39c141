import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { TEXT_LIMITS, capText } from '../core/text/cap-text';
import type { ApiErrorActionId, MessageParams, NormalizeContext, ResolvedApiError } from '../core/index';
import { textDirection } from '../core/text/locale';
import { reportCallbackError, useApiErrorContext, type ApiErrorActionHandler } from './context';
import { SeverityIcon } from './SeverityIcon';
import { ToastDetails } from './ToastDetails';

/** Props of {@link ApiErrorToast}. */
export interface ApiErrorToastProps {
  /**
   * The failure: anything `normalizeApiError` accepts, or a `ResolvedApiError` (re-resolved in the current
   * locale). `null` and `undefined` render nothing, so `error={mutation.error}` can stay mounted.
   */
  error: unknown;
  /** Shows a close button that calls this. Without it there is no close button. */
  onDismiss?: () => void;
  /** Called with the action id and the error; default: the provider's `onAction`. */
  onAction?: ApiErrorActionHandler;
  /** How many times the failure happened (shows ×N when above 1). */
  count?: number;
  /** Show the "Code 2005" badge. Default `true`. */
  showCode?: boolean;
  /** Offer the details disclosure (server text, time, "Copy details"). Default `true`. */
  showDetails?: boolean;
  /** When the failure happened, for the details. Default: when the toast first rendered. */
  occurredAt?: number;
  /**
   * Replaces the localized title for this toast (at most 200 characters are shown). Taken to be in the
   * provider's locale, and marked with its `lang` and `dir`.
   */
  title?: string;
  /** Replaces the localized message for this toast (at most 1,000 characters are shown), like `title`. */
  message?: string;
  /** Extra `{name}` values for the texts (each shown up to 200 characters). */
  values?: MessageParams;
  /** HTTP status and `Retry-After` of the response, when `error` is a bare body. */
  context?: NormalizeContext;
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

/**
 * A presentational error toast: severity icon, localized title and message, action buttons (the first
 * one primary), a close button, an optional "Code 2005" badge and a details disclosure. Use it alone,
 * e.g. inline under an order form, or let `<ApiErrorToaster>` render it.
 *
 * @example
 * <ApiErrorToast error={mutation.error} onDismiss={mutation.reset} />
 */
export function ApiErrorToast({
  error,
  onDismiss,
  onAction,
  count = 1,
  showCode = true,
  showDetails = true,
  occurredAt,
  title,
  message,
  values,
  context,
  live,
  unstyled = false,
  className,
  style,
  children,
  onEscape,
}: ApiErrorToastProps) {
  const kit = useApiErrorContext();
  const [firstSeen] = useState(() => Date.now());
  const resolved = useMemo(() => kit.resolve(error, { values, context }), [kit, error, values, context]);
  const ids = useId();
  const customTitle = ownText(title, TEXT_LIMITS.title);
  const customMessage = ownText(message, TEXT_LIMITS.message);
  const shownTitle = customTitle ?? resolved.title;
  const shownMessage = customMessage ?? resolved.message;
  // The app's own texts are in the provider's locale, which may not be the one the kit's texts came from.
  const appText = kit.locale === resolved.locale ? {} : { lang: kit.locale, dir: textDirection(kit.locale) };
  const cls = (name: string) => (unstyled ? undefined : `mek-toast__${name}`);
  const politeness = live ?? (resolved.severity === 'error' || resolved.severity === 'critical' ? 'assertive' : 'polite');
  const role = politeness === 'assertive' ? 'alert' : politeness === 'polite' ? 'status' : undefined;

  function act(actionId: ApiErrorActionId) {
    const shown: ResolvedApiError = { ...resolved, title: shownTitle, message: shownMessage };
    if (!onAction) return kit.runAction(actionId, shown);
    try {
      onAction(actionId, shown);
    } catch (thrown) {
      reportCallbackError('onAction', thrown);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const escape = onEscape ?? onDismiss;
    if (event.key !== 'Escape' || !escape) return;
    event.stopPropagation();
    escape();
  }

  if (error === null || error === undefined) return null;

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
      data-code={resolved.code ?? undefined}
      onKeyDown={onKeyDown}
    >
      <SeverityIcon severity={resolved.severity} className={cls('icon')} />
      <div className={cls('body')}>
        <div className={cls('header')}>
          <p id={`${ids}-title`} className={cls('title')} {...(customTitle === undefined ? {} : appText)}>
            {shownTitle}
            {count > 1 && (
              <span className={cls('count')} data-mek-count={count}>
                {' '}
                {kit.lookup.ui('repeatCount', { count })}
              </span>
            )}
          </p>
          {showCode && resolved.code !== null && (
            <span className={cls('code')} data-mek-code="">
              {kit.lookup.ui('codeBadge', { code: resolved.code })}
            </span>
          )}
        </div>
        <p id={`${ids}-message`} className={cls('message')} {...(customMessage === undefined ? {} : appText)}>
          {shownMessage}
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
                onClick={() => act(action.id)}
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
        <button type="button" className={cls('close')} aria-label={kit.lookup.ui('dismiss')} data-mek-close="" onClick={onDismiss}>
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

/** An app-supplied text, cut to `max`, or `undefined` when it is not a usable string. */
function ownText(text: unknown, max: number): string | undefined {
  return typeof text === 'string' && text.trim() !== '' ? capText(text, max) : undefined;
}
