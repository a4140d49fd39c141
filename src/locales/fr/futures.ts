import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** French: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Terminé',
      message: 'Votre requête a bien été traitée.',
    },
    public_error: {
      title: 'Erreur de la plateforme',
      message:
        'MEXC a rencontré un problème et n’a pas pu traiter cette requête. Réessayez plus tard et contactez le support si le problème persiste.',
    },
    internal_error: {
      title: 'Erreur de la plateforme, résultat inconnu',
      message:
        'MEXC a rencontré une erreur interne et votre ordre a peut-être quand même été passé. Actualisez vos ordres et vos positions avant de réessayer plus tard.',
    },
    system_busy: {
      title: 'Plateforme surchargée',
      message: 'MEXC fait face à un trafic très élevé en ce moment. Patientez un instant, puis réessayez.',
    },
    unauthorized: {
      title: 'Clé API refusée',
      message:
        'MEXC n’a pas accepté votre clé API. Vérifiez que la clé API et la clé secrète sont saisies correctement et que la clé existe toujours.',
    },
    api_key_expired: {
      title: 'Clé API expirée',
      message:
        'Cette clé API a expiré (les clés sans adresse IP associée expirent au bout de 90 jours). Créez une nouvelle clé API sur MEXC et ajoutez-la ici.',
    },
    ip_not_whitelisted: {
      title: 'Adresse IP non autorisée',
      message:
        'Votre clé API n’accepte pas les requêtes provenant de cette adresse IP. Ajoutez cette IP à la liste blanche de la clé sur MEXC.',
    },
    unknown_request_source: {
      title: 'Origine de la requête non reconnue',
      message:
        'MEXC n’a pas pu identifier l’origine de cette requête. Vérifiez les paramètres de votre clé API et contactez le support si le problème persiste.',
    },
    rate_limited: {
      title: 'Trop de requêtes',
      message: 'Vous envoyez des requêtes plus vite que MEXC ne le permet. Patientez quelques secondes, puis réessayez.',
    },
    endpoint_inaccessible: {
      title: 'Action non autorisée pour cette clé API',
      message:
        'Votre clé API ou votre compte n’a pas le droit d’effectuer cette action. Activez l’autorisation nécessaire sur votre clé API, ou contactez le support.',
    },
    request_time_invalid: {
      title: 'Horloge de l’appareil désynchronisée',
      message:
        'L’horloge de votre appareil a plus de 2 secondes d’avance ou plus de 10 secondes de retard sur l’heure de MEXC. Synchronisez votre horloge, puis réessayez.',
    },
    parameter_error: {
      title: 'Paramètres de l’ordre refusés',
      message:
        'L’ordre contient une valeur que la plateforme n’accepte pas. Vérifiez le prix, la quantité et les autres paramètres, puis modifiez l’ordre.',
    },
    data_decoding_error: {
      title: 'Requête illisible',
      message:
        'MEXC n’a pas pu lire les données envoyées par cette application. Le problème vient de l’application, pas de votre ordre ; contactez le support s’il persiste.',
    },
    signature_invalid: {
      title: 'Échec de la vérification de la clé API',
      message:
        'MEXC n’a pas pu vérifier cette requête avec votre clé secrète. Vérifiez que la clé API et la clé secrète correspondent et sont saisies correctement.',
    },
    duplicate_request: {
      title: 'Requête en double',
      message:
        'MEXC a reçu cette requête deux fois et la première a peut-être déjà abouti. Actualisez vos ordres et vos positions avant de la renvoyer.',
    },
    account_read_permission_required: {
      title: 'Autorisation de lecture du compte requise',
      message:
        'Votre clé API ne peut pas consulter les informations du compte. Activez l’autorisation de lecture du compte pour cette clé sur MEXC.',
    },
    account_write_permission_required: {
      title: 'Autorisation d’écriture du compte requise',
      message:
        'Votre clé API ne peut pas modifier le compte, par exemple ajuster la marge. Activez l’autorisation d’écriture du compte pour cette clé sur MEXC.',
    },
    trade_read_permission_required: {
      title: 'Autorisation de lecture des ordres requise',
      message:
        'Votre clé API ne peut pas consulter vos ordres ni vos transactions. Activez l’autorisation de lecture des ordres pour cette clé sur MEXC.',
    },
    trade_write_permission_required: {
      title: 'Autorisation de trading requise',
      message:
        'Votre clé API n’a pas le droit de passer ni de modifier des ordres. Activez l’autorisation de trading pour cette clé sur MEXC.',
    },
    account_not_found: {
      title: 'Pas encore de compte futures',
      message: 'Vous n’avez pas encore de compte futures sur MEXC. Ouvrez un compte futures pour commencer à trader des contrats.',
    },
    contract_not_found: {
      title: 'Contrat introuvable',
      message: 'Ce contrat futures n’existe pas sur MEXC. Vérifiez le symbole et choisissez un autre contrat.',
    },
    contract_not_activated: {
      title: 'Contrat fermé au trading',
      message: 'Ce contrat n’est pas ouvert au trading pour le moment : impossible d’y passer des ordres. Choisissez un autre contrat.',
    },
    risk_limit_level_invalid: {
      title: 'Problème de palier de limite de risque',
      message:
        'Le palier de limite de risque de cette position n’est pas valide. Actualisez pour vérifier votre limite de risque et contactez le support si le problème persiste.',
    },
    amount_invalid: {
      title: 'Montant invalide',
      message: 'La plateforme n’accepte pas ce montant. Ajustez la quantité pour qu’elle reste entre le minimum et le maximum autorisés.',
    },
    order_side_invalid: {
      title: 'Sens de l’ordre invalide',
      message: 'Le sens de l’ordre (ouverture ou clôture, long ou short) n’est pas valide. Modifiez l’ordre et choisissez le bon sens.',
    },
    open_type_invalid: {
      title: 'Mode de marge invalide',
      message: 'Le mode de marge de l’ordre n’est pas valide. Modifiez l’ordre et choisissez la marge croisée ou la marge isolée.',
    },
    buy_price_too_high: {
      title: 'Prix d’achat trop élevé',
      message:
        'Votre prix d’achat dépasse le prix maximum autorisé en ce moment. Ajustez le prix pour le rapprocher du prix actuel du marché.',
    },
    sell_price_too_low: {
      title: 'Prix de vente trop bas',
      message:
        'Votre prix de vente est inférieur au prix minimum autorisé en ce moment. Ajustez le prix pour le rapprocher du prix actuel du marché.',
    },
    balance_insufficient: {
      title: 'Marge insuffisante',
      message:
        'Votre compte futures n’a pas assez de marge disponible pour cet ordre. Transférez des fonds vers votre compte futures, ou réduisez la taille de l’ordre ou l’effet de levier.',
    },
    leverage_invalid: {
      title: 'Effet de levier non autorisé',
      message:
        'Cet effet de levier n’est pas disponible pour ce contrat ou pour votre palier de limite de risque. Ajustez l’effet de levier à une valeur autorisée.',
    },
    order_price_invalid: {
      title: 'Prix de l’ordre invalide',
      message: 'La plateforme n’accepte pas ce prix d’ordre. Ajustez le prix, puis passez l’ordre à nouveau.',
    },
    closable_quantity_insufficient: {
      title: 'Quantité clôturable insuffisante',
      message:
        'La quantité à clôturer dépasse la quantité encore clôturable de la position. Actualisez votre position, puis réduisez la quantité.',
    },
    position_not_found: {
      title: 'Position introuvable',
      message: 'Cette position n’existe pas ou a déjà été clôturée. Actualisez pour voir vos positions actuelles.',
    },
    order_quantity_invalid: {
      title: 'Quantité de l’ordre invalide',
      message:
        'La quantité n’est pas valide. Sur les futures MEXC, la quantité se compte en contrats, pas en unités de crypto. Ajustez le nombre de contrats.',
    },
    cancel_limit_exceeded: {
      title: 'Trop d’ordres à annuler',
      message:
        'Vous avez tenté d’annuler plus d’ordres à la fois que MEXC ne le permet. Divisez-les en lots plus petits et relancez l’annulation.',
    },
    batch_order_limit_exceeded: {
      title: 'Trop d’ordres dans un lot',
      message: 'Ce lot contient plus d’ordres que MEXC n’en accepte à la fois. Divisez-le en lots plus petits.',
    },
    precision_invalid: {
      title: 'Trop de décimales',
      message:
        'Le prix ou la quantité comporte plus de décimales que ce contrat ne le permet. Ajustez le prix et la quantité au pas autorisé.',
    },
    plan_order_limit_exceeded: {
      title: 'Trop d’ordres conditionnels',
      message: 'Vous avez atteint le nombre maximum d’ordres conditionnels ouverts. Annulez-en quelques-uns avant d’en passer un nouveau.',
    },
    margin_removal_exceeded: {
      title: 'Retrait de marge trop élevé',
      message: 'Vous tentez de retirer plus de marge que cette position ne peut en libérer. Ajustez la marge à un montant plus faible.',
    },
    open_orders_active: {
      title: 'Ordres ouverts encore actifs',
      message:
        'Vous avez des ordres ouverts actifs sur ce contrat : cette modification n’est pas encore possible. Annulez vos ordres ouverts, puis réessayez.',
    },
    leverage_mismatch: {
      title: 'Effet de levier différent de la position',
      message:
        'L’effet de levier de l’ordre ne correspond pas à celui de votre position existante. Ajustez l’effet de levier pour qu’il corresponde à la position.',
    },
    position_type_invalid: {
      title: 'Sens de la position invalide',
      message: 'Le sens de la position (long ou short) n’est pas valide. Modifiez l’ordre et choisissez le bon sens.',
    },
    positions_over_max_leverage: {
      title: 'Position : effet de levier au-delà du palier',
      message:
        'Une position ouverte utilise un effet de levier supérieur à ce que permet le nouveau palier de limite de risque. Réduisez d’abord son effet de levier ou la taille de la position.',
    },
    orders_over_max_leverage: {
      title: 'Ordres : effet de levier au-delà du palier',
      message:
        'Certains ordres ouverts utilisent un effet de levier supérieur à ce que permet le nouveau palier de limite de risque. Annulez d’abord ces ordres ou réduisez l’effet de levier.',
    },
    position_limit_exceeded: {
      title: 'Position trop grande pour le palier',
      message:
        'Votre position actuelle dépasse ce que permet le nouveau palier de limite de risque. Réduisez d’abord la taille de la position.',
    },
    cross_leverage_change_unsupported: {
      title: 'Effet de levier en marge croisée non modifiable',
      message:
        'En marge croisée, l’effet de levier ne peut pas être modifié de cette façon. Modifiez l’ordre, ou passez en marge isolée pour définir l’effet de levier.',
    },
    margin_mode_conflict: {
      title: 'Marge croisée et isolée incompatibles',
      message:
        'Un seul mode de marge, croisée ou isolée, est autorisé par sens sur un même contrat. Modifiez l’ordre pour utiliser le mode de marge de votre position.',
    },
    order_quantity_over_max: {
      title: 'Taille de l’ordre trop élevée',
      message:
        'Cet ordre dépasse la taille maximale autorisée pour un seul ordre. Réduisez la taille ou divisez-le en plusieurs ordres plus petits.',
    },
    order_type_invalid: {
      title: 'Type d’ordre invalide',
      message:
        'Ce type d’ordre n’est pas accepté ici. Modifiez l’ordre et choisissez un type pris en charge, par exemple un ordre limite ou au marché.',
    },
    external_order_id_too_long: {
      title: 'ID d’ordre personnalisé trop long',
      message: 'Un ID d’ordre personnalisé ne peut pas dépasser 32 caractères. Modifiez l’ordre et raccourcissez l’ID.',
    },
    risk_limit_exceeded: {
      title: 'Limite de risque dépassée',
      message:
        'Votre position dépasserait ce que permet votre limite de risque actuelle. Réduisez la taille de l’ordre ou l’effet de levier.',
    },
    price_below_long_liquidation: {
      title: 'Prix inférieur au prix de liquidation',
      message:
        'Le prix de l’ordre est inférieur au prix de liquidation de votre position longue. Ajustez le prix pour qu’il soit supérieur au prix de liquidation.',
    },
    price_above_short_liquidation: {
      title: 'Prix supérieur au prix de liquidation',
      message:
        'Le prix de l’ordre est supérieur au prix de liquidation de votre position courte. Ajustez le prix pour qu’il soit inférieur au prix de liquidation.',
    },
    batch_query_limit_exceeded: {
      title: 'Trop d’ordres dans une même requête',
      message: 'Cette requête porte sur plus d’ordres à la fois que MEXC ne le permet. Divisez-la en lots plus petits.',
    },
    market_price_tier_unsupported: {
      title: 'Type d’ordre au marché non pris en charge',
      message:
        'Ce type d’ordre au marché n’est pas pris en charge pour ce contrat. Modifiez l’ordre, par exemple en passant plutôt un ordre limite.',
    },
    trigger_price_type_invalid: {
      title: 'Type de prix de déclenchement invalide',
      message:
        'Le type de prix de déclenchement n’est pas valide. Modifiez l’ordre et choisissez « Dernier prix », « Prix juste » ou « Prix de l’indice ».',
    },
    trigger_type_invalid: {
      title: 'Condition de déclenchement invalide',
      message:
        'La condition de déclenchement n’est pas valide. Modifiez l’ordre et indiquez s’il doit se déclencher quand le prix monte ou descend jusqu’au prix de déclenchement.',
    },
    execution_cycle_invalid: {
      title: 'Durée de validité invalide',
      message:
        'La durée de validité de l’ordre conditionnel n’est pas valide. Modifiez l’ordre et choisissez une durée autorisée, par exemple 24 heures ou 7 jours.',
    },
    trigger_price_invalid: {
      title: 'Prix de déclenchement invalide',
      message: 'La plateforme n’accepte pas ce prix de déclenchement. Comparez-le au prix actuel du marché et ajustez-le.',
    },
    currency_unsupported: {
      title: 'Devise non prise en charge',
      message: 'Cette devise n’est pas prise en charge ici. Modifiez l’ordre et choisissez une devise prise en charge.',
    },
    open_orders_over_limit: {
      title: 'Trop d’ordres',
      message:
        'Vous avez atteint le nombre maximum d’ordres. Annulez quelques ordres ouverts, ou contactez le support si vous avez besoin d’une limite plus élevée.',
    },
    trading_too_frequent: {
      title: 'Ordres trop rapprochés',
      message: 'Vous passez des ordres trop rapidement. Patientez un instant, puis réessayez.',
    },
    position_quantity_over_max: {
      title: 'Taille maximale de position atteinte',
      message:
        'Votre position dépasserait la taille maximale autorisée. Réduisez la taille de l’ordre, ou contactez le support pour obtenir une limite plus élevée.',
    },
    tpsl_price_missing: {
      title: 'Indiquez un prix TP ou SL',
      message:
        'Le take-profit et le stop-loss ne peuvent pas être vides tous les deux. Saisissez un prix de take-profit, un prix de stop-loss, ou les deux.',
    },
    tpsl_order_not_found: {
      title: 'Ordre TP/SL introuvable',
      message: 'Cet ordre TP/SL n’existe plus ou a déjà été clôturé. Actualisez pour voir vos ordres actuels.',
    },
    tpsl_price_invalid: {
      title: 'Prix TP/SL invalide',
      message:
        'Le prix TP/SL n’est pas valide. Pour une position longue, le TP se place au-dessus du prix actuel et le SL en dessous ; c’est l’inverse pour une position courte. Ajustez les prix.',
    },
    tpsl_volume_over_position: {
      title: 'Taille TP/SL supérieure à la position',
      message:
        'Vos ordres TP/SL portent au total sur une quantité supérieure à la quantité clôturable de la position. Réduisez la quantité TP/SL pour l’adapter à la position.',
    },
    trading_forbidden: {
      title: 'Trading désactivé',
      message: 'Le trading est désactivé sur votre compte. Contactez le support pour en connaître la raison et savoir comment le rétablir.',
    },
    opening_forbidden: {
      title: 'Ouverture de positions bloquée',
      message:
        'Votre compte ne peut pas ouvrir de nouvelles positions pour le moment, mais vous pouvez toujours clôturer celles qui existent. Contactez le support pour en savoir plus.',
    },
    time_range_invalid: {
      title: 'Période invalide',
      message: 'La période sélectionnée n’est pas acceptée. Actualisez et choisissez une période plus courte.',
    },
    pair_and_status_required: {
      title: 'Contrat et statut requis',
      message: 'Cette liste ne peut se charger qu’avec un contrat et un statut d’ordre. Actualisez et sélectionnez les deux.',
    },
    pair_unavailable: {
      title: 'Contrat indisponible',
      message: 'Ce contrat n’est pas ouvert au trading pour le moment. Choisissez un autre contrat.',
    },
    order_not_found: {
      title: 'Ordre introuvable',
      message: 'Cet ordre n’existe pas ou n’est plus ouvert. Actualisez pour voir vos ordres actuels.',
    },
    order_not_cancellable: {
      title: 'Ordre impossible à annuler',
      message: 'Cet ordre a déjà été exécuté ou annulé : il ne peut plus être annulé. Actualisez pour voir son statut actuel.',
    },
    service_unavailable: {
      title: 'Plateforme indisponible',
      message: 'MEXC est temporairement indisponible. Patientez un instant, puis réessayez.',
    },
    gateway_timeout: {
      title: 'La plateforme n’a pas répondu à temps',
      message:
        'MEXC a mis trop de temps à répondre : impossible de savoir si votre ordre a été passé. Actualisez vos ordres avant de réessayer plus tard.',
    },
    request_rejected: {
      title: 'Requête rejetée',
      message: 'MEXC a rejeté cette requête sans en donner la raison. Réessayez plus tard et contactez le support si le problème persiste.',
    },
    maintenance: {
      title: 'Plateforme en maintenance',
      message:
        'MEXC effectue une maintenance du système et ne peut pas traiter cette requête pour le moment. Consultez les annonces de MEXC pour savoir quand elle se termine, puis réessayez.',
    },
    risk_limit_change_retired: {
      title: 'Limite de risque désormais automatique',
      message:
        'MEXC ne permet plus de modifier manuellement la limite de risque : ce changement n’a donc pas été appliqué. La limite de risque suit désormais automatiquement la taille de votre position. Actualisez pour voir votre limite de risque actuelle.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
