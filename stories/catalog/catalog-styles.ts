import type { CSSProperties } from 'react';

const INK = '#1a1a1a';
const MUTED = '#4d4d4d'; // 8.4:1 on white
const LINE = '#ccc';

/** Shared by every table cell; only the background differs between head and body. */
const cell = {
  border: `1px solid ${LINE}`,
  paddingBlock: 4,
  paddingInline: 8,
  textAlign: 'start',
  verticalAlign: 'top',
  color: INK,
} satisfies CSSProperties;

export const styles = {
  root: { color: INK, background: '#fff', fontFamily: 'system-ui, sans-serif', fontSize: 14, lineHeight: 1.45 },
  search: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBlockEnd: 8 },
  input: {
    color: INK,
    background: '#fff',
    border: `1px solid ${MUTED}`,
    borderRadius: 4,
    paddingBlock: 4,
    paddingInline: 8,
    minInlineSize: '16rem',
    font: 'inherit',
  },
  status: { color: INK, marginBlock: 0, marginInlineStart: 'auto' },
  scroller: { overflowX: 'auto', maxInlineSize: '100%' },
  table: { borderCollapse: 'collapse', color: INK, background: '#fff', minInlineSize: '100%' },
  caption: { captionSide: 'top', textAlign: 'start', fontWeight: 600, paddingBlockEnd: 6, color: INK },
  /** Column headers. */
  th: { ...cell, background: '#f2f2f2' },
  /** Body cells, row headers included. */
  td: { ...cell, background: '#fff' },
  textColumn: { minInlineSize: '20rem', inlineSize: '24rem' },
  code: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.92em', color: INK, background: 'transparent' },
  note: { display: 'block', color: MUTED, fontSize: '0.86em', fontWeight: 400, whiteSpace: 'normal' },
  badge: {
    display: 'inline-block',
    border: `1px solid ${LINE}`,
    borderRadius: 4,
    paddingInline: 4,
    marginInlineStart: 4,
    color: INK,
    background: '#fff',
    fontSize: '0.8em',
    fontWeight: 400,
    whiteSpace: 'nowrap',
  },
  list: { margin: 0, paddingInlineStart: 0, listStyle: 'none' },
  title: { display: 'block', fontWeight: 600 },
} satisfies Record<string, CSSProperties>;
