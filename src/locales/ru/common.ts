import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Russian: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every ru file (glossary and ruled-out wordings in test/locales/guides/ru.ts): the trader is
 * addressed as lower-case «вы» (as the Russian apps of MEXC, Binance and Bybit do); one term per concept
 * (ордер, позиция, маржа, кредитное плечо, фьючерсный счёт, API-ключ, цена ликвидации, кросс-маржа /
 * изолированная маржа, Post Only, автоматическое сокращение позиций (ADL)); ё is always written; «ёлочки».
 */
export default {
  ui: {
    regionLabel: 'Уведомления',
    dismiss: 'Закрыть',
    codeBadge: 'Код {code}',
    details: 'Подробности',
    serverMessage: 'Сообщение сервера',
    time: 'Время',
    copyDetails: 'Скопировать подробности',
    copied: 'Скопировано',
    repeatCount: '×{count}',
    tryAgain: 'Повторить',
    severityInfo: 'Информация',
    severityWarning: 'Предупреждение',
    severityError: 'Ошибка',
    severityCritical: 'Критическая ошибка',
    overflowTitle: {
      one: 'Ещё {count} уведомление',
      few: 'Ещё {count} уведомления',
      many: 'Ещё {count} уведомлений',
      other: 'Ещё {count} уведомления',
    },
    overflowMessage:
      'Одновременно пришло слишком много уведомлений, и показать каждое не получилось. Проверьте свои ордера и позиции, чтобы ничего не пропустить.',
  },
  actions: {
    transfer_funds: 'Перевести средства',
    deposit: 'Пополнить',
    reduce_size: 'Уменьшить объём',
    lower_leverage: 'Снизить плечо',
    renew_api_key: 'Создать новый API-ключ',
    check_api_key: 'Проверить API-ключ',
    whitelist_ip: 'Добавить IP в белый список',
    enable_permission: 'Включить разрешение',
    sync_clock: 'Синхронизировать время',
    retry: 'Повторить',
    retry_later: 'Повторить позже',
    refresh: 'Обновить',
    cancel_open_orders: 'Отменить открытые ордера',
    adjust_price: 'Изменить цену',
    adjust_quantity: 'Изменить количество',
    adjust_leverage: 'Изменить плечо',
    edit_order: 'Изменить ордер',
    choose_contract: 'Выбрать контракт',
    open_futures_account: 'Открыть фьючерсный счёт',
    adjust_margin: 'Изменить маржу',
    split_batch: 'Разбить на части',
    contact_support: 'Связаться с поддержкой',
    check_connection: 'Проверить подключение',
  },
  general: {
    unknown_code: {
      title: 'Неизвестная ошибка (код {code})',
      message:
        'MEXC вернула ошибку, которую это приложение не распознаёт. Повторите попытку позже, а если ошибка не исчезает, обратитесь в поддержку.',
    },
    network_error: {
      title: 'Нет связи с MEXC',
      message:
        'Ответ от MEXC не пришёл, поэтому неизвестно, был ли размещён ордер. Проверьте подключение и список ордеров и только потом повторите попытку.',
    },
    timeout: {
      title: 'Время ожидания истекло',
      message: 'MEXC не ответила вовремя, и ордер мог всё же пройти. Сначала обновите список ордеров, затем повторите попытку.',
    },
    aborted: {
      title: 'Запрос отменён',
      message: 'Запрос был отменён до завершения. Если он всё ещё нужен, повторите попытку.',
    },
    http_error: {
      title: 'Неожиданный ответ от MEXC',
      message:
        'MEXC вернула неожиданную страницу ошибки (HTTP {status}). Повторите попытку позже, а если ошибка не исчезает, обратитесь в поддержку.',
    },
    http_forbidden: {
      title: 'Доступ заблокирован',
      message:
        'MEXC заблокировала это подключение — часто из-за вашего региона, VPN или IP-адреса. Проверьте подключение или VPN либо обратитесь в поддержку.',
    },
    http_rate_limited: {
      title: 'Слишком много запросов',
      message: 'MEXC ограничивает запросы с этого подключения. Подождите немного и повторите попытку.',
    },
    http_server_error: {
      title: 'Ошибка сервера биржи',
      message:
        'Сервер MEXC вернул ошибку (HTTP {status}), и ордер мог всё же пройти. Сначала обновите список ордеров, затем повторите попытку позже.',
    },
    websocket_error: {
      title: 'Поток данных прерван',
      message:
        'В потоке рыночных данных и позиций в реальном времени произошла ошибка, поэтому данные на экране могут быть устаревшими. Обновите данные, чтобы переподключиться.',
    },
    unknown_error: {
      title: 'Что-то пошло не так',
      message: 'Произошла непредвиденная ошибка. Повторите попытку, а если ошибка не исчезает, обратитесь в поддержку.',
    },
  },
} satisfies CommonTexts;
