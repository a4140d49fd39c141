import { useId } from 'react';
import type { ContractAsset } from '../api';
import { formatUsdt } from './format';

interface BalancePanelProps {
  asset: ContractAsset | undefined;
  loading: boolean;
  locale: string;
  onTransfer: () => void;
}

const ROWS: { key: keyof ContractAsset; label: string }[] = [
  { key: 'availableBalance', label: 'Available' },
  { key: 'frozenBalance', label: 'Frozen by open orders' },
  { key: 'positionMargin', label: 'Position margin' },
  { key: 'unrealized', label: 'Unrealized PnL' },
  { key: 'equity', label: 'Equity' },
];

/** The futures account's USDT (`GET /api/v1/private/account/assets`) and the way to top it up. */
export function BalancePanel({ asset, loading, locale, onTransfer }: BalancePanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel" aria-labelledby={id}>
      <h2 id={id}>Balance</h2>
      {asset ? (
        <dl className="tdd-balance">
          {ROWS.map(({ key, label }) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{formatUsdt(Number(asset[key]), locale)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="tdd-muted">{loading ? 'Loading balance…' : 'Balance unavailable.'}</p>
      )}
      <button type="button" className="tdd-button" onClick={onTransfer}>
        Transfer from spot
      </button>
    </section>
  );
}
