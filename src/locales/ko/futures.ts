import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Korean: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: '완료',
      message: '요청이 정상적으로 처리됐어요.',
    },
    public_error: {
      title: '거래소 오류',
      message: 'MEXC에 문제가 생겨 이 요청을 완료하지 못했어요. 나중에 다시 시도하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    internal_error: {
      title: '거래소 오류, 결과 확인 필요',
      message:
        'MEXC 내부 오류가 발생했지만 주문은 이미 처리됐을 수 있어요. 먼저 주문과 포지션을 새로고침해 확인한 뒤 나중에 다시 시도해 주세요.',
    },
    system_busy: {
      title: '거래소 혼잡',
      message: '지금 MEXC에 요청이 몰리고 있어요. 잠시 기다린 뒤 다시 시도해 주세요.',
    },
    unauthorized: {
      title: 'API 키 인증 실패',
      message: 'MEXC가 API 키를 받아들이지 않았어요. API 키와 시크릿 키가 올바르게 입력됐는지, 키가 삭제되지 않았는지 확인해 주세요.',
    },
    api_key_expired: {
      title: 'API 키 만료',
      message:
        '이 API 키는 만료됐어요. IP 주소를 등록하지 않은 키는 90일이 지나면 만료돼요. MEXC에서 새 API 키를 만들어 여기에 등록해 주세요.',
    },
    ip_not_whitelisted: {
      title: '허용되지 않은 IP 주소',
      message: '이 API 키는 현재 IP 주소에서 보낸 요청을 받지 않아요. MEXC에서 이 IP 주소를 키의 화이트리스트에 추가해 주세요.',
    },
    unknown_request_source: {
      title: '요청 출처 확인 불가',
      message: 'MEXC가 이 요청의 출처를 확인하지 못했어요. API 키 설정을 확인하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    rate_limited: {
      title: '요청이 너무 많음',
      message: 'MEXC가 허용하는 속도보다 빠르게 요청을 보내고 있어요. 몇 초 기다린 뒤 다시 시도해 주세요.',
    },
    endpoint_inaccessible: {
      title: '이 API 키로는 할 수 없는 작업',
      message: 'API 키나 계정에 이 작업을 할 권한이 없어요. API 키에서 필요한 권한을 활성화하거나 고객센터에 문의해 주세요.',
    },
    request_time_invalid: {
      title: '기기 시간 불일치',
      message: '기기 시간이 MEXC 서버 시간보다 2초 넘게 빠르거나 10초 넘게 느려요. 시간을 동기화한 뒤 다시 시도해 주세요.',
    },
    parameter_error: {
      title: '주문 정보 오류',
      message: '주문에 거래소가 허용하지 않는 값이 있어요. 가격, 수량 등 설정을 확인한 뒤 주문을 수정해 주세요.',
    },
    data_decoding_error: {
      title: '요청을 읽을 수 없음',
      message: 'MEXC가 이 앱이 보낸 내용을 읽지 못했어요. 주문이 아니라 앱의 문제이니, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    signature_invalid: {
      title: 'API 키 서명 검증 실패',
      message: 'MEXC가 시크릿 키로 이 요청을 검증하지 못했어요. API 키와 시크릿 키가 서로 맞는지, 올바르게 입력됐는지 확인해 주세요.',
    },
    duplicate_request: {
      title: '중복 요청',
      message:
        'MEXC가 같은 요청을 두 번 받았고, 첫 번째 요청은 이미 처리됐을 수 있어요. 먼저 주문과 포지션을 새로고침해 확인한 뒤 다시 보낼지 결정해 주세요.',
    },
    account_read_permission_required: {
      title: '계정 읽기 권한 필요',
      message: '이 API 키로는 계정 정보를 볼 수 없어요. MEXC에서 이 키의 계정 읽기 권한을 활성화해 주세요.',
    },
    account_write_permission_required: {
      title: '계정 쓰기 권한 필요',
      message: '이 API 키로는 증거금 조정 같은 계정 변경을 할 수 없어요. MEXC에서 이 키의 계정 쓰기 권한을 활성화해 주세요.',
    },
    trade_read_permission_required: {
      title: '거래 읽기 권한 필요',
      message: '이 API 키로는 주문과 체결 내역을 볼 수 없어요. MEXC에서 이 키의 거래 읽기 권한을 활성화해 주세요.',
    },
    trade_write_permission_required: {
      title: '거래 권한 필요',
      message: '이 API 키로는 주문을 넣거나 변경할 수 없어요. MEXC에서 이 키의 거래 권한을 활성화해 주세요.',
    },
    account_not_found: {
      title: '선물 계정 없음',
      message: '아직 MEXC 선물 계정이 없어요. 선물 계약 거래를 시작하려면 먼저 선물 계정을 개설해 주세요.',
    },
    contract_not_found: {
      title: '계약을 찾을 수 없음',
      message: 'MEXC에 없는 선물 계약이에요. 심볼을 확인하고 다른 계약을 선택해 주세요.',
    },
    contract_not_activated: {
      title: '거래할 수 없는 계약',
      message: '지금은 거래할 수 없는 계약이라 주문할 수 없어요. 다른 계약을 선택해 주세요.',
    },
    risk_limit_level_invalid: {
      title: '리스크 한도 단계 오류',
      message: '이 포지션의 리스크 한도 단계가 유효하지 않아요. 새로고침해 리스크 한도를 확인하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    amount_invalid: {
      title: '잘못된 금액',
      message: '거래소가 이 금액을 허용하지 않아요. 허용된 최소·최대 범위 안으로 수량을 조정해 주세요.',
    },
    order_side_invalid: {
      title: '잘못된 주문 방향',
      message: '주문 방향(진입 또는 종료, 롱 또는 숏)이 유효하지 않아요. 주문을 수정해 올바른 방향을 선택해 주세요.',
    },
    open_type_invalid: {
      title: '잘못된 마진 모드',
      message: '주문의 마진 모드가 유효하지 않아요. 주문을 수정해 교차 마진 또는 격리 마진을 선택해 주세요.',
    },
    buy_price_too_high: {
      title: '매수 가격이 너무 높음',
      message: '매수 가격이 지금 허용되는 최고 가격보다 높아요. 현재 시장 가격에 가깝게 가격을 조정해 주세요.',
    },
    sell_price_too_low: {
      title: '매도 가격이 너무 낮음',
      message: '매도 가격이 지금 허용되는 최저 가격보다 낮아요. 현재 시장 가격에 가깝게 가격을 조정해 주세요.',
    },
    balance_insufficient: {
      title: '증거금 부족',
      message:
        '이 주문을 넣기에는 선물 계정의 사용 가능 증거금이 부족해요. 선물 계정으로 자금을 이체하거나, 주문 수량을 줄이거나 레버리지를 낮춰 주세요.',
    },
    leverage_invalid: {
      title: '허용되지 않는 레버리지',
      message: '이 계약이나 현재 리스크 한도 단계에서는 이 레버리지를 쓸 수 없어요. 허용되는 값으로 레버리지를 조정해 주세요.',
    },
    order_price_invalid: {
      title: '잘못된 주문 가격',
      message: '거래소가 이 주문 가격을 허용하지 않아요. 가격을 조정한 뒤 다시 주문해 주세요.',
    },
    closable_quantity_insufficient: {
      title: '종료 가능 수량 부족',
      message: '종료 수량이 포지션의 종료 가능 수량보다 많아요. 포지션을 새로고침한 뒤 수량을 줄여 주세요.',
    },
    position_not_found: {
      title: '포지션을 찾을 수 없음',
      message: '이 포지션은 없거나 이미 종료됐어요. 새로고침해 현재 포지션을 확인해 주세요.',
    },
    order_quantity_invalid: {
      title: '잘못된 주문 수량',
      message: '수량이 유효하지 않아요. MEXC 선물의 수량은 코인 개수가 아니라 계약 수 기준이에요. 계약 수를 조정해 주세요.',
    },
    cancel_limit_exceeded: {
      title: '취소할 주문이 너무 많음',
      message: 'MEXC가 한 번에 허용하는 것보다 많은 주문을 취소하려고 했어요. 더 작은 묶음으로 나눠 다시 취소해 주세요.',
    },
    batch_order_limit_exceeded: {
      title: '일괄 주문 수 초과',
      message: '이 묶음에는 MEXC가 한 번에 허용하는 것보다 많은 주문이 들어 있어요. 더 작은 묶음으로 나눠 주세요.',
    },
    precision_invalid: {
      title: '소수점 자릿수 초과',
      message: '가격이나 수량의 소수점 자릿수가 이 계약에서 허용하는 것보다 많아요. 허용된 단위에 맞게 가격과 수량을 조정해 주세요.',
    },
    plan_order_limit_exceeded: {
      title: '트리거 주문 수 초과',
      message: '미체결 트리거 주문이 최대 개수에 도달했어요. 일부 트리거 주문을 취소한 뒤 새로 주문해 주세요.',
    },
    margin_removal_exceeded: {
      title: '증거금 감소 한도 초과',
      message: '이 포지션에서 줄일 수 있는 것보다 많은 증거금을 줄이려고 했어요. 더 적은 금액으로 증거금을 조정해 주세요.',
    },
    open_orders_active: {
      title: '미체결 주문 있음',
      message: '이 계약에 미체결 주문이 있어 아직 이 설정을 바꿀 수 없어요. 미체결 주문을 취소한 뒤 다시 시도해 주세요.',
    },
    leverage_mismatch: {
      title: '포지션과 다른 레버리지',
      message: '주문의 레버리지가 기존 포지션의 레버리지와 달라요. 포지션과 같아지도록 레버리지를 조정해 주세요.',
    },
    position_type_invalid: {
      title: '잘못된 포지션 방향',
      message: '포지션 방향(롱 또는 숏)이 유효하지 않아요. 주문을 수정해 올바른 방향을 선택해 주세요.',
    },
    positions_over_max_leverage: {
      title: '포지션 레버리지 단계 한도 초과',
      message:
        '보유 중인 포지션의 레버리지가 새 리스크 한도 단계에서 허용하는 것보다 높아요. 먼저 레버리지를 낮추거나 포지션 규모를 줄여 주세요.',
    },
    orders_over_max_leverage: {
      title: '주문 레버리지 단계 한도 초과',
      message:
        '일부 미체결 주문의 레버리지가 새 리스크 한도 단계에서 허용하는 것보다 높아요. 먼저 해당 주문을 취소하거나 레버리지를 낮춰 주세요.',
    },
    position_limit_exceeded: {
      title: '포지션 규모 단계 한도 초과',
      message: '현재 포지션이 새 리스크 한도 단계에서 허용하는 규모보다 커요. 먼저 포지션 규모를 줄여 주세요.',
    },
    cross_leverage_change_unsupported: {
      title: '교차 마진 레버리지 변경 불가',
      message: '교차 마진에서는 이 방식으로 레버리지를 바꿀 수 없어요. 주문을 수정하거나, 격리 마진으로 바꿔 레버리지를 설정해 주세요.',
    },
    margin_mode_conflict: {
      title: '교차·격리 마진 혼용 불가',
      message:
        '한 계약의 같은 방향에서는 교차와 격리 중 한 가지 마진 모드만 쓸 수 있어요. 주문을 수정해 보유 포지션과 같은 마진 모드를 사용해 주세요.',
    },
    order_quantity_over_max: {
      title: '주문 수량이 너무 큼',
      message: '이 주문은 1회 주문 최대 수량을 넘어요. 수량을 줄이거나 여러 개의 작은 주문으로 나눠 주세요.',
    },
    order_type_invalid: {
      title: '잘못된 주문 유형',
      message: '여기서는 이 주문 유형을 쓸 수 없어요. 주문을 수정해 지정가나 시장가 같은 지원되는 유형을 선택해 주세요.',
    },
    external_order_id_too_long: {
      title: '사용자 지정 주문 ID 길이 초과',
      message: '사용자 지정 주문 ID 길이는 최대 32자예요. 주문을 수정해 ID 길이를 줄여 주세요.',
    },
    risk_limit_exceeded: {
      title: '리스크 한도 초과',
      message: '이 주문이 체결되면 포지션이 현재 리스크 한도를 넘게 돼요. 주문 수량을 줄이거나 레버리지를 낮춰 주세요.',
    },
    price_below_long_liquidation: {
      title: '청산 가격보다 낮은 주문 가격',
      message: '주문 가격이 롱 포지션의 청산 가격보다 낮아요. 청산 가격보다 높게 가격을 조정해 주세요.',
    },
    price_above_short_liquidation: {
      title: '청산 가격보다 높은 주문 가격',
      message: '주문 가격이 숏 포지션의 청산 가격보다 높아요. 청산 가격보다 낮게 가격을 조정해 주세요.',
    },
    batch_query_limit_exceeded: {
      title: '한 번에 조회할 주문이 너무 많음',
      message: '이 조회는 MEXC가 한 번에 허용하는 것보다 많은 주문을 요청해요. 더 작은 묶음으로 나눠 주세요.',
    },
    market_price_tier_unsupported: {
      title: '지원되지 않는 시장가 주문',
      message: '이 계약에서는 이런 종류의 시장가 주문을 지원하지 않아요. 주문을 수정해 지정가 주문 등을 사용해 주세요.',
    },
    trigger_price_type_invalid: {
      title: '잘못된 트리거 가격 유형',
      message: '트리거 가격 유형이 유효하지 않아요. 주문을 수정해 최근 체결가, 공정 가격, 인덱스 가격 중 하나를 선택해 주세요.',
    },
    trigger_type_invalid: {
      title: '잘못된 트리거 조건',
      message: '트리거 조건이 유효하지 않아요. 주문을 수정해 가격이 트리거 가격까지 오를 때와 내릴 때 중 언제 실행할지 선택해 주세요.',
    },
    execution_cycle_invalid: {
      title: '잘못된 유효 기간',
      message: '트리거 주문의 유효 기간이 올바르지 않아요. 주문을 수정해 24시간이나 7일 같은 허용된 기간을 선택해 주세요.',
    },
    trigger_price_invalid: {
      title: '잘못된 트리거 가격',
      message: '거래소가 이 트리거 가격을 허용하지 않아요. 현재 시장 가격과 비교해 트리거 가격을 조정해 주세요.',
    },
    currency_unsupported: {
      title: '지원되지 않는 통화',
      message: '여기서는 이 통화를 지원하지 않아요. 주문을 수정해 지원되는 통화를 선택해 주세요.',
    },
    open_orders_over_limit: {
      title: '주문 수 한도 도달',
      message: '주문 수가 최대치에 도달했어요. 일부 미체결 주문을 취소하거나, 한도를 늘려야 하면 고객센터에 문의해 주세요.',
    },
    trading_too_frequent: {
      title: '주문 속도가 너무 빠름',
      message: '주문을 너무 빠르게 넣고 있어요. 잠시 기다린 뒤 다시 시도해 주세요.',
    },
    position_quantity_over_max: {
      title: '최대 포지션 규모 도달',
      message: '이 주문으로 포지션이 허용된 최대 규모를 넘게 돼요. 주문 수량을 줄이거나, 한도 상향은 고객센터에 문의해 주세요.',
    },
    tpsl_price_missing: {
      title: '익절 또는 손절 가격 필요',
      message: '익절과 손절을 모두 비워 둘 수는 없어요. 익절 가격이나 손절 가격, 또는 둘 다 입력해 주세요.',
    },
    tpsl_order_not_found: {
      title: 'TP/SL 주문을 찾을 수 없음',
      message: '이 TP/SL 주문은 더 이상 없거나 이미 완료됐어요. 새로고침해 현재 주문을 확인해 주세요.',
    },
    tpsl_price_invalid: {
      title: '잘못된 TP/SL 가격',
      message: 'TP/SL 가격이 유효하지 않아요. 롱은 익절을 현재 가격보다 높게, 손절을 낮게 두고 숏은 그 반대예요. 가격을 조정해 주세요.',
    },
    tpsl_volume_over_position: {
      title: 'TP/SL 수량이 포지션 초과',
      message: 'TP/SL 주문 수량의 합이 포지션의 종료 가능 수량보다 많아요. 포지션에 맞게 TP/SL 수량을 줄여 주세요.',
    },
    trading_forbidden: {
      title: '거래 비활성화됨',
      message: '이 계정은 거래가 비활성화됐어요. 이유와 복구 방법은 고객센터에 문의해 주세요.',
    },
    opening_forbidden: {
      title: '신규 포지션 진입 제한',
      message: '지금은 이 계정으로 새 포지션에 진입할 수 없지만 기존 포지션은 종료할 수 있어요. 자세한 내용은 고객센터에 문의해 주세요.',
    },
    time_range_invalid: {
      title: '잘못된 조회 기간',
      message: '선택한 기간으로는 조회할 수 없어요. 새로고침한 뒤 더 짧은 기간을 선택해 주세요.',
    },
    pair_and_status_required: {
      title: '계약과 상태 선택 필요',
      message: '이 목록을 불러오려면 계약과 주문 상태가 모두 필요해요. 새로고침한 뒤 두 가지를 모두 선택해 주세요.',
    },
    pair_unavailable: {
      title: '이용할 수 없는 계약',
      message: '이 계약은 지금 거래할 수 없어요. 다른 계약을 선택해 주세요.',
    },
    order_not_found: {
      title: '주문을 찾을 수 없음',
      message: '이 주문은 없거나 더 이상 미체결 상태가 아니에요. 새로고침해 현재 주문을 확인해 주세요.',
    },
    order_not_cancellable: {
      title: '취소할 수 없는 주문',
      message: '이 주문은 이미 체결됐거나 취소돼서 지금은 취소할 수 없어요. 새로고침해 현재 상태를 확인해 주세요.',
    },
    service_unavailable: {
      title: '거래소 이용 불가',
      message: 'MEXC를 일시적으로 이용할 수 없어요. 잠시 기다린 뒤 다시 시도해 주세요.',
    },
    gateway_timeout: {
      title: '거래소 응답 시간 초과',
      message: 'MEXC 응답이 너무 늦어 주문이 접수됐는지 알 수 없어요. 먼저 주문 내역을 새로고침해 확인한 뒤 나중에 다시 시도해 주세요.',
    },
    request_rejected: {
      title: '요청 거부됨',
      message: 'MEXC가 이유를 알리지 않고 이 요청을 거부했어요. 나중에 다시 시도하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    maintenance: {
      title: '거래소 점검 중',
      message: 'MEXC가 시스템 점검 중이라 지금은 이 요청을 처리할 수 없어요. MEXC 공지에서 점검 종료 시간을 확인한 뒤 다시 시도해 주세요.',
    },
    risk_limit_change_retired: {
      title: '리스크 한도 자동 조정으로 변경',
      message:
        'MEXC에서 리스크 한도 수동 변경을 더 이상 지원하지 않아 이번 변경은 적용되지 않았어요. 이제 리스크 한도는 포지션 규모에 따라 자동으로 조정돼요. 새로고침해 현재 리스크 한도를 확인해 주세요.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
