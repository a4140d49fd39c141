// The catalog page's labels in Korean.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: '코드, 키 또는 텍스트로 검색',
  searchPlaceholder: '예: 2005, balance, 시간',
  rowCount: { other: '총 {count}행' },
  resultCount: { other: '“{query}” 검색 결과 {count}건' },
  noResults: '“{query}”에 일치하는 코드, 키, 텍스트가 없어요.',
  captions: {
    futures: 'MEXC 선물 API 코드(카탈로그 futures): 공식 {official}개, 실제 발견 {wild}개, 서버 텍스트로 구분 {variant}개',
    order: '주문 기록 사유, 즉 주문의 errorCode(카탈로그 order): {reason}개',
    general: '알려진 코드가 없는 오류(카탈로그 general): {fallback}개',
  },
  columns: { code: '코드', key: '키', category: '분류', severity: '심각도', retry: '다시 시도', actions: '조치' },
  textColumn: '제목 및 메시지: {language}',
  badges: { wild: '실제 발견', variant: '서버 텍스트 기준', fallback: '대체 항목' },
  i18nKey: 'i18n 키: {key}',
  mexcDescription: 'MEXC 원문({language}): “{doc}”',
  variantWhen: '서버 텍스트가 {pattern}에 일치할 때',
  fallbackWhen: '적용 대상: {case}',
  fallbackCases: {
    unknown_code: '키트가 모르는 코드(예: 99999)',
    network_error: '응답 없음: 네트워크 장애',
    timeout: '클라이언트가 응답 대기를 중단함',
    aborted: '요청을 의도적으로 취소함',
    http_error: '코드 없는 HTTP 오류 페이지(예: 404)',
    http_forbidden: '코드 없는 HTTP 403',
    http_rate_limited: '코드 없는 HTTP 429',
    http_server_error: '코드 없는 HTTP 5xx(예: 502)',
    websocket_error: 'WebSocket의 rs.error 프레임',
    unknown_error: '그 밖의 모든 경우',
  },
  textFallback: '({requested} 텍스트 없음: {found} 텍스트로 대체)',
} satisfies CatalogLabels;
