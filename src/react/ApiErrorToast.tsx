import { useMemo } from 'react';
import { normalizeApiError, type MessageParams, type NormalizeContext, type ResolvedApiError } from '../core/index.js';
import { TEXT_LIMITS, capText } from '../core/text/cap-text.js';
import { callSafely, useKit, type ApiErrorActionHandler } from './context.js';
import { ToastView, type ToastLookProps } from './ToastView.js';
import { useResolved } from './useResolved.js';

/** Props of {@link ApiErrorToast}. */
export interface ApiErrorToastProps extends ToastLookProps {
  /**
   * The failure: anything `normalizeApiError` accepts, or a `ResolvedApiError` (re-resolved in the current
   * locale). `null` and `undefined` render nothing, so `error={mutation.error}` can stay mounted.
   */
  error: unknown;
  /** Called with the action id and the error; default: the provider's `onAction`. */
  onAction?: ApiErrorActionHandler;
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
}

/**
 * A presentational error toast: severity icon, localized title and message, action buttons (the first
 * one primary), a close button, an optional "Code 2005" badge and a details disclosure. Use it alone,
 * e.g. inline under an order form, or let `<ApiErrorToaster>` render it. It renders once the texts of
 * the failure's catalog are loaded in the provider's locale (English futures texts are built in).
 *
 * @example
 * <ApiErrorToast error={mutation.error} onDismiss={mutation.reset} />
 */
export function ApiErrorToast({ error, onAction, title, message, values, context, ...look }: ApiErrorToastProps) {
  const kit = useKit();
  const normalized = useMemo(() => (error === null || error === undefined ? null : normalizeApiError(error, context)), [error, context]);
  const { resolved, ready } = useResolved(normalized, values);
  if (resolved === null || !ready) return null;
  const shown = withOwnTexts(resolved, title, message);
  const act = (actionId: Parameters<ApiErrorActionHandler>[0]) =>
    onAction ? callSafely('onAction', onAction, actionId, shown) : kit.runAction(actionId, shown);
  return (
    <ToastView
      {...look}
      resolved={shown}
      ownTitle={shown.title !== resolved.title}
      ownMessage={shown.message !== resolved.message}
      onAction={act}
    />
  );
}

/** The resolved failure with the app's own title and message (capped), where usable. */
export function withOwnTexts(resolved: ResolvedApiError, title: unknown, message: unknown): ResolvedApiError {
  const ownTitle = ownText(title, TEXT_LIMITS.title);
  const ownMessage = ownText(message, TEXT_LIMITS.message);
  if (ownTitle === undefined && ownMessage === undefined) return resolved;
  return { ...resolved, title: ownTitle ?? resolved.title, message: ownMessage ?? resolved.message };
}

function ownText(text: unknown, max: number): string | undefined {
  return typeof text === 'string' && text.trim() !== '' ? capText(text, max) : undefined;
}
