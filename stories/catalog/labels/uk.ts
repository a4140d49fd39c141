// The catalog page's labels in Ukrainian.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Пошук за кодом, ключем або текстом',
  searchPlaceholder: 'наприклад, 2005, balance, час',
  rowCount: { one: '{count} рядок', few: '{count} рядки', many: '{count} рядків', other: '{count} рядка' },
  resultCount: {
    one: '{count} результат за запитом «{query}»',
    few: '{count} результати за запитом «{query}»',
    many: '{count} результатів за запитом «{query}»',
    other: '{count} результату за запитом «{query}»',
  },
  noResults: 'Жоден код, ключ чи текст не збігається з «{query}».',
  captions: {
    futures:
      'Коди API ф’ючерсів MEXC (каталог futures): офіційних — {official}, помічених на практиці — {wild}, розрізнених за текстом сервера — {variant}',
    order: 'Причини в записі ордера, тобто errorCode ордера (каталог order): {reason}',
    general: 'Збої без відомого коду (каталог general): {fallback}',
  },
  columns: { code: 'Код', key: 'Ключ', category: 'Категорія', severity: 'Важливість', retry: 'Повтор', actions: 'Дії' },
  textColumn: 'Заголовок і повідомлення: {language}',
  badges: { wild: 'помічено на практиці', variant: 'за текстом сервера', fallback: 'резервний варіант' },
  i18nKey: 'ключ i18n: {key}',
  mexcDescription: 'Опис MEXC ({language}): «{doc}»',
  variantWhen: 'Коли текст сервера збігається з {pattern}',
  fallbackWhen: 'Коли: {case}',
  fallbackCases: {
    unknown_code: 'код, невідомий бібліотеці (наприклад, 99999)',
    network_error: 'немає відповіді: збій мережі',
    timeout: 'клієнт перестав чекати на відповідь',
    aborted: 'запит скасовано навмисно',
    http_error: 'сторінка помилки HTTP без коду (наприклад, 404)',
    http_forbidden: 'HTTP 403 без коду',
    http_rate_limited: 'HTTP 429 без коду',
    http_server_error: 'HTTP 5xx без коду (наприклад, 502)',
    websocket_error: 'повідомлення rs.error у WebSocket',
    unknown_error: 'усе інше',
  },
  textFallback: '(немає тексту для {requested}: показано текст для {found})',
} satisfies CatalogLabels;
