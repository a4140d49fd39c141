import { useCallback, useEffect, useRef, type RefObject } from 'react';

const TOAST_SELECTOR = '[data-mek-toast-slot]';

function matchesHotkey(event: KeyboardEvent, hotkey: string): boolean {
  const parts = hotkey.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop();
  if (!key) return false;
  const mods = new Set(parts);
  if (event.altKey !== mods.has('alt') || event.shiftKey !== mods.has('shift')) return false;
  if (event.ctrlKey !== mods.has('ctrl') || event.metaKey !== (mods.has('meta') || mods.has('cmd'))) return false;
  // event.code survives Alt on macOS (Alt+T types "†") and non-Latin keyboard layouts.
  return event.code.toLowerCase() === `key${key}` || event.code.toLowerCase() === key || event.key.toLowerCase() === key;
}

function isConnected(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected;
}

/**
 * Keyboard and focus behaviour of a toaster region: a hotkey moves focus to the first toast, and when a
 * toast the user is on closes, focus moves to a neighbouring toast or back to where it was before.
 */
export function useToasterKeyboard(regionRef: RefObject<HTMLElement | null>, hotkey: string | null) {
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusInside = useRef(false);

  const rememberReturnFocus = useCallback((element: Element | null) => {
    // Never return into a toaster: that toast may be gone by then.
    if (isConnected(element) && !element.closest('[data-mek-toaster]')) returnFocus.current = element;
  }, []);

  useEffect(() => {
    if (!hotkey) return;
    function onKeyDown(event: KeyboardEvent) {
      const region = regionRef.current;
      // With several toasters, the first one that has toasts takes the key.
      if (!region || event.defaultPrevented || !matchesHotkey(event, hotkey!)) return;
      const first = region.querySelector<HTMLElement>(TOAST_SELECTOR);
      if (!first) return;
      event.preventDefault();
      rememberReturnFocus(document.activeElement);
      first.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey, regionRef, rememberReturnFocus]);

  /** Remembers where focus came from when it enters the region some other way (Tab, a click). */
  const onFocusIn = useCallback(
    (from: EventTarget | null) => {
      focusInside.current = true;
      const region = regionRef.current;
      if (region && from instanceof HTMLElement && !region.contains(from)) rememberReturnFocus(from);
    },
    [regionRef, rememberReturnFocus],
  );

  const onFocusOut = useCallback(
    (to: EventTarget | null) => {
      if (!regionRef.current?.contains(to as Node | null)) focusInside.current = false;
    },
    [regionRef],
  );

  /**
   * After toasts change: if the toast that had focus was closed from outside (a store dismissal or an
   * expiry), browsers drop focus to <body>; send it back where it came from. Returns whether focus is
   * still inside, so the caller can end a focus pause that no blur event will end.
   */
  const recoverFocus = useCallback((): boolean => {
    const region = regionRef.current;
    if (!region || !focusInside.current) return false;
    if (region.contains(document.activeElement)) return true;
    focusInside.current = false;
    if (document.activeElement === document.body || document.activeElement === null) {
      const next = region.querySelector<HTMLElement>(TOAST_SELECTOR);
      if (next) {
        next.focus();
        focusInside.current = true;
        return true;
      }
      if (isConnected(returnFocus.current)) returnFocus.current.focus();
    }
    return false;
  }, [regionRef]);

  /** Closes a toast through `close` and moves focus on if it was inside that toast. */
  const closeWithFocus = useCallback(
    (slot: HTMLElement | null, close: () => void) => {
      const hadFocus = slot?.contains(document.activeElement) ?? false;
      const toasts = regionRef.current ? Array.from(regionRef.current.querySelectorAll<HTMLElement>(TOAST_SELECTOR)) : [];
      const index = slot ? toasts.indexOf(slot) : -1;
      const neighbour = toasts[index + 1] ?? toasts[index - 1];
      close();
      if (!hadFocus) return;
      if (neighbour && neighbour !== slot) neighbour.focus();
      else if (isConnected(returnFocus.current)) returnFocus.current.focus();
      else regionRef.current?.focus();
    },
    [regionRef],
  );

  return { onFocusIn, onFocusOut, recoverFocus, closeWithFocus };
}
