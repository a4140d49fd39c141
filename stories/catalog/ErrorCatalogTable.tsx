import { Fragment, useId, useMemo, useState, type ReactNode } from 'react';
import { canonicalTag, catalogLabelPacks, catalogLabelsFor, fillIn, languageName, plural, type CatalogLabels } from './catalog-labels';
import { buildRows, countByKind, SECTIONS, type CatalogRow } from './catalog-rows';
import './catalog.css';

/** Props of {@link ErrorCatalogTable}. */
export interface ErrorCatalogTableProps {
  /**
   * Locales whose title and message are shown, one column each, in this order. Every pack the kit ships
   * is given to the resolver; any other tag falls back through it (to `en`).
   * @default ['en', 'zh-CN']
   */
  locales?: string[];
  /** Text the search box starts with (code, key, i18n key, category or any shown text). */
  initialQuery?: string;
  /** Locale of the page's own labels (search box, headers, badges); English where the page has none for it. */
  labelsLocale?: string;
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

/** An identifier such as `after_clock_sync` or `mexc.order.ioc_cancel`, allowed to wrap after each `_` and `.`. */
function Identifier({ id }: { id: string }) {
  const parts = id.split(/(?<=[._])/);
  return (
    <code dir="ltr">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index === parts.length - 1 ? null : <wbr />}
        </Fragment>
      ))}
    </code>
  );
}

/** Label texts (badges, general cases) a row is also found by: in English and in the shown locale. */
function labelHaystack(row: CatalogRow, packs: readonly CatalogLabels[]): string {
  return packs
    .flatMap((labels) => [
      row.kind === 'wild' || row.kind === 'variant' || row.kind === 'fallback' ? labels.badges[row.kind] : '',
      row.generalKey === null ? '' : labels.fallbackCases[row.generalKey],
    ])
    .join('\n')
    .toLowerCase();
}

/**
 * Every entry of every catalog the kit lists (`listApiErrorCatalogs()`): MEXC's 72 official futures codes,
 * the codes met in the wild and those told apart by the server's text; the reasons on order records; and
 * the `general` entries for failures without a known code. Each with its i18n key, category, severity,
 * retry rule, suggested actions and its texts in each locale, resolved through `resolveApiError`. A
 * search box filters every section; the page's own labels are in `labelsLocale`.
 */
export function ErrorCatalogTable({
  locales = DEFAULT_LOCALES as string[],
  initialQuery = '',
  labelsLocale: asked = 'en',
}: ErrorCatalogTableProps) {
  const ids = useId();
  const searchId = `${ids}-search`;
  const [query, setQuery] = useState(initialQuery);
  const [seenInitialQuery, setSeenInitialQuery] = useState(initialQuery);
  if (seenInitialQuery !== initialQuery) {
    // The prop changed (Storybook controls): start over from it.
    setSeenInitialQuery(initialQuery);
    setQuery(initialQuery);
  }

  const { locale: labelsLocale, labels } = useMemo(() => catalogLabelsFor(asked), [asked]);
  const localeKey = [...new Set(locales.map(canonicalTag))].join('|');
  const columns = useMemo(() => (localeKey === '' ? [] : localeKey.split('|')), [localeKey]);
  const rows = useMemo(() => buildRows(columns), [columns]);
  const labelTexts = useMemo(
    () => new Map(rows.map((row) => [row.id, labelHaystack(row, [catalogLabelPacks.en ?? labels, labels])])),
    [rows, labels],
  );

  const trimmedQuery = query.trim();
  const needle = trimmedQuery.toLowerCase();
  const visible = needle === '' ? rows : rows.filter((row) => row.haystack.includes(needle) || labelTexts.get(row.id)?.includes(needle));
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
      {SECTIONS.map((section) => {
        const sectionRows = visible.filter((row) => row.section === section);
        if (sectionRows.length === 0) return null;
        return (
          <table key={section} className="error-catalog__table" data-section={section}>
            <caption className="error-catalog__caption">
              <span dir={dir}>{fillIn(labels.captions[section], counts)}</span>
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
              {sectionRows.map((row) => (
                <CatalogRowView key={row.id} row={row} labels={labels} labelsLocale={labelsLocale} />
              ))}
            </tbody>
          </table>
        );
      })}
      {visible.length === 0 ? (
        <p className="error-catalog__empty">
          <span dir={dir}>{withValue(labels.noResults, 'query', <bdi>{trimmedQuery}</bdi>)}</span>
        </p>
      ) : null}
    </div>
  );
}

interface CatalogRowViewProps {
  row: CatalogRow;
  labels: CatalogLabels;
  labelsLocale: string;
}

/** A note under the key: a label of the page with one value (an identifier, a quote) isolated in it. */
function KeyNote({ note, label, name, value, dir }: { note: string; label: string; name: string; value: ReactNode; dir: 'ltr' | 'rtl' }) {
  return (
    <span className="error-catalog__note" data-note={note}>
      <span dir={dir}>{withValue(label, name, value)}</span>
    </span>
  );
}

/** One entry: code (with its badge), key and notes, category, severity, retry rule, actions and a text cell per locale. */
function CatalogRowView({ row, labels, labelsLocale }: CatalogRowViewProps) {
  const dir = labels.dir;
  const badge = row.kind === 'wild' || row.kind === 'variant' || row.kind === 'fallback' ? labels.badges[row.kind] : null;
  return (
    <tr data-catalog={row.catalog}>
      <th scope="row">
        {row.code ?? '—'}
        {badge === null ? null : (
          <>
            {' '}
            <span className="error-catalog__badge" dir={dir} data-kind={row.kind}>
              {badge}
            </span>
          </>
        )}
      </th>
      <td>
        <Identifier id={row.key} />
        <KeyNote note="i18n" label={labels.i18nKey} name="key" value={<Identifier id={row.i18nKey} />} dir={dir} />
        {row.official.map((doc) => (
          <KeyNote
            key={doc.locale}
            note={`official-${doc.locale}`}
            label={fillIn(labels.mexcDescription, { language: languageName(doc.locale, labelsLocale) })}
            name="doc"
            value={
              <span lang={doc.locale} dir="ltr" data-official={doc.locale}>
                {doc.text}
              </span>
            }
            dir={dir}
          />
        ))}
        {row.variantPattern === null ? null : (
          <KeyNote
            note="variant"
            label={labels.variantWhen}
            name="pattern"
            value={<code dir="ltr">{`/${row.variantPattern}/`}</code>}
            dir={dir}
          />
        )}
        {row.generalKey === null ? null : (
          <span className="error-catalog__note" data-note="general">
            <span dir={dir}>{fillIn(labels.fallbackWhen, { case: labels.fallbackCases[row.generalKey] })}</span>
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
