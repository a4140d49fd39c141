// Wire shapes of the MEXC contract API v1 endpoints the demo uses (subset of the real fields).

/** `positionType`: 1 long, 2 short. */
export type PositionType = 1 | 2;
/** `openType`: 1 isolated margin, 2 cross margin. */
export type OpenType = 1 | 2;
/** Order `side`: 1 open long, 2 close short, 3 open short, 4 close long. */
export type OrderSide = 1 | 2 | 3 | 4;
/** Order `type` the simulator supports: 1 limit, 2 post-only (maker only), 5 market. */
export type OrderType = 1 | 2 | 5;

/** One row of `GET /api/v1/private/account/assets` (how the simulator derives each: `accountAssets`). */
export interface ContractAsset {
  currency: string;
  /** Initial margin of the open positions. */
  positionMargin: number;
  /** Free to open orders or transfer out. */
  availableBalance: number;
  /** MEXC: the withdrawable balance. */
  cashBalance: number;
  /** Initial margin of the open orders. */
  frozenBalance: number;
  /** MEXC: the total equity. */
  equity: number;
  /** Unrealized PnL of the open positions. */
  unrealized: number;
}

/** One row of `GET /api/v1/private/position/open_positions`. */
export interface OpenPosition {
  positionId: number;
  symbol: string;
  positionType: PositionType;
  openType: OpenType;
  /** 1 holding, 2 system holding, 3 closed. */
  state: 1 | 2 | 3;
  holdVol: number;
  frozenVol: number;
  closeVol: number;
  holdAvgPrice: number;
  openAvgPrice: number;
  closeAvgPrice: number;
  liquidatePrice: number;
  oim: number;
  im: number;
  holdFee: number;
  realised: number;
  leverage: number;
  createTime: number;
  updateTime: number;
}

/** One order as `GET /api/v1/private/order/list/open_orders/{symbol}` returns it. */
export interface ContractOrder {
  orderId: string;
  symbol: string;
  positionId: number;
  price: number;
  vol: number;
  leverage: number;
  side: OrderSide;
  /** 1 limit, 2 post-only, 5 market. */
  orderType: OrderType;
  openType: OpenType;
  /** 1 uninformed, 2 uncompleted, 3 completed, 4 cancelled, 5 invalid. */
  state: 1 | 2 | 3 | 4 | 5;
  dealVol: number;
  dealAvgPrice: number;
  orderMargin: number;
  usedMargin: number;
  category: 1;
  /**
   * Why the order ended the way it did (MEXC's order-record reasons, not API codes): 0 nothing wrong,
   * 20 a post-only order that would have taken liquidity and was cancelled.
   */
  errorCode: number;
  createTime: number;
  updateTime: number;
}

/** Body of `POST /api/v1/private/order/submit`. */
export interface SubmitOrderBody {
  symbol: string;
  price?: number;
  /** In contracts, not coins: a positive integer. */
  vol: number;
  leverage?: number;
  side: OrderSide;
  type: OrderType;
  openType: OpenType;
  positionId?: number;
  externalOid?: string;
}

/** Body of `POST /api/v1/private/position/change_leverage`: `positionId`, or `symbol` + `positionType` + `openType`. */
export interface ChangeLeverageBody {
  positionId?: number;
  leverage: number;
  openType?: OpenType;
  symbol?: string;
  positionType?: PositionType;
}

/** One item of the `POST /api/v1/private/order/cancel` success envelope; `errorCode` 0 means cancelled. */
export interface CancelOrderResult {
  orderId: string;
  errorCode: number;
  errorMsg: string;
}

/** Result of the demo-only transfer endpoint. */
export interface DemoTransferResult {
  transferId: string;
  currency: 'USDT';
  amount: number;
  spotBalance: number;
  availableBalance: number;
}

/** `data` of a `push.personal.order` frame: an order record whenever it changes (a subset of MEXC's fields). */
export type PersonalOrderPush = Pick<
  ContractOrder,
  | 'orderId'
  | 'symbol'
  | 'positionId'
  | 'price'
  | 'vol'
  | 'leverage'
  | 'side'
  | 'orderType'
  | 'openType'
  | 'state'
  | 'dealVol'
  | 'dealAvgPrice'
  | 'orderMargin'
  | 'usedMargin'
  | 'errorCode'
  | 'createTime'
  | 'updateTime'
> & { category: 1 };

/** A frame of MEXC's private WebSocket channel `push.personal.order`. */
export interface PersonalOrderFrame {
  channel: 'push.personal.order';
  data: PersonalOrderPush;
  /** When the frame was sent (ms since epoch). */
  ts: number;
}
