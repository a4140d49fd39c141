// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('SSR (node environment)', () => {
  it('runs without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports the package entry without touching window/document', async () => {
    const kit = await import('../../src/index');
    expect(typeof kit.ApiErrorProvider).toBe('function');
    expect(typeof kit.ApiErrorToaster).toBe('function');
    expect(typeof kit.showApiError).toBe('function');
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renderToString(<ApiErrorProvider><ApiErrorToaster /></ApiErrorProvider>) contains the labelled region and both live containers', async () => {
    const { ApiErrorProvider, ApiErrorToaster } = await import('../../src/index');
    const html = renderToString(
      <ApiErrorProvider>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    expect(html).toContain('aria-label="Notifications (Alt+T)"');
    expect(html).toContain('aria-live="assertive"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toMatch(/<section/);
  });

  it('renders the region label of the provider locale', async () => {
    const { ApiErrorProvider, ApiErrorToaster } = await import('../../src/index');
    const { zhCN } = await import('../../src/locales/zh-CN');
    const html = renderToString(
      <ApiErrorProvider locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    expect(html).toContain(`${zhCN.ui.regionLabel} (Alt+T)`);
  });

  it('renders a toast and an error boundary fallback to a string', async () => {
    const { ApiErrorProvider, ApiErrorToast, MexcApiError, createToastStore } = await import('../../src/index');
    const html = renderToString(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorToast error={new MexcApiError({ code: 2005, source: 'api' })} occurredAt={Date.UTC(2024, 0, 2)} />
      </ApiErrorProvider>,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Not enough margin');
    expect(html).toContain('Code 2005');
  });
});
