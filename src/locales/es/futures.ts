import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Spanish (neutral international): a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Listo',
      message: 'Su solicitud se completó correctamente.',
    },
    public_error: {
      title: 'Error en MEXC',
      message:
        'MEXC tuvo un problema y no pudo completar esta solicitud. Inténtelo de nuevo más tarde y, si el problema continúa, póngase en contacto con soporte.',
    },
    internal_error: {
      title: 'Error en MEXC, resultado desconocido',
      message:
        'Se produjo un error interno en MEXC y es posible que su orden se haya colocado de todos modos. Actualice sus órdenes y posiciones antes de volver a intentarlo más tarde.',
    },
    system_busy: {
      title: 'MEXC está saturado',
      message: 'MEXC tiene mucho tráfico en este momento. Espere un poco e inténtelo de nuevo.',
    },
    unauthorized: {
      title: 'Clave API no aceptada',
      message:
        'MEXC no aceptó su clave API. Compruebe que la clave API y la clave secreta estén escritas correctamente y que la clave siga existiendo.',
    },
    api_key_expired: {
      title: 'Clave API expirada',
      message:
        'Esta clave API expiró (las claves sin una IP vinculada expiran a los 90 días). Cree una nueva clave API en MEXC y agréguela aquí.',
    },
    ip_not_whitelisted: {
      title: 'Dirección IP no permitida',
      message: 'Su clave API no acepta solicitudes desde esta dirección IP. Agregue esta IP a la lista blanca de la clave en MEXC.',
    },
    unknown_request_source: {
      title: 'Origen de la solicitud no reconocido',
      message:
        'MEXC no pudo determinar de dónde procede esta solicitud. Revise la configuración de su clave API y, si el problema continúa, póngase en contacto con soporte.',
    },
    rate_limited: {
      title: 'Demasiadas solicitudes',
      message: 'Está enviando solicitudes más rápido de lo que MEXC permite. Espere unos segundos e inténtelo de nuevo.',
    },
    endpoint_inaccessible: {
      title: 'No permitido para esta clave API',
      message:
        'Su clave API o su cuenta no tienen permiso para hacer esto. Active el permiso necesario en su clave API o póngase en contacto con soporte.',
    },
    request_time_invalid: {
      title: 'Reloj del dispositivo desincronizado',
      message:
        'El reloj de su dispositivo va más de 2 segundos adelantado o más de 10 segundos atrasado respecto a la hora de MEXC. Sincronice el reloj e inténtelo de nuevo.',
    },
    parameter_error: {
      title: 'Datos de la orden no aceptados',
      message: 'La orden contiene un valor que MEXC no acepta. Revise el precio, la cantidad y los demás ajustes, y luego edite la orden.',
    },
    data_decoding_error: {
      title: 'No se pudo leer la solicitud',
      message:
        'MEXC no pudo leer lo que envió esta aplicación. Es un problema de la aplicación, no de su orden; si continúa, póngase en contacto con soporte.',
    },
    signature_invalid: {
      title: 'Falló la verificación de la clave API',
      message:
        'MEXC no pudo verificar esta solicitud con su clave secreta. Compruebe que la clave API y la clave secreta se correspondan y estén escritas correctamente.',
    },
    duplicate_request: {
      title: 'Solicitud duplicada',
      message:
        'MEXC recibió esta solicitud dos veces y es posible que la primera ya se haya procesado. Actualice sus órdenes y posiciones antes de enviarla de nuevo.',
    },
    account_read_permission_required: {
      title: 'Se necesita permiso de lectura de cuenta',
      message: 'Su clave API no puede consultar los datos de la cuenta. Active el permiso de lectura de cuenta para esta clave en MEXC.',
    },
    account_write_permission_required: {
      title: 'Se necesita permiso de escritura de cuenta',
      message:
        'Su clave API no puede hacer cambios en la cuenta, como ajustes de margen. Active el permiso de escritura de cuenta para esta clave en MEXC.',
    },
    trade_read_permission_required: {
      title: 'Se necesita permiso de lectura de operaciones',
      message:
        'Su clave API no puede consultar sus órdenes ni sus operaciones. Active el permiso de lectura de operaciones para esta clave en MEXC.',
    },
    trade_write_permission_required: {
      title: 'Se necesita permiso para operar',
      message: 'Su clave API no tiene permiso para colocar ni modificar órdenes. Active el permiso para operar de esta clave en MEXC.',
    },
    account_not_found: {
      title: 'Aún no tiene cuenta de futuros',
      message: 'Todavía no tiene una cuenta de futuros en MEXC. Abra una cuenta de futuros para empezar a operar con contratos.',
    },
    contract_not_found: {
      title: 'Contrato no encontrado',
      message: 'Este contrato de futuros no existe en MEXC. Revise el símbolo y elija otro contrato.',
    },
    contract_not_activated: {
      title: 'Contrato no disponible para operar',
      message:
        'Este contrato no está abierto a la negociación en este momento, así que no se pueden colocar órdenes en él. Elija otro contrato.',
    },
    risk_limit_level_invalid: {
      title: 'Problema con el nivel de límite de riesgo',
      message:
        'El nivel de límite de riesgo de esta posición no es válido. Actualice para revisar su límite de riesgo y, si el problema continúa, póngase en contacto con soporte.',
    },
    amount_invalid: {
      title: 'Monto no válido',
      message: 'MEXC no acepta este monto. Ajuste la cantidad para que quede entre el mínimo y el máximo permitidos.',
    },
    order_side_invalid: {
      title: 'Dirección de la orden no válida',
      message: 'La dirección de la orden (abrir o cerrar, en largo o en corto) no es válida. Edite la orden y elija el lado correcto.',
    },
    open_type_invalid: {
      title: 'Modo de margen no válido',
      message: 'El modo de margen de la orden no es válido. Edite la orden y elija margen cruzado o aislado.',
    },
    buy_price_too_high: {
      title: 'Precio de compra demasiado alto',
      message:
        'Su precio de compra supera el máximo permitido en este momento. Ajuste el precio para acercarlo al precio de mercado actual.',
    },
    sell_price_too_low: {
      title: 'Precio de venta demasiado bajo',
      message:
        'Su precio de venta está por debajo del mínimo permitido en este momento. Ajuste el precio para acercarlo al precio de mercado actual.',
    },
    balance_insufficient: {
      title: 'Margen insuficiente',
      message:
        'Su cuenta de futuros no tiene suficiente margen disponible para esta orden. Transfiera fondos a su cuenta de futuros, o reduzca el tamaño de la orden o el apalancamiento.',
    },
    leverage_invalid: {
      title: 'Apalancamiento no permitido',
      message:
        'Este apalancamiento no está disponible para este contrato o para su nivel de límite de riesgo. Ajuste el apalancamiento a un valor permitido.',
    },
    order_price_invalid: {
      title: 'Precio de orden no válido',
      message: 'MEXC no acepta este precio de orden. Ajuste el precio y vuelva a colocar la orden.',
    },
    closable_quantity_insufficient: {
      title: 'Cantidad insuficiente para cerrar',
      message:
        'La cantidad a cerrar supera lo que la posición tiene disponible para cerrar. Actualice su posición y luego reduzca la cantidad.',
    },
    position_not_found: {
      title: 'Posición no encontrada',
      message: 'Esta posición no existe o ya se cerró. Actualice para ver sus posiciones actuales.',
    },
    order_quantity_invalid: {
      title: 'Cantidad de la orden no válida',
      message:
        'La cantidad no es válida. En los futuros de MEXC, la cantidad se cuenta en contratos, no en monedas. Ajuste el número de contratos.',
    },
    cancel_limit_exceeded: {
      title: 'Demasiadas órdenes para cancelar',
      message: 'Intentó cancelar más órdenes a la vez de las que MEXC permite. Divídalas en lotes más pequeños y vuelva a cancelarlas.',
    },
    batch_order_limit_exceeded: {
      title: 'Demasiadas órdenes en un lote',
      message: 'Este lote contiene más órdenes de las que MEXC permite a la vez. Divídalo en lotes más pequeños.',
    },
    precision_invalid: {
      title: 'Demasiados decimales',
      message:
        'El precio o la cantidad tiene más decimales de los que permite este contrato. Ajuste el precio y la cantidad al incremento permitido.',
    },
    plan_order_limit_exceeded: {
      title: 'Demasiadas órdenes de activación',
      message:
        'Alcanzó el número máximo de órdenes de activación abiertas. Cancele algunas órdenes de activación abiertas antes de colocar una nueva.',
    },
    margin_removal_exceeded: {
      title: 'No se puede retirar tanto margen',
      message: 'Intenta retirar más margen del que esta posición puede liberar. Ajuste el margen a un monto menor.',
    },
    open_orders_active: {
      title: 'Aún hay órdenes abiertas activas',
      message:
        'Tiene órdenes abiertas activas en este contrato, por lo que este cambio todavía no es posible. Cancele sus órdenes abiertas e inténtelo de nuevo.',
    },
    leverage_mismatch: {
      title: 'Apalancamiento distinto al de la posición',
      message:
        'El apalancamiento de la orden no coincide con el de su posición existente. Ajuste el apalancamiento para que coincida con el de la posición.',
    },
    position_type_invalid: {
      title: 'Lado de la posición no válido',
      message: 'El lado de la posición (larga o corta) no es válido. Edite la orden y elija el lado correcto.',
    },
    positions_over_max_leverage: {
      title: 'Posición: apalancamiento excesivo para el nivel',
      message:
        'Una posición abierta usa más apalancamiento del que permite el nuevo nivel de límite de riesgo. Primero reduzca el apalancamiento o el tamaño de esa posición.',
    },
    orders_over_max_leverage: {
      title: 'Órdenes: apalancamiento excesivo para el nivel',
      message:
        'Algunas órdenes abiertas usan más apalancamiento del que permite el nuevo nivel de límite de riesgo. Primero cancele esas órdenes o reduzca el apalancamiento.',
    },
    position_limit_exceeded: {
      title: 'Posición demasiado grande para el nivel',
      message:
        'Su posición actual supera el tamaño que permite el nuevo nivel de límite de riesgo. Primero reduzca el tamaño de la posición.',
    },
    cross_leverage_change_unsupported: {
      title: 'Apalancamiento no modificable en margen cruzado',
      message:
        'En margen cruzado, el apalancamiento no se puede cambiar de esta forma. Edite la orden o use margen aislado para fijar el apalancamiento.',
    },
    margin_mode_conflict: {
      title: 'No se pueden combinar cruzado y aislado',
      message:
        'Solo se permite un modo de margen, cruzado o aislado, por dirección en un mismo contrato. Edite la orden para usar el modo de margen de su posición.',
    },
    order_quantity_over_max: {
      title: 'Tamaño de orden demasiado grande',
      message: 'Esta orden supera el tamaño máximo permitido para una sola orden. Reduzca el tamaño o divídala en órdenes más pequeñas.',
    },
    order_type_invalid: {
      title: 'Tipo de orden no válido',
      message: 'Este tipo de orden no se acepta aquí. Edite la orden y elija un tipo compatible, como una orden límite o de mercado.',
    },
    external_order_id_too_long: {
      title: 'ID de orden personalizado demasiado largo',
      message: 'Un ID de orden personalizado puede tener como máximo 32 caracteres. Edite la orden y acorte el ID.',
    },
    risk_limit_exceeded: {
      title: 'Límite de riesgo superado',
      message:
        'Con esta orden, su posición superaría lo que permite su límite de riesgo actual. Reduzca el tamaño de la orden o el apalancamiento.',
    },
    price_below_long_liquidation: {
      title: 'Precio por debajo del precio de liquidación',
      message:
        'El precio de la orden está por debajo del precio de liquidación de su posición larga. Ajuste el precio a un valor superior al precio de liquidación.',
    },
    price_above_short_liquidation: {
      title: 'Precio por encima del precio de liquidación',
      message:
        'El precio de la orden está por encima del precio de liquidación de su posición corta. Ajuste el precio a un valor inferior al precio de liquidación.',
    },
    batch_query_limit_exceeded: {
      title: 'Demasiadas órdenes en una consulta',
      message: 'Esta consulta pide más órdenes a la vez de las que MEXC permite. Divídala en lotes más pequeños.',
    },
    market_price_tier_unsupported: {
      title: 'Tipo de orden de mercado no admitido',
      message: 'Este tipo de orden de mercado no se admite en este contrato. Edite la orden; por ejemplo, use una orden límite.',
    },
    trigger_price_type_invalid: {
      title: 'Tipo de precio de activación no válido',
      message: 'El tipo de precio de activación no es válido. Edite la orden y elija último precio, precio justo o precio índice.',
    },
    trigger_type_invalid: {
      title: 'Condición de activación no válida',
      message:
        'La condición de activación no es válida. Edite la orden y elija si se activa cuando el precio sube o cuando baja hasta el precio de activación.',
    },
    execution_cycle_invalid: {
      title: 'Período de validez no válido',
      message:
        'El período de validez de la orden de activación no es válido. Edite la orden y elija un período permitido, como 24 horas o 7 días.',
    },
    trigger_price_invalid: {
      title: 'Precio de activación no válido',
      message: 'MEXC no acepta este precio de activación. Compárelo con el precio de mercado actual y ajústelo.',
    },
    currency_unsupported: {
      title: 'Moneda no admitida',
      message: 'Esta moneda no se admite aquí. Edite la orden y elija una moneda admitida.',
    },
    open_orders_over_limit: {
      title: 'Demasiadas órdenes',
      message:
        'Alcanzó el número máximo de órdenes. Cancele algunas órdenes abiertas o, si necesita un límite mayor, póngase en contacto con soporte.',
    },
    trading_too_frequent: {
      title: 'Operaciones demasiado frecuentes',
      message: 'Está colocando órdenes demasiado rápido. Espere un momento e inténtelo de nuevo.',
    },
    position_quantity_over_max: {
      title: 'Tamaño máximo de posición alcanzado',
      message:
        'Con esta orden, su posición superaría el tamaño máximo permitido. Reduzca el tamaño de la orden o póngase en contacto con soporte para pedir un límite mayor.',
    },
    tpsl_price_missing: {
      title: 'Indique un precio de TP o SL',
      message: 'Los precios de TP y SL no pueden quedar vacíos a la vez. Indique un precio de TP, uno de SL o ambos.',
    },
    tpsl_order_not_found: {
      title: 'Orden TP/SL no encontrada',
      message: 'Esta orden TP/SL ya no existe o ya se cerró. Actualice para ver sus órdenes actuales.',
    },
    tpsl_price_invalid: {
      title: 'Precio de TP/SL no válido',
      message:
        'El precio de TP/SL no es válido. En una posición larga, el TP va por encima y el SL por debajo del precio actual; en una corta, al revés. Ajuste los precios.',
    },
    tpsl_volume_over_position: {
      title: 'Cantidad de TP/SL mayor que la posición',
      message:
        'Sus órdenes TP/SL suman más de lo que la posición puede cerrar. Reduzca la cantidad de TP/SL para que no supere la posición.',
    },
    trading_forbidden: {
      title: 'Operaciones deshabilitadas',
      message:
        'Las operaciones están deshabilitadas en su cuenta. Póngase en contacto con soporte para saber el motivo y cómo restablecerlas.',
    },
    opening_forbidden: {
      title: 'Apertura de posiciones bloqueada',
      message:
        'Su cuenta no puede abrir nuevas posiciones por ahora, pero aún puede cerrar las existentes. Póngase en contacto con soporte para más detalles.',
    },
    time_range_invalid: {
      title: 'Rango de tiempo no válido',
      message: 'El rango de tiempo seleccionado no se acepta. Actualice y elija un rango más corto.',
    },
    pair_and_status_required: {
      title: 'Se necesitan contrato y estado',
      message: 'Esta lista necesita un contrato y un estado de orden para cargarse. Actualice y seleccione ambos.',
    },
    pair_unavailable: {
      title: 'Contrato no disponible',
      message: 'Este contrato no está abierto a la negociación en este momento. Elija otro contrato.',
    },
    order_not_found: {
      title: 'Orden no encontrada',
      message: 'Esta orden no existe o ya no está abierta. Actualice para ver sus órdenes actuales.',
    },
    order_not_cancellable: {
      title: 'No se puede cancelar la orden',
      message: 'Esta orden ya se ejecutó o se canceló, así que ya no se puede cancelar. Actualice para ver su estado actual.',
    },
    service_unavailable: {
      title: 'MEXC no disponible',
      message: 'MEXC no está disponible temporalmente. Espere un momento e inténtelo de nuevo.',
    },
    gateway_timeout: {
      title: 'MEXC no respondió a tiempo',
      message:
        'MEXC tardó demasiado en responder y no se sabe si su orden se colocó o no. Actualice sus órdenes antes de volver a intentarlo más tarde.',
    },
    request_rejected: {
      title: 'Solicitud rechazada',
      message:
        'MEXC rechazó esta solicitud sin indicar el motivo. Inténtelo de nuevo más tarde y, si el problema continúa, póngase en contacto con soporte.',
    },
    maintenance: {
      title: 'MEXC en mantenimiento',
      message:
        'MEXC está realizando un mantenimiento del sistema, por lo que no pudo atender esta solicitud ahora. Consulte los anuncios de MEXC para saber cuándo termina e inténtelo de nuevo después.',
    },
    risk_limit_change_retired: {
      title: 'El límite de riesgo ahora es automático',
      message:
        'MEXC ya no permite cambiar el límite de riesgo manualmente, así que este cambio no se aplicó: el límite de riesgo ahora se ajusta solo al tamaño de su posición. Actualice para ver su límite de riesgo actual.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
