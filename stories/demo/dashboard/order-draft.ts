// The order form's values (as typed) and how they become MEXC's `order/submit` body and back.
import { initialMargin, type OpenType, type OrderSide, type OrderType, type SimulatorContract, type SubmitOrderBody } from '../api';

/** What the order form holds: strings, exactly as the trader typed or picked them. */
export interface OrderDraft {
  symbol: string;
  /** `''` when no side is chosen: the server answers 600. */
  side: '' | `${OrderSide}`;
  type: `${OrderType}`;
  openType: `${OpenType}`;
  leverage: string;
  /** Contracts, not coins. */
  vol: string;
  price: string;
}

/** A small ETH limit order that fits the seeded balance. */
export const INITIAL_DRAFT: OrderDraft = {
  symbol: 'ETH_USDT',
  side: '1',
  type: '1',
  openType: '1',
  leverage: '10',
  vol: '5',
  price: '3350.5',
};

function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The request body; fields left empty are left out, and the server judges what is missing. */
export function draftToBody(draft: OrderDraft): SubmitOrderBody {
  const body: Partial<SubmitOrderBody> = {
    symbol: draft.symbol,
    vol: Number(draft.vol),
    type: Number(draft.type) as OrderType,
    openType: Number(draft.openType) as OpenType,
  };
  if (draft.side !== '') body.side = Number(draft.side) as OrderSide;
  const leverage = optionalNumber(draft.leverage);
  if (leverage !== undefined) body.leverage = leverage;
  const price = optionalNumber(draft.price);
  if (draft.type !== '5' && price !== undefined) body.price = price;
  return body as SubmitOrderBody;
}

/** The form values for a (possibly incomplete) body, e.g. one of the simulator's scenarios. */
export function bodyToDraft(body: Partial<SubmitOrderBody>): OrderDraft {
  return {
    symbol: body.symbol ?? '',
    side: body.side === undefined ? '' : (String(body.side) as OrderDraft['side']),
    type: body.type === 5 ? '5' : body.type === 2 ? '2' : '1',
    openType: body.openType === 2 ? '2' : '1',
    leverage: body.leverage === undefined ? '' : String(body.leverage),
    vol: body.vol === undefined ? '' : String(body.vol),
    price: body.price === undefined ? '' : String(body.price),
  };
}

/** Initial margin the draft needs (`vol × contractSize × price / leverage`, as the exchange computes it), or undefined when it cannot tell. */
export function requiredMargin(draft: OrderDraft, contracts: readonly SimulatorContract[]): number | undefined {
  const contract = contracts.find((c) => c.symbol === draft.symbol);
  const vol = Number(draft.vol);
  const leverage = Number(draft.leverage);
  const price = draft.type === '5' ? contract?.lastPrice : Number(draft.price);
  if (!contract || !(vol > 0) || !(leverage > 0) || price === undefined || !(price > 0)) return undefined;
  return initialMargin(vol, contract.contractSize, price, leverage);
}

/** Half the quantity, rounded down to whole contracts (at least 1). */
export function halveQuantity(vol: string): string {
  const n = Number(vol);
  return Number.isFinite(n) && n > 1 ? String(Math.max(1, Math.floor(n / 2))) : '1';
}
