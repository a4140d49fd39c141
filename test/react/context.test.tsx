import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorToastStore, formatErrorDetails, resolveApiError, useApiErrorContext } from '../../src/index';

describe('useApiErrorContext', () => {
  it('gives English texts and the default store without a provider', () => {
    const { result } = renderHook(() => useApiErrorContext());
    expect(result.current).toMatchObject({ locale: 'en', provided: false, store: apiErrorToastStore });
    expect(result.current.resolve(2005).title).toBe('Not enough margin');
  });
});

describe('formatErrorDetails', () => {
  it('lists code, key, time, HTTP status, order and server text, and nothing else', () => {
    const error = resolveApiError({ errorCode: 2040, errorMsg: 'order not exist', orderId: 7 }, { context: { httpStatus: 200 } });
    expect(formatErrorDetails(error, Date.UTC(2026, 10, 23))).toBe(
      [
        'Code: 2040',
        'Key: order_not_found',
        'Time: 2026-11-23T00:00:00.000Z',
        'HTTP: 200',
        'Order: 7',
        'Server message: order not exist',
      ].join('\n'),
    );
  });
});
