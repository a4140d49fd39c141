import { useId } from 'react';
import type { ContractAsset } from '../api';
import type { DemoLabels } from './demo-labels';
import { formatUsdt } from './format';

interface BalancePanelProps {
  asset: ContractAsset | undefined;
  loading: boolean;
  locale: string;
  labels: DemoLabels;
  onTransfer: () => void;
}

/** The amounts shown, in this order (their labels: `labels.balance.rows`). */
const ROWS = [
  'availableBalance',
  'frozenBalance',
  'positionMargin',
  'unrealized',
  'equity',
] as const satisfies readonly (keyof ContractAsset)[];

/** The futures account's USDT (`GET /api/v1/private/account/assets`) and the way to top it up. */
export function BalancePanel({ asset, loading, locale, labels, onTransfer }: BalancePanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel" aria-labelledby={id}>
      <h2 id={id}>{labels.balance.heading}</h2>
      {asset ? (
        <dl className="tdd-balance">
          {ROWS.map((key) => (
            <div key={key}>
              <dt>{labels.balance.rows[key]}</dt>
              <dd>{formatUsdt(Number(asset[key]), locale)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="tdd-muted">{loading ? labels.balance.loading : labels.balance.unavailable}</p>
      )}
      <button type="button" className="tdd-button" onClick={onTransfer}>
        {labels.balance.openTransfer}
      </button>
    </section>
  );
}
