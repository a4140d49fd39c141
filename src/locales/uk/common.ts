import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Ukrainian: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every uk file (glossary and ruled-out wordings in test/locales/guides/uk.ts): the trader is
 * addressed as lower-case «ви»; one term per concept (ордер, позиція, маржа, кредитне плече, ф’ючерсний
 * рахунок, API-ключ, ціна ліквідації, крос-маржа / ізольована маржа, Post Only, автоматичне скорочення позицій
 * (ADL), скасувати); the apostrophe is always the typographic ’ (U+2019); «лапки»; no Russian letters or words.
 */
export default {
  ui: {
    regionLabel: 'Сповіщення',
    dismiss: 'Закрити',
    codeBadge: 'Код {code}',
    details: 'Деталі',
    serverMessage: 'Повідомлення сервера',
    time: 'Час',
    copyDetails: 'Копіювати деталі',
    copied: 'Скопійовано',
    repeatCount: '×{count}',
    tryAgain: 'Повторити',
    severityInfo: 'Інформація',
    severityWarning: 'Попередження',
    severityError: 'Помилка',
    severityCritical: 'Критична помилка',
    overflowTitle: {
      one: 'Ще {count} сповіщення',
      few: 'Ще {count} сповіщення',
      many: 'Ще {count} сповіщень',
      other: 'Ще {count} сповіщення',
    },
    overflowMessage:
      'Одночасно надійшло забагато сповіщень, тож показати кожне не вдалося. Перевірте свої ордери й позиції, щоб нічого не пропустити.',
  },
  actions: {
    transfer_funds: 'Переказати кошти',
    deposit: 'Поповнити',
    reduce_size: 'Зменшити обсяг',
    lower_leverage: 'Знизити плече',
    renew_api_key: 'Створити новий API-ключ',
    check_api_key: 'Перевірити API-ключ',
    whitelist_ip: 'Додати IP до білого списку',
    enable_permission: 'Увімкнути дозвіл',
    sync_clock: 'Синхронізувати час',
    retry: 'Повторити',
    retry_later: 'Повторити пізніше',
    refresh: 'Оновити',
    cancel_open_orders: 'Скасувати відкриті ордери',
    adjust_price: 'Змінити ціну',
    adjust_quantity: 'Змінити кількість',
    adjust_leverage: 'Змінити плече',
    edit_order: 'Змінити ордер',
    choose_contract: 'Вибрати контракт',
    open_futures_account: 'Відкрити ф’ючерсний рахунок',
    adjust_margin: 'Змінити маржу',
    split_batch: 'Розбити на частини',
    contact_support: 'Зв’язатися з підтримкою',
    check_connection: 'Перевірити з’єднання',
  },
  general: {
    unknown_code: {
      title: 'Невідома помилка (код {code})',
      message:
        'MEXC повернула помилку, яку цей застосунок не розпізнає. Повторіть спробу пізніше, а якщо помилка не зникає, зверніться до служби підтримки.',
    },
    network_error: {
      title: 'Немає зв’язку з MEXC',
      message:
        'Відповідь від MEXC не надійшла, тому невідомо, чи було розміщено ордер. Перевірте з’єднання та список ордерів і лише потім повторіть спробу.',
    },
    timeout: {
      title: 'Час очікування минув',
      message: 'MEXC не відповіла вчасно, і ордер міг усе ж пройти. Спочатку оновіть список ордерів, потім повторіть спробу.',
    },
    aborted: {
      title: 'Запит скасовано',
      message: 'Запит скасовано до завершення. Якщо він ще потрібен, повторіть спробу.',
    },
    http_error: {
      title: 'Неочікувана відповідь від MEXC',
      message:
        'MEXC повернула неочікувану сторінку помилки (HTTP {status}). Повторіть спробу пізніше, а якщо помилка не зникає, зверніться до служби підтримки.',
    },
    http_forbidden: {
      title: 'Доступ заблоковано',
      message:
        'MEXC заблокувала це з’єднання — часто через ваш регіон, VPN або IP-адресу. Перевірте з’єднання чи VPN або зверніться до служби підтримки.',
    },
    http_rate_limited: {
      title: 'Забагато запитів',
      message: 'MEXC обмежує запити з цього з’єднання. Зачекайте трохи й повторіть спробу.',
    },
    http_server_error: {
      title: 'Помилка сервера біржі',
      message:
        'Сервер MEXC повернув помилку (HTTP {status}), і ордер міг усе ж пройти. Спочатку оновіть список ордерів, потім повторіть спробу пізніше.',
    },
    websocket_error: {
      title: 'Потік даних перервано',
      message:
        'У потоці ринкових даних і позицій у реальному часі сталася помилка, тож дані на екрані можуть бути застарілими. Оновіть дані, щоб перепідключитися.',
    },
    unknown_error: {
      title: 'Щось пішло не так',
      message: 'Сталася неочікувана помилка. Повторіть спробу, а якщо помилка не зникає, зверніться до служби підтримки.',
    },
  },
} satisfies CommonTexts;
