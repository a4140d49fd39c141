// The catalog page's labels in Indonesian.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Cari berdasarkan kode, kunci, atau teks',
  searchPlaceholder: 'contoh: 2005, balance, jam',
  rowCount: { other: '{count} baris' },
  resultCount: { other: '{count} hasil untuk “{query}”' },
  noResults: 'Tidak ada kode, kunci, atau teks yang cocok dengan “{query}”.',
  captions: {
    futures:
      'Kode API futures MEXC (katalog futures): {official} resmi, {wild} ditemukan di lapangan, {variant} dibedakan menurut teks server',
    order: 'Alasan pada catatan order, yaitu errorCode sebuah order (katalog order): {reason}',
    general: 'Kegagalan tanpa kode yang dikenal (katalog general): {fallback}',
  },
  columns: { code: 'Kode', key: 'Kunci', category: 'Kategori', severity: 'Keparahan', retry: 'Percobaan ulang', actions: 'Tindakan' },
  textColumn: 'Judul dan pesan: {language}',
  badges: { wild: 'ditemukan di lapangan', variant: 'menurut teks server', fallback: 'cadangan' },
  i18nKey: 'kunci i18n: {key}',
  mexcDescription: 'Deskripsi MEXC ({language}): “{doc}”',
  variantWhen: 'Jika teks server cocok dengan {pattern}',
  fallbackWhen: 'Berlaku untuk: {case}',
  fallbackCases: {
    unknown_code: 'kode yang tidak dikenal kit (contoh: 99999)',
    network_error: 'tidak ada respons: gangguan jaringan',
    timeout: 'klien berhenti menunggu',
    aborted: 'permintaan sengaja dibatalkan',
    http_error: 'halaman kesalahan HTTP tanpa kode (contoh: 404)',
    http_forbidden: 'HTTP 403 tanpa kode',
    http_rate_limited: 'HTTP 429 tanpa kode',
    http_server_error: 'HTTP 5xx tanpa kode (contoh: 502)',
    websocket_error: 'frame rs.error di WebSocket',
    unknown_error: 'semua kasus lainnya',
  },
  textFallback: '(tidak ada teks {requested}: menggunakan {found})',
} satisfies CatalogLabels;
