import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Vietnamese: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every vi file (glossary in test/locales/guides/vi.ts): the trader is "bạn", requests start
 * with "Vui lòng"; one term per concept (lệnh, vị thế, ký quỹ, đòn bẩy, hợp đồng, tài khoản Futures, khóa API,
 * giá thanh lý, ký quỹ chéo / cô lập, phí Funding); full diacritics, tone mark on the first vowel of
 * oa / oe / uy (khóa, hóa, tùy).
 */
export default {
  ui: {
    regionLabel: 'Thông báo',
    dismiss: 'Đóng',
    codeBadge: 'Mã {code}',
    details: 'Chi tiết',
    serverMessage: 'Phản hồi từ máy chủ',
    time: 'Thời gian',
    copyDetails: 'Sao chép chi tiết',
    copied: 'Đã sao chép',
    repeatCount: '×{count}',
    tryAgain: 'Thử lại',
    severityInfo: 'Thông tin',
    severityWarning: 'Cảnh báo',
    severityError: 'Lỗi',
    severityCritical: 'Nghiêm trọng',
    overflowTitle: {
      other: 'Còn {count} thông báo khác',
    },
    overflowMessage:
      'Có quá nhiều thông báo đến cùng lúc nên không thể hiển thị từng thông báo. Vui lòng kiểm tra lệnh và vị thế của bạn để không bỏ sót điều gì.',
  },
  actions: {
    transfer_funds: 'Chuyển tiền',
    deposit: 'Nạp tiền',
    reduce_size: 'Giảm số lượng',
    lower_leverage: 'Giảm đòn bẩy',
    renew_api_key: 'Tạo khóa API mới',
    check_api_key: 'Kiểm tra khóa API',
    whitelist_ip: 'Thêm IP vào danh sách trắng',
    enable_permission: 'Bật quyền',
    sync_clock: 'Đồng bộ thời gian',
    retry: 'Thử lại',
    retry_later: 'Thử lại sau',
    refresh: 'Làm mới',
    cancel_open_orders: 'Hủy lệnh đang mở',
    adjust_price: 'Điều chỉnh giá',
    adjust_quantity: 'Điều chỉnh số lượng',
    adjust_leverage: 'Điều chỉnh đòn bẩy',
    edit_order: 'Sửa lệnh',
    choose_contract: 'Chọn hợp đồng',
    open_futures_account: 'Mở tài khoản Futures',
    adjust_margin: 'Điều chỉnh ký quỹ',
    split_batch: 'Chia thành lô nhỏ',
    contact_support: 'Liên hệ hỗ trợ',
    check_connection: 'Kiểm tra kết nối',
  },
  general: {
    unknown_code: {
      title: 'Lỗi không xác định (mã {code})',
      message: 'MEXC trả về một lỗi mà ứng dụng này không nhận ra. Vui lòng thử lại sau và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    network_error: {
      title: 'Không kết nối được với MEXC',
      message:
        'Không nhận được phản hồi từ MEXC nên chưa rõ lệnh đã được đặt hay chưa. Vui lòng kiểm tra kết nối và danh sách lệnh của bạn trước, rồi mới thử lại.',
    },
    timeout: {
      title: 'Yêu cầu quá thời gian chờ',
      message: 'MEXC không phản hồi kịp, nhưng lệnh vẫn có thể đã được đặt. Vui lòng làm mới danh sách lệnh trước khi thử lại.',
    },
    aborted: {
      title: 'Yêu cầu đã bị hủy',
      message: 'Yêu cầu đã bị hủy trước khi hoàn tất. Vui lòng thử lại nếu bạn vẫn cần.',
    },
    http_error: {
      title: 'Phản hồi bất thường từ MEXC',
      message:
        'MEXC trả về một trang lỗi bất thường (HTTP {status}). Vui lòng thử lại sau và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    http_forbidden: {
      title: 'Truy cập bị chặn',
      message:
        'MEXC đã chặn kết nối này, thường do khu vực, VPN hoặc địa chỉ IP của bạn. Vui lòng kiểm tra kết nối hoặc VPN, hoặc liên hệ bộ phận hỗ trợ.',
    },
    http_rate_limited: {
      title: 'Quá nhiều yêu cầu',
      message: 'MEXC đang giới hạn số yêu cầu từ kết nối này. Vui lòng chờ một lát rồi thử lại.',
    },
    http_server_error: {
      title: 'Lỗi máy chủ của sàn',
      message:
        'Máy chủ MEXC trả về lỗi (HTTP {status}), nhưng lệnh của bạn vẫn có thể đã được đặt. Vui lòng làm mới danh sách lệnh trước, rồi mới thử lại sau.',
    },
    websocket_error: {
      title: 'Dữ liệu trực tiếp bị gián đoạn',
      message:
        'Luồng dữ liệu thị trường và vị thế theo thời gian thực báo lỗi, nên dữ liệu trên màn hình có thể đã cũ. Vui lòng làm mới để kết nối lại.',
    },
    unknown_error: {
      title: 'Đã xảy ra lỗi',
      message: 'Đã xảy ra một lỗi ngoài dự kiến. Vui lòng thử lại và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
  },
} satisfies CommonTexts;
