import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Turkish: the kit's UI strings, action labels and the texts of failures without a known code. Formal "siz"
 * in messages (-in/-ınız), bare imperatives on buttons; one term per concept (marjin, kaldıraç, pozisyon,
 * sözleşme, vadeli işlem hesabı, API anahtarı, tasfiye fiyatı, emir): see test/locales/guides/tr.ts.
 */
export default {
  ui: {
    regionLabel: 'Bildirimler',
    dismiss: 'Kapat',
    codeBadge: 'Kod {code}',
    details: 'Ayrıntılar',
    serverMessage: 'Sunucu mesajı',
    time: 'Zaman',
    copyDetails: 'Ayrıntıları kopyala',
    copied: 'Kopyalandı',
    repeatCount: '×{count}',
    tryAgain: 'Tekrar dene',
    severityInfo: 'Bilgi',
    severityWarning: 'Uyarı',
    severityError: 'Hata',
    severityCritical: 'Kritik',
    overflowTitle: {
      one: '{count} bildirim daha',
      other: '{count} bildirim daha',
    },
    overflowMessage:
      'Aynı anda çok fazla bildirim geldiği için hepsi tek tek gösterilemiyor. Hiçbir şeyi kaçırmamak için emirlerinizi ve pozisyonlarınızı kontrol edin.',
  },
  actions: {
    transfer_funds: 'Fon transfer et',
    deposit: 'Para yatır',
    reduce_size: 'Miktarı azalt',
    lower_leverage: 'Kaldıracı düşür',
    renew_api_key: 'API anahtarını yenile',
    check_api_key: 'API anahtarını kontrol et',
    whitelist_ip: 'Bu IP’yi beyaz listeye ekle',
    enable_permission: 'İzni etkinleştir',
    sync_clock: 'Saati senkronize et',
    retry: 'Tekrar dene',
    retry_later: 'Daha sonra dene',
    refresh: 'Yenile',
    cancel_open_orders: 'Açık emirleri iptal et',
    adjust_price: 'Fiyatı ayarla',
    adjust_quantity: 'Miktarı ayarla',
    adjust_leverage: 'Kaldıracı ayarla',
    edit_order: 'Emri düzenle',
    choose_contract: 'Sözleşme seç',
    open_futures_account: 'Vadeli işlem hesabı aç',
    adjust_margin: 'Marjini ayarla',
    split_batch: 'Gruplara böl',
    contact_support: 'Desteğe ulaş',
    check_connection: 'Bağlantıyı kontrol et',
  },
  general: {
    unknown_code: {
      title: 'Tanınmayan hata (kod {code})',
      message:
        'MEXC, bu uygulamanın tanımadığı bir hata döndürdü. Daha sonra tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
    network_error: {
      title: 'MEXC’ye bağlanılamadı',
      message:
        'MEXC’den yanıt gelmedi; emriniz verilmiş de olabilir, verilmemiş de. Önce bağlantınızı ve emirlerinizi kontrol edin, ardından tekrar deneyin.',
    },
    timeout: {
      title: 'İstek zaman aşımına uğradı',
      message:
        'MEXC zamanında yanıt vermedi ve emriniz yine de verilmiş olabilir. Önce emirlerinizi yenileyin, ardından gerekirse tekrar deneyin.',
    },
    aborted: {
      title: 'İstek iptal edildi',
      message: 'İstek tamamlanmadan iptal edildi. Hâlâ gerekiyorsa tekrar deneyin.',
    },
    http_error: {
      title: 'MEXC’den beklenmeyen yanıt',
      message:
        'MEXC beklenmeyen bir hata sayfası döndürdü (HTTP {status}). Daha sonra tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
    http_forbidden: {
      title: 'Erişim engellendi',
      message:
        'MEXC bu bağlantıyı engelledi; bunun nedeni genellikle bölgeniz, VPN’iniz veya IP adresinizdir. Bağlantınızı ya da VPN ayarlarınızı kontrol edin veya destek ekibiyle iletişime geçin.',
    },
    http_rate_limited: {
      title: 'Çok fazla istek',
      message: 'MEXC bu bağlantıdan gelen istekleri sınırlıyor. Kısa bir süre bekleyip tekrar deneyin.',
    },
    http_server_error: {
      title: 'Borsa sunucusu hatası',
      message:
        'MEXC sunucusu bir hata döndürdü (HTTP {status}) ve emriniz yine de verilmiş olabilir. Önce emirlerinizi yenileyin, ardından daha sonra tekrar deneyin.',
    },
    websocket_error: {
      title: 'Canlı veri akışı kesildi',
      message: 'Canlı piyasa ve pozisyon akışı bir hata bildirdi; ekrandaki veriler güncel olmayabilir. Yeniden bağlanmak için yenileyin.',
    },
    unknown_error: {
      title: 'Bir sorun oluştu',
      message: 'Beklenmeyen bir hata oluştu. Tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
  },
} satisfies CommonTexts;
