import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QueryApiErrorBoundary } from '../../src/query/index';

function Positions({ queryFn }: { queryFn: () => Promise<string[]> }) {
  const { data } = useQuery({ queryKey: ['positions'], queryFn, throwOnError: true, retry: false });
  return <p>{data?.join(', ') ?? 'Loading'}</p>;
}

describe('<QueryApiErrorBoundary>', () => {
  it('shows the localized fallback, and Try again refetches the failed query', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const queryFn = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce({ success: false, code: 510, message: '请求过于频繁' })
      .mockResolvedValue(['BTC_USDT long']);
    const onReset = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <QueryApiErrorBoundary onReset={onReset}>
          <Positions queryFn={queryFn} />
        </QueryApiErrorBoundary>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('alert', { name: 'Too many requests' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('BTC_USDT long')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative' });
    spy.mockRestore();
  });
});
