// The catalog page's labels in Thai.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'ค้นหาตามรหัส คีย์ หรือข้อความ',
  searchPlaceholder: 'เช่น 2005 balance เวลา',
  rowCount: { other: 'ทั้งหมด {count} แถว' },
  resultCount: { other: 'ผลลัพธ์สำหรับ “{query}” {count} รายการ' },
  noResults: 'ไม่มีรหัส คีย์ หรือข้อความที่ตรงกับ “{query}”',
  captions: {
    futures:
      'รหัสข้อผิดพลาด API ฟิวเจอร์สของ MEXC (แค็ตตาล็อก futures): รหัสทางการ {official} รายการ พบในการใช้งานจริง {wild} รายการ แยกตามข้อความจากเซิร์ฟเวอร์ {variant} รายการ',
    order: 'เหตุผลในบันทึกคำสั่งซื้อขาย หรือ errorCode ของคำสั่ง (แค็ตตาล็อก order): {reason} รายการ',
    general: 'ข้อผิดพลาดที่ไม่มีรหัสที่รู้จัก (แค็ตตาล็อก general): {fallback} รายการ',
  },
  columns: {
    code: 'รหัส',
    key: 'คีย์',
    category: 'หมวดหมู่',
    severity: 'ความรุนแรง',
    retry: 'การลองอีกครั้ง',
    actions: 'การดำเนินการ',
  },
  textColumn: 'หัวข้อและข้อความ: {language}',
  badges: { wild: 'พบในการใช้งานจริง', variant: 'ตามข้อความจากเซิร์ฟเวอร์', fallback: 'กรณีทั่วไป' },
  i18nKey: 'คีย์ i18n: {key}',
  mexcDescription: 'คำอธิบายของ MEXC ({language}): “{doc}”',
  variantWhen: 'เมื่อข้อความจากเซิร์ฟเวอร์ตรงกับ {pattern}',
  fallbackWhen: 'ใช้เมื่อ: {case}',
  fallbackCases: {
    unknown_code: 'รหัสที่ชุดเครื่องมือไม่รู้จัก (ตัวอย่าง: 99999)',
    network_error: 'ไม่ได้รับการตอบกลับ: เครือข่ายขัดข้อง',
    timeout: 'ไคลเอนต์เลิกรอการตอบกลับ',
    aborted: 'คำขอถูกยกเลิกโดยตั้งใจ',
    http_error: 'หน้าข้อผิดพลาด HTTP ที่ไม่มีรหัส (ตัวอย่าง: 404)',
    http_forbidden: 'HTTP 403 ที่ไม่มีรหัส',
    http_rate_limited: 'HTTP 429 ที่ไม่มีรหัส',
    http_server_error: 'HTTP 5xx ที่ไม่มีรหัส (ตัวอย่าง: 502)',
    websocket_error: 'ข้อความ rs.error บน WebSocket',
    unknown_error: 'กรณีอื่นทั้งหมด',
  },
  textFallback: '(ไม่มีข้อความ {requested}: ใช้ข้อความ {found} แทน)',
} satisfies CatalogLabels;
