import type { LocaleGuide } from '../guide';

// id: Bahasa Indonesia as the big exchanges' Indonesian apps word futures trading, addressing the trader as "Anda"
// (capitalised) with plain imperatives. Indonesian exchanges keep order, margin, leverage, futures, transfer,
// deposit, long / short, take profit / stop loss, Post Only and Reduce-Only as Indonesian trading words; everything
// around them is Indonesian, in the formal register (sehingga / sebelum, not jadi / baru). Tier is "tingkatan"
// (MEXC's "Tingkatan Limit Risiko"): "tingkat" is a rate on MEXC's Indonesian pages (tingkat pendanaan).
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'margin', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /\bmargin\b/i },
  { term: 'margin tersedia', en: /\bavailable margin\b/i, local: /\bmargin tersedia\b/i },
  { term: 'mode margin', en: /\bmargin mode\b/i, local: /\bmode margin\b/i },
  { term: 'margin silang', en: /\bcross\b/i, local: /\bsilang\b/i },
  { term: 'margin terisolasi', en: /\bisolated\b/i, local: /\bterisolasi\b/i },
  { term: 'akun futures', en: /\bfutures account\b/i, local: /\bakun futures\b/i },
  { term: 'futures', en: /\bfutures\b/i, local: /\bfutures\b/i },
  { term: 'kontrak', en: /\bcontracts?\b/i, local: /\bkontrak\b/i },
  { term: 'transfer dana', en: /\btransfer\b/i, local: /\btransfer\b/i },
  { term: 'deposit', en: /\bdeposit\b/i, local: /\bdeposit\b/i },
  // Positions and risk
  { term: 'leverage', en: /\bleverage\b/i, local: /\bleverage\b/i },
  { term: 'posisi long / short', en: /\b(?:long|short) position|\bfor a (?:long|short)\b/i, local: /\bposisi (?:long|short)\b/i },
  { term: 'posisi', en: /\bpositions?\b/i, local: /\bposisi(?:nya)?\b/i },
  { term: 'harga likuidasi', en: /\bliquidation price\b/i, local: /\bharga likuidasi\b/i },
  { term: 'likuidasi', en: /\bliquidat/i, local: /\b(?:di)?likuidasi\b/i },
  { term: 'batas risiko', en: /\brisk limit\b/i, local: /\bbatas risiko\b/i },
  { term: 'tingkatan (batas risiko)', en: /\btier\b/i, local: /\btingkatan\b/i },
  // Orders
  { term: 'order', en: /\borders?\b/i, local: /\border\b/i },
  { term: 'order terbuka', en: /\bopen (?:trigger )?orders\b/i, local: /\border (?:pemicu )?terbuka\b/i },
  { term: 'order pemicu', en: /\btrigger orders?\b/i, local: /\border pemicu\b/i },
  { term: 'harga pemicu', en: /\btrigger price\b/i, local: /\bharga pemicu\b/i },
  { term: 'harga terakhir', en: /\blast price\b/i, local: /\bharga terakhir\b/i },
  { term: 'harga wajar', en: /\bfair price\b/i, local: /\bharga wajar\b/i },
  { term: 'harga indeks', en: /\bindex price\b/i, local: /\bharga indeks\b/i },
  { term: 'take profit / stop loss (TP/SL)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /\b(?:TP|SL|take profit|stop loss)\b/i },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /\bPost Only\b/ },
  { term: 'pengurangan leverage otomatis (ADL)', en: /\bauto-deleveraging\b/i, local: /\bADL\b/ },
  { term: 'Reduce-Only', en: /\breduce-only\b/i, local: /\bReduce-Only\b/ },
  { term: 'biaya pendanaan', en: /\bfunding\b/i, local: /\bpendanaan\b/i },
  { term: 'jatuh tempo', en: /\bdelivery\b/i, local: /\bjatuh tempo\b/i },
  // API access
  { term: 'kunci API', en: /\bAPI key\b/i, local: /\bkunci API\b/i },
  { term: 'kunci rahasia', en: /\bsecret\b/i, local: /\bkunci rahasia\b/i },
  { term: 'daftar putih', en: /\bwhitelist\b/i, local: /\bdaftar putih\b/i },
  { term: 'izin', en: /\bpermission\b/i, local: /\bizin\b/i },
  // Service
  { term: 'layanan pelanggan', en: /\bsupport\b/i, local: /\blayanan pelanggan\b/i },
  { term: 'pemeliharaan', en: /\bmaintenance\b/i, local: /\bpemeliharaan\b/i },
  { term: 'muat ulang', en: /\brefresh\b/i, local: /\bmuat ulang\b/i },
];

