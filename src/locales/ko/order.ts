import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Korean: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: '주문에 문제 없음',
      message: 'MEXC가 이 주문에 대해 알린 오류가 없어 따로 조치할 필요가 없어요.',
    },
    param_invalid: {
      title: '주문 거부: 잘못된 주문 정보',
      message:
        '주문 정보 중 하나가 유효하지 않아 MEXC가 이 주문을 거부했어요. 가격, 수량, 레버리지를 확인하고 주문을 수정해 다시 넣어 주세요.',
    },
    insufficient_balance: {
      title: '주문 거부: 증거금 부족',
      message:
        '선물 계정의 사용 가능 증거금이 부족해 이 주문이 거부됐어요. 선물 계정으로 자금을 이체(필요하면 먼저 입금)하거나, 주문 수량을 줄이거나 레버리지를 낮춰 주세요.',
    },
    position_not_exists: {
      title: '종료 주문 거부: 포지션 없음',
      message:
        '이 종료 주문은 종료할 포지션을 찾지 못해 거부됐어요. 포지션이 이미 종료됐을 수 있어요. 포지션을 새로고침해 아직 남아 있는 포지션을 확인해 주세요.',
    },
    position_not_enough: {
      title: '종료 주문 거부: 수량 초과',
      message:
        '이 종료 주문의 수량이 포지션의 종료 가능 수량보다 많아 거부됐어요(수량 일부가 이미 다른 종료 주문에 묶여 있을 수 있어요). 포지션을 새로고침하고 수량을 줄여 주세요.',
    },
    position_liquidated: {
      title: '주문 무효: 포지션 강제 청산',
      message:
        '포지션이 강제 청산돼 이 주문은 더 이상 유효하지 않아요. 포지션을 새로고침해 남은 내용을 확인하고, 선물 계정의 증거금도 확인해 주세요.',
    },
    order_liquidated: {
      title: '강제 청산으로 처리된 주문',
      message: '이 주문은 강제 청산 과정에서 처리됐어요. 포지션을 새로고침해 남은 내용을 확인하고, 선물 계정의 증거금도 확인해 주세요.',
    },
    risk_level_limit: {
      title: '주문 거부: 리스크 한도 초과',
      message:
        '이 주문이 체결되면 포지션이 해당 레버리지의 리스크 한도를 넘게 돼서 거부됐어요. 주문 수량을 줄이거나 레버리지를 낮춰 주세요.',
    },
    system_cancel: {
      title: 'MEXC가 취소한 주문',
      message: 'MEXC 시스템이 이 주문을 취소했어요. 주문을 새로고침하고, 이유가 궁금하면 고객센터에 문의해 주세요.',
    },
    position_mode_mismatch: {
      title: '주문 거부: 포지션 모드 불일치',
      message: '이 주문이 계정의 포지션 모드(단방향 또는 헤지)와 맞지 않아 거부됐어요. 현재 모드에 맞게 주문을 수정한 뒤 다시 넣어 주세요.',
    },
    reduce_only_liquidated: {
      title: '감소 전용 주문 취소됨',
      message: '포지션이 강제 청산돼 이 감소 전용 주문이 취소됐어요. 포지션을 새로고침해 남은 내용을 확인해 주세요.',
    },
    contract_not_enabled: {
      title: '주문 거부: 거래할 수 없는 계약',
      message: '이 계약은 지금 거래할 수 없어 주문이 거부됐어요. 다른 계약을 선택해 주세요.',
    },
    delivery_cancel: {
      title: '계약 인도로 취소된 주문',
      message: '계약이 인도 시점에 도달해 이 미체결 주문이 취소됐어요. 주문과 포지션을 새로고침해 주세요.',
    },
    position_liquidated_cancel: {
      title: '주문 취소: 포지션 강제 청산',
      message: '포지션이 강제 청산돼 이 주문이 취소됐어요. 포지션과 주문을 새로고침해 주세요.',
    },
    adl_cancel: {
      title: '자동 디레버리징으로 주문 취소',
      message: '자동 디레버리징(ADL)으로 포지션이 줄어 이 주문이 취소됐어요. 포지션과 주문을 새로고침해 주세요.',
    },
    restricted_account_cancel: {
      title: '주문 취소: 계정 제한',
      message: '계정에 거래 제한이 걸려 이 주문이 취소됐어요. 이유는 고객센터에 문의해 주세요.',
    },
    funding_settlement_cancel: {
      title: '펀딩비 정산으로 취소된 주문',
      message: '이 주문은 펀딩비 정산 중에 취소됐어요. 정산이 끝난 뒤에도 필요하면 다시 주문해 주세요.',
    },
    position_margin_change_cancel: {
      title: '주문 취소: 포지션 증거금 변경',
      message: '레버리지 변경 등으로 포지션의 개시 증거금이 바뀌어 이 주문이 취소됐어요. 수량과 레버리지를 확인한 뒤 다시 주문해 주세요.',
    },
    ioc_cancel: {
      title: 'IOC 주문: 미체결 잔량 취소',
      message:
        'IOC(즉시 체결 또는 취소) 주문이라 바로 체결되지 않은 부분은 취소됐어요. 체결된 수량을 확인하고, 나머지가 필요하면 새로 주문해 주세요.',
    },
    fok_cancel: {
      title: 'FOK 주문 취소, 체결 없음',
      message:
        'FOK(전량 체결 또는 취소) 주문이 즉시 전량 체결되지 않아 하나도 체결되지 않은 채 취소됐어요. 가격이나 수량을 조정해 다시 주문해 주세요.',
    },
    post_only_cancel: {
      title: 'Post Only 주문 취소됨',
      message:
        '이 Post Only 주문은 바로 테이커로 체결될 상황이라 취소됐어요. 매수 가격은 최우선 매도 호가보다 낮게, 매도 가격은 최우선 매수 호가보다 높게 정한 뒤 다시 주문해 주세요.',
    },
    market_rest_cancel: {
      title: '시장가 주문: 미체결 잔량 취소',
      message: '시장가 주문이 전량 체결되지 않아 미체결 잔량이 취소됐어요. 포지션을 확인하고, 나머지가 필요하면 새로 주문해 주세요.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
