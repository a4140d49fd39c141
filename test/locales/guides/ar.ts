import type { LocaleGuide } from '../guide';

// ar: Modern Standard Arabic as Arabic exchange apps (Binance, OKX, Bybit, MEXC) write their futures screens,
// formal and gender-neutral ("يُرجى" + verbal noun, buttons as verbal nouns), Arabic punctuation (، ؛ ؟),
// Western digits; the kit shows it right to left. Post Only and Taker stay in Latin as the apps keep them.
// Patterns allow the article, attached prepositions and suffixes (الرافعة / رافعته, مركز / مراكز).
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'الهامش', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /هامش/ },
  { term: 'الهامش المتاح', en: /\bavailable margin\b/i, local: /الهامش المتاح/ },
  { term: 'وضع الهامش', en: /\bmargin mode\b/i, local: /وضع الهامش/ },
  { term: 'الهامش المتقاطع', en: /\bcross\b/i, local: /متقاطع/ },
  { term: 'الهامش المعزول', en: /\bisolated\b/i, local: /معزول/ },
  { term: 'حساب العقود الآجلة', en: /\bfutures account\b/i, local: /حساب\S* (?:ال|لل)?عقود الآجلة/ },
  { term: 'العقود الآجلة', en: /\bfutures\b/i, local: /آجل/ },
  { term: 'العقد', en: /\bcontracts?\b/i, local: /عقد|عقود/ },
  { term: 'تحويل الأموال', en: /\btransfer\b/i, local: /تحويل/ },
  { term: 'الإيداع', en: /\bdeposit\b/i, local: /إيداع/ },
  // Positions and risk
  { term: 'الرافعة المالية', en: /\bleverage\b/i, local: /رافع[ةت]/ },
  { term: 'شراء (long)', en: /(?<!\btoo )\blong\b/i, local: /شراء/ },
  { term: 'بيع (short)', en: /\bshort\b/i, local: /بيع/ },
  { term: 'فتح المراكز', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /فتح (?:ال)?(?:مراكز|مركز)/ },
  { term: 'المركز', en: /\bpositions?\b/i, local: /مركز|مراكز/ },
  { term: 'سعر التصفية', en: /\bliquidation price\b/i, local: /سعر التصفية/ },
  { term: 'التصفية', en: /\bliquidat(?:ed|ion)\b/i, local: /تصفي/ },
  { term: 'حد المخاطر', en: /\brisk limit\b/i, local: /حد المخاطر/ },
  { term: 'المستوى', en: /\btier\b/i, local: /مستو[ىي]/ },
  { term: 'التمويل', en: /\bfunding\b/i, local: /التمويل/ },
  // Orders
  { term: 'الأمر (الأوامر)', en: /\borders?\b/i, local: /أمر|أوامر/ },
  { term: 'الأمر المشروط', en: /\btrigger orders?\b/i, local: /(?:أمر|أوامر) (?:ال)?مشروط/ },
  { term: 'سعر التفعيل', en: /\btrigger price\b/i, local: /سعر التفعيل/ },
  { term: 'آخر سعر', en: /\blast price\b/i, local: /آخر سعر/ },
  { term: 'السعر العادل', en: /\bfair price\b/i, local: /السعر العادل/ },
  { term: 'سعر المؤشر', en: /\bindex price\b/i, local: /سعر المؤشر/ },
  { term: 'جني الأرباح / وقف الخسارة', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /جني الأرباح|وقف الخسارة/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  // API access
  { term: 'مفتاح API', en: /\bAPI key\b/i, local: /مفتاح API/ },
  { term: 'المفتاح السري', en: /\bsecret\b/i, local: /المفتاح السري/ },
  { term: 'القائمة البيضاء', en: /\bwhitelist\b/i, local: /القائمة البيضاء/ },
  { term: 'الصلاحية', en: /\bpermission\b/i, local: /صلاحي/ },
  // Service
  { term: 'الدعم', en: /\bsupport\b/i, local: /الدعم/ },
  { term: 'الصيانة', en: /\bmaintenance\b/i, local: /صيانة/ },
  { term: 'تقليص الرافعة التلقائي', en: /\bauto-deleveraging\b/i, local: /تقليص الرافعة التلقائي/ },
];

const forbidden: LocaleGuide['forbidden'] = [
  // register: Modern Standard Arabic, no dialect words or informal "you"
  { pattern: /(?<!\p{L})(?:مش|عشان|علشان|دلوقتي|هلق|هلأ|هيك|ايش|إيش|شو|بدك|انت|إنت|انتي|إنتي)(?!\p{L})/u, use: 'الفصحى (يُرجى + المصدر)' },
  // punctuation
  { pattern: /[,;?]/, use: '، ؛ ؟' },
  // one term per concept
  { pattern: /فيوتشر|المستقبلية|مستقبلية/, use: 'العقود الآجلة' },
  { pattern: /رفع مالي|الرفع المالي/, use: 'الرافعة المالية' },
  { pattern: /صفق/, use: 'المركز / عمليات التداول' },
  { pattern: /تسييل|التسييل/, use: 'التصفية' },
  { pattern: /هامش (?:شامل|مشترك|كلي)|الهامش (?:الشامل|المشترك|الكلي)/, use: 'الهامش المتقاطع' },
  // collateral as a noun (ضمان، الضمان، كضمان، ضمانات); لضمان ("to ensure") stays usable
  { pattern: /(?<!\p{L})[وفبك]?(?:ال)?ضمان(?:ات)?(?!\p{L})/u, use: 'الهامش' },
  { pattern: /رصيد/, use: 'الهامش المتاح / الأموال' },
  { pattern: /أذونات|إذن/, use: 'الصلاحية' },
  { pattern: /مفتاح (?:ال)?واجهة|مفتاح البرمجة|API Key|API key/, use: 'مفتاح API' },
  { pattern: /المفتاح (?:الخاص|السرّي)|Secret/, use: 'المفتاح السري' },
  { pattern: /مركز (?:طويل|قصير)|لونغ|شورت|Long|Short/, use: 'مركز شراء / مركز بيع' },
  { pattern: /أوردر|طلبية/, use: 'الأمر' },
  { pattern: /سعر (?:الزناد|التشغيل|الإطلاق)|أمر (?:الزناد|التفعيل)/, use: 'سعر التفعيل / الأمر المشروط' },
  { pattern: /سعر (?:العلامة|الوسم|المارك)/, use: 'السعر العادل' },
  { pattern: /السعر الأخير/, use: 'آخر سعر' },
  { pattern: /جني الربح|إيقاف الخسارة|وقف الخسائر/, use: 'جني الأرباح / وقف الخسارة' },
  { pattern: /شريحة|فئة المخاطر|حد المخاطرة/, use: 'مستوى حد المخاطر' },
  { pattern: /الإهلاك التلقائي|تخفيض الرافعة التلقائي|التقليص التلقائي للرافعة/, use: 'تقليص الرافعة التلقائي' },
];

export default {
  alphabet: /[\p{Script=Arabic}]/u,
  // letters Arabic spells with and Persian or Urdu texts hardly use (tā’ marbūṭa, hamza seats, alif maqṣūra)
  distinctive: /[ةأإؤئى]/,
  codeWords: ['Post Only', 'Taker'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
