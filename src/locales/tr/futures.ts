import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Turkish: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'İşlem tamamlandı',
      message: 'İsteğiniz başarıyla gerçekleştirildi.',
    },
    public_error: {
      title: 'Borsa hatası',
      message:
        'MEXC bir sorunla karşılaştı ve bu isteği tamamlayamadı. Daha sonra tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
    internal_error: {
      title: 'Borsa hatası, sonuç belirsiz',
      message:
        'MEXC’de dahili bir hata oluştu ve emriniz yine de verilmiş olabilir. Önce emirlerinizi ve pozisyonlarınızı yenileyin, ardından daha sonra tekrar deneyin.',
    },
    system_busy: {
      title: 'Borsa yoğun',
      message: 'MEXC’de şu anda yoğun trafik yaşanıyor. Kısa bir süre bekleyip tekrar deneyin.',
    },
    unauthorized: {
      title: 'API anahtarı kabul edilmedi',
      message:
        'MEXC, API anahtarınızı kabul etmedi. API anahtarının ve gizli anahtarın doğru girildiğini, anahtarın hâlâ mevcut olduğunu kontrol edin.',
    },
    api_key_expired: {
      title: 'API anahtarının süresi doldu',
      message:
        'Bu API anahtarının süresi doldu (IP adresine bağlanmamış anahtarların süresi 90 gün sonra dolar). MEXC’de yeni bir API anahtarı oluşturup buraya ekleyin.',
    },
    ip_not_whitelisted: {
      title: 'Bu IP adresi kabul edilmiyor',
      message: 'API anahtarınız bu IP adresinden gelen istekleri kabul etmiyor. Bu IP’yi MEXC’de anahtarın beyaz listesine ekleyin.',
    },
    unknown_request_source: {
      title: 'İsteğin kaynağı tanınmadı',
      message:
        'MEXC bu isteğin nereden geldiğini belirleyemedi. API anahtarı ayarlarınızı kontrol edin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
    rate_limited: {
      title: 'Çok fazla istek',
      message: 'MEXC’nin izin verdiğinden daha hızlı istek gönderiyorsunuz. Birkaç saniye bekleyip tekrar deneyin.',
    },
    endpoint_inaccessible: {
      title: 'Bu API anahtarının izni yok',
      message:
        'API anahtarınızın veya hesabınızın bu işlem için izni yok. API anahtarınızda gerekli izni etkinleştirin ya da destek ekibiyle iletişime geçin.',
    },
    request_time_invalid: {
      title: 'Cihaz saati senkronize değil',
      message:
        'Cihazınızın saati MEXC saatinden 2 saniyeden fazla ileride veya 10 saniyeden fazla geride. Saatinizi senkronize edin, ardından tekrar deneyin.',
    },
    parameter_error: {
      title: 'Emir bilgileri kabul edilmedi',
      message: 'Emirde borsanın kabul etmediği bir değer var. Fiyatı, miktarı ve diğer ayarları kontrol edip emri düzenleyin.',
    },
    data_decoding_error: {
      title: 'İstek okunamadı',
      message:
        'MEXC bu uygulamanın gönderdiği veriyi okuyamadı. Sorun emrinizden değil uygulamadan kaynaklanıyor; devam ederse destek ekibiyle iletişime geçin.',
    },
    signature_invalid: {
      title: 'API anahtarı doğrulanamadı',
      message:
        'MEXC bu isteği gizli anahtarınızla doğrulayamadı. API anahtarı ile gizli anahtarın eşleştiğini ve doğru girildiğini kontrol edin.',
    },
    duplicate_request: {
      title: 'Yinelenen istek',
      message:
        'MEXC bu isteği iki kez aldı ve ilki zaten gerçekleşmiş olabilir. Önce emirlerinizi ve pozisyonlarınızı yenileyin, ardından gerekiyorsa isteği yeniden gönderin.',
    },
    account_read_permission_required: {
      title: 'Hesap okuma izni gerekli',
      message: 'API anahtarınız hesap bilgilerini görüntüleyemiyor. MEXC’de bu anahtar için hesap okuma iznini etkinleştirin.',
    },
    account_write_permission_required: {
      title: 'Hesap yazma izni gerekli',
      message:
        'API anahtarınız marjin ayarlama gibi hesap değişiklikleri yapamıyor. MEXC’de bu anahtar için hesap yazma iznini etkinleştirin.',
    },
    trade_read_permission_required: {
      title: 'İşlem okuma izni gerekli',
      message:
        'API anahtarınız emirlerinizi ve gerçekleşen işlemlerinizi görüntüleyemiyor. MEXC’de bu anahtar için işlem okuma iznini etkinleştirin.',
    },
    trade_write_permission_required: {
      title: 'İşlem izni gerekli',
      message: 'API anahtarınızın emir verme veya emir değiştirme izni yok. MEXC’de bu anahtar için işlem iznini etkinleştirin.',
    },
    account_not_found: {
      title: 'Henüz vadeli işlem hesabınız yok',
      message: 'MEXC’de henüz bir vadeli işlem hesabınız bulunmuyor. Sözleşme alım satımına başlamak için bir vadeli işlem hesabı açın.',
    },
    contract_not_found: {
      title: 'Sözleşme bulunamadı',
      message: 'Bu vadeli işlem sözleşmesi MEXC’de mevcut değil. Sembolü kontrol edip başka bir sözleşme seçin.',
    },
    contract_not_activated: {
      title: 'Sözleşme işleme açık değil',
      message: 'Bu sözleşme şu anda işleme açık değil, bu yüzden emir verilemiyor. Başka bir sözleşme seçin.',
    },
    risk_limit_level_invalid: {
      title: 'Risk limiti kademesi sorunu',
      message:
        'Bu pozisyonun risk limiti kademesi geçerli değil. Risk limitinizi kontrol etmek için yenileyin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
    amount_invalid: {
      title: 'Geçersiz tutar',
      message: 'Borsa bu tutarı kabul etmiyor. Miktarı izin verilen en düşük ve en yüksek değerler arasında kalacak şekilde ayarlayın.',
    },
    order_side_invalid: {
      title: 'Geçersiz emir yönü',
      message: 'Emrin yönü (açma veya kapatma, long veya short) geçerli değil. Emri düzenleyip doğru yönü seçin.',
    },
    open_type_invalid: {
      title: 'Geçersiz marjin modu',
      message: 'Emrin marjin modu geçerli değil. Emri düzenleyip çapraz marjin veya izole marjin seçin.',
    },
    buy_price_too_high: {
      title: 'Alış fiyatı çok yüksek',
      message: 'Alış fiyatınız şu anda izin verilen en yüksek fiyatın üzerinde. Fiyatı güncel piyasa fiyatına yaklaştırın.',
    },
    sell_price_too_low: {
      title: 'Satış fiyatı çok düşük',
      message: 'Satış fiyatınız şu anda izin verilen en düşük fiyatın altında. Fiyatı güncel piyasa fiyatına yaklaştırın.',
    },
    balance_insufficient: {
      title: 'Yetersiz marjin',
      message:
        'Vadeli işlem hesabınızda bu emir için yeterli kullanılabilir marjin yok. Vadeli işlem hesabınıza fon transfer edin ya da emir miktarını azaltın veya kaldıracı düşürün.',
    },
    leverage_invalid: {
      title: 'Bu kaldıraç kullanılamıyor',
      message: 'Bu kaldıraç, bu sözleşmede veya risk limiti kademenizde kullanılamıyor. Kaldıracı izin verilen bir değere ayarlayın.',
    },
    order_price_invalid: {
      title: 'Geçersiz emir fiyatı',
      message: 'Borsa bu emir fiyatını kabul etmiyor. Fiyatı ayarlayıp emri yeniden verin.',
    },
    closable_quantity_insufficient: {
      title: 'Kapatılabilir miktar yetersiz',
      message: 'Kapatma miktarı, pozisyonun kapatılabilir miktarından fazla. Pozisyonunuzu yenileyin, ardından miktarı düşürün.',
    },
    position_not_found: {
      title: 'Pozisyon bulunamadı',
      message: 'Bu pozisyon mevcut değil veya zaten kapatılmış. Güncel pozisyonlarınızı görmek için yenileyin.',
    },
    order_quantity_invalid: {
      title: 'Geçersiz emir miktarı',
      message:
        'Miktar geçerli değil. MEXC vadeli işlemlerinde miktar coin olarak değil, sözleşme adedi olarak girilir. Sözleşme sayısını ayarlayın.',
    },
    cancel_limit_exceeded: {
      title: 'İptal edilecek emir sayısı çok fazla',
      message:
        'MEXC’nin izin verdiğinden daha fazla emri tek seferde iptal etmeye çalıştınız. Emirleri daha küçük gruplara bölüp yeniden iptal edin.',
    },
    batch_order_limit_exceeded: {
      title: 'Toplu emirde çok fazla emir var',
      message: 'Bu toplu emirde, MEXC’nin tek seferde izin verdiğinden fazla emir var. Emirleri daha küçük gruplara bölün.',
    },
    precision_invalid: {
      title: 'Ondalık basamak sayısı fazla',
      message:
        'Fiyat veya miktar, bu sözleşmenin izin verdiğinden fazla ondalık basamak içeriyor. Fiyatı ve miktarı izin verilen adıma göre ayarlayın.',
    },
    plan_order_limit_exceeded: {
      title: 'Çok fazla tetiklemeli emir',
      message: 'Açık tetiklemeli emir sayısı üst sınıra ulaştı. Önce bazı açık tetiklemeli emirleri iptal edin, ardından yenisini verin.',
    },
    margin_removal_exceeded: {
      title: 'Bu kadar marjin çekilemez',
      message: 'Bu pozisyonun serbest bırakabileceğinden fazla marjin çekmeye çalışıyorsunuz. Marjini daha küçük bir tutara ayarlayın.',
    },
    open_orders_active: {
      title: 'Açık emirler hâlâ aktif',
      message:
        'Bu sözleşmede aktif açık emirleriniz olduğu için bu değişiklik henüz yapılamıyor. Açık emirlerinizi iptal edin, ardından tekrar deneyin.',
    },
    leverage_mismatch: {
      title: 'Kaldıraç pozisyonla uyuşmuyor',
      message: 'Emrin kaldıracı, mevcut pozisyonunuzun kaldıracıyla uyuşmuyor. Kaldıracı pozisyonunuzla aynı olacak şekilde ayarlayın.',
    },
    position_type_invalid: {
      title: 'Geçersiz pozisyon yönü',
      message: 'Pozisyon yönü (long veya short) geçerli değil. Emri düzenleyip doğru yönü seçin.',
    },
    positions_over_max_leverage: {
      title: 'Pozisyon kaldıracı kademe için yüksek',
      message:
        'Açık bir pozisyon, yeni risk limiti kademesinin izin verdiğinden yüksek kaldıraç kullanıyor. Önce bu pozisyonun kaldıracını düşürün veya pozisyon büyüklüğünü azaltın.',
    },
    orders_over_max_leverage: {
      title: 'Emir kaldıracı kademe için yüksek',
      message:
        'Bazı açık emirler, yeni risk limiti kademesinin izin verdiğinden yüksek kaldıraç kullanıyor. Önce bu emirleri iptal edin veya kaldıracı düşürün.',
    },
    position_limit_exceeded: {
      title: 'Pozisyon kademe için çok büyük',
      message: 'Mevcut pozisyonunuz, yeni risk limiti kademesinin izin verdiğinden büyük. Önce pozisyon büyüklüğünü azaltın.',
    },
    cross_leverage_change_unsupported: {
      title: 'Çapraz marjin kaldıracı değiştirilemez',
      message: 'Çapraz marjinde kaldıraç bu şekilde değiştirilemez. Emri düzenleyin veya kaldıracı ayarlamak için izole marjin kullanın.',
    },
    margin_mode_conflict: {
      title: 'Çapraz ve izole marjin birlikte kullanılamaz',
      message:
        'Bir sözleşmede her yön için yalnızca tek bir marjin modu (çapraz veya izole) kullanılabilir. Emri, pozisyonunuzun marjin moduna göre düzenleyin.',
    },
    order_quantity_over_max: {
      title: 'Emir miktarı çok büyük',
      message: 'Bu emir, tek bir emir için izin verilen azami miktarı aşıyor. Miktarı azaltın veya emri daha küçük emirlere bölün.',
    },
    order_type_invalid: {
      title: 'Geçersiz emir türü',
      message: 'Bu emir türü burada kabul edilmiyor. Emri düzenleyip limit veya piyasa gibi desteklenen bir tür seçin.',
    },
    external_order_id_too_long: {
      title: 'Özel emir kimliği çok uzun',
      message: 'Özel emir kimliği en fazla 32 karakter olabilir. Emri düzenleyip kimliği kısaltın.',
    },
    risk_limit_exceeded: {
      title: 'Risk limitiniz aşılıyor',
      message:
        'Bu emir, pozisyonunuzu mevcut risk limitinizin izin verdiği düzeyin üzerine çıkarır. Emir miktarını azaltın veya kaldıracı düşürün.',
    },
    price_below_long_liquidation: {
      title: 'Fiyat tasfiye fiyatının altında',
      message: 'Emir fiyatı, long pozisyonunuzun tasfiye fiyatının altında. Fiyatı tasfiye fiyatının üzerine ayarlayın.',
    },
    price_above_short_liquidation: {
      title: 'Fiyat tasfiye fiyatının üzerinde',
      message: 'Emir fiyatı, short pozisyonunuzun tasfiye fiyatının üzerinde. Fiyatı tasfiye fiyatının altına ayarlayın.',
    },
    batch_query_limit_exceeded: {
      title: 'Tek sorguda çok fazla emir',
      message: 'Bu sorgu, MEXC’nin tek seferde izin verdiğinden fazla emir istiyor. Sorguyu daha küçük gruplara bölün.',
    },
    market_price_tier_unsupported: {
      title: 'Bu piyasa emri türü desteklenmiyor',
      message: 'Bu sözleşmede bu tür piyasa emri desteklenmiyor. Emri düzenleyin; örneğin bunun yerine limit emir kullanın.',
    },
    trigger_price_type_invalid: {
      title: 'Geçersiz tetikleme fiyatı türü',
      message: 'Tetikleme fiyatı türü geçerli değil. Emri düzenleyip son fiyat, adil fiyat veya endeks fiyatı seçin.',
    },
    trigger_type_invalid: {
      title: 'Geçersiz tetikleme koşulu',
      message:
        'Tetikleme koşulu geçerli değil. Emri düzenleyip fiyat tetikleme fiyatına yükseldiğinde mi yoksa düştüğünde mi tetikleneceğini seçin.',
    },
    execution_cycle_invalid: {
      title: 'Geçersiz geçerlilik süresi',
      message:
        'Tetiklemeli emir için seçilen geçerlilik süresi kabul edilmiyor. Emri düzenleyip 24 saat veya 7 gün gibi izin verilen bir süre seçin.',
    },
    trigger_price_invalid: {
      title: 'Geçersiz tetikleme fiyatı',
      message: 'Borsa bu tetikleme fiyatını kabul etmiyor. Fiyatı güncel piyasa fiyatıyla karşılaştırıp ayarlayın.',
    },
    currency_unsupported: {
      title: 'Para birimi desteklenmiyor',
      message: 'Bu para birimi burada desteklenmiyor. Emri düzenleyip desteklenen bir para birimi seçin.',
    },
    open_orders_over_limit: {
      title: 'Çok fazla emir',
      message:
        'Azami emir sayısına ulaştınız. Bazı açık emirleri iptal edin; daha yüksek bir limite ihtiyacınız varsa destek ekibiyle iletişime geçin.',
    },
    trading_too_frequent: {
      title: 'Çok sık işlem yapılıyor',
      message: 'Çok kısa aralıklarla emir veriyorsunuz. Kısa bir süre bekleyip tekrar deneyin.',
    },
    position_quantity_over_max: {
      title: 'Azami pozisyon büyüklüğüne ulaşıldı',
      message:
        'Bu emir, pozisyonunuzu izin verilen azami büyüklüğün üzerine çıkarır. Emir miktarını azaltın veya daha yüksek bir limit için destek ekibiyle iletişime geçin.',
    },
    tpsl_price_missing: {
      title: 'Kâr al veya zarar durdur fiyatı girin',
      message:
        'Kâr al ve zarar durdur fiyatlarının ikisi birden boş bırakılamaz. Bir kâr al fiyatı, bir zarar durdur fiyatı ya da ikisini birden girin.',
    },
    tpsl_order_not_found: {
      title: 'Kâr al/zarar durdur emri bulunamadı',
      message: 'Bu kâr al/zarar durdur emri artık mevcut değil veya zaten kapatılmış. Güncel emirlerinizi görmek için yenileyin.',
    },
    tpsl_price_invalid: {
      title: 'Geçersiz kâr al/zarar durdur fiyatı',
      message:
        'Kâr al/zarar durdur fiyatı geçerli değil. Long pozisyonda kâr al güncel fiyatın üzerinde, zarar durdur altında olmalıdır; short pozisyonda tersi geçerlidir. Fiyatları ayarlayın.',
    },
    tpsl_volume_over_position: {
      title: 'Kâr al/zarar durdur miktarı pozisyonu aşıyor',
      message:
        'Kâr al/zarar durdur emirlerinizin toplamı, pozisyonun kapatılabilir miktarını aşıyor. Kâr al/zarar durdur miktarını pozisyona uyacak şekilde düşürün.',
    },
    trading_forbidden: {
      title: 'İşlem yapma devre dışı',
      message:
        'Hesabınızda işlem yapma devre dışı bırakıldı. Nedenini ve nasıl yeniden açılacağını öğrenmek için destek ekibiyle iletişime geçin.',
    },
    opening_forbidden: {
      title: 'Pozisyon açma engellendi',
      message:
        'Şu anda hesabınızda yeni pozisyon açamazsınız, ancak mevcut pozisyonlarınızı kapatabilirsiniz. Ayrıntılar için destek ekibiyle iletişime geçin.',
    },
    time_range_invalid: {
      title: 'Geçersiz zaman aralığı',
      message: 'Seçilen zaman aralığı kabul edilmiyor. Yenileyip daha kısa bir aralık seçin.',
    },
    pair_and_status_required: {
      title: 'Sözleşme ve durum seçilmeli',
      message: 'Bu listenin yüklenmesi için hem sözleşme hem de emir durumu gerekiyor. Yenileyip ikisini de seçin.',
    },
    pair_unavailable: {
      title: 'Sözleşme kullanılamıyor',
      message: 'Bu sözleşme şu anda işleme açık değil. Başka bir sözleşme seçin.',
    },
    order_not_found: {
      title: 'Emir bulunamadı',
      message: 'Bu emir mevcut değil veya artık açık değil. Güncel emirlerinizi görmek için yenileyin.',
    },
    order_not_cancellable: {
      title: 'Emir iptal edilemiyor',
      message: 'Bu emir zaten gerçekleşti veya iptal edildi, bu yüzden artık iptal edilemez. Güncel durumunu görmek için yenileyin.',
    },
    service_unavailable: {
      title: 'Borsa kullanılamıyor',
      message: 'MEXC geçici olarak hizmet veremiyor. Kısa bir süre bekleyip tekrar deneyin.',
    },
    gateway_timeout: {
      title: 'Borsa zamanında yanıt vermedi',
      message:
        'MEXC’nin yanıtı çok uzun sürdü; emriniz verilmiş de olabilir, verilmemiş de. Önce emirlerinizi yenileyin, ardından daha sonra tekrar deneyin.',
    },
    request_rejected: {
      title: 'İstek reddedildi',
      message:
        'MEXC bu isteği bir neden belirtmeden reddetti. Daha sonra tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.',
    },
    maintenance: {
      title: 'Borsa bakımda',
      message:
        'MEXC’de sistem bakımı yapıldığı için bu istek şu anda işlenemedi. Bakımın ne zaman biteceğini MEXC duyurularından takip edin, ardından tekrar deneyin.',
    },
    risk_limit_change_retired: {
      title: 'Risk limiti artık otomatik',
      message:
        'MEXC risk limitinin elle değiştirilmesini artık desteklemediği için bu değişiklik yapılmadı: risk limiti artık pozisyon büyüklüğünüze göre otomatik ayarlanıyor. Güncel risk limitinizi görmek için yenileyin.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
