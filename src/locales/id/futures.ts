import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Indonesian: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Berhasil',
      message: 'Permintaan Anda berhasil diproses.',
    },
    public_error: {
      title: 'Kesalahan bursa',
      message:
        'MEXC mengalami masalah dan tidak dapat menyelesaikan permintaan ini. Coba lagi nanti, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    internal_error: {
      title: 'Kesalahan bursa, hasil tidak diketahui',
      message:
        'MEXC mengalami kesalahan internal, tetapi order Anda mungkin sudah diproses. Muat ulang order dan posisi Anda sebelum mencoba lagi nanti.',
    },
    system_busy: {
      title: 'Bursa sedang sibuk',
      message: 'MEXC sedang menangani lalu lintas yang sangat padat. Tunggu sebentar, lalu coba lagi.',
    },
    unauthorized: {
      title: 'Kunci API tidak diterima',
      message:
        'MEXC tidak menerima kunci API Anda. Pastikan kunci API dan kunci rahasia dimasukkan dengan benar dan kunci tersebut masih ada.',
    },
    api_key_expired: {
      title: 'Kunci API kedaluwarsa',
      message:
        'Kunci API ini sudah kedaluwarsa (kunci yang tidak terikat ke alamat IP kedaluwarsa setelah 90 hari). Buat kunci API baru di MEXC dan tambahkan di sini.',
    },
    ip_not_whitelisted: {
      title: 'Alamat IP tidak diizinkan',
      message: 'Kunci API Anda tidak menerima permintaan dari alamat IP ini. Tambahkan IP ini ke daftar putih kunci tersebut di MEXC.',
    },
    unknown_request_source: {
      title: 'Sumber permintaan tidak dikenali',
      message:
        'MEXC tidak dapat mengenali asal permintaan ini. Periksa pengaturan kunci API Anda, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    rate_limited: {
      title: 'Terlalu banyak permintaan',
      message: 'Anda mengirim permintaan lebih cepat dari batas yang diizinkan MEXC. Tunggu beberapa detik, lalu coba lagi.',
    },
    endpoint_inaccessible: {
      title: 'Tidak diizinkan untuk kunci API ini',
      message:
        'Kunci API atau akun Anda tidak diizinkan melakukan tindakan ini. Aktifkan izin yang diperlukan pada kunci API Anda, atau hubungi layanan pelanggan.',
    },
    request_time_invalid: {
      title: 'Jam perangkat tidak sinkron',
      message:
        'Jam perangkat Anda mendahului waktu MEXC lebih dari 2 detik atau tertinggal lebih dari 10 detik. Sinkronkan jam Anda, lalu coba lagi.',
    },
    parameter_error: {
      title: 'Detail order tidak diterima',
      message: 'Order berisi nilai yang tidak diterima bursa. Periksa harga, jumlah, dan pengaturan lainnya, lalu ubah order.',
    },
    data_decoding_error: {
      title: 'Permintaan tidak dapat dibaca',
      message:
        'MEXC tidak dapat membaca data yang dikirim aplikasi ini. Ini masalah aplikasi, bukan order Anda; hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    signature_invalid: {
      title: 'Verifikasi kunci API gagal',
      message:
        'MEXC tidak dapat memverifikasi permintaan ini dengan kunci rahasia Anda. Pastikan kunci API dan kunci rahasia cocok dan dimasukkan dengan benar.',
    },
    duplicate_request: {
      title: 'Permintaan ganda',
      message:
        'MEXC menerima permintaan ini dua kali dan yang pertama mungkin sudah diproses. Muat ulang order dan posisi Anda sebelum mengirimnya lagi.',
    },
    account_read_permission_required: {
      title: 'Perlu izin baca akun',
      message: 'Kunci API Anda tidak dapat melihat detail akun. Aktifkan izin baca akun untuk kunci ini di MEXC.',
    },
    account_write_permission_required: {
      title: 'Perlu izin ubah akun',
      message:
        'Kunci API Anda tidak dapat melakukan perubahan akun, seperti penyesuaian margin. Aktifkan izin ubah akun untuk kunci ini di MEXC.',
    },
    trade_read_permission_required: {
      title: 'Perlu izin baca trading',
      message: 'Kunci API Anda tidak dapat melihat order dan riwayat trading Anda. Aktifkan izin baca trading untuk kunci ini di MEXC.',
    },
    trade_write_permission_required: {
      title: 'Perlu izin trading',
      message: 'Kunci API Anda tidak diizinkan memasang atau mengubah order. Aktifkan izin trading untuk kunci ini di MEXC.',
    },
    account_not_found: {
      title: 'Akun futures belum dibuka',
      message: 'Anda belum memiliki akun futures di MEXC. Buka akun futures untuk mulai trading kontrak.',
    },
    contract_not_found: {
      title: 'Kontrak tidak ditemukan',
      message: 'Kontrak futures ini tidak ada di MEXC. Periksa simbolnya dan pilih kontrak lain.',
    },
    contract_not_activated: {
      title: 'Kontrak belum dibuka untuk trading',
      message: 'Kontrak ini sedang tidak dibuka untuk trading, sehingga order tidak dapat dipasang. Pilih kontrak lain.',
    },
    risk_limit_level_invalid: {
      title: 'Masalah tingkatan batas risiko',
      message:
        'Tingkatan batas risiko untuk posisi ini tidak valid. Muat ulang untuk memeriksa batas risiko Anda, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    amount_invalid: {
      title: 'Jumlah tidak valid',
      message: 'Bursa tidak menerima jumlah ini. Sesuaikan jumlahnya agar tetap di antara batas minimum dan maksimum yang diizinkan.',
    },
    order_side_invalid: {
      title: 'Arah order tidak valid',
      message: 'Arah order (buka atau tutup, long atau short) tidak valid. Ubah order dan pilih arah yang benar.',
    },
    open_type_invalid: {
      title: 'Mode margin tidak valid',
      message: 'Mode margin pada order tidak valid. Ubah order dan pilih margin silang atau margin terisolasi.',
    },
    buy_price_too_high: {
      title: 'Harga beli terlalu tinggi',
      message:
        'Harga beli Anda di atas harga tertinggi yang diizinkan saat ini. Sesuaikan harga agar lebih dekat dengan harga pasar saat ini.',
    },
    sell_price_too_low: {
      title: 'Harga jual terlalu rendah',
      message:
        'Harga jual Anda di bawah harga terendah yang diizinkan saat ini. Sesuaikan harga agar lebih dekat dengan harga pasar saat ini.',
    },
    balance_insufficient: {
      title: 'Margin tidak mencukupi',
      message:
        'Akun futures Anda tidak memiliki margin tersedia yang cukup untuk order ini. Transfer dana ke akun futures Anda, atau kurangi jumlah order atau leverage.',
    },
    leverage_invalid: {
      title: 'Leverage tidak diizinkan',
      message:
        'Leverage ini tidak tersedia untuk kontrak ini atau untuk tingkatan batas risiko Anda. Sesuaikan leverage ke nilai yang diizinkan.',
    },
    order_price_invalid: {
      title: 'Harga order tidak valid',
      message: 'Bursa tidak menerima harga order ini. Sesuaikan harga, lalu pasang order lagi.',
    },
    closable_quantity_insufficient: {
      title: 'Jumlah yang dapat ditutup tidak cukup',
      message: 'Jumlah penutupan melebihi jumlah posisi yang dapat ditutup. Muat ulang posisi Anda, lalu kurangi jumlahnya.',
    },
    position_not_found: {
      title: 'Posisi tidak ditemukan',
      message: 'Posisi ini tidak ada atau sudah ditutup. Muat ulang untuk melihat posisi Anda saat ini.',
    },
    order_quantity_invalid: {
      title: 'Jumlah order tidak valid',
      message: 'Jumlahnya tidak valid. Di futures MEXC, jumlah dihitung dalam kontrak, bukan koin. Sesuaikan jumlah kontrak.',
    },
    cancel_limit_exceeded: {
      title: 'Terlalu banyak order untuk dibatalkan',
      message:
        'Anda mencoba membatalkan lebih banyak order sekaligus daripada yang diizinkan MEXC. Bagi menjadi kelompok yang lebih kecil, lalu batalkan lagi.',
    },
    batch_order_limit_exceeded: {
      title: 'Terlalu banyak order dalam satu kelompok',
      message: 'Kelompok ini berisi lebih banyak order daripada yang diizinkan MEXC sekaligus. Bagi menjadi kelompok yang lebih kecil.',
    },
    precision_invalid: {
      title: 'Terlalu banyak angka desimal',
      message:
        'Harga atau jumlah memiliki lebih banyak angka desimal daripada yang diizinkan kontrak ini. Sesuaikan harga dan jumlah dengan kelipatan yang diizinkan.',
    },
    plan_order_limit_exceeded: {
      title: 'Terlalu banyak order pemicu',
      message:
        'Anda telah mencapai jumlah maksimum order pemicu yang terbuka. Batalkan sebagian order pemicu terbuka sebelum memasang yang baru.',
    },
    margin_removal_exceeded: {
      title: 'Margin tidak dapat dikurangi sebanyak itu',
      message:
        'Anda mencoba mengurangi margin lebih banyak daripada yang dapat dilepas posisi ini. Sesuaikan margin ke nominal yang lebih kecil.',
    },
    open_orders_active: {
      title: 'Masih ada order terbuka',
      message:
        'Anda masih memiliki order terbuka untuk kontrak ini, sehingga perubahan ini belum dapat dilakukan. Batalkan order terbuka Anda, lalu coba lagi.',
    },
    leverage_mismatch: {
      title: 'Leverage berbeda dari posisi',
      message: 'Leverage order tidak sama dengan leverage posisi Anda yang sudah ada. Sesuaikan leverage agar sama dengan posisi tersebut.',
    },
    position_type_invalid: {
      title: 'Sisi posisi tidak valid',
      message: 'Sisi posisi (long atau short) tidak valid. Ubah order dan pilih sisi yang benar.',
    },
    positions_over_max_leverage: {
      title: 'Leverage posisi melebihi tingkatan baru',
      message:
        'Ada posisi terbuka yang memakai leverage lebih tinggi dari yang diizinkan tingkatan batas risiko baru. Turunkan leverage-nya atau kurangi ukuran posisi terlebih dahulu.',
    },
    orders_over_max_leverage: {
      title: 'Leverage order melebihi tingkatan baru',
      message:
        'Sebagian order terbuka memakai leverage lebih tinggi dari yang diizinkan tingkatan batas risiko baru. Batalkan order tersebut atau turunkan leverage terlebih dahulu.',
    },
    position_limit_exceeded: {
      title: 'Posisi terlalu besar untuk tingkatan baru',
      message: 'Posisi Anda saat ini lebih besar dari yang diizinkan tingkatan batas risiko baru. Kurangi ukuran posisi terlebih dahulu.',
    },
    cross_leverage_change_unsupported: {
      title: 'Leverage margin silang tidak dapat diubah',
      message:
        'Leverage tidak dapat diubah dengan cara ini untuk margin silang. Ubah order, atau gunakan margin terisolasi untuk mengatur leverage.',
    },
    margin_mode_conflict: {
      title: 'Silang dan terisolasi tidak dapat dicampur',
      message:
        'Setiap arah pada satu kontrak hanya boleh memakai satu mode margin, silang atau terisolasi. Ubah order agar memakai mode margin posisi Anda.',
    },
    order_quantity_over_max: {
      title: 'Ukuran order terlalu besar',
      message: 'Order ini melebihi ukuran maksimum untuk satu order. Kurangi ukurannya atau pecah menjadi beberapa order yang lebih kecil.',
    },
    order_type_invalid: {
      title: 'Jenis order tidak valid',
      message: 'Jenis order ini tidak diterima di sini. Ubah order dan pilih jenis yang didukung, misalnya order limit atau order pasar.',
    },
    external_order_id_too_long: {
      title: 'ID order kustom terlalu panjang',
      message: 'ID order kustom maksimal 32 karakter. Ubah order dan persingkat ID-nya.',
    },
    risk_limit_exceeded: {
      title: 'Melebihi batas risiko',
      message: 'Order ini akan membuat posisi Anda melampaui batas risiko Anda saat ini. Kurangi jumlah order atau turunkan leverage.',
    },
    price_below_long_liquidation: {
      title: 'Harga di bawah harga likuidasi',
      message: 'Harga order berada di bawah harga likuidasi posisi long Anda. Sesuaikan harga agar berada di atas harga likuidasi.',
    },
    price_above_short_liquidation: {
      title: 'Harga di atas harga likuidasi',
      message: 'Harga order berada di atas harga likuidasi posisi short Anda. Sesuaikan harga agar berada di bawah harga likuidasi.',
    },
    batch_query_limit_exceeded: {
      title: 'Terlalu banyak order dalam satu pencarian',
      message: 'Pencarian ini meminta lebih banyak order sekaligus daripada yang diizinkan MEXC. Bagi menjadi kelompok yang lebih kecil.',
    },
    market_price_tier_unsupported: {
      title: 'Jenis order pasar tidak didukung',
      message: 'Jenis order pasar ini tidak didukung untuk kontrak ini. Ubah order, misalnya gunakan order limit.',
    },
    trigger_price_type_invalid: {
      title: 'Jenis harga pemicu tidak valid',
      message: 'Jenis harga pemicu tidak valid. Ubah order dan pilih harga terakhir, harga wajar, atau harga indeks.',
    },
    trigger_type_invalid: {
      title: 'Kondisi pemicu tidak valid',
      message: 'Kondisi pemicu tidak valid. Ubah order dan pilih apakah order terpicu saat harga naik atau turun ke harga pemicu.',
    },
    execution_cycle_invalid: {
      title: 'Masa berlaku tidak valid',
      message: 'Masa berlaku order pemicu tidak valid. Ubah order dan pilih masa berlaku yang diizinkan, misalnya 24 jam atau 7 hari.',
    },
    trigger_price_invalid: {
      title: 'Harga pemicu tidak valid',
      message: 'Bursa tidak menerima harga pemicu ini. Bandingkan dengan harga pasar saat ini, lalu sesuaikan.',
    },
    currency_unsupported: {
      title: 'Mata uang tidak didukung',
      message: 'Mata uang ini tidak didukung di sini. Ubah order dan pilih mata uang yang didukung.',
    },
    open_orders_over_limit: {
      title: 'Terlalu banyak order',
      message:
        'Anda telah mencapai jumlah maksimum order. Batalkan sebagian order terbuka, atau hubungi layanan pelanggan jika Anda memerlukan batas yang lebih tinggi.',
    },
    trading_too_frequent: {
      title: 'Trading terlalu cepat',
      message: 'Anda memasang order terlalu cepat. Tunggu sebentar, lalu coba lagi.',
    },
    position_quantity_over_max: {
      title: 'Ukuran posisi maksimum tercapai',
      message:
        'Order ini akan membuat posisi Anda melebihi ukuran maksimum yang diizinkan. Kurangi jumlah order, atau hubungi layanan pelanggan untuk batas yang lebih tinggi.',
    },
    tpsl_price_missing: {
      title: 'Tentukan harga TP atau SL',
      message: 'Take profit dan stop loss tidak boleh sama-sama kosong. Masukkan harga take profit, harga stop loss, atau keduanya.',
    },
    tpsl_order_not_found: {
      title: 'Order TP/SL tidak ditemukan',
      message: 'Order TP/SL ini sudah tidak ada atau sudah ditutup. Muat ulang untuk melihat order Anda saat ini.',
    },
    tpsl_price_invalid: {
      title: 'Harga TP/SL tidak valid',
      message:
        'Harga TP/SL tidak valid. Untuk posisi long, TP di atas dan SL di bawah harga saat ini; untuk posisi short sebaliknya. Sesuaikan harganya.',
    },
    tpsl_volume_over_position: {
      title: 'Jumlah TP/SL melebihi posisi',
      message: 'Total order TP/SL Anda melebihi jumlah posisi yang dapat ditutup. Kurangi jumlah TP/SL agar sesuai dengan posisi.',
    },
    trading_forbidden: {
      title: 'Trading dinonaktifkan',
      message: 'Trading dinonaktifkan pada akun Anda. Hubungi layanan pelanggan untuk mengetahui penyebab dan cara memulihkannya.',
    },
    opening_forbidden: {
      title: 'Pembukaan posisi diblokir',
      message:
        'Akun Anda saat ini tidak dapat membuka posisi baru, tetapi Anda tetap dapat menutup posisi yang ada. Hubungi layanan pelanggan untuk detailnya.',
    },
    time_range_invalid: {
      title: 'Rentang waktu tidak valid',
      message: 'Rentang waktu yang dipilih tidak diterima. Muat ulang dan pilih rentang yang lebih pendek.',
    },
    pair_and_status_required: {
      title: 'Kontrak dan status diperlukan',
      message: 'Daftar ini memerlukan kontrak dan status order agar dapat dimuat. Muat ulang dan pilih keduanya.',
    },
    pair_unavailable: {
      title: 'Kontrak tidak tersedia',
      message: 'Kontrak ini sedang tidak dibuka untuk trading. Pilih kontrak lain.',
    },
    order_not_found: {
      title: 'Order tidak ditemukan',
      message: 'Order ini tidak ada atau sudah tidak terbuka. Muat ulang untuk melihat order Anda saat ini.',
    },
    order_not_cancellable: {
      title: 'Order tidak dapat dibatalkan',
      message:
        'Order ini sudah terisi atau dibatalkan, sehingga tidak dapat dibatalkan sekarang. Muat ulang untuk melihat statusnya saat ini.',
    },
    service_unavailable: {
      title: 'Bursa tidak tersedia',
      message: 'MEXC untuk sementara tidak tersedia. Tunggu sebentar, lalu coba lagi.',
    },
    gateway_timeout: {
      title: 'Bursa tidak merespons tepat waktu',
      message:
        'MEXC terlalu lama merespons, sehingga belum pasti apakah order Anda sudah terpasang atau belum. Muat ulang daftar order Anda sebelum mencoba lagi nanti.',
    },
    request_rejected: {
      title: 'Permintaan ditolak',
      message:
        'MEXC menolak permintaan ini tanpa menyebutkan alasannya. Coba lagi nanti, dan hubungi layanan pelanggan jika masalah terus berlanjut.',
    },
    maintenance: {
      title: 'Bursa sedang dalam pemeliharaan',
      message:
        'MEXC sedang melakukan pemeliharaan sistem, sehingga permintaan ini belum dapat diproses. Lihat pengumuman MEXC untuk mengetahui kapan pemeliharaan selesai, lalu coba lagi.',
    },
    risk_limit_change_retired: {
      title: 'Batas risiko kini otomatis',
      message:
        'MEXC tidak lagi mendukung perubahan batas risiko secara manual, sehingga perubahan ini tidak dilakukan: batas risiko kini mengikuti ukuran posisi Anda secara otomatis. Muat ulang untuk melihat batas risiko Anda saat ini.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
