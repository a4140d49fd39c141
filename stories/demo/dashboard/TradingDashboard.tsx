import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiErrorProvider, ApiErrorToaster, apiErrorRetryDelay, normalizeApiError, type ApiErrorActionId } from 'mexc-error-kit';
import { createApiErrorQueryClient } from 'mexc-error-kit/query';
import { simulatorScenarios, type SubmitOrderBody } from '../api';
import { BalancePanel } from './BalancePanel';
import { ClockControl } from './ClockControl';
import { routeDemoAction, type DemoNote, type FocusTarget } from './demo-actions';
import { demoLabelsFor, plural, splitAt, type DemoLabels } from './demo-labels';
import { createDemoEnvironment, type ClientSettings, type DemoEnvironment, type KeyMode } from './demo-environment';
import { OpenOrdersPanel } from './OpenOrdersPanel';
import { OrderFeedPanel } from './OrderFeedPanel';
import { OrderForm, type OrderFormRefs, type OrderStatus } from './OrderForm';
import { bodyToDraft, draftToBody, halveQuantity, INITIAL_DRAFT, requiredMargin, type OrderDraft } from './order-draft';
import { PositionsPanel } from './PositionsPanel';
import { ScenariosPanel, type ScenarioId } from './ScenariosPanel';
import { TransferPanel } from './TransferPanel';
import { useDemoApi } from './useDemoApi';
import { useOrderFeed } from './useOrderFeed';
import './dashboard.css';

/** The kit's retry delays (backoff with jitter, at once after a clock sync), scaled down for a demo. */
const fastRetryDelay = (attempt: number, error: unknown) => apiErrorRetryDelay(attempt, error, { baseMs: 50, maxMs: 200 });

/** Requests the "Burst" scenario sends at once. */
const BURST_SIZE = 8;

function skewSeconds(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}

/** Props of {@link TradingDashboard}. */
export interface TradingDashboardProps {
  /** The trader's language: the demo's labels, the toasts' texts (loaded on demand) and the number formats. Default `'en'`. */
  locale?: string;
}

/**
 * A MEXC futures trading screen against the in-page simulator: every request is signed (HMAC-SHA256
 * with WebCrypto) and answered with MEXC's real paths, JSON and error codes, and order updates arrive
 * on a `push.personal.order` feed. Each mount gets a fresh exchange and a fresh `createApiErrorQueryClient()`.
 */
