import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryApiErrorBoundary } from '../../src/query/index';
import type { ApiErrorBoundaryProps } from '../../src/react/ApiErrorBoundary';
import { registerCleanup, silenceConsoleError } from '../react/helpers';

registerCleanup();
beforeEach(() => void silenceConsoleError()); // React reports the caught render error there

function Positions({ queryFn }: { queryFn: () => Promise<string[]> }) {
  const { data } = useQuery({ queryKey: ['positions'], queryFn, throwOnError: true, retry: false });
  return <p>{data?.join(', ') ?? 'Loading'}</p>;
}

function failOnce() {
  return vi
    .fn<() => Promise<string[]>>()
    .mockRejectedValueOnce({ success: false, code: 510, message: '请求过于频繁' })
    .mockResolvedValue(['BTC_USDT long']);
}

function renderPanel(queryFn: () => Promise<string[]>, props: Omit<ApiErrorBoundaryProps, 'children'>) {
  const client = new QueryClient();
  const tree = (next: Omit<ApiErrorBoundaryProps, 'children'>) => (
    <QueryClientProvider client={client}>
      <QueryApiErrorBoundary {...(next as ApiErrorBoundaryProps)}>
        <Positions queryFn={queryFn} />
      </QueryApiErrorBoundary>
    </QueryClientProvider>
  );
  const view = render(tree(props));
  return { rerender: (next: Omit<ApiErrorBoundaryProps, 'children'>) => view.rerender(tree(next)) };
}

describe('<QueryApiErrorBoundary>', () => {
  it('shows the localized fallback, and Try again refetches the failed query', async () => {
    const queryFn = failOnce();
    const onReset = vi.fn();
    renderPanel(queryFn, { onReset });
    expect(await screen.findByRole('alert', { name: 'Too many requests' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('BTC_USDT long')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative' });
  });

  it('refetches too when resetKeys change, and tells onReset the keys', async () => {
    const queryFn = failOnce();
    const onReset = vi.fn();
    const { rerender } = renderPanel(queryFn, { onReset, resetKeys: ['BTC_USDT'] });
    expect(await screen.findByRole('alert', { name: 'Too many requests' })).toBeInTheDocument();
    rerender({ onReset, resetKeys: ['ETH_USDT'] });
    expect(await screen.findByText('BTC_USDT long')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith({ reason: 'keys', previousKeys: ['BTC_USDT'], nextKeys: ['ETH_USDT'] });
  });
});
