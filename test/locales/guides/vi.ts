import type { LocaleGuide } from '../guide';

// vi: Vietnamese as the big exchanges' Vietnamese apps word futures trading, addressing the trader as "bạn" and
// asking with "Vui lòng". Full diacritics; the tone mark of oa / oe / uy sits on the first vowel (khóa, hóa, tùy).
// MEXC's own Vietnamese app and help centre keep a few product words in Latin, as Vietnamese traders say them:
// Futures (tài khoản Futures, ví Futures), Funding (phí Funding), Long / Short, Post Only, Taker / Maker.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'ký quỹ', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /ký quỹ/iu },
  { term: 'ký quỹ khả dụng', en: /\bavailable margin\b/i, local: /ký quỹ khả dụng/iu },
  { term: 'chế độ ký quỹ', en: /\bmargin mode\b/i, local: /chế độ ký quỹ/iu },
  { term: 'ký quỹ chéo', en: /\bcross\b/i, local: /chéo/iu },
  { term: 'ký quỹ cô lập', en: /\bisolated\b/i, local: /cô lập/iu },
  { term: 'tài khoản Futures', en: /\bfutures account\b/i, local: /tài khoản Futures/u },
  { term: 'Futures', en: /\bfutures\b/i, local: /(?<!\p{L})Futures(?!\p{L})/u },
  { term: 'hợp đồng', en: /\bcontracts?\b/i, local: /hợp đồng/iu },
  { term: 'chuyển tiền', en: /\btransfer\b/i, local: /chuyển tiền/iu },
  { term: 'nạp tiền', en: /\bdeposit\b/i, local: /nạp tiền/iu },
  // Positions and risk
  { term: 'đòn bẩy', en: /\bleverage\b/i, local: /đòn bẩy/iu },
  { term: 'vị thế Long / Short', en: /\b(?:long|short) position|\bfor a (?:long|short)\b/i, local: /vị thế (?:Long|Short)/u },
  { term: 'vị thế', en: /\bpositions?\b/i, local: /vị thế/iu },
  { term: 'giá thanh lý', en: /\bliquidation price\b/i, local: /giá thanh lý/iu },
  { term: 'thanh lý', en: /\bliquidat/i, local: /thanh lý/iu },
  { term: 'giới hạn rủi ro', en: /\brisk limit\b/i, local: /giới hạn rủi ro/iu },
  { term: 'bậc (giới hạn rủi ro)', en: /\btier\b/i, local: /bậc/iu },
  // Orders
  { term: 'lệnh', en: /\borders?\b/i, local: /lệnh/iu },
  { term: 'lệnh đang mở', en: /\bopen (?:trigger )?orders\b/i, local: /lệnh (?:kích hoạt )?đang mở/iu },
  { term: 'lệnh kích hoạt', en: /\btrigger orders?\b/i, local: /lệnh kích hoạt/iu },
  { term: 'giá kích hoạt', en: /\btrigger price\b/i, local: /giá kích hoạt/iu },
  { term: 'giá gần nhất', en: /\blast price\b/i, local: /giá gần nhất/iu },
  { term: 'giá hợp lý', en: /\bfair price\b/i, local: /giá hợp lý/iu },
  { term: 'giá chỉ số', en: /\bindex price\b/i, local: /giá chỉ số/iu },
  { term: 'chốt lời / cắt lỗ (TP/SL)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /chốt lời|cắt lỗ|TP\/SL/iu },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/u },
  { term: 'giảm đòn bẩy tự động (ADL)', en: /\bauto-deleveraging\b/i, local: /giảm đòn bẩy tự động/iu },
  { term: 'lệnh chỉ giảm vị thế', en: /\breduce-only\b/i, local: /lệnh chỉ giảm vị thế/iu },
  { term: 'phí Funding', en: /\bfunding\b/i, local: /phí Funding/u },
  { term: 'đáo hạn', en: /\bdelivery\b/i, local: /đáo hạn/iu },
  // API access
  { term: 'khóa API', en: /\bAPI key\b/i, local: /khóa API/iu },
  { term: 'khóa bí mật', en: /\bsecret\b/i, local: /khóa bí mật/iu },
  { term: 'danh sách trắng', en: /\bwhitelist\b/i, local: /danh sách trắng/iu },
  { term: 'quyền', en: /\bpermission\b/i, local: /quyền/iu },
  // Service
  { term: 'hỗ trợ', en: /\bsupport\b/i, local: /hỗ trợ/iu },
  { term: 'bảo trì', en: /\bmaintenance\b/i, local: /bảo trì/iu },
  { term: 'làm mới', en: /\brefresh\b/i, local: /làm mới/iu },
];

/** A whole Vietnamese word (`\b` does not see letters with diacritics). */
const word = (source: string) => new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'iu');

const forbidden: LocaleGuide['forbidden'] = [
  // Register
  { pattern: word('quý khách'), use: 'bạn' },
  { pattern: word('mày|cậu|ngươi|em'), use: 'bạn' },
  { pattern: word('hãy'), use: 'Vui lòng …' },
  // One term per concept
  { pattern: word('đơn hàng|đơn đặt'), use: 'lệnh' },
  { pattern: word('margin|leverage|trigger|key|secret|whitelist|permission|support|maintenance'), use: 'the Vietnamese term' },
  { pattern: /(?<!\p{L})(?:futures|FUTURES|funding|FUNDING)(?!\p{L})/u, use: 'Futures / Funding, written as MEXC writes them' },
  { pattern: word('hợp đồng tương lai|phái sinh|vĩnh cửu|tài khoản hợp đồng'), use: 'Futures / tài khoản Futures' },
  { pattern: word('tài trợ|tỷ lệ tài trợ|phí cấp vốn'), use: 'phí Funding' },
  { pattern: word('toàn phần|chéo hóa'), use: 'ký quỹ chéo' },
  { pattern: word('riêng lẻ|riêng biệt|cách ly'), use: 'ký quỹ cô lập' },
  { pattern: word('giá thanh khoản|giá cháy|cháy tài khoản|bị cháy'), use: 'giá thanh lý / bị thanh lý' },
  { pattern: word('giá đánh dấu'), use: 'giá hợp lý' },
  { pattern: word('giá mới nhất|giá cuối cùng'), use: 'giá gần nhất' },
  { pattern: word('dừng lỗ|chặn lỗ|chốt lãi'), use: 'chốt lời / cắt lỗ' },
  { pattern: word('lệnh điều kiện|lệnh kế hoạch'), use: 'lệnh kích hoạt' },
  { pattern: word('hạn mức rủi ro|cấp độ'), use: 'giới hạn rủi ro / bậc' },
  { pattern: word('tự động giảm đòn bẩy'), use: 'giảm đòn bẩy tự động' },
  { pattern: word('mã API|khóa bảo mật'), use: 'khóa API / khóa bí mật' },
  { pattern: word('tải lại'), use: 'làm mới' },
  { pattern: word('chăm sóc khách hàng|CSKH'), use: 'bộ phận hỗ trợ' },
  { pattern: word('gửi tiền'), use: 'nạp tiền' },
  // Spelling: one tone-mark placement
  { pattern: /o[áàảãạ](?!\p{L})|o[éèẻẽẹ](?!\p{L})|(?<!q)u[ýỳỷỹỵ](?!\p{L})/iu, use: 'khóa, hóa, tùy (tone mark on the first vowel)' },
];

export default {
  alphabet: /[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu,
  distinctive: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
  codeWords: ['Long', 'Short', 'Post Only', 'Taker', 'Maker', 'Futures', 'Funding'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
