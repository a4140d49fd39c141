// The simulator's private WebSocket, reduced to the channel the demo listens to: `push.personal.order`.
// Every change of an order record (placed, filled, cancelled) is pushed as a frame in MEXC's shape
// (../shared/domain/order-reject-reasons.md from the project root), asynchronously, like a socket message.
import type { ContractOrder, PersonalOrderFrame } from './types';

/** Receives each frame, as `ws.onmessage` would after `JSON.parse`. */
export type OrderFeedListener = (frame: PersonalOrderFrame) => void;

/** The `push.personal.order` channel of one simulated exchange. */
export interface OrderFeed {
  /** Listens to every frame from now on; returns the unsubscribe function (the socket's close). */
  subscribe(listener: OrderFeedListener): () => void;
  /** Pushes the current record of `order` to every listener, in a later task than the caller's. */
  publish(order: ContractOrder): void;
}

/** The frame MEXC pushes for an order record. */
export function orderFrame(order: ContractOrder, ts = Date.now()): PersonalOrderFrame {
  const { orderId, symbol, positionId, price, vol, leverage, side, orderType, openType, state, dealVol, dealAvgPrice } = order;
  const { orderMargin, usedMargin, errorCode, createTime, updateTime } = order;
  return {
    channel: 'push.personal.order',
    data: {
      orderId,
      symbol,
      positionId,
      price,
      vol,
      leverage,
      side,
      orderType,
      openType,
      state,
      dealVol,
      dealAvgPrice,
      orderMargin,
      usedMargin,
      category: 1,
      errorCode,
      createTime,
      updateTime,
    },
    ts,
  };
}

/** A new, silent channel: nothing is pushed until an order changes. */
export function createOrderFeed(): OrderFeed {
  const listeners = new Set<OrderFeedListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(order) {
      // A copy of the record as it is now: later changes are later frames.
      const frame = orderFrame(order);
      // Like a socket message, each frame arrives in a task of its own, never inside the request that caused it.
      setTimeout(() => {
        for (const listener of [...listeners]) listener(frame);
      }, 0);
    },
  };
}
