import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Spanish (neutral international, readable in Latin America and Spain): the kit's UI strings, action labels
 * and the texts of failures without a known code.
 *
 * Conventions of every es file (glossary in test/locales/guides/es.ts): formal usted; one term per concept
 * (orden, posición, margen, apalancamiento, contrato, cuenta de futuros, clave API, precio de liquidación,
 * margen cruzado / aislado, Post Only, desapalancamiento automático (ADL)); MEXC named instead of "exchange".
 */
export default {
  ui: {
    regionLabel: 'Notificaciones',
    dismiss: 'Cerrar',
    codeBadge: 'Código {code}',
    details: 'Detalles',
    serverMessage: 'Mensaje del servidor',
    time: 'Hora',
    copyDetails: 'Copiar detalles',
    copied: 'Copiado',
    repeatCount: '×{count}',
    tryAgain: 'Reintentar',
    severityInfo: 'Información',
    severityWarning: 'Advertencia',
    severityError: 'Error',
    severityCritical: 'Crítico',
    overflowTitle: {
      one: '{count} notificación más',
      many: '{count} notificaciones más',
      other: '{count} notificaciones más',
    },
    overflowMessage:
      'Llegaron demasiadas notificaciones a la vez para mostrarlas una por una. Revise sus órdenes y posiciones para no pasar nada por alto.',
  },
  actions: {
    transfer_funds: 'Transferir fondos',
    deposit: 'Depositar',
    reduce_size: 'Reducir tamaño',
    lower_leverage: 'Reducir apalancamiento',
    renew_api_key: 'Renovar clave API',
    check_api_key: 'Revisar clave API',
    whitelist_ip: 'Agregar IP a la lista blanca',
    enable_permission: 'Activar permiso',
    sync_clock: 'Sincronizar reloj',
    retry: 'Reintentar',
    retry_later: 'Reintentar más tarde',
    refresh: 'Actualizar',
    cancel_open_orders: 'Cancelar órdenes abiertas',
    adjust_price: 'Ajustar precio',
    adjust_quantity: 'Ajustar cantidad',
    adjust_leverage: 'Ajustar apalancamiento',
    edit_order: 'Editar orden',
    choose_contract: 'Elegir contrato',
    open_futures_account: 'Abrir cuenta de futuros',
    adjust_margin: 'Ajustar margen',
    split_batch: 'Dividir en lotes',
    contact_support: 'Contactar con soporte',
    check_connection: 'Revisar conexión',
  },
  general: {
    unknown_code: {
      title: 'Error no reconocido (código {code})',
      message:
        'MEXC devolvió un error que esta aplicación no reconoce. Inténtelo de nuevo más tarde y, si el problema continúa, póngase en contacto con soporte.',
    },
    network_error: {
      title: 'Sin conexión con MEXC',
      message:
        'No llegó ninguna respuesta de MEXC, así que no se sabe si alguna orden llegó a colocarse. Revise su conexión y sus órdenes antes de volver a intentarlo.',
    },
    timeout: {
      title: 'Tiempo de espera agotado',
      message:
        'MEXC no respondió a tiempo y es posible que una orden se haya colocado de todos modos. Actualice sus órdenes antes de volver a intentarlo.',
    },
    aborted: {
      title: 'Solicitud cancelada',
      message: 'La solicitud se canceló antes de completarse. Inténtelo de nuevo si todavía la necesita.',
    },
    http_error: {
      title: 'Respuesta inesperada de MEXC',
      message:
        'MEXC respondió con una página de error inesperada (HTTP {status}). Inténtelo de nuevo más tarde y, si el problema continúa, póngase en contacto con soporte.',
    },
    http_forbidden: {
      title: 'Acceso bloqueado',
      message:
        'MEXC bloqueó esta conexión, a menudo por su región, su VPN o su dirección IP. Revise su conexión o su VPN, o póngase en contacto con soporte.',
    },
    http_rate_limited: {
      title: 'Demasiadas solicitudes',
      message: 'MEXC está limitando las solicitudes de esta conexión. Espere un momento e inténtelo de nuevo.',
    },
    http_server_error: {
      title: 'Error del servidor de MEXC',
      message:
        'El servidor de MEXC devolvió un error (HTTP {status}) y es posible que su orden se haya colocado de todos modos. Actualice sus órdenes antes de volver a intentarlo más tarde.',
    },
    websocket_error: {
      title: 'Datos en tiempo real interrumpidos',
      message:
        'Se produjo un error en la conexión de datos en tiempo real del mercado y de sus posiciones, por lo que los datos en pantalla pueden estar desactualizados. Actualice para volver a conectarse.',
    },
    unknown_error: {
      title: 'Algo salió mal',
      message: 'Se produjo un error inesperado. Inténtelo de nuevo y, si el problema continúa, póngase en contacto con soporte.',
    },
  },
} satisfies CommonTexts;
