// Shared helpers of the React tests (not a test file itself).
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/** A MEXC futures failure body, as the API sends it. */
export const body = (code: number, message = 'x') => ({ success: false, code, message });

/** Vitest runs without globals here, so Testing Library cannot register its own cleanup. */
export function registerCleanup() {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** Business codes of the rendered toasts, in DOM order. */
export function renderedCodes(root: ParentNode = document): (string | null)[] {
  return Array.from(root.querySelectorAll('[data-mek-toast-slot] [data-mek-toast]')).map((toast) => toast.getAttribute('data-code'));
}

/** The toaster slot (the focusable wrapper) around the toast element. */
export function slotOf(toast: HTMLElement): HTMLElement {
  const slot = toast.closest<HTMLElement>('[data-mek-toast-slot]');
  if (!slot) throw new Error('not inside a toaster slot');
  return slot;
}

/** Silences (and records) console.error: React reports caught render errors there. */
export function silenceConsoleError() {
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}