export function TradingDashboard({ locale = 'en' }: TradingDashboardProps) {
  const [env] = useState(createDemoEnvironment);
  const [queryClient] = useState(() =>
    createApiErrorQueryClient({
      defaultOptions: {
        queries: { retryDelay: fastRetryDelay, refetchOnWindowFocus: false },
        mutations: { retryDelay: fastRetryDelay },
      },
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <Dashboard env={env} locale={locale} />
    </QueryClientProvider>
  );
}

function Dashboard({ env, locale }: { env: DemoEnvironment; locale: string }) {
  const [draft, setDraft] = useState<OrderDraft>(INITIAL_DRAFT);
  const [skew, setSkew] = useState('0');
  const [keyMode, setKeyMode] = useState<KeyMode>('demo');
  const [transfer, setTransfer] = useState({ open: false, amount: '' });
  const [note, setNote] = useState<DemoNote | null>(null);
  const { locale: labelsLocale, labels } = demoLabelsFor(locale);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget; n: number } | null>(null);
  const formRefs: OrderFormRefs = {
    symbol: useRef<HTMLSelectElement>(null),
    side: useRef<HTMLSelectElement>(null),
    leverage: useRef<HTMLInputElement>(null),
    vol: useRef<HTMLInputElement>(null),
    price: useRef<HTMLInputElement>(null),
  };
  const transferAmountRef = useRef<HTMLInputElement>(null);
  const settings: ClientSettings = { clockSkewSeconds: skewSeconds(skew), keyMode, language: locale.startsWith('zh') ? 'zh' : 'en' };
  const api = useDemoApi(env, settings);
  const feed = useOrderFeed(env.feed);
  const asset = api.assets.data?.[0];

  // After the toaster has moved focus back, put it where the action points.
  useEffect(() => {
    if (!focusRequest) return;
    const target = focusRequest.target === 'transfer' ? transferAmountRef : formRefs[focusRequest.target];
    target.current?.focus();
    // formRefs is a new object each render but its refs are stable
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const focus = (target: FocusTarget) => setFocusRequest((last) => ({ target, n: (last?.n ?? 0) + 1 }));

  function openTransfer() {
    const margin = requiredMargin(draft, env.contracts);
    const shortfall = margin !== undefined && asset ? margin - asset.availableBalance : 0;
    setTransfer((last) => ({ open: true, amount: shortfall > 0 ? String(Math.ceil(shortfall * 100) / 100) : last.amount || '100' }));
    focus('transfer');
  }

  function onAction(actionId: ApiErrorActionId) {
    routeDemoAction(actionId, {
      openTransfer,
      halveQuantity: () => setDraft((last) => ({ ...last, vol: halveQuantity(last.vol) })),
      focus,
      syncClock: () => setSkew('0'),
      restoreApiKey: () => setKeyMode('demo'),
      refresh: () => void api.refresh(),
      note: setNote,
      sideMissing: () => draft.side === '',
    });
  }

  function submit(body: Partial<SubmitOrderBody>, override?: Partial<ClientSettings>) {
    setDraft(bodyToDraft(body));
    // the state updates above apply on the next render: this request carries the new settings itself
    api.placeOrder.mutate({ body: body as SubmitOrderBody, settings: override && { ...settings, ...override } });
  }

  function runScenario(id: ScenarioId) {
    const valid = simulatorScenarios.validLimitOrder.body;
    switch (id) {
      case 'noApiKey':
        setKeyMode('missing');
        return submit(valid, { keyMode: 'missing' });
      case 'badSignature':
        setKeyMode('bad-signature');
        return submit(valid, { keyMode: 'bad-signature' });
      case 'clockSkew':
        setSkew('15');
        return submit(valid, { clockSkewSeconds: 15 });
      case 'burst':
        return api.burst.mutate(BURST_SIZE);
      case 'batchCancel':
        return api.cancelOrders.mutate([...simulatorScenarios.mixedBatchCancel.body]);
      default:
        return submit(simulatorScenarios[id].body);
    }
  }

  const { placeOrder, burst } = api;
  const status: OrderStatus = placeOrder.isPending
    ? { kind: 'pending' }
    : placeOrder.isSuccess
      ? { kind: 'placed', orderId: placeOrder.data }
      : placeOrder.isError
        ? { kind: 'failed', code: normalizeApiError(placeOrder.error).code }
        : { kind: 'idle' };
  const burstSummary = burst.isPending
    ? plural(labels.scenarios.burstPending, BURST_SIZE, labelsLocale)
    : burst.data
      ? plural(labels.scenarios.burstDone, burst.data.sent, labelsLocale, {
          answered: burst.data.answered,
          rejected: burst.data.rejected,
          code: 510,
        })
      : '';

  return (
    // No `store`: its parent's, else the kit's shared one, where `showApiError` and the query client's
    // caches send failures (an app's top-level provider has none; Storybook's gives this story the shared one).
    <ApiErrorProvider locale={locale} onAction={onAction}>
      {/* the demo's labels and the toasts below follow the page's locale (a locale without labels: English) */}
      {/* data-pseudo-check: under en-XA, the en-XA check reads the demo's texts as it reads the kit's */}
      <div className="tdd" lang={labelsLocale} dir={labels.dir} data-pseudo-check="">
        <header className="tdd-header">
          <h1>{labels.title}</h1>
          <p className="tdd-muted">{labels.intro}</p>
        </header>
        <main className="tdd-main">
          <p role="status" className="tdd-note">
            {note && <NoteText note={note} labels={labels} />}
          </p>
          <div className="tdd-grid">
            <div className="tdd-col">
              <OrderForm
                draft={draft}
                onChange={setDraft}
                onSubmit={() => placeOrder.mutate({ body: draftToBody(draft) })}
                contracts={env.contracts}
                available={asset?.availableBalance}
                status={status}
                refs={formRefs}
                locale={locale}
                labels={labels}
              />
              <BalancePanel asset={asset} loading={api.assets.isPending} locale={locale} labels={labels} onTransfer={openTransfer} />
              {transfer.open && (
                <TransferPanel
                  amount={transfer.amount}
                  onAmountChange={(amount) => setTransfer({ open: true, amount })}
                  onTransfer={(amount) => api.transfer.mutate(amount)}
                  onClose={() => setTransfer((last) => ({ ...last, open: false }))}
                  pending={api.transfer.isPending}
                  result={api.transfer.data}
                  amountRef={transferAmountRef}
                  locale={locale}
                  labels={labels}
                />
              )}
            </div>
            <div className="tdd-col">
              <PositionsPanel
                positions={api.positions.data}
                loading={api.positions.isPending}
                locale={locale}
                labels={labels}
                onChangeLeverage={(body) => api.changeLeverage.mutate(body)}
              />
              <OpenOrdersPanel
                orders={api.orders.data}
                loading={api.orders.isPending}
                locale={locale}
                labels={labels}
                onCancel={(ids) => api.cancelOrders.mutate(ids)}
                outcome={api.cancelOrders.data}
              />
              <OrderFeedPanel frames={feed} locale={locale} labels={labels} />
            </div>
            <ScenariosPanel onRun={runScenario} burstSummary={burstSummary} labels={labels}>
              <ClockControl labels={labels} skew={skew} onSkewChange={setSkew} keyMode={keyMode} onRestoreKey={() => setKeyMode('demo')} />
            </ScenariosPanel>
          </div>
        </main>
      </div>
      <ApiErrorToaster />
    </ApiErrorProvider>
  );
}

/** The status line after a toast's action, in the demo's labels (a route shown as code). */
function NoteText({ note, labels }: { note: DemoNote; labels: DemoLabels }) {
  if (typeof note === 'string') return labels.notes[note];
  const [before, after] = splitAt(labels.notes.route, 'route');
  return (
    <>
      {before}
      <code>{note.route}</code>
      {after}
    </>
  );
}
