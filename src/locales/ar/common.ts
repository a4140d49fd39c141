import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Arabic (Modern Standard): the kit's UI strings, action labels and the texts of failures without a known
 * code. Formal: requests as "يُرجى" + verbal noun, buttons as verbal nouns; Arabic punctuation (، ؛ ؟),
 * Western digits; shown right to left. One term per concept (الهامش، الرافعة المالية، المركز، العقد،
 * حساب العقود الآجلة، مفتاح API، سعر التصفية، الأمر): see test/locales/guides/ar.ts.
 */
export default {
  ui: {
    regionLabel: 'الإشعارات',
    dismiss: 'إغلاق',
    codeBadge: 'رمز الخطأ {code}',
    details: 'التفاصيل',
    serverMessage: 'رسالة الخادم',
    time: 'الوقت',
    copyDetails: 'نسخ التفاصيل',
    copied: 'تم النسخ',
    repeatCount: '×{count}',
    tryAgain: 'إعادة المحاولة',
    severityInfo: 'معلومات',
    severityWarning: 'تحذير',
    severityError: 'خطأ',
    severityCritical: 'حرج',
    overflowTitle: {
      zero: 'لا توجد إشعارات أخرى',
      one: 'إشعار واحد آخر',
      two: 'إشعاران آخران',
      few: '{count} إشعارات أخرى',
      many: '{count} إشعارًا آخر',
      other: '{count} إشعار آخر',
    },
    overflowMessage: 'وصل عدد كبير من الإشعارات دفعة واحدة، فتعذر عرض كل منها. يُرجى مراجعة أوامرك ومراكزك حتى لا يفوتك شيء.',
  },
  actions: {
    transfer_funds: 'تحويل الأموال',
    deposit: 'إيداع',
    reduce_size: 'تقليل الحجم',
    lower_leverage: 'خفض الرافعة المالية',
    renew_api_key: 'تجديد مفتاح API',
    check_api_key: 'التحقق من مفتاح API',
    whitelist_ip: 'إضافة عنوان IP إلى القائمة البيضاء',
    enable_permission: 'تفعيل الصلاحية',
    sync_clock: 'مزامنة الساعة',
    retry: 'إعادة المحاولة',
    retry_later: 'المحاولة لاحقًا',
    refresh: 'تحديث',
    cancel_open_orders: 'إلغاء الأوامر المفتوحة',
    adjust_price: 'تعديل السعر',
    adjust_quantity: 'تعديل الكمية',
    adjust_leverage: 'تعديل الرافعة المالية',
    edit_order: 'تعديل الأمر',
    choose_contract: 'اختيار العقد',
    open_futures_account: 'فتح حساب العقود الآجلة',
    adjust_margin: 'تعديل الهامش',
    split_batch: 'التقسيم إلى دفعات',
    contact_support: 'التواصل مع الدعم',
    check_connection: 'التحقق من الاتصال',
  },
  general: {
    unknown_code: {
      title: 'خطأ غير معروف (رمز {code})',
      message: 'أعادت منصة MEXC خطأً لا يتعرف عليه هذا التطبيق. يُرجى المحاولة لاحقًا، والتواصل مع الدعم إذا تكرر الخطأ.',
    },
    network_error: {
      title: 'لا يوجد اتصال بمنصة MEXC',
      message:
        'لم يصل أي رد من منصة MEXC، لذا لا يُعرف إن كان الأمر قد قُدِّم أم لا. يُرجى التحقق من اتصالك ومن أوامرك أولًا، ثم إعادة المحاولة.',
    },
    timeout: {
      title: 'انتهت مهلة الطلب',
      message: 'لم ترد منصة MEXC في الوقت المحدد، وربما قُدِّم الأمر رغم ذلك. يُرجى تحديث أوامرك أولًا، ثم إعادة المحاولة.',
    },
    aborted: {
      title: 'تم إلغاء الطلب',
      message: 'أُلغي الطلب قبل اكتماله. يُرجى إعادة المحاولة إذا كنت لا تزال بحاجة إليه.',
    },
    http_error: {
      title: 'استجابة غير متوقعة من منصة MEXC',
      message: 'أرسلت منصة MEXC صفحة خطأ غير متوقعة (HTTP {status}). يُرجى المحاولة لاحقًا، والتواصل مع الدعم إذا تكرر الخطأ.',
    },
    http_forbidden: {
      title: 'تم حظر الوصول',
      message:
        'حظرت منصة MEXC هذا الاتصال، وغالبًا ما يكون السبب منطقتك أو شبكة VPN أو عنوان IP. يُرجى التحقق من اتصالك أو من إعدادات VPN، أو التواصل مع الدعم.',
    },
    http_rate_limited: {
      title: 'طلبات كثيرة جدًا',
      message: 'تقيد منصة MEXC الطلبات الواردة من هذا الاتصال. يُرجى الانتظار قليلًا ثم إعادة المحاولة.',
    },
    http_server_error: {
      title: 'خطأ في خادم المنصة',
      message: 'أعاد خادم MEXC خطأً (HTTP {status})، وربما قُدِّم أمرك رغم ذلك. يُرجى تحديث أوامرك أولًا، ثم إعادة المحاولة لاحقًا.',
    },
    websocket_error: {
      title: 'انقطاع البيانات المباشرة',
      message: 'أبلغ بث بيانات السوق والمراكز المباشر عن خطأ، لذا قد تكون البيانات المعروضة غير محدثة. يُرجى التحديث لإعادة الاتصال.',
    },
    unknown_error: {
      title: 'حدث خطأ ما',
      message: 'حدث خطأ غير متوقع. يُرجى إعادة المحاولة، والتواصل مع الدعم إذا تكرر الخطأ.',
    },
  },
} satisfies CommonTexts;
