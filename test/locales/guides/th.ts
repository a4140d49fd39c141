import type { LocaleGuide } from '../guide';

// th: Thai as the Thai editions of the big exchanges' futures apps word it: polite and neutral, requests with
// กรุณา, the trader addressed as คุณ, no gendered particles (ครับ/ค่ะ). No spaces between words, one space between
// clauses and sentences (no full stops, no commas), and a space on each side of a Latin word, number or
// {placeholder}. Cross / Isolated, Long / Short, Post Only and Taker stay in Latin, as Thai trading apps show them.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'มาร์จิ้น', en: /\bmargin\b/i, local: /มาร์จิ้น/ },
  { term: 'มาร์จิ้นที่ใช้ได้', en: /\bavailable margin\b/i, local: /มาร์จิ้นที่ใช้ได้/ },
  { term: 'โหมดมาร์จิ้น', en: /\bmargin mode\b/i, local: /โหมดมาร์จิ้น/ },
  { term: 'Cross (มาร์จิ้นแบบ Cross)', en: /\bcross\b/i, local: /Cross/ },
  { term: 'Isolated (มาร์จิ้นแบบ Isolated)', en: /\bisolated\b/i, local: /Isolated/ },
  { term: 'บัญชีฟิวเจอร์ส', en: /\bfutures account\b/i, local: /บัญชีฟิวเจอร์ส/ },
  { term: 'ฟิวเจอร์ส', en: /\bfutures\b/i, local: /ฟิวเจอร์ส/ },
  { term: 'สัญญา', en: /\bcontracts?\b/i, local: /สัญญา/ },
  { term: 'โอน', en: /\btransfer\b/i, local: /โอน/ },
  { term: 'ฝากเงิน', en: /\bdeposit\b/i, local: /ฝากเงิน/ },
  // Positions and risk
  { term: 'เลเวอเรจ', en: /\bleverage\b/i, local: /เลเวอเรจ/ },
  { term: 'โพซิชัน', en: /\bpositions?\b/i, local: /โพซิชัน/ },
  { term: 'ราคาลิควิเดชัน', en: /\bliquidation price\b/i, local: /ราคาลิควิเดชัน/ },
  { term: 'ลิควิเดต / การลิควิเดชัน', en: /\bliquidat(?:ed|ion)\b(?! price)/i, local: /ลิควิเด/ },
  { term: 'ขีดจำกัดความเสี่ยง', en: /\brisk limit\b/i, local: /ขีดจำกัดความเสี่ยง/ },
  { term: 'ระดับ (ของขีดจำกัดความเสี่ยง)', en: /\btier\b/i, local: /ระดับ/ },
  { term: 'การลดเลเวอเรจอัตโนมัติ (ADL)', en: /\bauto-deleveraging\b/i, local: /การลดเลเวอเรจอัตโนมัติ/ },
  { term: 'ค่าธรรมเนียมการระดมทุน', en: /\bfunding\b/i, local: /ค่าธรรมเนียมการระดมทุน/ },
  // Orders
  { term: 'คำสั่งซื้อขาย / คำสั่ง', en: /\borders?\b/i, local: /คำสั่ง/ },
  { term: 'คำสั่งที่เปิดอยู่', en: /\bopen orders?\b/i, local: /คำสั่ง(?:ซื้อขาย)?ที่เปิดอยู่/ },
  { term: 'คำสั่งทริกเกอร์', en: /\btrigger orders?\b/i, local: /คำสั่งทริกเกอร์/ },
  { term: 'ราคาทริกเกอร์', en: /\btrigger price\b/i, local: /ราคาทริกเกอร์/ },
  { term: 'ราคาล่าสุด', en: /\blast price\b/i, local: /ราคาล่าสุด/ },
  { term: 'ราคายุติธรรม', en: /\bfair price\b/i, local: /ราคายุติธรรม/ },
  { term: 'ราคาดัชนี', en: /\bindex price\b/i, local: /ราคาดัชนี/ },
  { term: 'ทำกำไร / ตัดขาดทุน (TP/SL)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /TP|SL|ทำกำไร|ตัดขาดทุน/ },
  { term: 'คำสั่งแบบราคาตลาด', en: /\bmarket order/i, local: /ราคาตลาด/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: 'ลดโพซิชันเท่านั้น', en: /\breduce-only\b/i, local: /ลดโพซิชันเท่านั้น/ },
  // API access
  { term: 'คีย์ API', en: /\bAPI key\b/i, local: /คีย์ API/ },
  { term: 'คีย์ลับ', en: /\bsecret\b/i, local: /คีย์ลับ/ },
  { term: 'ไวท์ลิสต์', en: /\bwhitelist\b/i, local: /ไวท์ลิสต์/ },
  { term: 'สิทธิ์', en: /\bpermission\b/i, local: /สิทธิ์/ },
  // Service
  { term: 'ฝ่ายบริการลูกค้า', en: /\bsupport\b/i, local: /ฝ่ายบริการลูกค้า/ },
  { term: 'ปิดปรับปรุง', en: /\bmaintenance\b/i, local: /ปิดปรับปรุง/ },
];

