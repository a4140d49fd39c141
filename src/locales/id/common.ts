import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Indonesian: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every id file (glossary in test/locales/guides/id.ts): the trader is "Anda" (always
 * capitalised), requests are plain imperatives; one term per concept (order, posisi, margin, leverage, kontrak,
 * akun futures, kunci API, harga likuidasi, margin silang / terisolasi, muat ulang, layanan pelanggan).
 */
export default {
  ui: {
    regionLabel: 'Notifikasi',
    dismiss: 'Tutup',
    codeBadge: 'Kode {code}',
    details: 'Detail',
    serverMessage: 'Pesan server',
    time: 'Waktu',
    copyDetails: 'Salin detail',
    copied: 'Disalin',
    repeatCount: '×{count}',
    tryAgain: 'Coba lagi',
    severityInfo: 'Informasi',
    severityWarning: 'Peringatan',
    severityError: 'Kesalahan',
    severityCritical: 'Kritis',
    overflowTitle: {
      other: '{count} notifikasi lainnya',
    },
    overflowMessage:
      'Terlalu banyak notifikasi masuk sekaligus sehingga tidak dapat ditampilkan satu per satu. Periksa order dan posisi Anda agar tidak ada yang terlewat.',
  },
  actions: {
    transfer_funds: 'Transfer dana',
    deposit: 'Deposit',
    reduce_size: 'Kurangi jumlah',
    lower_leverage: 'Turunkan leverage',
    renew_api_key: 'Buat kunci API baru',
    check_api_key: 'Periksa kunci API',
    whitelist_ip: 'Tambahkan IP ke daftar putih',
    enable_permission: 'Aktifkan izin',
    sync_clock: 'Sinkronkan jam',
    retry: 'Coba lagi',
    retry_later: 'Coba lagi nanti',
    refresh: 'Muat ulang',
    cancel_open_orders: 'Batalkan order terbuka',
    adjust_price: 'Sesuaikan harga',
    adjust_quantity: 'Sesuaikan jumlah',
    adjust_leverage: 'Sesuaikan leverage',
    edit_order: 'Ubah order',
    choose_contract: 'Pilih kontrak',
    open_futures_account: 'Buka akun futures',
    adjust_margin: 'Sesuaikan margin',
    split_batch: 'Bagi menjadi kelompok kecil',
    contact_support: 'Hubungi layanan pelanggan',
    check_connection: 'Periksa koneksi',
  },
  general: {
    unknown_code: {
      title: 'Kesalahan tidak dikenal (kode {code})',
      message:
        'MEXC mengembalikan kesalahan yang tidak dikenali aplikasi ini. Coba lagi nanti, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    network_error: {
      title: 'Tidak ada koneksi ke MEXC',
      message:
        'Tidak ada respons dari MEXC, sehingga belum pasti apakah order sudah terpasang atau belum. Periksa koneksi dan order Anda sebelum mencoba lagi.',
    },
    timeout: {
      title: 'Waktu permintaan habis',
      message: 'MEXC tidak merespons tepat waktu, tetapi order mungkin sudah diproses. Muat ulang daftar order Anda sebelum mencoba lagi.',
    },
    aborted: {
      title: 'Permintaan dibatalkan',
      message: 'Permintaan dibatalkan sebelum selesai. Coba lagi jika Anda masih memerlukannya.',
    },
    http_error: {
      title: 'Respons tak terduga dari MEXC',
      message:
        'MEXC merespons dengan halaman kesalahan yang tidak terduga (HTTP {status}). Coba lagi nanti, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    http_forbidden: {
      title: 'Akses diblokir',
      message:
        'MEXC memblokir koneksi ini, biasanya karena wilayah, VPN, atau alamat IP Anda. Periksa koneksi atau VPN Anda, atau hubungi layanan pelanggan.',
    },
    http_rate_limited: {
      title: 'Terlalu banyak permintaan',
      message: 'MEXC sedang membatasi permintaan dari koneksi ini. Tunggu sebentar, lalu coba lagi.',
    },
    http_server_error: {
      title: 'Kesalahan server bursa',
      message:
        'Server MEXC mengembalikan kesalahan (HTTP {status}), tetapi order Anda mungkin sudah diproses. Muat ulang daftar order Anda sebelum mencoba lagi nanti.',
    },
    websocket_error: {
      title: 'Data langsung terputus',
      message:
        'Aliran data langsung untuk pasar dan posisi mengalami kesalahan, sehingga data di layar mungkin sudah usang. Muat ulang untuk menyambungkan kembali.',
    },
    unknown_error: {
      title: 'Terjadi kesalahan',
      message: 'Terjadi kesalahan yang tidak terduga. Coba lagi, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
  },
} satisfies CommonTexts;
