import type { LocaleGuide } from '../guide';

// ko: Korean as the Korean editions of the big exchanges' futures apps word it, in polite 해요체 throughout
// (statements end in -요, requests in -해 주세요; no 합쇼체 -습니다/-십시오 mixed in), the trader never addressed
// as 당신 (the subject is left out, as Korean UIs do). Titles are noun headlines (…됨, …불가, … 필요) without a stop.
// Korean particles attach to the word before them, Latin code words included (MEXC가, MEXC에서, API 키를): where
// English names MEXC the text does too, and 거래소 stays for English “the exchange” (거래소 오류, 거래소 점검 중).
// “Contact support” is 고객센터에 문의, as every Korean service words it (고객 지원에 문의 reads as a translation).
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: '증거금', en: /(?<!\b(?:cross|isolated) )\bmargin\b(?! mode)/i, local: /증거금/ },
  { term: '사용 가능 증거금', en: /\bavailable margin\b/i, local: /사용 가능 증거금/ },
  { term: '마진 모드', en: /\bmargin mode\b/i, local: /마진 모드/ },
  { term: '교차 (마진)', en: /\bcross\b/i, local: /교차/ },
  { term: '격리 (마진)', en: /\bisolated\b/i, local: /격리/ },
  { term: '선물 계정', en: /\bfutures account\b/i, local: /선물 계정/ },
  { term: '선물', en: /\bfutures\b/i, local: /선물/ },
  { term: '계약', en: /\bcontracts?\b/i, local: /계약/ },
  { term: '이체', en: /\btransfer\b/i, local: /이체/ },
  { term: '입금', en: /\bdeposit\b/i, local: /입금/ },
  // Positions and risk
  { term: '레버리지', en: /\bleverage\b/i, local: /레버리지/ },
  { term: '포지션', en: /\bpositions?\b/i, local: /포지션/ },
  { term: '롱 포지션', en: /\blong position/i, local: /롱 포지션/ },
  { term: '숏 포지션', en: /\bshort position/i, local: /숏 포지션/ },
  { term: '청산 가격', en: /\bliquidation price\b/i, local: /청산 가격/ },
  { term: '강제 청산', en: /\bliquidat(?:ed|ion)\b(?! price)/i, local: /강제 청산/ },
  { term: '리스크 한도', en: /\brisk limit\b/i, local: /리스크 한도/ },
  { term: '단계 (리스크 한도 단계)', en: /\btier\b/i, local: /단계/ },
  { term: '자동 디레버리징(ADL)', en: /\bauto-deleveraging\b/i, local: /자동 디레버리징/ },
  // Orders
  { term: '주문', en: /\borders?\b/i, local: /주문/ },
  { term: '미체결 주문', en: /\bopen orders?\b/i, local: /미체결 주문/ },
  { term: '트리거 주문', en: /\btrigger orders?\b/i, local: /트리거 주문/ },
  { term: '트리거 가격', en: /\btrigger price\b/i, local: /트리거 가격/ },
  { term: '최근 체결가', en: /\blast price\b/i, local: /최근 체결가/ },
  { term: '공정 가격', en: /\bfair price\b/i, local: /공정 가격/ },
  { term: '인덱스 가격', en: /\bindex price\b/i, local: /인덱스 가격/ },
  { term: '익절 / 손절 (TP/SL)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /TP\/SL|익절|손절/ },
  { term: '시장가 주문', en: /\bmarket order/i, local: /시장가 주문/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: '감소 전용', en: /\breduce-only\b/i, local: /감소 전용/ },
  // API access
  { term: 'API 키', en: /\bAPI key\b/i, local: /API 키/ },
  { term: '시크릿 키', en: /\bsecret\b/i, local: /시크릿 키/ },
  { term: '화이트리스트', en: /\bwhitelist\b/i, local: /화이트리스트/ },
  { term: '권한', en: /\bpermission\b/i, local: /권한/ },
  // Service
  { term: '고객센터', en: /\bsupport\b/i, local: /고객센터/ },
];

const forbidden: LocaleGuide['forbidden'] = [
  { pattern: /니다|니까|십시오|십시요/, use: '해요체: …해요 / …해 주세요' },
  { pattern: /당신|너의|네가/, use: 'no pronoun (leave the subject out)' },
  { pattern: /(?<!교차 |격리 )마진(?! 모드)/, use: '증거금 (마진 only in 교차 마진 / 격리 마진 / 마진 모드)' },
  { pattern: /크로스|아이솔|분리 마진|교차마진|격리마진/, use: '교차 마진 / 격리 마진' },
  { pattern: /잔고|잔액/, use: '사용 가능 증거금 / 자금' },
  { pattern: /(?<!강제 )청산(?! 가격)/, use: '강제 청산 (liquidation) / 종료 (closing a position)' },
  { pattern: /포지션 (?:청산|정리|닫기)/, use: '포지션 종료' },
  { pattern: /오더|주문서/, use: '주문' },
  { pattern: /대기 주문|미결 주문|오픈 주문|미체결 오더/, use: '미체결 주문' },
  { pattern: /조건부 주문|스톱 주문|발동 가격/, use: '트리거 주문 / 트리거 가격' },
  { pattern: /마크 가격|시장 평균 가격|최종 가격|마지막 가격/, use: '공정 가격 / 최근 체결가' },
  { pattern: /이익 ?실현|손절매/, use: '익절 / 손절' },
  { pattern: /위험 한도|리스크 리밋|리스크한도/, use: '리스크 한도' },
  { pattern: /레버리지 배율|배수/, use: '레버리지' },
  { pattern: /선물 ?계좌|선물계정|계좌/, use: '선물 계정 / 계정' },
  { pattern: /송금|전송|충전/, use: '이체 / 입금' },
  { pattern: /API ?(?:KEY|Key|key)|API키|비밀 ?키|시크릿키|Secret/, use: 'API 키 / 시크릿 키' },
  { pattern: /포스트 ?온리|메이커 전용|Post-Only|post-only|PostOnly/, use: 'Post Only' },
  { pattern: /자동 감소|자동 디레버리지(?!징)|자동디레버리징/, use: '자동 디레버리징(ADL)' },
  { pattern: /리듀스 ?온리|포지션 축소 전용/, use: '감소 전용' },
  { pattern: /고객 센터|고객 ?지원|서포트/, use: '고객센터' },
  { pattern: /유지 ?보수/, use: '점검' },
  { pattern: /재시도/, use: '다시 시도' },
];

export default {
  alphabet: /[\p{Script=Hangul}]/u,
  // Hangul is Korean's own script: a message without it would be untranslated.
  distinctive: /[\p{Script=Hangul}]/u,
  codeWords: ['Post Only'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
