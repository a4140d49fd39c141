// The page around the toaster stories: buttons that send failures as app code does, and play helpers.
import { useEffect, useRef } from 'react';
import { ApiErrorToaster, listApiErrorCatalogs, useApiError, type ApiErrorToasterProps } from 'mexc-error-kit';
import { userEvent, within } from 'storybook/test';
import type { KitTexts } from '../support/kit-texts';

/** Height of a 2005 toast with its offset, roughly: what a top-* toaster covers. */
const TOAST_ROOM = 260;

export const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
export const RATE_LIMITED_510 = { success: false, code: 510, message: '请求频率过快' };
export const UNAUTHORIZED_401 = { success: false, code: 401, message: '未授权' };
export const NETWORK_ERROR = new TypeError('Failed to fetch');
/** Five failures with five different dedupe keys, each offering actions (so none closes by itself). */
export const FIVE_ERRORS = [
  MARGIN_2005,
  RATE_LIMITED_510,
  { success: false, code: 513, message: '请求时间无效' },
  UNAUTHORIZED_401,
  { success: false, code: 600, message: '参数错误' },
];
/**
 * Twenty different futures failures in one burst (a reconnect storm), each offering actions so that
 * none closes by itself: twenty dedupe keys, twenty toasts asked for.
 */
export const TWENTY_ERRORS = listApiErrorCatalogs()
  .find((catalog) => catalog.id === 'futures')!
  .entries.filter((entry) => entry.actions.length > 0)
  .slice(0, 20)
  .map((entry) => ({ success: false, code: entry.code, message: `error ${entry.code}` }));

export interface HarnessProps extends ApiErrorToasterProps {
  /** Failures the page has already sent when it appears (so a docs page shows the story's state). */
  showOnMount?: readonly unknown[];
}

/**
 * A page that sends failures to the toast store, as app code does with `showApiError`; here with
 * `useApiError().show`, which goes to the story's own provider's store, so each story has a toaster of its own.
 */
export function ToasterHarness({ showOnMount = [], ...props }: HarnessProps) {
  const { show, dismiss } = useApiError();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return; // StrictMode runs effects twice; the page sends its failures once
    shown.current = true;
    for (const failure of showOnMount) show(failure);
  }, [show, showOnMount]);

  const send = (failures: readonly unknown[]) => () => failures.forEach((failure) => show(failure));
  // Below the room a toast takes at the top, so a top-* toaster does not cover the page's buttons.
  const roomAbove = props.position?.startsWith('top') ? TOAST_ROOM : 0;
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 420, paddingTop: roomAbove }}>
      <div role="group" aria-label="Send failures" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <button type="button" onClick={send([MARGIN_2005])}>
          Show 2005
        </button>
        <button type="button" onClick={send([RATE_LIMITED_510])}>
          Show 510
        </button>
        <button type="button" onClick={send(FIVE_ERRORS)}>
          Show 5 different errors
        </button>
        <button type="button" onClick={send(TWENTY_ERRORS)}>
          Show 20 different errors
        </button>
        <button type="button" onClick={send([NETWORK_ERROR])}>
          Show network error
        </button>
        <button type="button" onClick={() => dismiss()}>
          Dismiss all
        </button>
      </div>
      <button type="button">Place order</button>
      <ApiErrorToaster {...props} />
    </div>
  );
}

/** Finds a toast by role and name, then waits for its entrance animation so checks and axe see it settled. */
export async function findToast(root: HTMLElement, role: 'alert' | 'status', name: string | ((accessibleName: string) => boolean)) {
  const toast = await within(root).findByRole(role, { name });
  await Promise.all(toast.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return toast;
}

export const regionOf = (root: HTMLElement, t: KitTexts) => within(root).getByRole('region', { name: `${t.ui('regionLabel')} (Alt+T)` });
export const toastsIn = (region: HTMLElement) => region.querySelectorAll<HTMLElement>('[data-mek-toast]');
export const click = (root: HTMLElement, name: string) => userEvent.click(within(root).getByRole('button', { name }));

/** Distances from the region to the viewport's left and right edges. */
export function horizontalGaps(region: HTMLElement) {
  const rect = region.getBoundingClientRect();
  return { left: rect.left, right: document.documentElement.clientWidth - rect.right };
}
