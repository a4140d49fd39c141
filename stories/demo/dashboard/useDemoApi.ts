// The dashboard's data: react-query queries and mutations over the signed MEXC client. Failed queries
// and mutations toast through the kit's QueryCache / MutationCache; a batch cancel that succeeds with
// failed items toasts each item with `showApiError`.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { normalizeApiErrors, showApiError } from 'mexc-error-kit';
import type { ChangeLeverageBody, SubmitOrderBody } from '../api';
import type { ClientSettings, DemoEnvironment } from './demo-environment';

/** A request sent with other connection settings than the current ones (a scenario that breaks the key). */
interface WithSettings {
  settings?: ClientSettings;
}

/** How a burst of requests went. */
export interface BurstOutcome {
  sent: number;
  answered: number;
  rejected: number;
}

/** Summary of a batch cancel: the per-item failures are toasted. */
export interface CancelOutcome {
  requested: number;
  cancelled: number;
}

/** Queries and mutations of one dashboard; `settings` are the current connection settings. */
export function useDemoApi(env: DemoEnvironment, settings: ClientSettings) {
  const queryClient = useQueryClient();
  const clientFor = (override?: ClientSettings) => env.client(override ?? settings);
  const refresh = () => queryClient.invalidateQueries();

  const assets = useQuery({ queryKey: ['account', 'assets'], queryFn: () => clientFor().getAssets() });
  const positions = useQuery({ queryKey: ['positions'], queryFn: () => clientFor().getOpenPositions() });
  const orders = useQuery({ queryKey: ['orders', 'open'], queryFn: () => clientFor().getOpenOrders() });

  const placeOrder = useMutation({
    mutationFn: ({ body, settings: override }: { body: SubmitOrderBody } & WithSettings) => clientFor(override).submitOrder(body),
    onSuccess: refresh,
  });

  const cancelOrders = useMutation({
    mutationFn: async (ids: string[]): Promise<CancelOutcome> => {
      const results = await clientFor().cancelOrders(ids);
      // HTTP 200, success: true, yet some items failed: one toast per failed item (2040, 2041...)
      for (const error of normalizeApiErrors(results)) showApiError(error);
      return { requested: ids.length, cancelled: results.filter((item) => item.errorCode === 0).length };
    },
    onSuccess: refresh,
  });

  const changeLeverage = useMutation({
    mutationFn: (body: ChangeLeverageBody) => clientFor().changeLeverage(body),
    onSuccess: refresh,
  });

  const transfer = useMutation({
    mutationFn: (amount: number) => clientFor().transfer(amount),
    onSuccess: refresh,
  });

  const burst = useMutation({
    // the failures are toasted here, one by one: the toaster merges them into one toast counting ×N
    meta: { apiError: { toast: false } },
    mutationFn: async (count: number): Promise<BurstOutcome> => {
      const client = clientFor();
      const outcomes = await Promise.allSettled(Array.from({ length: count }, () => client.getOpenPositions()));
      const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      for (const failure of failures) showApiError(failure);
      return { sent: count, answered: count - failures.length, rejected: failures.length };
    },
  });

  return { assets, positions, orders, placeOrder, cancelOrders, changeLeverage, transfer, burst, refresh };
}

/** What {@link useDemoApi} returns. */
export type DemoApi = ReturnType<typeof useDemoApi>;
