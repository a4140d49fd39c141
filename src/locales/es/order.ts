import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Spanish (neutral international): a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Orden sin incidencias',
      message: 'MEXC no informó de ningún error en esta orden, así que no hay nada que hacer.',
    },
    param_invalid: {
      title: 'Orden rechazada: datos no válidos',
      message:
        'MEXC rechazó esta orden porque uno de sus datos no era válido. Revise el precio, la cantidad y el apalancamiento; luego edite la orden y vuelva a colocarla.',
    },
    insufficient_balance: {
      title: 'Orden rechazada: margen insuficiente',
      message:
        'Su cuenta de futuros no tenía suficiente margen disponible, así que esta orden se rechazó. Transfiera fondos a su cuenta de futuros (deposite primero si hace falta), o reduzca el tamaño de la orden o el apalancamiento.',
    },
    position_not_exists: {
      title: 'Orden de cierre rechazada: sin posición',
      message:
        'Esta orden de cierre no encontró ninguna posición que cerrar (puede que ya se haya cerrado), así que se rechazó. Actualice sus posiciones para ver lo que sigue abierto.',
    },
    position_not_enough: {
      title: 'Orden de cierre rechazada: demasiado grande',
      message:
        'Esta orden de cierre superaba la cantidad disponible para cerrar de su posición (otras órdenes de cierre pueden tener reservada una parte), así que se rechazó. Actualice sus posiciones y reduzca la cantidad.',
    },
    position_liquidated: {
      title: 'Orden finalizada: posición liquidada',
      message:
        'Esta orden finalizó porque su posición fue liquidada. Actualice sus posiciones para ver lo que queda y revise el margen de su cuenta de futuros.',
    },
    order_liquidated: {
      title: 'Orden cerrada por liquidación',
      message:
        'Esta orden se cerró como parte de una liquidación. Actualice sus posiciones para ver lo que queda y revise el margen de su cuenta de futuros.',
    },
    risk_level_limit: {
      title: 'Orden rechazada: límite de riesgo superado',
      message:
        'Esta orden habría llevado su posición por encima del límite de riesgo que corresponde a su apalancamiento, así que se rechazó. Reduzca el tamaño de la orden o el apalancamiento.',
    },
    system_cancel: {
      title: 'Orden cancelada por MEXC',
      message:
        'El sistema de MEXC canceló esta orden. Actualice sus órdenes y, si necesita saber el motivo, póngase en contacto con soporte.',
    },
    position_mode_mismatch: {
      title: 'Orden rechazada: modo de posición distinto',
      message:
        'Esta orden no coincidía con el modo de posición de su cuenta (unidireccional o de cobertura), así que se rechazó. Edítela según su modo actual y vuelva a colocarla.',
    },
    reduce_only_liquidated: {
      title: 'Orden “solo reducir” cancelada',
      message: 'Esta orden “solo reducir” se canceló porque su posición fue liquidada. Actualice sus posiciones para ver lo que queda.',
    },
    contract_not_enabled: {
      title: 'Orden rechazada: contrato no negociable',
      message: 'Este contrato no está abierto a la negociación en este momento, así que la orden se rechazó. Elija otro contrato.',
    },
    delivery_cancel: {
      title: 'Orden cancelada en la entrega',
      message: 'El contrato llegó a su entrega, así que esta orden abierta se canceló. Actualice sus órdenes y posiciones.',
    },
    position_liquidated_cancel: {
      title: 'Orden cancelada: posición liquidada',
      message: 'Esta orden se canceló porque su posición fue liquidada. Actualice sus posiciones y órdenes.',
    },
    adl_cancel: {
      title: 'Orden cancelada por desapalancamiento automático',
      message:
        'El desapalancamiento automático (ADL) redujo su posición, así que esta orden se canceló. Actualice sus posiciones y órdenes.',
    },
    restricted_account_cancel: {
      title: 'Orden cancelada: cuenta restringida',
      message:
        'Esta orden se canceló por una restricción de operaciones en su cuenta. Póngase en contacto con soporte para saber el motivo.',
    },
    funding_settlement_cancel: {
      title: 'Orden cancelada en el pago de financiación',
      message:
        'Esta orden se canceló durante el pago de la tasa de financiación. Cuando termine, vuelva a colocarla si todavía la necesita.',
    },
    position_margin_change_cancel: {
      title: 'Orden cancelada: margen de posición modificado',
      message:
        'El margen inicial de la posición cambió (por ejemplo, tras un cambio de apalancamiento), así que esta orden se canceló. Revise el tamaño y el apalancamiento, y vuelva a colocarla.',
    },
    ioc_cancel: {
      title: 'Orden IOC: parte no ejecutada cancelada',
      message:
        'IOC (ejecutar o cancelar al instante): lo que no pudo ejecutarse de inmediato se canceló. Revise lo que se ejecutó y coloque una nueva orden por el resto si todavía la necesita.',
    },
    fok_cancel: {
      title: 'Orden FOK cancelada sin ejecutarse',
      message:
        'FOK (todo o nada): la orden no pudo ejecutarse por completo de inmediato, así que se canceló sin ninguna ejecución. Ajuste el precio o el tamaño y vuelva a colocarla.',
    },
    post_only_cancel: {
      title: 'Orden Post Only cancelada',
      message:
        'Esta orden Post Only se habría ejecutado al instante como taker, así que se canceló. Fije un precio de compra por debajo del mejor precio de venta, o uno de venta por encima del mejor precio de compra, y vuelva a colocarla.',
    },
    market_rest_cancel: {
      title: 'Orden de mercado: parte no ejecutada cancelada',
      message:
        'Su orden de mercado no pudo ejecutarse por completo, así que la parte no ejecutada se canceló. Revise su posición y coloque una nueva orden por el resto si todavía la necesita.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
