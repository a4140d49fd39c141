// The catalog page's labels in Russian.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Поиск по коду, ключу или тексту',
  searchPlaceholder: 'например, 2005, balance, время',
  rowCount: { one: '{count} строка', few: '{count} строки', many: '{count} строк', other: '{count} строки' },
  resultCount: {
    one: '{count} результат по запросу «{query}»',
    few: '{count} результата по запросу «{query}»',
    many: '{count} результатов по запросу «{query}»',
    other: '{count} результата по запросу «{query}»',
  },
  noResults: 'Ни один код, ключ или текст не совпадает с «{query}».',
  captions: {
    futures:
      'Коды API фьючерсов MEXC (каталог futures): официальных — {official}, встреченных на практике — {wild}, различаемых по тексту сервера — {variant}',
    order: 'Причины в записи ордера, то есть errorCode ордера (каталог order): {reason}',
    general: 'Сбои без известного кода (каталог general): {fallback}',
  },
  columns: { code: 'Код', key: 'Ключ', category: 'Категория', severity: 'Важность', retry: 'Повтор', actions: 'Действия' },
  textColumn: 'Заголовок и сообщение: {language}',
  badges: { wild: 'встречен на практике', variant: 'по тексту сервера', fallback: 'запасной вариант' },
  i18nKey: 'ключ i18n: {key}',
  mexcDescription: 'Описание MEXC ({language}): «{doc}»',
  variantWhen: 'Когда текст сервера совпадает с {pattern}',
  fallbackWhen: 'Когда: {case}',
  fallbackCases: {
    unknown_code: 'код, неизвестный библиотеке (например, 99999)',
    network_error: 'нет ответа: сбой сети',
    timeout: 'клиент перестал ждать ответа',
    aborted: 'запрос отменён намеренно',
    http_error: 'страница ошибки HTTP без кода (например, 404)',
    http_forbidden: 'HTTP 403 без кода',
    http_rate_limited: 'HTTP 429 без кода',
    http_server_error: 'HTTP 5xx без кода (например, 502)',
    websocket_error: 'сообщение rs.error в WebSocket',
    unknown_error: 'всё остальное',
  },
  textFallback: '(нет текста для {requested}: показан текст для {found})',
} satisfies CatalogLabels;
