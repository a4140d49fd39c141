import type { CommonTexts } from '../../core/text/messages.js';

/** Korean: the kit's UI strings, action labels and the texts of failures without a known code. */
export default {
  ui: {
    regionLabel: '알림',
    dismiss: '닫기',
    codeBadge: '코드 {code}',
    details: '상세 정보',
    serverMessage: '서버 메시지',
    time: '시간',
    copyDetails: '상세 정보 복사',
    copied: '복사됨',
    repeatCount: '×{count}',
    tryAgain: '다시 시도',
    severityInfo: '안내',
    severityWarning: '경고',
    severityError: '오류',
    severityCritical: '심각',
    overflowTitle: {
      other: '추가 알림 {count}개',
    },
    overflowMessage: '알림이 한꺼번에 너무 많이 와서 하나씩 표시할 수 없어요. 놓친 내용이 없도록 주문과 포지션을 확인해 주세요.',
  },
  actions: {
    transfer_funds: '자금 이체',
    deposit: '입금',
    reduce_size: '수량 줄이기',
    lower_leverage: '레버리지 낮추기',
    renew_api_key: 'API 키 재발급',
    check_api_key: 'API 키 확인',
    whitelist_ip: 'IP 화이트리스트 추가',
    enable_permission: '권한 활성화',
    sync_clock: '시간 동기화',
    retry: '다시 시도',
    retry_later: '나중에 다시 시도',
    refresh: '새로고침',
    cancel_open_orders: '미체결 주문 취소',
    adjust_price: '가격 조정',
    adjust_quantity: '수량 조정',
    adjust_leverage: '레버리지 조정',
    edit_order: '주문 수정',
    choose_contract: '계약 선택',
    open_futures_account: '선물 계정 개설',
    adjust_margin: '증거금 조정',
    split_batch: '나눠서 처리',
    contact_support: '고객센터 문의',
    check_connection: '연결 확인',
  },
  general: {
    unknown_code: {
      title: '알 수 없는 오류(코드 {code})',
      message: 'MEXC가 이 앱에서 인식할 수 없는 오류를 보냈어요. 나중에 다시 시도하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    network_error: {
      title: 'MEXC 연결 실패',
      message: 'MEXC에서 응답이 오지 않아 주문이 접수됐는지 알 수 없어요. 먼저 연결 상태와 주문 내역을 확인한 뒤 다시 시도해 주세요.',
    },
    timeout: {
      title: '요청 시간 초과',
      message:
        'MEXC가 제시간에 응답하지 않았지만 주문은 이미 처리됐을 수 있어요. 먼저 주문 내역을 새로고침해 확인한 뒤 다시 시도해 주세요.',
    },
    aborted: {
      title: '요청 취소됨',
      message: '요청이 끝나기 전에 취소됐어요. 아직 필요하면 다시 시도해 주세요.',
    },
    http_error: {
      title: '예상치 못한 MEXC 응답',
      message: 'MEXC가 예상치 못한 오류 페이지(HTTP {status})로 응답했어요. 나중에 다시 시도하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
    http_forbidden: {
      title: '접속 차단됨',
      message:
        'MEXC가 이 연결을 차단했어요. 주로 접속 지역, VPN 또는 IP 주소 때문이에요. 연결이나 VPN 설정을 확인하거나 고객센터에 문의해 주세요.',
    },
    http_rate_limited: {
      title: '요청이 너무 많음',
      message: 'MEXC가 이 연결에서 보내는 요청을 제한하고 있어요. 잠시 기다린 뒤 다시 시도해 주세요.',
    },
    http_server_error: {
      title: '거래소 서버 오류',
      message:
        'MEXC 서버가 오류(HTTP {status})를 반환했지만 주문은 이미 처리됐을 수 있어요. 먼저 주문 내역을 새로고침해 확인한 뒤 나중에 다시 시도해 주세요.',
    },
    websocket_error: {
      title: '실시간 데이터 끊김',
      message: '실시간 시세와 포지션 데이터에 오류가 생겨 화면의 정보가 최신이 아닐 수 있어요. 새로고침해 다시 연결해 주세요.',
    },
    unknown_error: {
      title: '문제가 발생함',
      message: '예상치 못한 오류가 발생했어요. 다시 시도하고, 계속 발생하면 고객센터에 문의해 주세요.',
    },
  },
} satisfies CommonTexts;
