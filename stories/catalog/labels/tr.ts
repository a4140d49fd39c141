// The catalog page's labels in Turkish.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Kod, anahtar veya metinle ara',
  searchPlaceholder: 'ör. 2005, balance, saat',
  rowCount: { one: '{count} satır', other: '{count} satır' },
  resultCount: { one: '“{query}” için {count} sonuç', other: '“{query}” için {count} sonuç' },
  noResults: '“{query}” ile eşleşen kod, anahtar veya metin yok.',
  captions: {
    futures:
      'MEXC vadeli işlem API kodları (futures kataloğu): {official} resmî, {wild} uygulamada görülen, {variant} sunucu metnine göre ayırt edilen',
    order: 'Emir kaydı nedenleri, yani bir emrin errorCode değeri (order kataloğu): {reason}',
    general: 'Bilinen bir kodu olmayan hatalar (general kataloğu): {fallback}',
  },
  columns: {
    code: 'Kod',
    key: 'Anahtar',
    category: 'Kategori',
    severity: 'Önem derecesi',
    retry: 'Tekrar deneme',
    actions: 'İşlemler',
  },
  textColumn: 'Başlık ve mesaj: {language}',
  badges: { wild: 'uygulamada görülen', variant: 'sunucu metnine göre', fallback: 'yedek' },
  i18nKey: 'i18n anahtarı: {key}',
  mexcDescription: 'MEXC açıklaması ({language}): “{doc}”',
  variantWhen: 'Sunucu metni {pattern} ile eşleştiğinde',
  fallbackWhen: 'Kapsam: {case}',
  fallbackCases: {
    unknown_code: 'kütüphanenin tanımadığı bir kod (örnek: 99999)',
    network_error: 'yanıt yok: ağ hatası',
    timeout: 'istemci beklemeyi bıraktı',
    aborted: 'istek bilerek iptal edildi',
    http_error: 'kodsuz HTTP hata sayfası (örnek: 404)',
    http_forbidden: 'kodsuz HTTP 403',
    http_rate_limited: 'kodsuz HTTP 429',
    http_server_error: 'kodsuz HTTP 5xx (örnek: 502)',
    websocket_error: 'WebSocket üzerinden gelen bir rs.error mesajı',
    unknown_error: 'diğer her şey',
  },
  textFallback: '({requested} metni yok: {found} metni kullanıldı)',
} satisfies CatalogLabels;
