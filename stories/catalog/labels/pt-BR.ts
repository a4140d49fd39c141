// The catalog page's labels in Brazilian Portuguese.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Buscar por código, chave ou texto',
  searchPlaceholder: 'ex.: 2005, balance, relógio',
  rowCount: { one: '{count} linha', many: '{count} de linhas', other: '{count} linhas' },
  resultCount: {
    one: '{count} resultado para “{query}”',
    many: '{count} de resultados para “{query}”',
    other: '{count} resultados para “{query}”',
  },
  noResults: 'Nenhum código, chave ou texto corresponde a “{query}”.',
  captions: {
    futures:
      'Códigos da API de futuros da MEXC (catálogo futures): {official} oficiais, {wild} vistos na prática, {variant} distinguidos pelo texto do servidor',
    order: 'Motivos do registro da ordem, o errorCode de uma ordem (catálogo order): {reason}',
    general: 'Falhas sem código conhecido (catálogo general): {fallback}',
  },
  columns: {
    code: 'Código',
    key: 'Chave',
    category: 'Categoria',
    severity: 'Gravidade',
    retry: 'Nova tentativa',
    actions: 'Ações',
  },
  textColumn: 'Título e mensagem: {language}',
  badges: { wild: 'visto na prática', variant: 'pelo texto do servidor', fallback: 'genérico' },
  i18nKey: 'chave i18n: {key}',
  mexcDescription: 'Descrição da MEXC ({language}): “{doc}”',
  variantWhen: 'Quando o texto do servidor corresponde a {pattern}',
  fallbackWhen: 'Quando: {case}',
  fallbackCases: {
    unknown_code: 'um código que o kit não conhece (exemplo: 99999)',
    network_error: 'sem resposta: falha de rede',
    timeout: 'o cliente desistiu de esperar',
    aborted: 'solicitação cancelada de propósito',
    http_error: 'página de erro HTTP sem código (exemplo: 404)',
    http_forbidden: 'HTTP 403 sem código',
    http_rate_limited: 'HTTP 429 sem código',
    http_server_error: 'HTTP 5xx sem código (exemplo: 502)',
    websocket_error: 'uma mensagem rs.error no WebSocket',
    unknown_error: 'qualquer outro caso',
  },
  textFallback: '(sem texto em {requested}: exibido o de {found})',
} satisfies CatalogLabels;
