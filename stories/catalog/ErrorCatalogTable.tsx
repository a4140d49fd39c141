import { canonicalLocale } from 'mexc-error-kit';
import { useId, useMemo, useState } from 'react';
import { buildRows, countByKind, countText, KIND_LABELS, languageName } from './catalog-rows';
import { styles } from './catalog-styles';

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

const DEFAULT_LOCALES: readonly string[] = ['en', 'zh-CN'];

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

  const trimmedQuery = query.trim();
  const needle = trimmedQuery.toLowerCase();
  const visible = needle === '' ? rows : rows.filter((row) => row.haystack.includes(needle));
  const counts = countByKind(rows);
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
          {countText(visible.length, rows.length, trimmedQuery)}
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
                <th scope="row" style={styles.td}>
                  {row.code === null ? '—' : row.code}
                  {row.kind === 'official' ? null : (
                    <>
                      {' '}
                      <span style={styles.badge}>{KIND_LABELS[row.kind]}</span>
                    </>
                  )}
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
                  No code, key or text matches “{trimmedQuery}”.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
