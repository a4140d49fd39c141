import {
  apiErrorCatalog,
  apiErrorFallbacks,
  canonicalLocale,
  createMessageLookup,
  errorI18nKey,
  resolveApiError,
  type ApiError,
  type ApiErrorActionId,
  type ApiErrorCategory,
  type ApiErrorDefinition,
  type ApiErrorFallbackKey,
  type ApiErrorKey,
  type ApiErrorMessages,
  type ApiErrorSeverity,
  type RetryRule,
} from 'mexc-error-kit';
import { zhCN } from 'mexc-error-kit/locales/zh-CN';
import { useId, useMemo, useState, type CSSProperties } from 'react';

/** Props of {@link ErrorCatalogTable}. */
export interface ErrorCatalogTableProps {
  /**
   * Locales whose title and message are shown, one column each, in this order. The kit's English pack
   * and the zh-CN pack are loaded; any other tag falls back through the real resolver (to `en`).
   * @default ['en', 'zh-CN']
   */
  locales?: string[];
  /** Text the search box starts with (code, key, category or any shown text). */
  initialQuery?: string;
}

/** Packs handed to the resolver, exactly as an app would pass them. */
const MESSAGES: ApiErrorMessages = { 'zh-CN': zhCN };
const DEFAULT_LOCALES: readonly string[] = ['en', 'zh-CN'];

/**
 * A matching input for each fallback, so its texts come through `resolveApiError` like a real failure.
 * A fallback missing here (added to the kit later) is still listed, read straight from the packs.
 */
const FALLBACK_INPUTS: Partial<Record<ApiErrorFallbackKey, { input: ApiError; when: string }>> = {
  unknown_code: { input: { code: 99999, source: 'api' }, when: 'a code the kit does not know (example: 99999)' },
  network_error: { input: { code: null, source: 'network' }, when: 'no answer: network failure' },
  timeout: { input: { code: null, source: 'timeout' }, when: 'the client gave up waiting' },
  aborted: { input: { code: null, source: 'aborted' }, when: 'request cancelled on purpose' },
  http_error: { input: { code: null, source: 'http', httpStatus: 404 }, when: 'HTTP error page without a code (example: 404)' },
  http_forbidden: { input: { code: null, source: 'http', httpStatus: 403 }, when: 'HTTP 403 without a code' },
  http_rate_limited: { input: { code: null, source: 'http', httpStatus: 429 }, when: 'HTTP 429 without a code' },
  http_server_error: { input: { code: null, source: 'http', httpStatus: 502 }, when: 'HTTP 5xx without a code (example: 502)' },
  websocket_error: { input: { code: null, source: 'websocket' }, when: 'an rs.error frame on the WebSocket' },
  unknown_error: { input: { code: null, source: 'unknown' }, when: 'anything else' },
};

type RowKind = 'official' | 'wild' | 'fallback';

interface LocalizedTexts {
  /** The locale asked for (column). */
  requested: string;
  /** The locale the title actually came from (`lang` of the cell). */
  locale: string;
  title: string;
  message: string;
  actionLabels: readonly string[];
}

interface CatalogRow {
  key: ApiErrorKey;
  code: number | null;
  kind: RowKind;
  /** MEXC's official English description (official codes only). */
  doc: string;
  /** For fallbacks: which failures get this entry. */
  when: string;
  category: ApiErrorCategory;
  severity: ApiErrorSeverity;
  retry: RetryRule;
  actions: readonly ApiErrorActionId[];
  texts: LocalizedTexts[];
  /** Lower-cased text the search box matches against. */
  haystack: string;
}

/** Texts through the real resolver, or `undefined` when `input` does not land on `key`. */
function textsFromResolver(input: ApiError, key: ApiErrorKey, locale: string): LocalizedTexts | undefined {
  const resolved = resolveApiError(input, { locale, messages: MESSAGES });
  if (resolved.key !== key) return undefined;
  return {
    requested: locale,
    locale: resolved.locale,
    title: resolved.title,
    message: resolved.message,
    actionLabels: resolved.actions.map((action) => action.label),
  };
}

