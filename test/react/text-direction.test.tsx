import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import zhCN from '../../src/locales/zh-CN';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToast } from '../../src/react/ApiErrorToast';
import { body, registerCleanup, silenceConsoleError, zh } from './helpers';

registerCleanup();

const ARABIC = { ar: { futures: { balance_insufficient: { title: 'الهامش غير كافٍ', message: 'حوّل أموالاً إلى حساب العقود.' } } } };

describe('each text carries the direction of its own locale', () => {
  it('an English toast inside a right-to-left page is lang="en" dir="ltr"', () => {
    render(
      <div dir="rtl">
        <ApiErrorToast error={body(2005)} />
      </div>,
    );
    const toast = screen.getByRole('alert');
    expect(toast).toHaveAttribute('lang', 'en');
    expect(toast).toHaveAttribute('dir', 'ltr');
  });

  it('a Chinese toast is lang="zh-CN" dir="ltr"; an Arabic one is dir="rtl"', async () => {
    render(
      <div dir="rtl">
        <ApiErrorProvider locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
          <ApiErrorToast error={body(2005)} />
        </ApiErrorProvider>
        <ApiErrorProvider locale="ar" messages={ARABIC} loadTexts={false}>
          <ApiErrorToast error={body(2005)} />
        </ApiErrorProvider>
      </div>,
    );
    const chinese = await screen.findByRole('alert', { name: zh.futures.balance_insufficient.title });
    const arabic = screen.getByRole('alert', { name: 'الهامش غير كافٍ' });
    expect(chinese).toHaveAttribute('lang', 'zh-CN');
    expect(chinese).toHaveAttribute('dir', 'ltr');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
  });

  it("marks the app's own title with the provider's locale when the kit's texts came from another one", () => {
    // No Arabic text for 510 in ARABIC: the kit falls back to English, the app's title is Arabic.
    render(
      <ApiErrorProvider locale="ar" messages={ARABIC} loadTexts={false}>
        <ApiErrorToast error={body(510)} title="طلبات كثيرة جداً" />
      </ApiErrorProvider>,
    );
    const toast = screen.getByRole('status', { name: 'طلبات كثيرة جداً' });
    expect(toast).toHaveAttribute('dir', 'ltr');
    const title = toast.querySelector('[id$="-title"]')!;
    expect(title).toHaveAttribute('lang', 'ar');
    expect(title).toHaveAttribute('dir', 'rtl');
    expect(toast.querySelector('[id$="-message"]')).not.toHaveAttribute('dir');
  });

  it('lets the server text find its own direction (dir="auto")', () => {
    render(<ApiErrorToast error={body(2005, '余额不足')} />);
    expect(screen.getByText('余额不足')).toHaveAttribute('dir', 'auto');
  });

  it("gives the boundary's fallback the direction of its text", () => {
    silenceConsoleError();
    function Broken(): never {
      throw body(2005);
    }
    render(
      <div dir="rtl">
        <ApiErrorProvider locale="ar" messages={ARABIC} loadTexts={false}>
          <ApiErrorBoundary>
            <Broken />
          </ApiErrorBoundary>
        </ApiErrorProvider>
      </div>,
    );
    expect(screen.getByRole('alert', { name: 'الهامش غير كافٍ' })).toHaveAttribute('dir', 'rtl');
  });
});
