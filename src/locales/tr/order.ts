import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Turkish: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Bu emirde sorun yok',
      message: 'MEXC bu emir için herhangi bir hata bildirmedi; yapmanız gereken bir şey yok.',
    },
    param_invalid: {
      title: 'Emir reddedildi: geçersiz bilgi',
      message:
        'Bilgilerinden biri geçerli olmadığı için MEXC bu emri reddetti. Fiyatı, miktarı ve kaldıracı kontrol edin, ardından emri düzenleyip yeniden verin.',
    },
    insufficient_balance: {
      title: 'Emir reddedildi: yetersiz marjin',
      message:
        'Vadeli işlem hesabınızda yeterli kullanılabilir marjin olmadığı için bu emir reddedildi. Vadeli işlem hesabınıza fon transfer edin (gerekirse önce para yatırın) ya da emir miktarını azaltın veya kaldıracı düşürün.',
    },
    position_not_exists: {
      title: 'Kapatma emri reddedildi: pozisyon yok',
      message:
        'Bu kapatma emri kapatılacak bir pozisyon bulamadığı için reddedildi (pozisyon zaten kapatılmış olabilir). Hâlâ açık olanları görmek için pozisyonlarınızı yenileyin.',
    },
    position_not_enough: {
      title: 'Kapatma emri reddedildi: miktar fazla',
      message:
        'Bu kapatma emri, pozisyonunuzun kapatılabilir miktarından fazlası için verildiğinden reddedildi (pozisyonun bir kısmı başka kapatma emirlerine ayrılmış olabilir). Pozisyonlarınızı yenileyip miktarı düşürün.',
    },
    position_liquidated: {
      title: 'Emir sona erdi: pozisyon tasfiye edildi',
      message:
        'Pozisyonu tasfiye edildiği için bu emir sona erdi. Geriye ne kaldığını görmek için pozisyonlarınızı yenileyin ve vadeli işlem hesabınızdaki marjini kontrol edin.',
    },
    order_liquidated: {
      title: 'Emir tasfiye sırasında kapatıldı',
      message:
        'Bu emir bir tasfiye işleminin parçası olarak kapatıldı. Geriye ne kaldığını görmek için pozisyonlarınızı yenileyin ve vadeli işlem hesabınızdaki marjini kontrol edin.',
    },
    risk_level_limit: {
      title: 'Emir reddedildi: risk limiti aşılıyor',
      message:
        'Bu emir, pozisyonunuzu kaldıracına karşılık gelen risk limitinin üzerine çıkaracağı için reddedildi. Emir miktarını azaltın veya kaldıracı düşürün.',
    },
    system_cancel: {
      title: 'Emir MEXC tarafından iptal edildi',
      message: 'MEXC sistemi bu emri iptal etti. Emirlerinizi yenileyin; nedenini öğrenmek isterseniz destek ekibiyle iletişime geçin.',
    },
    position_mode_mismatch: {
      title: 'Emir reddedildi: pozisyon modu uyumsuz',
      message:
        'Bu emir, hesabınızın pozisyon moduna (tek yönlü veya hedge) uymadığı için reddedildi. Emri mevcut modunuza göre düzenleyip yeniden verin.',
    },
    reduce_only_liquidated: {
      title: '“Yalnızca Azalt” emri iptal edildi',
      message:
        'Pozisyonu tasfiye edildiği için bu “Yalnızca Azalt” emri iptal edildi. Geriye ne kaldığını görmek için pozisyonlarınızı yenileyin.',
    },
    contract_not_enabled: {
      title: 'Emir reddedildi: sözleşme işleme kapalı',
      message: 'Bu sözleşme şu anda işleme açık olmadığı için emir reddedildi. Başka bir sözleşme seçin.',
    },
    delivery_cancel: {
      title: 'Emir teslimatta iptal edildi',
      message: 'Sözleşme teslimat zamanına ulaştığı için bu açık emir iptal edildi. Emirlerinizi ve pozisyonlarınızı yenileyin.',
    },
    position_liquidated_cancel: {
      title: 'Emir iptal edildi: pozisyon tasfiye edildi',
      message: 'Pozisyonu tasfiye edildiği için bu emir iptal edildi. Pozisyonlarınızı ve emirlerinizi yenileyin.',
    },
    adl_cancel: {
      title: 'Otomatik kaldıraç azaltma: emir iptal edildi',
      message:
        'Otomatik kaldıraç azaltma (ADL) pozisyonunuzu küçülttüğü için bu emir iptal edildi. Pozisyonlarınızı ve emirlerinizi yenileyin.',
    },
    restricted_account_cancel: {
      title: 'Emir iptal edildi: hesap kısıtlı',
      message:
        'Hesabınızdaki bir işlem kısıtlaması nedeniyle bu emir iptal edildi. Nedenini öğrenmek için destek ekibiyle iletişime geçin.',
    },
    funding_settlement_cancel: {
      title: 'Emir fonlama ücreti takasında iptal edildi',
      message: 'Bu emir fonlama ücreti takası sırasında iptal edildi. Takas tamamlandıktan sonra hâlâ istiyorsanız emri yeniden verin.',
    },
    position_margin_change_cancel: {
      title: 'Emir iptal edildi: pozisyon marjini değişti',
      message:
        'Pozisyonun başlangıç marjini değiştiği için (örneğin bir kaldıraç değişikliğinden sonra) bu emir iptal edildi. Miktarı ve kaldıracı kontrol edip emri yeniden verin.',
    },
    ioc_cancel: {
      title: 'IOC emri: gerçekleşmeyen kısım iptal edildi',
      message:
        'Hemen gerçekleştir ya da iptal et (IOC): anında gerçekleşemeyen kısım iptal edildi. Gerçekleşen miktarı kontrol edin; kalan kısmı hâlâ istiyorsanız yeni bir emir verin.',
    },
    fok_cancel: {
      title: 'FOK emri hiç gerçekleşmeden iptal edildi',
      message:
        'Tamamını gerçekleştir ya da iptal et (FOK): emir anında tamamen gerçekleşemediği için hiçbir kısmı gerçekleşmeden iptal edildi. Fiyatı veya miktarı ayarlayıp emri yeniden verin.',
    },
    post_only_cancel: {
      title: 'Post Only emri iptal edildi',
      message:
        'Bu Post Only emri anında taker olarak eşleşeceği için iptal edildi. Alış fiyatını en iyi satış fiyatının altına veya satış fiyatını en iyi alış fiyatının üzerine ayarlayıp emri yeniden verin.',
    },
    market_rest_cancel: {
      title: 'Piyasa emri: gerçekleşmeyen kısım iptal edildi',
      message:
        'Piyasa emriniz tamamen gerçekleşemediği için gerçekleşmeyen kısım iptal edildi. Pozisyonunuzu kontrol edin; kalan kısmı hâlâ istiyorsanız yeni bir emir verin.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