/** Straight from the packs (through the kit's lookup and fallback chain), for a fallback without an input. */
function textsFromPacks(definition: ApiErrorDefinition, locale: string): LocalizedTexts {
  const lookup = createMessageLookup({ locale, messages: MESSAGES });
  const title = lookup.find([[definition.key, 'title']], `${errorI18nKey(definition.key)}.title`, {});
  const message = lookup.find([[definition.key, 'message']], `${errorI18nKey(definition.key)}.message`, {});
  return {
    requested: locale,
    locale: title?.locale ?? lookup.locale,
    title: title?.text ?? definition.key,
    message: message?.text ?? title?.text ?? definition.key,
    actionLabels: definition.actions.map((id) => lookup.action(id)),
  };
}

function toRow(definition: ApiErrorDefinition, kind: RowKind, locales: readonly string[]): CatalogRow {
  const key = definition.key as ApiErrorKey;
  const fallback = kind === 'fallback' ? FALLBACK_INPUTS[key as ApiErrorFallbackKey] : undefined;
  const input: ApiError | undefined = kind === 'fallback' ? fallback?.input : { code: definition.code, source: 'api' };
  const texts = locales.map(
    (locale) => (input && textsFromResolver(input, key, locale)) ?? textsFromPacks(definition, locale),
  );
  const row: CatalogRow = {
    key,
    code: kind === 'fallback' ? null : definition.code,
    kind,
    doc: definition.doc,
    when: fallback?.when ?? (kind === 'fallback' ? 'failures without a known code' : ''),
    category: definition.category,
    severity: definition.severity,
    retry: definition.retry,
    actions: definition.actions,
    texts,
    haystack: '',
  };
  row.haystack = [
    row.code ?? '',
    row.key,
    row.category,
    row.severity,
    row.retry,
    row.doc,
    row.when,
    kind === 'wild' ? 'seen in the wild' : kind,
    ...row.actions,
    ...texts.flatMap((text) => [text.title, text.message, ...text.actionLabels]),
  ]
    .join('\n')
    .toLowerCase();
  return row;
}

function buildRows(locales: readonly string[]): CatalogRow[] {
  return [
    ...apiErrorCatalog.map((definition) => toRow(definition, definition.official ? 'official' : 'wild', locales)),
    ...Object.values(apiErrorFallbacks).map((definition: ApiErrorDefinition) => toRow(definition, 'fallback', locales)),
  ];
}

function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}

const INK = '#1a1a1a';
const MUTED = '#4d4d4d'; // 8.4:1 on white
const LINE = '#ccc';

