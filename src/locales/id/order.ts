import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Indonesian: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Tidak ada masalah pada order ini',
      message: 'MEXC tidak melaporkan kesalahan apa pun untuk order ini, sehingga tidak ada yang perlu dilakukan.',
    },
    param_invalid: {
      title: 'Order ditolak: detail tidak valid',
      message:
        'MEXC menolak order ini karena salah satu detailnya tidak valid. Periksa harga, jumlah, dan leverage, lalu ubah order dan pasang lagi.',
    },
    insufficient_balance: {
      title: 'Order ditolak: margin tidak mencukupi',
      message:
        'Akun futures Anda tidak memiliki margin tersedia yang cukup, sehingga order ini ditolak. Transfer dana ke akun futures Anda (lakukan deposit terlebih dahulu jika perlu), atau kurangi jumlah order atau leverage.',
    },
    position_not_exists: {
      title: 'Order penutupan ditolak: tidak ada posisi',
      message:
        'Order penutupan ini tidak menemukan posisi untuk ditutup (mungkin posisinya sudah ditutup), sehingga ditolak. Muat ulang posisi Anda untuk melihat yang masih terbuka.',
    },
    position_not_enough: {
      title: 'Order penutupan ditolak: terlalu besar',
      message:
        'Order penutupan ini melebihi jumlah posisi yang dapat ditutup (sebagian mungkin sudah dipakai order penutupan lain), sehingga ditolak. Muat ulang posisi Anda dan kurangi jumlahnya.',
    },
    position_liquidated: {
      title: 'Order berakhir: posisi dilikuidasi',
      message:
        'Order ini berakhir karena posisinya dilikuidasi. Muat ulang posisi Anda untuk melihat sisanya, dan periksa margin di akun futures Anda.',
    },
    order_liquidated: {
      title: 'Order ditutup karena likuidasi',
      message:
        'Order ini ditutup sebagai bagian dari likuidasi. Muat ulang posisi Anda untuk melihat sisanya, dan periksa margin di akun futures Anda.',
    },
    risk_level_limit: {
      title: 'Order ditolak: melebihi batas risiko',
      message:
        'Order ini akan membuat posisi Anda melampaui batas risiko untuk leverage yang dipakai, sehingga ditolak. Kurangi jumlah order atau turunkan leverage.',
    },
    system_cancel: {
      title: 'Order dibatalkan oleh MEXC',
      message:
        'Sistem MEXC membatalkan order ini. Muat ulang order Anda, dan hubungi layanan pelanggan jika Anda perlu mengetahui alasannya.',
    },
    position_mode_mismatch: {
      title: 'Order ditolak: mode posisi tidak sesuai',
      message:
        'Order ini tidak sesuai dengan mode posisi akun Anda (satu arah atau dua arah), sehingga ditolak. Ubah order agar sesuai dengan mode Anda saat ini, lalu pasang lagi.',
    },
    reduce_only_liquidated: {
      title: 'Order Reduce-Only dibatalkan',
      message: 'Order Reduce-Only ini dibatalkan karena posisinya dilikuidasi. Muat ulang posisi Anda untuk melihat sisanya.',
    },
    contract_not_enabled: {
      title: 'Order ditolak: kontrak tidak dibuka',
      message: 'Kontrak ini sedang tidak dibuka untuk trading, sehingga order ditolak. Pilih kontrak lain.',
    },
    delivery_cancel: {
      title: 'Order dibatalkan saat kontrak jatuh tempo',
      message: 'Kontrak telah jatuh tempo, sehingga order terbuka ini dibatalkan. Muat ulang order dan posisi Anda.',
    },
    position_liquidated_cancel: {
      title: 'Order dibatalkan: posisi dilikuidasi',
      message: 'Order ini dibatalkan karena posisinya dilikuidasi. Muat ulang posisi dan order Anda.',
    },
    adl_cancel: {
      title: 'Order dibatalkan karena ADL',
      message:
        'Pengurangan leverage otomatis (ADL) telah mengurangi posisi Anda, sehingga order ini dibatalkan. Muat ulang posisi dan order Anda.',
    },
    restricted_account_cancel: {
      title: 'Order dibatalkan: akun dibatasi',
      message: 'Order ini dibatalkan karena ada pembatasan trading pada akun Anda. Hubungi layanan pelanggan untuk mengetahui alasannya.',
    },
    funding_settlement_cancel: {
      title: 'Order dibatalkan saat penyelesaian pendanaan',
      message:
        'Order ini dibatalkan selama penyelesaian biaya pendanaan. Setelah proses tersebut berakhir, pasang lagi jika Anda masih memerlukannya.',
    },
    position_margin_change_cancel: {
      title: 'Order dibatalkan: margin posisi berubah',
      message:
        'Margin awal posisi berubah (misalnya setelah perubahan leverage), sehingga order ini dibatalkan. Periksa jumlah dan leverage, lalu pasang lagi.',
    },
    ioc_cancel: {
      title: 'Order IOC: sisa yang belum terisi dibatalkan',
      message:
        'IOC (langsung terisi atau batal): bagian yang tidak dapat langsung terisi telah dibatalkan. Periksa bagian yang sudah terisi, dan pasang order baru untuk sisanya jika Anda masih memerlukannya.',
    },
    fok_cancel: {
      title: 'Order FOK dibatalkan, tidak ada yang terisi',
      message:
        'FOK (terisi penuh atau batal): order tidak dapat langsung terisi penuh, sehingga dibatalkan tanpa ada yang terisi. Sesuaikan harga atau jumlah, lalu pasang lagi.',
    },
    post_only_cancel: {
      title: 'Order Post Only dibatalkan',
      message:
        'Order Post Only ini akan langsung terisi sebagai taker, sehingga dibatalkan. Tetapkan harga beli di bawah harga jual terbaik atau harga jual di atas harga beli terbaik, lalu pasang lagi.',
    },
    market_rest_cancel: {
      title: 'Order pasar: sisa yang belum terisi dibatalkan',
      message:
        'Order pasar Anda tidak dapat terisi penuh, sehingga sisa yang belum terisi dibatalkan. Periksa posisi Anda, dan pasang order baru untuk sisanya jika Anda masih memerlukannya.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