const forbidden: LocaleGuide['forbidden'] = [
  { pattern: /ครับ|ค่ะ|(?<!เ)ท่าน|เธอ/, use: 'คุณ, no gendered particle' },
  { pattern: /โปรด/, use: 'กรุณา' },
  { pattern: /[,.;!?]/, use: 'a space between clauses and sentences (Thai uses no commas or full stops)' },
  { pattern: /มาร์จิน|มาจิ้น|หลักประกัน/, use: 'มาร์จิ้น' },
  { pattern: /เลเวอเรช|เลเวอร์เรจ|เลเวอร์เรท|อัตราทด/, use: 'เลเวอเรจ' },
  { pattern: /โพซิชั่น|โพสิชัน|ตำแหน่ง|สถานะการถือครอง/, use: 'โพซิชัน' },
  { pattern: /ฟิวเจอร์(?!ส)|ฟิวเจอร์ส์/, use: 'ฟิวเจอร์ส' },
  { pattern: /คอนแทรค|คอนแทร็กต์|สัญญาซื้อขายล่วงหน้า/, use: 'สัญญา' },
  { pattern: /ชำระบัญชี|ลิควิเดท|ลิควิเดทชั่น|บังคับปิด|ล้างพอร์ต/, use: 'ราคาลิควิเดชัน / ถูกลิควิเดต' },
  { pattern: /มาร์จิ้นแบบ(?:ข้าม|แยก)|มาร์จิ้น(?:ข้าม|แยก)|ครอส|ไอโซเลท/, use: 'มาร์จิ้นแบบ Cross / มาร์จิ้นแบบ Isolated' },
  { pattern: /ลอง(?!อีกครั้ง)|ชอร์ต|ช็อต/, use: 'Long / Short (ลอง means “try”); ลองอีกครั้ง for “try again”' },
  { pattern: /ออเดอร์/, use: 'คำสั่งซื้อขาย' },
  { pattern: /คำสั่งค้าง|คำสั่งที่รอดำเนินการ/, use: 'คำสั่งที่เปิดอยู่' },
  { pattern: /เติมเต็ม|ดำเนินการครบ/, use: 'จับคู่ (filled)' },
  { pattern: /ราคามาร์ค|ราคา Mark|ราคาที่เป็นธรรม/, use: 'ราคายุติธรรม' },
  { pattern: /หยุดขาดทุน|Stop Loss|Take Profit|เทคโปรฟิต/, use: 'ทำกำไร / ตัดขาดทุน (TP/SL)' },
  { pattern: /วงเงินความเสี่ยง|ขีดจำกัดความเสี่ยงสูงสุด/, use: 'ขีดจำกัดความเสี่ยง' },
  { pattern: /API ?[Kk]ey|API คีย์|คีย์ลับ API|Secret/, use: 'คีย์ API / คีย์ลับ' },
  { pattern: /โพสต์ออนลี่|Post-Only|post-only/, use: 'Post Only' },
  { pattern: /ยอดคงเหลือ|ยอดเงินคงเหลือ/, use: 'มาร์จิ้นที่ใช้ได้' },
  { pattern: /ฝ่ายสนับสนุน|ซัพพอร์ต|ฝ่ายช่วยเหลือ/, use: 'ฝ่ายบริการลูกค้า' },
  { pattern: /บำรุงรักษา/, use: 'ปิดปรับปรุง' },
  { pattern: /เติมเงิน/, use: 'ฝากเงิน' },
];

export default {
  alphabet: /[\p{Script=Thai}]/u,
  // Thai script is Thai's own: a message without it would be untranslated.
  distinctive: /[\p{Script=Thai}]/u,
  codeWords: ['Cross', 'Isolated', 'Long', 'Short', 'Post Only', 'Taker'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
