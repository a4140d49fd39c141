// The trading dashboard demo's own labels (headings, fields, buttons, status lines...), one file per locale
// under ./labels/, every entry complete; a locale without a file gets English. The kit's toasts have their own
// texts, and the simulator's server messages are data: neither is here.
import type { OpenType, OrderSide, OrderType, PersonalOrderFrame } from '../api';
import { labelPacks, labelsFor, type PluralForms } from '../../catalog/catalog-labels';
import type { KeyMode } from './demo-environment';
import type { ScenarioId } from './ScenariosPanel';

export { fillIn, plural, type PluralForms } from '../../catalog/catalog-labels';

/** Every label of the demo in one locale. `{name}` marks a value filled in when shown; amounts come formatted (`250.00 USDT`). */
export interface DemoLabels {
  /** Writing direction of this language, set on the demo's root. */
  dir: 'ltr' | 'rtl';
  /** The page's main heading. */
  title: string;
  intro: string;
  /** Order sides of MEXC futures (`side` 1–4): opening or closing a long or a short position. */
  sides: Record<OrderSide, string>;
  /** Order types: limit, post-only (maker only: cancelled rather than filled at once) and market. */
  orderTypes: Record<OrderType, string>;
  /** Margin modes (`openType`): isolated or cross margin. */
  openTypes: Record<OpenType, string>;
  /** MEXC's order states, lower case, as they end a line of the order feed. */
  orderStates: Record<PersonalOrderFrame['data']['state'], string>;
  /** Position directions (`positionType` 1 long, 2 short). */
  positionTypes: { 1: string; 2: string };
  /** A position's name in the labels of its controls: `{symbol}` is the contract (`BTC_USDT`), `{side}` one of `positionTypes`. */
  positionName: string;
  form: {
    heading: string;
    contract: string;
    /** A contract option that cannot be traded: `{contract}` is its name (`LUNA/USDT`). */
    notOpen: string;
    side: string;
    /** Empty choice of the side select. */
    chooseSide: string;
    orderType: string;
    /** Margin mode select (isolated or cross). */
    openType: string;
    leverage: string;
    /** Order quantity, counted in contracts (not coins). */
    quantity: string;
    /** Limit price, in USDT. */
    price: string;
    /** Hint under the price for a post-only order. */
    postOnlyHint: string;
    /** Hint under the price for a market order (the price field is disabled). */
    marketHint: string;
    /** `{margin}`: initial margin the order needs (an amount, or `—` when it cannot be told). */
    marginNeeded: string;
    /** As `marginNeeded`, plus `{available}`: the available balance (an amount). */
    marginNeededAvailable: string;
    submit: string;
    placing: string;
    /** `{orderId}`: the exchange's order id (18 digits). */
    placed: string;
    notPlaced: string;
    /** `{code}`: MEXC's error code; the toast ("notification") explains it. */
    notPlacedCode: string;
  };
  balance: {
    heading: string;
    /** Labels of the futures account's USDT amounts. */
    rows: { availableBalance: string; frozenBalance: string; positionMargin: string; unrealized: string; equity: string };
    loading: string;
    unavailable: string;
    /** Opens the transfer panel: move USDT from the spot account to the futures account. */
    openTransfer: string;
  };
  transfer: {
    heading: string;
    intro: string;
    amount: string;
    submit: string;
    close: string;
    pending: string;
    /** `{amount}` moved; `{spot}` left in the spot account (both amounts). */
    done: string;
  };
  positions: {
    heading: string;
    columns: {
      contract: string;
      side: string;
      marginMode: string;
      size: string;
      entryPrice: string;
      /** Liquidation price (short, it heads a narrow column). */
      liquidationPrice: string;
      margin: string;
      leverage: string;
    };
    /** Accessible name of a position's leverage field: `{position}` is its `positionName`. */
    newLeverage: string;
    /** The button that applies a new leverage. */
    setLeverage: string;
    /** Accessible name of that button: `{position}` is the position's `positionName`. */
    setLeverageOf: string;
    loading: string;
    empty: string;
  };
  orders: {
    heading: string;
    columns: {
      /** Column of checkboxes that pick orders to cancel. */
      select: string;
      contract: string;
      side: string;
      type: string;
      price: string;
      quantity: string;
      leverage: string;
      margin: string;
      orderId: string;
    };
    /** Accessible name of an order's checkbox: `{orderId}` is the order id. */
    selectOrder: string;
    loading: string;
    empty: string;
    /** Button: `{count}` orders are selected. */
    cancelSelected: string;
    /** After a batch cancel: `{cancelled}` of `{count}` orders were cancelled. */
    cancelled: PluralForms;
  };
  feed: {
    heading: string;
    /** `{channel}` is the WebSocket channel's name (`push.personal.order`), shown as code. */
    intro: string;
    empty: string;
    /**
     * One order update: `{symbol}` contract, `{type}` one of `orderTypes`, `{side}` one of `sides`, `{vol}` quantity,
     * `{price}`, `{state}` one of `orderStates`, `{errorCode}` the reason's number. `errorCode` is MEXC's field name.
     */
    line: string;
  };
  scenarios: {
    heading: string;
    intro: string;
    legend: string;
    /** Each button's name: the error it provokes and, in parentheses, the code MEXC answers. */
    names: Record<ScenarioId, string>;
    /** While `{count}` requests are sent at once. */
    burstPending: PluralForms;
    /** After the burst: of `{count}` requests, `{answered}` were answered and `{rejected}` rejected with `{code}` (510). */
    burstDone: PluralForms;
  };
  connection: {
    legend: string;
    /** Field: seconds added to this device's clock when signing requests. */
    skew: string;
    skewHint: string;
    /** `{key}` is one of `keyModes`. */
    apiKey: string;
    /** Which API key the demo signs with. */
    keyModes: Record<KeyMode, string>;
    restoreKey: string;
  };
  /** The status line after a toast's action. */
  notes: {
    clockSynced: string;
    keyRestored: string;
    refreshing: string;
    /** For an action the demo has no screen for: `{route}` is the app's path (`/assets/deposit`), shown as code. */
    route: string;
  };
}

// One file per locale under ./labels/ (`labels/<tag>.ts`), found when Vite builds; the pseudo-locale en-XA is
// made from English as the kit makes its own.
/** Labels by locale tag. Adding a language is adding one complete file under ./labels/. */
export const demoLabelPacks: Readonly<Record<string, DemoLabels>> = labelPacks(
  import.meta.glob<DemoLabels>('./labels/*.ts', { eager: true, import: 'default' }),
);

/** The labels for `locale` and the tag they are in: the same tag, else the same language (`zh-TW` → `zh-CN`), else English. */
export function demoLabelsFor(locale: string): { locale: string; labels: DemoLabels } {
  return labelsFor(demoLabelPacks, locale);
}

/** `template` cut around its `{name}`: what comes before and after it (all of it before when it has none). */
export function splitAt(template: string, name: string): [before: string, after: string] {
  const [before = '', ...rest] = template.split(`{${name}}`);
  return [before, rest.join('')];
}
