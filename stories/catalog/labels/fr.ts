// The catalog page's labels in French.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Rechercher par code, clé ou texte',
  searchPlaceholder: 'p. ex. 2005, balance, horloge',
  rowCount: { one: '{count} ligne', many: '{count} lignes', other: '{count} lignes' },
  resultCount: {
    one: '{count} résultat pour « {query} »',
    many: '{count} résultats pour « {query} »',
    other: '{count} résultats pour « {query} »',
  },
  noResults: 'Aucun code, aucune clé ni aucun texte ne correspond à « {query} ».',
  captions: {
    futures:
      'Codes de l’API futures de MEXC (catalogue futures) : {official} officiels, {wild} observés en conditions réelles, {variant} distingués par le texte du serveur',
    order: 'Motifs de l’historique des ordres, l’errorCode d’un ordre (catalogue order) : {reason}',
    general: 'Échecs sans code connu (catalogue general) : {fallback}',
  },
  columns: {
    code: 'Code d’erreur',
    key: 'Clé',
    category: 'Catégorie',
    severity: 'Gravité',
    retry: 'Nouvelle tentative',
    actions: 'Actions suggérées',
  },
  textColumn: 'Titre et message : {language}',
  badges: { wild: 'observé en conditions réelles', variant: 'selon le texte du serveur', fallback: 'entrée de repli' },
  i18nKey: 'clé i18n : {key}',
  mexcDescription: 'MEXC ({language}) : « {doc} »',
  variantWhen: 'Lorsque le texte du serveur correspond à {pattern}',
  fallbackWhen: 'Cas : {case}',
  fallbackCases: {
    unknown_code: 'un code que le kit ne connaît pas (exemple : 99999)',
    network_error: 'aucune réponse : panne réseau',
    timeout: 'le client a cessé d’attendre',
    aborted: 'requête annulée volontairement',
    http_error: 'page d’erreur HTTP sans code (exemple : 404)',
    http_forbidden: 'HTTP 403 sans code',
    http_rate_limited: 'HTTP 429 sans code',
    http_server_error: 'HTTP 5xx sans code (exemple : 502)',
    websocket_error: 'une trame rs.error sur le WebSocket',
    unknown_error: 'tout autre cas',
  },
  textFallback: '(aucun texte en {requested} : repli sur {found})',
} satisfies CatalogLabels;
