import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Vietnamese: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Hoàn tất',
      message: 'Yêu cầu của bạn đã được xử lý thành công.',
    },
    public_error: {
      title: 'Sàn gặp lỗi',
      message: 'MEXC gặp sự cố và không thể hoàn tất yêu cầu này. Vui lòng thử lại sau và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    internal_error: {
      title: 'Sàn gặp lỗi, chưa rõ kết quả',
      message:
        'MEXC gặp lỗi nội bộ, nhưng lệnh của bạn vẫn có thể đã được đặt. Vui lòng làm mới danh sách lệnh và vị thế trước, rồi mới thử lại sau.',
    },
    system_busy: {
      title: 'Sàn đang quá tải',
      message: 'MEXC đang phải xử lý lượng truy cập rất lớn. Vui lòng chờ một lát rồi thử lại.',
    },
    unauthorized: {
      title: 'Khóa API không được chấp nhận',
      message:
        'MEXC không chấp nhận khóa API của bạn. Vui lòng kiểm tra xem khóa API và khóa bí mật đã được nhập đúng chưa, và khóa này còn tồn tại không.',
    },
    api_key_expired: {
      title: 'Khóa API đã hết hạn',
      message:
        'Khóa API này đã hết hạn (khóa không liên kết IP sẽ hết hạn sau 90 ngày). Vui lòng tạo khóa API mới trên MEXC và thêm vào đây.',
    },
    ip_not_whitelisted: {
      title: 'Địa chỉ IP không được phép',
      message: 'Khóa API của bạn không chấp nhận yêu cầu từ địa chỉ IP này. Vui lòng thêm IP này vào danh sách trắng của khóa trên MEXC.',
    },
    unknown_request_source: {
      title: 'Không xác định được nguồn yêu cầu',
      message:
        'MEXC không xác định được yêu cầu này được gửi từ đâu. Vui lòng kiểm tra cài đặt khóa API và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    rate_limited: {
      title: 'Quá nhiều yêu cầu',
      message: 'Bạn đang gửi yêu cầu nhanh hơn mức MEXC cho phép. Vui lòng chờ vài giây rồi thử lại.',
    },
    endpoint_inaccessible: {
      title: 'Khóa API không có quyền thực hiện',
      message:
        'Khóa API hoặc tài khoản của bạn không được phép thực hiện thao tác này. Vui lòng bật quyền cần thiết cho khóa API, hoặc liên hệ bộ phận hỗ trợ.',
    },
    request_time_invalid: {
      title: 'Đồng hồ thiết bị bị lệch',
      message:
        'Đồng hồ trên thiết bị của bạn nhanh hơn quá 2 giây hoặc chậm hơn quá 10 giây so với giờ của MEXC. Vui lòng đồng bộ thời gian rồi thử lại.',
    },
    parameter_error: {
      title: 'Thông tin lệnh không hợp lệ',
      message: 'Lệnh có một giá trị mà sàn không chấp nhận. Vui lòng kiểm tra giá, số lượng và các thiết lập khác, rồi sửa lệnh.',
    },
    data_decoding_error: {
      title: 'Sàn không đọc được yêu cầu',
      message:
        'MEXC không đọc được dữ liệu mà ứng dụng này gửi đi. Đây là lỗi của ứng dụng, không phải do lệnh của bạn; vui lòng liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    signature_invalid: {
      title: 'Xác thực khóa API thất bại',
      message:
        'MEXC không thể xác minh yêu cầu này bằng khóa bí mật của bạn. Vui lòng kiểm tra xem khóa API và khóa bí mật có khớp nhau và đã được nhập đúng chưa.',
    },
    duplicate_request: {
      title: 'Yêu cầu bị trùng lặp',
      message:
        'MEXC nhận được yêu cầu này hai lần và yêu cầu đầu tiên có thể đã được xử lý. Vui lòng làm mới danh sách lệnh và vị thế trước khi gửi lại.',
    },
    account_read_permission_required: {
      title: 'Cần quyền đọc tài khoản',
      message: 'Khóa API của bạn không thể xem thông tin tài khoản. Vui lòng bật quyền đọc tài khoản cho khóa này trên MEXC.',
    },
    account_write_permission_required: {
      title: 'Cần quyền thay đổi tài khoản',
      message:
        'Khóa API của bạn không thể thay đổi tài khoản, chẳng hạn như điều chỉnh ký quỹ. Vui lòng bật quyền thay đổi tài khoản cho khóa này trên MEXC.',
    },
    trade_read_permission_required: {
      title: 'Cần quyền đọc giao dịch',
      message: 'Khóa API của bạn không thể xem lệnh và lịch sử giao dịch. Vui lòng bật quyền đọc giao dịch cho khóa này trên MEXC.',
    },
    trade_write_permission_required: {
      title: 'Cần quyền giao dịch',
      message: 'Khóa API của bạn không được phép đặt hoặc sửa lệnh. Vui lòng bật quyền giao dịch cho khóa này trên MEXC.',
    },
    account_not_found: {
      title: 'Chưa có tài khoản Futures',
      message: 'Bạn chưa có tài khoản Futures trên MEXC. Vui lòng mở tài khoản Futures để bắt đầu giao dịch hợp đồng.',
    },
    contract_not_found: {
      title: 'Không tìm thấy hợp đồng',
      message: 'Hợp đồng Futures này không tồn tại trên MEXC. Vui lòng kiểm tra mã hợp đồng và chọn hợp đồng khác.',
    },
    contract_not_activated: {
      title: 'Hợp đồng chưa mở giao dịch',
      message: 'Hợp đồng này hiện chưa mở giao dịch nên không thể đặt lệnh. Vui lòng chọn hợp đồng khác.',
    },
    risk_limit_level_invalid: {
      title: 'Lỗi bậc giới hạn rủi ro',
      message:
        'Bậc giới hạn rủi ro của vị thế này không hợp lệ. Vui lòng làm mới để kiểm tra giới hạn rủi ro, và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    amount_invalid: {
      title: 'Số lượng không hợp lệ',
      message: 'Sàn không chấp nhận số lượng này. Vui lòng điều chỉnh số lượng để nằm trong mức tối thiểu và tối đa cho phép.',
    },
    order_side_invalid: {
      title: 'Hướng lệnh không hợp lệ',
      message: 'Hướng của lệnh (mở hoặc đóng, Long hoặc Short) không hợp lệ. Vui lòng sửa lệnh và chọn đúng hướng.',
    },
    open_type_invalid: {
      title: 'Chế độ ký quỹ không hợp lệ',
      message: 'Chế độ ký quỹ của lệnh không hợp lệ. Vui lòng sửa lệnh và chọn ký quỹ chéo hoặc ký quỹ cô lập.',
    },
    buy_price_too_high: {
      title: 'Giá mua quá cao',
      message: 'Giá mua của bạn cao hơn mức giá tối đa được phép lúc này. Vui lòng điều chỉnh giá gần hơn với giá thị trường hiện tại.',
    },
    sell_price_too_low: {
      title: 'Giá bán quá thấp',
      message: 'Giá bán của bạn thấp hơn mức giá tối thiểu được phép lúc này. Vui lòng điều chỉnh giá gần hơn với giá thị trường hiện tại.',
    },
    balance_insufficient: {
      title: 'Không đủ ký quỹ',
      message:
        'Tài khoản Futures của bạn không đủ ký quỹ khả dụng cho lệnh này. Vui lòng chuyển tiền vào tài khoản Futures, hoặc giảm số lượng lệnh hay đòn bẩy.',
    },
    leverage_invalid: {
      title: 'Đòn bẩy không được phép',
      message:
        'Mức đòn bẩy này không khả dụng cho hợp đồng này hoặc cho bậc giới hạn rủi ro của bạn. Vui lòng điều chỉnh đòn bẩy về mức được phép.',
    },
    order_price_invalid: {
      title: 'Giá đặt lệnh không hợp lệ',
      message: 'Sàn không chấp nhận giá đặt lệnh này. Vui lòng điều chỉnh giá rồi đặt lại lệnh.',
    },
    closable_quantity_insufficient: {
      title: 'Không đủ số lượng để đóng',
      message: 'Số lượng muốn đóng lớn hơn số lượng có thể đóng của vị thế. Vui lòng làm mới vị thế rồi giảm số lượng.',
    },
    position_not_found: {
      title: 'Không tìm thấy vị thế',
      message: 'Vị thế này không tồn tại hoặc đã được đóng. Vui lòng làm mới để xem các vị thế hiện tại.',
    },
    order_quantity_invalid: {
      title: 'Số lượng lệnh không hợp lệ',
      message:
        'Số lượng không hợp lệ. Trên MEXC Futures, số lượng được tính bằng số hợp đồng, không phải số lượng tiền mã hóa. Vui lòng điều chỉnh số hợp đồng.',
    },
    cancel_limit_exceeded: {
      title: 'Quá nhiều lệnh cần hủy',
      message: 'Bạn đã yêu cầu hủy cùng lúc nhiều lệnh hơn mức MEXC cho phép. Vui lòng chia thành các lô nhỏ hơn rồi hủy lại.',
    },
    batch_order_limit_exceeded: {
      title: 'Quá nhiều lệnh trong một lô',
      message: 'Lô này có nhiều lệnh hơn mức MEXC cho phép trong một lần. Vui lòng chia thành các lô nhỏ hơn.',
    },
    precision_invalid: {
      title: 'Quá nhiều chữ số thập phân',
      message:
        'Giá hoặc số lượng có nhiều chữ số thập phân hơn mức hợp đồng này cho phép. Vui lòng điều chỉnh giá và số lượng theo bước nhảy cho phép.',
    },
    plan_order_limit_exceeded: {
      title: 'Quá nhiều lệnh kích hoạt',
      message: 'Bạn đã đạt số lệnh kích hoạt đang mở tối đa. Vui lòng hủy bớt lệnh kích hoạt đang mở trước khi đặt lệnh mới.',
    },
    margin_removal_exceeded: {
      title: 'Không thể giảm nhiều ký quỹ như vậy',
      message: 'Bạn đang muốn giảm nhiều ký quỹ hơn mức vị thế này có thể giải phóng. Vui lòng điều chỉnh ký quỹ về số tiền nhỏ hơn.',
    },
    open_orders_active: {
      title: 'Vẫn còn lệnh đang mở',
      message: 'Hợp đồng này vẫn còn lệnh đang mở của bạn, nên chưa thể thực hiện thay đổi này. Vui lòng hủy các lệnh đang mở rồi thử lại.',
    },
    leverage_mismatch: {
      title: 'Đòn bẩy khác với vị thế',
      message: 'Đòn bẩy của lệnh không khớp với đòn bẩy của vị thế hiện có. Vui lòng điều chỉnh đòn bẩy cho khớp với vị thế.',
    },
    position_type_invalid: {
      title: 'Chiều vị thế không hợp lệ',
      message: 'Chiều vị thế (Long hoặc Short) không hợp lệ. Vui lòng sửa lệnh và chọn đúng chiều.',
    },
    positions_over_max_leverage: {
      title: 'Đòn bẩy vị thế vượt mức của bậc mới',
      message:
        'Một vị thế đang mở dùng đòn bẩy cao hơn mức bậc giới hạn rủi ro mới cho phép. Vui lòng giảm đòn bẩy hoặc giảm quy mô vị thế đó trước.',
    },
    orders_over_max_leverage: {
      title: 'Đòn bẩy của lệnh vượt mức của bậc mới',
      message:
        'Một số lệnh đang mở dùng đòn bẩy cao hơn mức bậc giới hạn rủi ro mới cho phép. Vui lòng hủy các lệnh đó hoặc giảm đòn bẩy trước.',
    },
    position_limit_exceeded: {
      title: 'Vị thế quá lớn so với bậc mới',
      message: 'Vị thế hiện tại của bạn lớn hơn mức bậc giới hạn rủi ro mới cho phép. Vui lòng giảm quy mô vị thế trước.',
    },
    cross_leverage_change_unsupported: {
      title: 'Không thể đổi đòn bẩy ký quỹ chéo',
      message: 'Không thể thay đổi đòn bẩy theo cách này khi dùng ký quỹ chéo. Vui lòng sửa lệnh, hoặc dùng ký quỹ cô lập để đặt đòn bẩy.',
    },
    margin_mode_conflict: {
      title: 'Không thể dùng chung ký quỹ chéo và cô lập',
      message:
        'Mỗi chiều của một hợp đồng chỉ được dùng một chế độ ký quỹ: chéo hoặc cô lập. Vui lòng sửa lệnh để dùng đúng chế độ ký quỹ của vị thế.',
    },
    order_quantity_over_max: {
      title: 'Số lượng lệnh quá lớn',
      message: 'Lệnh này lớn hơn mức tối đa cho phép của một lệnh. Vui lòng giảm số lượng hoặc chia thành nhiều lệnh nhỏ hơn.',
    },
    order_type_invalid: {
      title: 'Loại lệnh không hợp lệ',
      message:
        'Loại lệnh này không được chấp nhận ở đây. Vui lòng sửa lệnh và chọn một loại được hỗ trợ, chẳng hạn lệnh giới hạn hoặc lệnh thị trường.',
    },
    external_order_id_too_long: {
      title: 'ID lệnh tùy chỉnh quá dài',
      message: 'ID lệnh tùy chỉnh chỉ được tối đa 32 ký tự. Vui lòng sửa lệnh và rút ngắn ID.',
    },
    risk_limit_exceeded: {
      title: 'Vượt giới hạn rủi ro',
      message:
        'Lệnh này sẽ khiến vị thế của bạn vượt quá mức giới hạn rủi ro hiện tại cho phép. Vui lòng giảm số lượng lệnh hoặc giảm đòn bẩy.',
    },
    price_below_long_liquidation: {
      title: 'Giá thấp hơn giá thanh lý',
      message: 'Giá đặt lệnh thấp hơn giá thanh lý của vị thế Long. Vui lòng điều chỉnh giá lên cao hơn giá thanh lý.',
    },
    price_above_short_liquidation: {
      title: 'Giá cao hơn giá thanh lý',
      message: 'Giá đặt lệnh cao hơn giá thanh lý của vị thế Short. Vui lòng điều chỉnh giá xuống thấp hơn giá thanh lý.',
    },
    batch_query_limit_exceeded: {
      title: 'Tra cứu quá nhiều lệnh một lúc',
      message: 'Lần tra cứu này yêu cầu nhiều lệnh hơn mức MEXC cho phép trong một lần. Vui lòng chia thành các lô nhỏ hơn.',
    },
    market_price_tier_unsupported: {
      title: 'Loại lệnh thị trường không được hỗ trợ',
      message: 'Loại lệnh thị trường này không được hỗ trợ cho hợp đồng này. Vui lòng sửa lệnh, chẳng hạn dùng lệnh giới hạn thay thế.',
    },
    trigger_price_type_invalid: {
      title: 'Loại giá kích hoạt không hợp lệ',
      message: 'Loại giá kích hoạt không hợp lệ. Vui lòng sửa lệnh và chọn giá gần nhất, giá hợp lý hoặc giá chỉ số.',
    },
    trigger_type_invalid: {
      title: 'Điều kiện kích hoạt không hợp lệ',
      message: 'Điều kiện kích hoạt không hợp lệ. Vui lòng sửa lệnh và chọn kích hoạt khi giá tăng hay giảm đến giá kích hoạt.',
    },
    execution_cycle_invalid: {
      title: 'Thời hạn hiệu lực không hợp lệ',
      message:
        'Thời hạn hiệu lực của lệnh kích hoạt không hợp lệ. Vui lòng sửa lệnh và chọn thời hạn được phép, chẳng hạn 24 giờ hoặc 7 ngày.',
    },
    trigger_price_invalid: {
      title: 'Giá kích hoạt không hợp lệ',
      message: 'Sàn không chấp nhận giá kích hoạt này. Vui lòng đối chiếu với giá thị trường hiện tại và điều chỉnh lại.',
    },
    currency_unsupported: {
      title: 'Loại tiền không được hỗ trợ',
      message: 'Loại tiền này không được hỗ trợ ở đây. Vui lòng sửa lệnh và chọn loại tiền được hỗ trợ.',
    },
    open_orders_over_limit: {
      title: 'Quá nhiều lệnh',
      message: 'Bạn đã đạt số lệnh tối đa. Vui lòng hủy bớt lệnh đang mở, hoặc liên hệ bộ phận hỗ trợ nếu cần hạn mức cao hơn.',
    },
    trading_too_frequent: {
      title: 'Giao dịch quá nhanh',
      message: 'Bạn đang đặt lệnh quá nhanh. Vui lòng chờ một lát rồi thử lại.',
    },
    position_quantity_over_max: {
      title: 'Đã đạt quy mô vị thế tối đa',
      message:
        'Lệnh này sẽ khiến vị thế của bạn vượt quá quy mô tối đa cho phép. Vui lòng giảm số lượng lệnh, hoặc liên hệ bộ phận hỗ trợ về hạn mức cao hơn.',
    },
    tpsl_price_missing: {
      title: 'Nhập giá chốt lời hoặc cắt lỗ',
      message: 'Không thể để trống cả chốt lời và cắt lỗ. Vui lòng nhập giá chốt lời, giá cắt lỗ hoặc cả hai.',
    },
    tpsl_order_not_found: {
      title: 'Không tìm thấy lệnh TP/SL',
      message: 'Lệnh TP/SL này không còn tồn tại hoặc đã được đóng. Vui lòng làm mới để xem các lệnh hiện tại.',
    },
    tpsl_price_invalid: {
      title: 'Giá TP/SL không hợp lệ',
      message:
        'Giá TP/SL không hợp lệ. Với vị thế Long, giá chốt lời phải cao hơn và giá cắt lỗ phải thấp hơn giá hiện tại; với vị thế Short thì ngược lại. Vui lòng điều chỉnh giá.',
    },
    tpsl_volume_over_position: {
      title: 'Số lượng TP/SL vượt quá vị thế',
      message: 'Tổng số lượng các lệnh TP/SL lớn hơn số lượng có thể đóng của vị thế. Vui lòng giảm số lượng TP/SL cho phù hợp với vị thế.',
    },
    trading_forbidden: {
      title: 'Giao dịch bị vô hiệu hóa',
      message:
        'Chức năng giao dịch trên tài khoản của bạn đã bị vô hiệu hóa. Vui lòng liên hệ bộ phận hỗ trợ để biết lý do và cách khôi phục.',
    },
    opening_forbidden: {
      title: 'Không thể mở vị thế mới',
      message:
        'Tài khoản của bạn hiện không thể mở vị thế mới, nhưng vẫn có thể đóng các vị thế hiện có. Vui lòng liên hệ bộ phận hỗ trợ để biết chi tiết.',
    },
    time_range_invalid: {
      title: 'Khoảng thời gian không hợp lệ',
      message: 'Khoảng thời gian đã chọn không được chấp nhận. Vui lòng làm mới và chọn khoảng thời gian ngắn hơn.',
    },
    pair_and_status_required: {
      title: 'Cần chọn hợp đồng và trạng thái',
      message: 'Danh sách này cần chọn cả hợp đồng và trạng thái lệnh mới tải được. Vui lòng làm mới và chọn cả hai.',
    },
    pair_unavailable: {
      title: 'Hợp đồng không khả dụng',
      message: 'Hợp đồng này hiện không mở giao dịch. Vui lòng chọn hợp đồng khác.',
    },
    order_not_found: {
      title: 'Không tìm thấy lệnh',
      message: 'Lệnh này không tồn tại hoặc không còn mở. Vui lòng làm mới để xem các lệnh hiện tại.',
    },
    order_not_cancellable: {
      title: 'Không thể hủy lệnh',
      message: 'Lệnh này đã được khớp hoặc đã bị hủy, nên không thể hủy nữa. Vui lòng làm mới để xem trạng thái hiện tại của lệnh.',
    },
    service_unavailable: {
      title: 'Sàn tạm thời không khả dụng',
      message: 'MEXC tạm thời không khả dụng. Vui lòng chờ một lát rồi thử lại.',
    },
    gateway_timeout: {
      title: 'Sàn không phản hồi kịp',
      message:
        'MEXC phản hồi quá chậm nên chưa rõ lệnh của bạn đã được đặt hay chưa. Vui lòng làm mới danh sách lệnh trước, rồi mới thử lại sau.',
    },
    request_rejected: {
      title: 'Yêu cầu bị từ chối',
      message: 'MEXC đã từ chối yêu cầu này mà không nêu lý do. Vui lòng thử lại sau và liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
    },
    maintenance: {
      title: 'Sàn đang bảo trì',
      message:
        'MEXC đang bảo trì hệ thống nên chưa thể xử lý yêu cầu này. Vui lòng xem thông báo của MEXC để biết khi nào bảo trì kết thúc, rồi thử lại.',
    },
    risk_limit_change_retired: {
      title: 'Giới hạn rủi ro nay được điều chỉnh tự động',
      message:
        'MEXC không còn cho phép thay đổi giới hạn rủi ro thủ công nên thay đổi này không được thực hiện: giới hạn rủi ro nay tự động theo quy mô vị thế của bạn. Vui lòng làm mới để xem giới hạn rủi ro hiện tại.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
