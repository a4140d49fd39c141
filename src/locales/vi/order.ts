import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Vietnamese: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Lệnh không có vấn đề gì',
      message: 'MEXC không báo lỗi nào cho lệnh này, bạn không cần làm gì thêm.',
    },
    param_invalid: {
      title: 'Lệnh bị từ chối: thông tin không hợp lệ',
      message:
        'MEXC đã từ chối lệnh này vì có thông tin không hợp lệ. Vui lòng kiểm tra giá, số lượng và đòn bẩy, rồi sửa lệnh và đặt lại.',
    },
    insufficient_balance: {
      title: 'Lệnh bị từ chối: không đủ ký quỹ',
      message:
        'Tài khoản Futures của bạn không đủ ký quỹ khả dụng nên lệnh này đã bị từ chối. Vui lòng chuyển tiền vào tài khoản Futures (nạp tiền trước nếu cần), hoặc giảm số lượng lệnh hay đòn bẩy.',
    },
    position_not_exists: {
      title: 'Lệnh đóng bị từ chối: không có vị thế',
      message:
        'Lệnh đóng này không tìm thấy vị thế nào để đóng (có thể vị thế đã được đóng) nên đã bị từ chối. Vui lòng làm mới vị thế để xem những gì còn mở.',
    },
    position_not_enough: {
      title: 'Lệnh đóng bị từ chối: vượt số lượng',
      message:
        'Lệnh đóng này lớn hơn số lượng có thể đóng của vị thế (một phần vị thế có thể đã được dành cho các lệnh đóng khác) nên đã bị từ chối. Vui lòng làm mới vị thế và giảm số lượng.',
    },
    position_liquidated: {
      title: 'Lệnh kết thúc: vị thế bị thanh lý',
      message:
        'Lệnh này đã kết thúc vì vị thế tương ứng đã bị thanh lý. Vui lòng làm mới vị thế để xem phần còn lại, và kiểm tra ký quỹ trong tài khoản Futures.',
    },
    order_liquidated: {
      title: 'Lệnh bị đóng do thanh lý',
      message:
        'Lệnh này đã bị đóng trong quá trình thanh lý. Vui lòng làm mới vị thế để xem phần còn lại, và kiểm tra ký quỹ trong tài khoản Futures.',
    },
    risk_level_limit: {
      title: 'Lệnh bị từ chối: vượt giới hạn rủi ro',
      message:
        'Lệnh này sẽ khiến vị thế vượt giới hạn rủi ro ứng với mức đòn bẩy đang dùng nên đã bị từ chối. Vui lòng giảm số lượng lệnh hoặc giảm đòn bẩy.',
    },
    system_cancel: {
      title: 'Lệnh bị MEXC hủy',
      message: 'Hệ thống MEXC đã hủy lệnh này. Vui lòng làm mới danh sách lệnh, và liên hệ bộ phận hỗ trợ nếu cần biết lý do.',
    },
    position_mode_mismatch: {
      title: 'Lệnh bị từ chối: sai chế độ vị thế',
      message:
        'Lệnh này không khớp với chế độ vị thế của tài khoản (một chiều hoặc hai chiều) nên đã bị từ chối. Vui lòng sửa lệnh cho phù hợp với chế độ hiện tại rồi đặt lại.',
    },
    reduce_only_liquidated: {
      title: 'Lệnh chỉ giảm vị thế đã bị hủy',
      message: 'Lệnh chỉ giảm vị thế này đã bị hủy vì vị thế tương ứng đã bị thanh lý. Vui lòng làm mới vị thế để xem phần còn lại.',
    },
    contract_not_enabled: {
      title: 'Lệnh bị từ chối: hợp đồng chưa mở giao dịch',
      message: 'Hợp đồng này hiện chưa mở giao dịch nên lệnh đã bị từ chối. Vui lòng chọn hợp đồng khác.',
    },
    delivery_cancel: {
      title: 'Lệnh bị hủy khi hợp đồng đáo hạn',
      message: 'Hợp đồng đã đáo hạn nên lệnh đang mở này đã bị hủy. Vui lòng làm mới danh sách lệnh và vị thế.',
    },
    position_liquidated_cancel: {
      title: 'Lệnh bị hủy: vị thế bị thanh lý',
      message: 'Lệnh này đã bị hủy vì vị thế tương ứng đã bị thanh lý. Vui lòng làm mới vị thế và danh sách lệnh.',
    },
    adl_cancel: {
      title: 'Lệnh bị hủy do giảm đòn bẩy tự động',
      message:
        'Cơ chế giảm đòn bẩy tự động (ADL) đã giảm vị thế của bạn nên lệnh này đã bị hủy. Vui lòng làm mới vị thế và danh sách lệnh.',
    },
    restricted_account_cancel: {
      title: 'Lệnh bị hủy: tài khoản bị hạn chế',
      message: 'Lệnh này đã bị hủy do tài khoản của bạn đang bị hạn chế giao dịch. Vui lòng liên hệ bộ phận hỗ trợ để biết lý do.',
    },
    funding_settlement_cancel: {
      title: 'Lệnh bị hủy khi thanh toán phí Funding',
      message: 'Lệnh này đã bị hủy trong lúc thanh toán phí Funding. Sau khi thanh toán xong, vui lòng đặt lại nếu bạn vẫn cần.',
    },
    position_margin_change_cancel: {
      title: 'Lệnh bị hủy: ký quỹ vị thế thay đổi',
      message:
        'Ký quỹ ban đầu của vị thế đã thay đổi (ví dụ sau khi đổi đòn bẩy) nên lệnh này đã bị hủy. Vui lòng kiểm tra số lượng và đòn bẩy rồi đặt lại.',
    },
    ioc_cancel: {
      title: 'Lệnh IOC: phần chưa khớp đã bị hủy',
      message:
        'Khớp ngay hoặc hủy (IOC): phần không khớp được ngay đã bị hủy. Vui lòng kiểm tra phần đã khớp, và đặt lệnh mới cho phần còn lại nếu bạn vẫn cần.',
    },
    fok_cancel: {
      title: 'Lệnh FOK bị hủy, không khớp phần nào',
      message:
        'Khớp toàn bộ hoặc hủy (FOK): lệnh không thể khớp toàn bộ ngay lập tức nên đã bị hủy mà không khớp phần nào. Vui lòng điều chỉnh giá hoặc số lượng rồi đặt lại.',
    },
    post_only_cancel: {
      title: 'Lệnh Post Only đã bị hủy',
      message:
        'Lệnh Post Only này sẽ khớp ngay với vai trò Taker nên đã bị hủy. Vui lòng đặt giá mua thấp hơn giá bán tốt nhất hoặc giá bán cao hơn giá mua tốt nhất, rồi đặt lại lệnh.',
    },
    market_rest_cancel: {
      title: 'Lệnh thị trường: phần chưa khớp đã bị hủy',
      message:
        'Lệnh thị trường của bạn không khớp được toàn bộ nên phần chưa khớp đã bị hủy. Vui lòng kiểm tra vị thế, và đặt lệnh mới cho phần còn lại nếu bạn vẫn cần.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
