// @vitest-environment node
// Server rendering: the package must neither touch `window` nor `document` when it is imported or
// rendered. This file runs in Node without them, so any such access throws (ReferenceError) and fails
// the import at the top or the render below; the first test proves they are really absent.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorProvider, ApiErrorToast, ApiErrorToaster, dismissApiError, resolveApiError, showApiError } from '../../src/index';
import { getDefaultToastStore } from '../../src/core/toasts/default-store';
import enFutures from '../../src/locales/en/futures';
import zhCN from '../../src/locales/zh-CN';

afterEach(() => dismissApiError());

const MARGIN = enFutures.futures.balance_insufficient.title;

describe('SSR (node environment, no window or document)', () => {
  it('runs the package where there is no window or document: a provider, a toast and a toaster render to a string', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');

    const html = renderToString(
      <ApiErrorProvider>
        <ApiErrorToast error={{ code: 2005 }} />
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    expect(html).toContain(MARGIN);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Code 2005');
    expect(html).toContain('aria-label="Notifications (Alt+T)"');
    expect(html).toContain('aria-live="assertive"');
    expect(html).toContain('aria-live="polite"');
    // still none: nothing in the package defined them on the way
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('resolveApiError and showApiError work on the server', async () => {
    expect(resolveApiError({ code: 2005 }).title).toBe(MARGIN);
    const id = showApiError({ success: false, code: 2005, message: 'Balance insufficient' });
    expect(id).toEqual(expect.any(String));
    await Promise.resolve(); // the store settles once per microtask
    expect(getDefaultToastStore().getSnapshot().visible).toEqual([
      expect.objectContaining({ id, error: expect.objectContaining({ code: 2005 }) }),
    ]);
    dismissApiError(id!);
    expect(getDefaultToastStore().getSnapshot().visible).toEqual([]);
  });

  it('renders the region label in the provider locale', () => {
    const html = renderToString(
      <ApiErrorProvider locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    expect(html).toContain(`aria-label="${zhCN.ui.regionLabel as string} (Alt+T)"`);
  });
});