const styles = {
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
  th: {
    border: `1px solid ${LINE}`,
    paddingBlock: 4,
    paddingInline: 8,
    textAlign: 'start',
    verticalAlign: 'top',
    color: INK,
    background: '#f2f2f2',
  },
  rowHeader: {
    border: `1px solid ${LINE}`,
    paddingBlock: 4,
    paddingInline: 8,
    textAlign: 'start',
    verticalAlign: 'top',
    color: INK,
    background: '#fff',
  },
  textColumn: { minInlineSize: '20rem', inlineSize: '24rem' },
  td: { border: `1px solid ${LINE}`, paddingBlock: 4, paddingInline: 8, textAlign: 'start', verticalAlign: 'top', color: INK, background: '#fff' },
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

function countText(count: number, total: number, query: string): string {
  if (query === '') return `${total} rows`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

/**
 * Every entry of the kit's catalog — MEXC's 72 official futures codes, the codes met in the wild and the
 * fallbacks for failures without a code — with its category, severity, retry rule, suggested actions and
 * its texts in each locale, resolved through `resolveApiError`. A search box filters the rows.
 */
export function ErrorCatalogTable({ locales = DEFAULT_LOCALES as string[], initialQuery = '' }: ErrorCatalogTableProps) {
  const ids = useId();
  const searchId = `${ids}-search`;
  const captionId = `${ids}-caption`;
  const [query, setQuery] = useState(initialQuery);
  const [seenInitialQuery, setSeenInitialQuery] = useState(initialQuery);
  if (seenInitialQuery !== initialQuery) {
    // The prop changed (Storybook controls): start over from it.
    setSeenInitialQuery(initialQuery);
    setQuery(initialQuery);
  }

  const localeKey = [...new Set(locales.map((locale) => canonicalLocale(locale)))].join('|');
  const columns = useMemo(() => (localeKey === '' ? [] : localeKey.split('|')), [localeKey]);
  const rows = useMemo(() => buildRows(columns), [columns]);

  const needle = query.trim().toLowerCase();
  const visible = needle === '' ? rows : rows.filter((row) => row.haystack.includes(needle));
  const counts = {
    official: rows.filter((row) => row.kind === 'official').length,
    wild: rows.filter((row) => row.kind === 'wild').length,
    fallback: rows.filter((row) => row.kind === 'fallback').length,
  };
  const columnCount = 6 + columns.length;

  return (
    <div style={styles.root}>
      <div style={styles.search}>
        <label htmlFor={searchId}>Search by code or key</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          style={styles.input}
        />
        <p role="status" style={styles.status}>
          {countText(visible.length, rows.length, query.trim())}
        </p>
      </div>
      {/* Focusable so keyboard users can scroll the wide table. */}
      <div role="region" aria-labelledby={captionId} tabIndex={0} style={styles.scroller}>
        <table style={styles.table}>
          <caption id={captionId} style={styles.caption}>
            MEXC futures error catalog: {counts.official} official codes, {counts.wild} seen in the wild, {counts.fallback} fallbacks
          </caption>
          <thead>
            <tr>
              <th scope="col" style={styles.th}>Code</th>
              <th scope="col" style={styles.th}>Key</th>
              <th scope="col" style={styles.th}>Category</th>
              <th scope="col" style={styles.th}>Severity</th>
              <th scope="col" style={styles.th}>Retry</th>
              <th scope="col" style={styles.th}>Actions</th>
              {columns.map((locale) => (
                <th scope="col" key={locale} style={{ ...styles.th, ...styles.textColumn }}>
                  Title and message: {languageName(locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.key}>
                <th scope="row" style={styles.rowHeader}>
                  {row.code === null ? '—' : row.code}
                  {row.kind === 'wild' ? (
                    <>
                      {' '}
                      <span style={styles.badge}>seen in the wild</span>
                    </>
                  ) : null}
                  {row.kind === 'fallback' ? (
                    <>
                      {' '}
                      <span style={styles.badge}>fallback</span>
                    </>
                  ) : null}
                </th>
                <td style={styles.td}>
                  <code style={styles.code}>{row.key}</code>
                  {row.doc ? <span style={styles.note}>MEXC: “{row.doc}”</span> : null}
                  {row.when ? <span style={styles.note}>When: {row.when}</span> : null}
                </td>
                <td style={styles.td}>{row.category}</td>
                <td style={styles.td}>{row.severity}</td>
                <td style={styles.td}>
                  <code style={styles.code}>{row.retry}</code>
                </td>
                <td style={styles.td}>
                  {row.actions.length === 0 ? (
                    '—'
                  ) : (
                    <ul style={styles.list}>
                      {row.actions.map((id, index) => (
                        <li key={id}>
                          <code style={styles.code}>{id}</code>
                          {row.texts.map((text) => (
                            <span key={text.requested} lang={text.locale} style={styles.note}>
                              {text.actionLabels[index]}
                            </span>
                          ))}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                {row.texts.map((text) => (
                  <td key={text.requested} lang={text.locale} style={styles.td}>
                    <strong style={styles.title}>{text.title}</strong>
                    <span>{text.message}</span>
                    {text.locale !== text.requested ? (
                      <span lang="en" style={styles.note}>
                        (no {text.requested} text: {text.locale} fallback)
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
            {visible.length === 0 ? (
              <tr>
                <td colSpan={columnCount} style={styles.td}>
                  No code, key or text matches “{query.trim()}”.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export default ErrorCatalogTable;
