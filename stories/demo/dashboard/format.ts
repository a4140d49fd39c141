// Number formatting for the dashboard, in the page's locale.

/** `250` → `250.00 USDT` (digits grouped the locale's way; a no-break space keeps the unit on the number's line). */
export function formatUsdt(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}\u00a0USDT`;
}

/** A price or quantity with up to 8 decimals and no trailing zeros. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 8 }).format(value);
}