const forbidden: LocaleGuide['forbidden'] = [
  // Register: formal "Anda", written with a capital
  { pattern: /\b(?:kamu|kau|engkau|lo|lu|elo|gue|gua)\b/i, use: 'Anda' },
  { pattern: /\b(?:akun|order|posisi|kunci|perangkat|koneksi|jam)mu\b/i, use: '… Anda' },
  { pattern: /\banda\b/, use: 'Anda' },
  { pattern: /\b(?:bisa|nggak|gak|enggak|dulu|aja)\b/i, use: 'dapat / tidak / terlebih dahulu (formal)' },
  { pattern: /, jadi\b|\bbaru coba\b/i, use: ', sehingga / sebelum mencoba (formal)' },
  { pattern: /\bsilahkan\b/i, use: 'silakan' },
  // One term per concept
  { pattern: /\bpesanan\b/i, use: 'order' },
  { pattern: /\b(?:daya ungkit|pengungkit)\b/i, use: 'leverage' },
  { pattern: /\b(?:cross|isolated|gabungan|terpisah)\b|(?<!ter)isolasi\b/i, use: 'margin silang / margin terisolasi' },
  { pattern: /\b(?:berjangka|rekening)\b/i, use: 'akun futures' },
  { pattern: /\b(?:trigger|picu)\b/i, use: 'pemicu' },
  { pattern: /\bharga (?:mark|tanda|penandaan)\b/i, use: 'harga wajar' },
  { pattern: /\b(?:take-profit|stop-loss|ambil untung|henti rugi|batas rugi)\b/i, use: 'take profit / stop loss' },
  { pattern: /\b(?:limit|level) risiko\b|\b(?:tier|level|tingkat)\b/i, use: 'batas risiko / tingkatan' },
  { pattern: /\bhanya[- ]kurangi\b|\breduce only\b/i, use: 'Reduce-Only' },
  { pattern: /\bfunding\b/i, use: 'biaya pendanaan (MEXC Indonesia: biaya / tingkat pendanaan)' },
  { pattern: /\b(?:key|secret|kunci rahasia API)\b/i, use: 'kunci API / kunci rahasia' },
  { pattern: /\bwhitelist\b/i, use: 'daftar putih' },
  { pattern: /\b(?:permission|hak akses)\b/i, use: 'izin' },
  { pattern: /\b(?:dukungan|CS|customer service)\b/i, use: 'layanan pelanggan' },
  { pattern: /\b(?:maintenance|perawatan)\b/i, use: 'pemeliharaan' },
  { pattern: /\b(?:refresh|segarkan|perbarui halaman)\b/i, use: 'muat ulang' },
  { pattern: /\bperdagangan\b/i, use: 'trading' },
  { pattern: /\bbatch\b/i, use: 'kelompok' },
  { pattern: /\b(?:kedaluarsa|kadaluarsa|kadaluwarsa)\b/i, use: 'kedaluwarsa' },
];

export default {
  alphabet: /[a-z]/i,
  glossary,
  forbidden,
  sameAsEnglish: {
    'actions.deposit':
      '"Deposit" is the Indonesian word (KBBI) and the label Indonesian exchange apps put on this button; "Setor" reads as banking.',
  },
} satisfies LocaleGuide;
