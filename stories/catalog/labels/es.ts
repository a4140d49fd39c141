// The catalog page's labels in Spanish (neutral international).
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Buscar por código, clave o texto',
  searchPlaceholder: 'p. ej., 2005, balance, reloj',
  rowCount: { one: '{count} fila', many: '{count} filas', other: '{count} filas' },
  resultCount: {
    one: '{count} resultado para “{query}”',
    many: '{count} resultados para “{query}”',
    other: '{count} resultados para “{query}”',
  },
  noResults: 'Ningún código, clave ni texto coincide con “{query}”.',
  captions: {
    futures:
      'Códigos de la API de futuros de MEXC (catálogo futures): {official} oficiales, {wild} vistos en la práctica, {variant} distinguidos por el texto del servidor',
    order: 'Motivos de los registros de órdenes, es decir, el errorCode de una orden (catálogo order): {reason}',
    general: 'Fallos sin código conocido (catálogo general): {fallback}',
  },
  columns: { code: 'Código', key: 'Clave', category: 'Categoría', severity: 'Gravedad', retry: 'Reintento', actions: 'Acciones' },
  textColumn: 'Título y mensaje: {language}',
  badges: { wild: 'visto en la práctica', variant: 'por texto del servidor', fallback: 'de respaldo' },
  i18nKey: 'clave i18n: {key}',
  mexcDescription: 'Descripción de MEXC ({language}): “{doc}”',
  variantWhen: 'Cuando el texto del servidor coincide con {pattern}',
  fallbackWhen: 'Caso: {case}',
  fallbackCases: {
    unknown_code: 'un código que el kit no conoce (ejemplo: 99999)',
    network_error: 'sin respuesta: fallo de red',
    timeout: 'el cliente dejó de esperar',
    aborted: 'solicitud cancelada a propósito',
    http_error: 'página de error HTTP sin código (ejemplo: 404)',
    http_forbidden: 'HTTP 403 sin código',
    http_rate_limited: 'HTTP 429 sin código',
    http_server_error: 'HTTP 5xx sin código (ejemplo: 502)',
    websocket_error: 'una trama rs.error en el WebSocket',
    unknown_error: 'cualquier otro caso',
  },
  textFallback: '(sin texto en {requested}: se usa {found})',
} satisfies CatalogLabels;
