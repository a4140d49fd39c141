import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ResolvedApiError } from '../core/index.js';
import { useKit } from './context.js';

/** Props of {@link ToastDetails}. */
export interface ToastDetailsProps {
  error: ResolvedApiError;
  /** When the failure happened. */
  occurredAt: number;
  /** Class prefix, or `undefined` when unstyled. */
  cls: (name: string) => string | undefined;
}

/** The text "Copy details" puts on the clipboard: code, time and server text; never headers or keys. */
export function formatErrorDetails(error: ResolvedApiError, occurredAt: number): string {
  const lines = [`Code: ${error.code ?? error.key}`, `Key: ${error.key}`, `Time: ${new Date(occurredAt).toISOString()}`];
  // Order-record reason 20 is not futures code 20: say which code space, when it is not the usual one.
  if (error.catalog !== 'futures') lines.splice(1, 0, `Catalog: ${error.catalog}`);
  if (error.httpStatus !== undefined) lines.push(`HTTP: ${error.httpStatus}`);
  if (error.orderId !== undefined) lines.push(`Order: ${error.orderId}`);
  if (error.orderIdUnsafe === true) lines.push('Order: id too large to read exactly (re-read your orders)');
  if (error.serverMessage !== undefined) lines.push(`Server message: ${error.serverMessage}`);
  return lines.join('\n');
}

const subscribeNever = () => () => undefined;

/**
 * `false` on the server and while hydrating, `true` after: the time is rendered only on the client, since
 * the server's clock and time zone differ from the trader's and would break hydration.
 */
function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/** A native disclosure with the server's text (as plain text), the time and a copy button. */
export function ToastDetails({ error, occurredAt, cls }: ToastDetailsProps) {
  const { lookup } = useKit();
  const [copied, setCopied] = useState(false);
  const isClient = useIsClient();
  // The time is written out only while the disclosure is open: a page's first formatted date costs tens of
  // milliseconds (ICU and time zone data), which the first toasts should not pay for a text no one sees yet.
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before hydration, its toggle event came before React listened.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(formatErrorDetails(error, occurredAt));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <details ref={details} className={cls('details')} data-mek-details="" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={cls('details-summary')}>{lookup.ui('details', {}, error.locale)}</summary>
      <dl className={cls('details-list')}>
        {error.serverMessage !== undefined && (
          <>
            <dt>{lookup.ui('serverMessage', {}, error.locale)}</dt>
            {/* server text can be in any language: its own direction, whatever the page's */}
            <dd dir="auto">{error.serverMessage}</dd>
          </>
        )}
        {isClient && (
          <>
            <dt>{lookup.ui('time', {}, error.locale)}</dt>
            <dd>
              <time dateTime={new Date(occurredAt).toISOString()}>{open ? new Date(occurredAt).toLocaleString(error.locale) : null}</time>
            </dd>
          </>
        )}
      </dl>
      <button type="button" className={cls('copy')} onClick={() => void copy()}>
        {lookup.ui('copyDetails', {}, error.locale)}
      </button>
      <span role="status" className={cls('copied')}>
        {copied ? lookup.ui('copied', {}, error.locale) : ''}
      </span>
    </details>
  );
}
