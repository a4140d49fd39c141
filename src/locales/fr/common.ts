import type { CommonTexts } from '../../core/text/messages.js';

/**
 * French: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every fr file (glossary in test/locales/guides/fr.ts): formal address (vous); one term per concept
 * (ordre, position, marge, effet de levier, contrat, compte futures, clé API, prix de liquidation, marge
 * croisée / isolée, Post Only, désendettement automatique); typographic apostrophe ’; a narrow no-break space
 * (U+202F) before ; : ! ? and inside « », and between a number and its unit.
 */
export default {
  ui: {
    regionLabel: 'Notifications',
    dismiss: 'Fermer',
    codeBadge: 'Code {code}',
    details: 'Détails',
    serverMessage: 'Message du serveur',
    time: 'Heure',
    copyDetails: 'Copier les détails',
    copied: 'Copié',
    repeatCount: '×{count}',
    tryAgain: 'Réessayer',
    severityInfo: 'Information',
    severityWarning: 'Avertissement',
    severityError: 'Erreur',
    severityCritical: 'Critique',
    overflowTitle: {
      one: '{count} notification supplémentaire',
      many: '{count} notifications supplémentaires',
      other: '{count} notifications supplémentaires',
    },
    overflowMessage:
      'Trop de notifications sont arrivées en même temps pour les afficher une à une. Vérifiez vos ordres et vos positions pour ne rien manquer.',
  },
  actions: {
    transfer_funds: 'Transférer des fonds',
    deposit: 'Déposer',
    reduce_size: 'Réduire la taille',
    lower_leverage: 'Réduire l’effet de levier',
    renew_api_key: 'Renouveler la clé API',
    check_api_key: 'Vérifier la clé API',
    whitelist_ip: 'Ajouter l’IP à la liste blanche',
    enable_permission: 'Activer l’autorisation',
    sync_clock: 'Synchroniser l’horloge',
    retry: 'Réessayer',
    retry_later: 'Réessayer plus tard',
    refresh: 'Actualiser',
    cancel_open_orders: 'Annuler les ordres ouverts',
    adjust_price: 'Ajuster le prix',
    adjust_quantity: 'Ajuster la quantité',
    adjust_leverage: 'Ajuster l’effet de levier',
    edit_order: 'Modifier l’ordre',
    choose_contract: 'Choisir un contrat',
    open_futures_account: 'Ouvrir un compte futures',
    adjust_margin: 'Ajuster la marge',
    split_batch: 'Diviser en lots',
    contact_support: 'Contacter le support',
    check_connection: 'Vérifier la connexion',
  },
  general: {
    unknown_code: {
      title: 'Erreur non reconnue (code {code})',
      message:
        'MEXC a renvoyé une erreur que cette application ne reconnaît pas. Réessayez plus tard et contactez le support si le problème persiste.',
    },
    network_error: {
      title: 'Aucune connexion à MEXC',
      message:
        'Aucune réponse n’a été reçue de MEXC : impossible de savoir si un ordre a été passé. Vérifiez votre connexion et vos ordres, puis réessayez.',
    },
    timeout: {
      title: 'Délai de la requête dépassé',
      message: 'MEXC n’a pas répondu à temps, mais un ordre a peut-être quand même été passé. Actualisez vos ordres avant de réessayer.',
    },
    aborted: {
      title: 'Requête annulée',
      message: 'La requête a été annulée avant d’aboutir. Réessayez si vous en avez encore besoin.',
    },
    http_error: {
      title: 'Réponse inattendue de MEXC',
      message:
        'MEXC a renvoyé une page d’erreur inattendue (HTTP {status}). Réessayez plus tard et contactez le support si le problème persiste.',
    },
    http_forbidden: {
      title: 'Accès bloqué',
      message:
        'MEXC a bloqué cette connexion, souvent en raison de votre région, de votre VPN ou de votre adresse IP. Vérifiez votre connexion ou votre VPN, ou contactez le support.',
    },
    http_rate_limited: {
      title: 'Trop de requêtes',
      message: 'MEXC limite les requêtes provenant de cette connexion. Patientez un instant, puis réessayez.',
    },
    http_server_error: {
      title: 'Erreur du serveur de MEXC',
      message:
        'Le serveur de MEXC a renvoyé une erreur (HTTP {status}) et votre ordre a peut-être quand même été passé. Actualisez vos ordres avant de réessayer plus tard.',
    },
    websocket_error: {
      title: 'Données en direct interrompues',
      message:
        'Le flux en direct du marché et des positions a signalé une erreur : les données affichées ne sont peut-être plus à jour. Actualisez pour vous reconnecter.',
    },
    unknown_error: {
      title: 'Un problème est survenu',
      message: 'Une erreur inattendue s’est produite. Réessayez et contactez le support si le problème persiste.',
    },
  },
} satisfies CommonTexts;
