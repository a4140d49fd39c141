// Order-record reasons (the `order` catalog) in the toaster: a `push.personal.order` frame or a REST
// order record with an `errorCode` shows that reason's own texts, loaded on demand in each locale.
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dismissApiError, resolveApiError, showApiError } from '../../src/core/index';
import { formatErrorDetails } from '../../src/react/ToastDetails';
import enCommon from '../../src/locales/en/common';
import enOrder from '../../src/locales/en/order';
import zhCommon from '../../src/locales/zh-CN/common';
import zhOrder from '../../src/locales/zh-CN/order';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { registerCleanup } from './helpers';

registerCleanup();
afterEach(() => dismissApiError()); // showApiError uses the kit's one default store

const POST_ONLY_CANCELLED = { channel: 'push.personal.order', data: { orderId: '7', symbol: 'BTC_USDT', state: 4, errorCode: 20 } };

function renderTradingScreen(locale: string) {
  render(
    <ApiErrorProvider locale={locale}>
      <ApiErrorToaster />
    </ApiErrorProvider>,
  );
}

describe('order-record reasons in the toaster', () => {
  it.each([
    ['en', enOrder.order, enCommon.actions],
    ['zh-CN', zhOrder.order, zhCommon.actions],
  ])('a push.personal.order frame with errorCode 20 shows "post-only order cancelled" in %s', async (locale, texts, actions) => {
    renderTradingScreen(locale);
    await act(async () => void showApiError(POST_ONLY_CANCELLED));

    const toast = await screen.findByRole('status', { name: texts.post_only_cancel.title });
    expect(toast).toHaveAccessibleDescription(texts.post_only_cancel.message);
    expect(toast).toHaveAttribute('data-catalog', 'order');
    expect(toast).toHaveAttribute('lang', locale);
    expect(within(toast).getByRole('button', { name: actions.adjust_price })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: actions.edit_order })).toBeInTheDocument();
  });

  it('reads errorCode 2 on a REST order record as "rejected for insufficient margin", not as an unknown code 2', async () => {
    renderTradingScreen('en');
    await act(async () => void showApiError({ orderId: '8', symbol: 'BTC_USDT', state: 4, errorCode: 2 }));
    const toast = await screen.findByRole('alert', { name: enOrder.order.insufficient_balance.title });
    expect(toast).toHaveAttribute('data-catalog', 'order');
    expect(screen.queryByText(/Unrecognized error/)).not.toBeInTheDocument();
  });
});

describe('Copy details of an order-record reason', () => {
  it('names the order catalog, so reason 20 is not read as futures code 20', () => {
    const resolved = resolveApiError(POST_ONLY_CANCELLED);
    const text = formatErrorDetails(resolved, Date.UTC(2026, 0, 1));
    expect(text.split('\n').slice(0, 2)).toEqual(['Code: 20', 'Catalog: order']);
    expect(text).toContain('Order: 7');
    expect(formatErrorDetails(resolveApiError({ code: 2005 }), 0)).not.toContain('Catalog:');
  });
});
