// The trading-dashboard demo's API layer: a signed MEXC contract client and an MSW simulator of the exchange.
export * from './client';
export * from './order-feed';
export * from './signing';
export * from './simulator';
export * from './simulator-state';
export { SIMULATOR_ERROR_CODES, serverMessage, type ServerLanguage } from './server-messages';
export type * from './types';
