// The catalog page's labels in Arabic (Modern Standard).
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'rtl',
  searchLabel: 'البحث بالرمز أو المفتاح أو النص',
  searchPlaceholder: 'مثل: 2005، balance، الساعة',
  rowCount: {
    zero: 'لا توجد صفوف',
    one: 'صف واحد',
    two: 'صفان',
    few: '{count} صفوف',
    many: '{count} صفًا',
    other: '{count} صف',
  },
  resultCount: {
    zero: 'لا توجد نتائج للبحث عن «{query}»',
    one: 'نتيجة واحدة للبحث عن «{query}»',
    two: 'نتيجتان للبحث عن «{query}»',
    few: '{count} نتائج للبحث عن «{query}»',
    many: '{count} نتيجةً للبحث عن «{query}»',
    other: '{count} نتيجة للبحث عن «{query}»',
  },
  noResults: 'لا يوجد رمز أو مفتاح أو نص يطابق «{query}».',
  captions: {
    futures:
      'رموز أخطاء API العقود الآجلة في MEXC (الفهرس futures): الرسمية {official}، والمرصودة فعليًا {wild}، والمميَّزة بنص الخادم {variant}',
    order: 'أسباب سجل الأمر، أي errorCode الخاص بالأمر (الفهرس order): {reason}',
    general: 'أخطاء بلا رمز معروف (الفهرس general): {fallback}',
  },
  columns: {
    code: 'الرمز',
    key: 'المفتاح',
    category: 'الفئة',
    severity: 'الخطورة',
    retry: 'إعادة المحاولة',
    actions: 'الإجراءات',
  },
  textColumn: 'العنوان والرسالة: {language}',
  badges: { wild: 'مرصود فعليًا', variant: 'حسب نص الخادم', fallback: 'احتياطي' },
  i18nKey: 'مفتاح i18n: {key}',
  mexcDescription: 'وصف MEXC ({language}): «{doc}»',
  variantWhen: 'عندما يطابق نص الخادم {pattern}',
  fallbackWhen: 'الحالة: {case}',
  fallbackCases: {
    unknown_code: 'رمز لا تعرفه الحزمة (مثال: 99999)',
    network_error: 'لا رد: عطل في الشبكة',
    timeout: 'توقف العميل عن انتظار الرد',
    aborted: 'أُلغي الطلب عمدًا',
    http_error: 'صفحة خطأ HTTP بلا رمز (مثال: 404)',
    http_forbidden: 'HTTP 403 بلا رمز',
    http_rate_limited: 'HTTP 429 بلا رمز',
    http_server_error: 'HTTP 5xx بلا رمز (مثال: 502)',
    websocket_error: 'إطار rs.error عبر WebSocket',
    unknown_error: 'أي حالة أخرى',
  },
  textFallback: '(لا يوجد نص بلغة {requested}: استُخدم {found} بدلًا منه)',
} satisfies CatalogLabels;
