import { useId, type FormEvent, type RefObject } from 'react';
import type { DemoTransferResult } from '../api';
import { fillIn, type DemoLabels } from './demo-labels';
import { formatUsdt } from './format';

interface TransferPanelProps {
  amount: string;
  onAmountChange: (amount: string) => void;
  onTransfer: (amount: number) => void;
  onClose: () => void;
  pending: boolean;
  result: DemoTransferResult | undefined;
  amountRef: RefObject<HTMLInputElement | null>;
  locale: string;
  labels: DemoLabels;
}

/**
 * Where the toast's "Transfer funds" leads: moves USDT from the simulated spot account to the futures
 * account through the simulator's demo-only `POST /api/v1/private/demo/transfer` (MEXC has no such path).
 */
export function TransferPanel({
  amount,
  onAmountChange,
  onTransfer,
  onClose,
  pending,
  result,
  amountRef,
  locale,
  labels,
}: TransferPanelProps) {
  const id = useId();
  const texts = labels.transfer;
  function submit(event: FormEvent) {
    event.preventDefault();
    onTransfer(Number(amount));
  }
  return (
    <section className="tdd-panel tdd-panel--accent" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{texts.heading}</h2>
      <p className="tdd-muted">{texts.intro}</p>
      <form className="tdd-row" onSubmit={submit} noValidate>
        <div className="tdd-field">
          <label htmlFor={`${id}-amount`}>{texts.amount}</label>
          <input
            id={`${id}-amount`}
            ref={amountRef}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={amount}
            onChange={(e) => onAmountChange(e.target.value)}
          />
        </div>
        <button type="submit" className="tdd-button tdd-button--primary">
          {texts.submit}
        </button>
        <button type="button" className="tdd-button" onClick={onClose}>
          {texts.close}
        </button>
      </form>
      <p role="status" className="tdd-status">
        {pending
          ? texts.pending
          : result
            ? fillIn(texts.done, { amount: formatUsdt(result.amount, locale), spot: formatUsdt(result.spotBalance, locale) })
            : ''}
      </p>
    </section>
  );
}
