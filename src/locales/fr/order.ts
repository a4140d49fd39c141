import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** French: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Aucun problème avec cet ordre',
      message: 'MEXC n’a signalé aucune erreur pour cet ordre : il n’y a rien à faire.',
    },
    param_invalid: {
      title: 'Ordre rejeté : paramètres invalides',
      message:
        'MEXC a rejeté cet ordre car l’un de ses paramètres n’était pas valide. Vérifiez le prix, la quantité et l’effet de levier, puis modifiez l’ordre et passez-le à nouveau.',
    },
    insufficient_balance: {
      title: 'Ordre rejeté : marge insuffisante',
      message:
        'Votre compte futures n’avait pas assez de marge disponible, cet ordre a donc été rejeté. Transférez des fonds vers votre compte futures (après un dépôt si nécessaire), ou réduisez la taille de l’ordre ou l’effet de levier.',
    },
    position_not_exists: {
      title: 'Ordre de clôture rejeté : aucune position',
      message:
        'Cet ordre de clôture n’a trouvé aucune position à clôturer (elle a peut-être déjà été clôturée), il a donc été rejeté. Actualisez vos positions pour voir ce qui reste ouvert.',
    },
    position_not_enough: {
      title: 'Ordre de clôture rejeté : quantité trop élevée',
      message:
        'Cet ordre de clôture dépassait la quantité clôturable de votre position (d’autres ordres de clôture en réservent peut-être déjà une partie), il a donc été rejeté. Actualisez vos positions et réduisez la quantité.',
    },
    position_liquidated: {
      title: 'Ordre terminé : position liquidée',
      message:
        'Cet ordre a pris fin car sa position a été liquidée. Actualisez vos positions pour voir ce qu’il en reste, et vérifiez la marge de votre compte futures.',
    },
    order_liquidated: {
      title: 'Ordre clôturé par liquidation',
      message:
        'Cet ordre a été clôturé dans le cadre d’une liquidation. Actualisez vos positions pour voir ce qu’il en reste, et vérifiez la marge de votre compte futures.',
    },
    risk_level_limit: {
      title: 'Ordre rejeté : limite de risque dépassée',
      message:
        'Cet ordre aurait porté votre position au-delà de la limite de risque associée à son effet de levier, il a donc été rejeté. Réduisez la taille de l’ordre ou l’effet de levier.',
    },
    system_cancel: {
      title: 'Ordre annulé par MEXC',
      message:
        'Le système de MEXC a annulé cet ordre. Actualisez vos ordres, et contactez le support si vous souhaitez en connaître la raison.',
    },
    position_mode_mismatch: {
      title: 'Ordre rejeté : mode de position incompatible',
      message:
        'Cet ordre ne correspondait pas au mode de position de votre compte (mode unidirectionnel ou mode de couverture), il a donc été rejeté. Modifiez-le pour l’adapter à votre mode actuel, puis passez-le à nouveau.',
    },
    reduce_only_liquidated: {
      title: 'Ordre Reduce Only annulé',
      message: 'Cet ordre Reduce Only a été annulé car sa position a été liquidée. Actualisez vos positions pour voir ce qu’il en reste.',
    },
    contract_not_enabled: {
      title: 'Ordre rejeté : contrat fermé au trading',
      message: 'Ce contrat n’est pas ouvert au trading pour le moment, l’ordre a donc été rejeté. Choisissez un autre contrat.',
    },
    delivery_cancel: {
      title: 'Ordre annulé à la livraison',
      message: 'Le contrat a atteint sa date de livraison, cet ordre ouvert a donc été annulé. Actualisez vos ordres et vos positions.',
    },
    position_liquidated_cancel: {
      title: 'Ordre annulé : position liquidée',
      message: 'Cet ordre a été annulé car sa position a été liquidée. Actualisez vos positions et vos ordres.',
    },
    adl_cancel: {
      title: 'Ordre annulé par désendettement automatique',
      message:
        'Le désendettement automatique (ADL) a réduit votre position, cet ordre a donc été annulé. Actualisez vos positions et vos ordres.',
    },
    restricted_account_cancel: {
      title: 'Ordre annulé : compte restreint',
      message:
        'Cet ordre a été annulé en raison d’une restriction de trading sur votre compte. Contactez le support pour en connaître la raison.',
    },
    funding_settlement_cancel: {
      title: 'Ordre annulé lors du règlement du financement',
      message:
        'Cet ordre a été annulé pendant le règlement du financement. Une fois le règlement terminé, passez-le à nouveau si vous le souhaitez toujours.',
    },
    position_margin_change_cancel: {
      title: 'Ordre annulé : marge de la position modifiée',
      message:
        'La marge initiale de la position a changé (par exemple après une modification de l’effet de levier), cet ordre a donc été annulé. Vérifiez la taille et l’effet de levier, puis passez-le à nouveau.',
    },
    ioc_cancel: {
      title: 'Ordre IOC : reste non exécuté annulé',
      message:
        'IOC (exécution immédiate ou annulation) : la partie qui n’a pas pu être exécutée immédiatement a été annulée. Vérifiez ce qui a été exécuté, et passez un nouvel ordre pour le reste si vous le souhaitez toujours.',
    },
    fok_cancel: {
      title: 'Ordre FOK annulé sans exécution',
      message:
        'FOK (exécution totale ou annulation) : l’ordre n’a pas pu être exécuté en totalité immédiatement, il a donc été annulé sans aucune exécution. Ajustez le prix ou la taille, puis passez-le à nouveau.',
    },
    post_only_cancel: {
      title: 'Ordre Post Only annulé',
      message:
        'Cet ordre Post Only aurait été exécuté immédiatement en tant que taker, il a donc été annulé. Fixez un prix d’achat inférieur à la meilleure offre de vente ou un prix de vente supérieur à la meilleure offre d’achat, puis passez-le à nouveau.',
    },
    market_rest_cancel: {
      title: 'Ordre au marché : reste non exécuté annulé',
      message:
        'Votre ordre au marché n’a pas pu être exécuté en totalité, le reste non exécuté a donc été annulé. Vérifiez votre position, et passez un nouvel ordre pour le reste si vous le souhaitez toujours.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
