import { useEffect, useRef, useSyncExternalStore, type CSSProperties, type FocusEvent, type ReactNode } from 'react';
import type { ApiErrorToastState, ToasterSnapshot, ToastOptions } from '../core/index.js';
import type { ToastStore } from '../core/toasts/store.js';
import { DEFAULT_TOASTER_ID } from '../core/toasts/types.js';
import { useKit } from './context.js';
import { storeOf } from './kit-store.js';
import { useSystemColorScheme } from './useSystemColorScheme.js';
import { ToastSlot, type ToastControls } from './ToastSlot.js';
import { useToasterKeyboard } from './useToasterKeyboard.js';

export type { ToastControls };

/** Where the toaster sits; `start` / `end` follow the writing direction, so they mirror under RTL. */
export type ToasterPosition = 'top-start' | 'top-center' | 'top-end' | 'bottom-start' | 'bottom-center' | 'bottom-end';

/** Props of {@link ApiErrorToaster}. */
export interface ApiErrorToasterProps {
  /** Shows toasts sent with this `toasterId`. Default `'default'`. */
  id?: string;
  /** Default `'bottom-end'`. */
  position?: ToasterPosition;
  /** Keys that move focus into the toasts, e.g. `'Alt+T'` (default) or `'Ctrl+Shift+E'`; `null` for none. */
  hotkey?: string | null;
  /**
   * `'inherit'` (default) follows the page: dark under `data-theme="dark"` or class `dark` on an
   * ancestor; `'system'` follows the OS (`prefers-color-scheme`); `'light'` and `'dark'` force one.
   */
  theme?: 'inherit' | 'light' | 'dark' | 'system';
  /** Writing direction of the region; default: inherited from the page. */
  dir?: 'ltr' | 'rtl';
  /** Drop the kit's class names; style through the `data-*` attributes yourself. */
  unstyled?: boolean;
  /** Class names added to the region (after `mek-toaster` unless `unstyled`). */
  className?: string;
  /** Inline styles of the region; prefer the `--mek-*` CSS variables for theming. */
  style?: CSSProperties;
  /** Show the "Code 2005" badge. Default `true`. */
  showCode?: boolean;
  /** Offer the details disclosure. Default `true`. */
  showDetails?: boolean;
  /**
   * Render each toast yourself, from `controls.resolved` (its texts in this toaster's provider's locale);
   * it still sits in the toaster's live regions and keyboard handling.
   */
  renderToast?: (toast: ApiErrorToastState, controls: ToastControls) => ReactNode;
  /** A store of your own; default: the provider's (or the kit's) store. */
  store?: ToastStore;
}

const EMPTY: ToasterSnapshot = { visible: [], queued: [] };

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
const isAssertive = (toast: ApiErrorToastState) => toast.severity === 'error' || toast.severity === 'critical';

/**
 * The toast region: a labelled landmark whose live regions exist before the first toast, so screen
 * readers announce every toast (errors assertively, the rest politely). Alt+T moves focus to the
 * toasts, Esc closes the focused one and focus returns where it was. Timers pause on hover, focus and
 * hidden tabs. Toasts take the texts and toast options of the nearest `ApiErrorProvider`.
 *
 * @example
 * <ApiErrorProvider onAction={route}>
 *   <App />
 *   <ApiErrorToaster position="top-end" />
 * </ApiErrorProvider>
 */
export function ApiErrorToaster({
  id = DEFAULT_TOASTER_ID,
  position = 'bottom-end',
  hotkey = 'Alt+T',
  theme = 'inherit',
  dir,
  unstyled = false,
  className,
  style,
  showCode = true,
  showDetails = true,
  renderToast,
  store: ownStore,
}: ApiErrorToasterProps) {
  const kit = useKit();
  const store = ownStore ?? storeOf(kit);
  const regionRef = useRef<HTMLElement>(null);
  const { onFocusIn, onFocusOut, recoverFocus, closeWithFocus } = useToasterKeyboard(regionRef, hotkey);
  const snapshot = useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot(id),
    () => EMPTY,
  );

  const systemScheme = useSystemColorScheme(theme === 'system');
  const resolvedTheme = theme === 'system' ? systemScheme : theme === 'inherit' ? undefined : theme;

  // The provider's toast options, compared by value: an inline object does not re-register each render.
  const options = JSON.stringify(kit.toastOptions ?? {});
  useEffect(() => store.registerToaster(id, JSON.parse(options) as ToastOptions), [store, id, options]);

  useEffect(() => {
    const sync = () => (document.hidden ? store.pause(id, 'hidden') : store.resume(id, 'hidden'));
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      document.removeEventListener('visibilitychange', sync);
      for (const reason of ['hidden', 'hover', 'focus']) store.resume(id, reason);
    };
  }, [store, id]);

  // Toasts can vanish under the pointer or the focus without mouseleave/blur ever firing.
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    if (!recoverFocus()) store.resume(id, 'focus');
    if (!safeMatches(region, ':hover')) store.resume(id, 'hover');
  }, [snapshot, recoverFocus, store, id]);

  function onBlur(event: FocusEvent) {
    onFocusOut(event.relatedTarget);
    if (!regionRef.current?.contains(event.relatedTarget as Node | null)) store.resume(id, 'focus');
  }

  const renderSlot = (toast: ApiErrorToastState) => (
    <ToastSlot
      key={toast.id}
      toast={toast}
      close={(slot) => closeWithFocus(slot, () => store.dismiss(toast.id))}
      renderToast={renderToast}
      showCode={showCode}
      showDetails={showDetails}
      unstyled={unstyled}
    />
  );

  const list = unstyled ? undefined : 'mek-toaster__list';
  return (
    <section
      ref={regionRef}
      aria-label={hotkey ? `${kit.lookup.ui('regionLabel')} (${hotkey})` : kit.lookup.ui('regionLabel')}
      tabIndex={-1}
      dir={dir}
      className={unstyled ? className : ['mek-toaster', className].filter(Boolean).join(' ')}
      style={style}
      data-mek-toaster={id}
      data-position={position}
      data-theme={resolvedTheme}
      data-count={snapshot.visible.length}
      data-queued={snapshot.queued.length}
      onMouseEnter={() => store.pause(id, 'hover')}
      onMouseLeave={() => store.resume(id, 'hover')}
      onFocus={(event) => {
        onFocusIn(event.relatedTarget);
        store.pause(id, 'focus');
      }}
      onBlur={onBlur}
    >
      <div className={list} aria-live="assertive" aria-relevant="additions text" data-mek-live="assertive">
        {snapshot.visible.filter(isAssertive).map(renderSlot)}
      </div>
      <div className={list} aria-live="polite" aria-relevant="additions text" data-mek-live="polite">
        {snapshot.visible.filter((toast) => !isAssertive(toast)).map(renderSlot)}
      </div>
    </section>
  );
}
