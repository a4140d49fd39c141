import { canonicalLocale, useApiErrorContext } from 'mexc-error-kit';
import { Fragment, useId, useMemo, useState, type ReactNode } from 'react';
import { catalogLabelPacks, catalogLabelsFor, fillIn, languageName, plural, type CatalogLabels } from './catalog-labels';
import { buildRows, countByKind, type CatalogRow } from './catalog-rows';
import './catalog.css';

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

/** The columns before the text columns, in order. */
export const META_COLUMNS = ['code', 'key', 'category', 'severity', 'retry', 'actions'] as const;

/** `text` with each `{name}` replaced by `value`, a node that isolates it (`<bdi>`, or an element with `dir`). */
function withValue(text: string, name: string, value: ReactNode): ReactNode {
  const [before, ...after] = text.split(`{${name}}`);
  return (
    <>
      {before}
      {after.map((part, index) => (
        <Fragment key={index}>
          {value}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** An identifier such as `after_clock_sync`, allowed to wrap after each underscore. */
function Identifier({ id }: { id: string }) {
  const parts = id.split('_');
  return (
    <code>
      {parts.map((part, index) =>
        index === parts.length - 1 ? (
          part
        ) : (
          <Fragment key={index}>
            {part}_<wbr />
          </Fragment>
        ),
      )}
    </code>
  );
}

/** Label texts (badges, fallback cases) a row is also found by: in English and in the shown locale. */
function labelHaystack(row: CatalogRow, packs: readonly CatalogLabels[]): string {
  return packs
    .flatMap((labels) => [
      row.kind === 'official' ? '' : labels.badges[row.kind],
      row.fallbackKey === null ? '' : labels.fallbackCases[row.fallbackKey],
    ])
    .join('\n')
    .toLowerCase();
}

/**
 * Every entry of the kit's catalog — MEXC's 72 official futures codes, the codes met in the wild and the
 * fallbacks for failures without a code — with its category, severity, retry rule, suggested actions and
 * its texts in each locale, resolved through `resolveApiError`. A search box filters the rows. The table's
 * own labels are in the locale of the nearest `ApiErrorProvider` (English when there is none for it).
 */
export function ErrorCatalogTable({ locales = DEFAULT_LOCALES as string[], initialQuery = '' }: ErrorCatalogTableProps) {
  const ids = useId();
  const searchId = `${ids}-search`;
  const [query, setQuery] = useState(initialQuery);
  const [seenInitialQuery, setSeenInitialQuery] = useState(initialQuery);
  if (seenInitialQuery !== initialQuery) {
    // The prop changed (Storybook controls): start over from it.
    setSeenInitialQuery(initialQuery);
    setQuery(initialQuery);
  }

  const providerLocale = useApiErrorContext().locale;
  const { locale: labelsLocale, labels } = useMemo(() => catalogLabelsFor(providerLocale), [providerLocale]);
  const localeKey = [...new Set(locales.map((locale) => canonicalLocale(locale)))].join('|');
  const columns = useMemo(() => (localeKey === '' ? [] : localeKey.split('|')), [localeKey]);
  const rows = useMemo(() => buildRows(columns), [columns]);
  const labelTexts = useMemo(
    () => new Map(rows.map((row) => [row.key, labelHaystack(row, [catalogLabelPacks.en ?? labels, labels])])),
    [rows, labels],
  );

  const trimmedQuery = query.trim();
  const needle = trimmedQuery.toLowerCase();
  const visible = needle === '' ? rows : rows.filter((row) => row.haystack.includes(needle) || labelTexts.get(row.key)?.includes(needle));
  const counts = countByKind(rows);
  // Every label sits in its own direction, so its punctuation lands right in a page of either direction.
  const dir = labels.dir;

  return (
    <div className="error-catalog" lang={labelsLocale}>
      <div className="error-catalog__search">
        <label htmlFor={searchId} dir={dir}>
          {labels.searchLabel}
        </label>
        <input
          id={searchId}
          className="error-catalog__input"
          type="search"
          value={query}
          placeholder={labels.searchPlaceholder}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <p role="status" className="error-catalog__status">
          <span dir={dir}>
            {trimmedQuery === ''
              ? plural(labels.rowCount, rows.length, labelsLocale)
              : withValue(plural(labels.resultCount, visible.length, labelsLocale), 'query', <bdi>{trimmedQuery}</bdi>)}
          </span>
        </p>
      </div>
      <table className="error-catalog__table">
        <caption className="error-catalog__caption">
          <span dir={dir}>{fillIn(labels.caption, counts)}</span>
        </caption>
        <colgroup>
          {META_COLUMNS.map((column) => (
            <col key={column} className={`error-catalog__col-${column}`} />
          ))}
          {columns.map((locale) => (
            <col key={locale} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {META_COLUMNS.map((column) => (
              <th scope="col" key={column}>
                <span dir={dir}>{labels.columns[column]}</span>
              </th>
            ))}
            {columns.map((locale) => (
              <th scope="col" key={locale}>
                <span dir={dir}>{fillIn(labels.textColumn, { language: languageName(locale, labelsLocale) })}</span>{' '}
                <span className="error-catalog__note" dir="ltr">
                  {locale}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <CatalogRowView key={row.key} row={row} labels={labels} labelsLocale={labelsLocale} />
          ))}
          {visible.length === 0 ? (
            <tr>
              <td colSpan={META_COLUMNS.length + columns.length}>
                <span dir={dir}>{withValue(labels.noResults, 'query', <bdi>{trimmedQuery}</bdi>)}</span>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

interface CatalogRowViewProps {
  row: CatalogRow;
  labels: CatalogLabels;
  labelsLocale: string;
}

/** One entry: code (with its badge), key, category, severity, retry rule, actions and a text cell per locale. */
function CatalogRowView({ row, labels, labelsLocale }: CatalogRowViewProps) {
  const dir = labels.dir;
  return (
    <tr>
      <th scope="row">
        {row.code ?? '—'}
        {row.kind === 'official' ? null : (
          <>
            {' '}
            <span className="error-catalog__badge" dir={dir} data-kind={row.kind}>
              {labels.badges[row.kind]}
            </span>
          </>
        )}
      </th>
      <td>
        <Identifier id={row.key} />
        {row.doc ? (
          <span className="error-catalog__note">
            <span dir={dir}>
              {withValue(
                labels.mexcDescription,
                'doc',
                <span lang="en" dir="ltr">
                  {row.doc}
                </span>,
              )}
            </span>
          </span>
        ) : null}
        {row.fallbackKey === null ? null : (
          <span className="error-catalog__note">
            <span dir={dir}>{fillIn(labels.fallbackWhen, { case: labels.fallbackCases[row.fallbackKey] })}</span>
          </span>
        )}
      </td>
      <td>
        <Identifier id={row.category} />
      </td>
      <td>
        <Identifier id={row.severity} />
      </td>
      <td>
        <Identifier id={row.retry} />
      </td>
      <td>
        {row.actions.length === 0 ? (
          '—'
        ) : (
          <ul className="error-catalog__list">
            {row.actions.map((id, index) => (
              <li key={id}>
                <Identifier id={id} />
                {row.texts.map((text) => (
                  <span key={text.requested} lang={text.locale} dir={text.dir} className="error-catalog__note error-catalog__action-label">
                    {text.actionLabels[index]}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </td>
      {row.texts.map((text) => (
        <td key={text.requested} lang={text.locale} dir={text.dir} data-locale-column={text.requested}>
          <strong className="error-catalog__title">{text.title}</strong>
          <span>{text.message}</span>
          {text.locale === text.requested ? null : (
            <span className="error-catalog__note" lang={labelsLocale} dir={dir}>
              {fillIn(labels.textFallback, { requested: text.requested, found: text.locale })}
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}
