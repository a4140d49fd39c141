// The catalog page's labels in Vietnamese.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Tìm theo mã, khóa hoặc nội dung',
  searchPlaceholder: 'ví dụ: 2005, balance, thời gian',
  rowCount: { other: '{count} dòng' },
  resultCount: { other: '{count} kết quả cho “{query}”' },
  noResults: 'Không có mã, khóa hoặc nội dung nào khớp với “{query}”.',
  captions: {
    futures:
      'Mã lỗi API Futures của MEXC (danh mục futures): {official} mã chính thức, {wild} mã gặp trong thực tế, {variant} mã phân biệt theo nội dung từ máy chủ',
    order: 'Lý do trong bản ghi lệnh, tức errorCode của lệnh (danh mục order): {reason}',
    general: 'Lỗi không có mã đã biết (danh mục general): {fallback}',
  },
  columns: { code: 'Mã', key: 'Khóa', category: 'Loại', severity: 'Mức độ', retry: 'Thử lại', actions: 'Thao tác' },
  textColumn: 'Tiêu đề và nội dung: {language}',
  badges: { wild: 'gặp trong thực tế', variant: 'theo nội dung máy chủ', fallback: 'dự phòng' },
  i18nKey: 'khóa i18n: {key}',
  mexcDescription: 'Mô tả của MEXC ({language}): “{doc}”',
  variantWhen: 'Khi nội dung từ máy chủ khớp với {pattern}',
  fallbackWhen: 'Áp dụng khi: {case}',
  fallbackCases: {
    unknown_code: 'mã mà bộ công cụ không biết (ví dụ: 99999)',
    network_error: 'không có phản hồi: lỗi mạng',
    timeout: 'máy khách ngừng chờ phản hồi',
    aborted: 'yêu cầu bị hủy có chủ đích',
    http_error: 'trang lỗi HTTP không có mã (ví dụ: 404)',
    http_forbidden: 'HTTP 403 không có mã',
    http_rate_limited: 'HTTP 429 không có mã',
    http_server_error: 'HTTP 5xx không có mã (ví dụ: 502)',
    websocket_error: 'thông điệp rs.error trên WebSocket',
    unknown_error: 'mọi trường hợp khác',
  },
  textFallback: '(không có nội dung {requested}: dùng {found})',
} satisfies CatalogLabels;
