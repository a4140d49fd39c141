import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Traditional Chinese (Taiwan): a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: '操作成功',
      message: '您的請求已順利完成，無需其他處理。',
    },
    public_error: {
      title: '交易所暫時異常',
      message: '交易所發生異常，無法完成這次請求。請稍後重試；若問題持續發生，請聯絡客服。',
    },
    internal_error: {
      title: '交易所錯誤，結果未知',
      message: '交易所內部發生錯誤，委託可能已經送出。請先重新整理委託和倉位確認結果，稍後再重試。',
    },
    system_busy: {
      title: '系統忙碌中',
      message: '交易所目前流量較大，暫時無法處理。請稍候片刻再重試。',
    },
    unauthorized: {
      title: 'API Key 未通過驗證',
      message: '交易所不接受您的 API Key。請確認 API Key 與 Secret Key 填寫正確，且這組 API Key 仍然存在。',
    },
    api_key_expired: {
      title: 'API Key 已過期',
      message: '這組 API Key 已過期（未綁定 IP 的 API Key 有效期為 90 天）。請在 MEXC 建立新的 API Key，並在此處更新。',
    },
    ip_not_whitelisted: {
      title: '此 IP 位址未獲允許',
      message: '您的 API Key 不接受來自此 IP 位址的請求。請在 MEXC 將此 IP 加入該 API Key 的白名單。',
    },
    unknown_request_source: {
      title: '無法辨識請求來源',
      message: '交易所無法確認這次請求的來源。請檢查 API Key 設定；若問題持續發生，請聯絡客服。',
    },
    rate_limited: {
      title: '請求過於頻繁',
      message: '您送出請求的速度超過了交易所的頻率限制。請稍候幾秒再重試。',
    },
    endpoint_inaccessible: {
      title: 'API Key 無權執行此操作',
      message: '您的 API Key 或帳戶無權執行此操作。請在 MEXC 為該 API Key 開啟所需權限，或聯絡客服。',
    },
    request_time_invalid: {
      title: '裝置時間不同步',
      message: '您裝置的時間比交易所時間快 2 秒以上或慢 10 秒以上。請同步裝置時間後再重試。',
    },
    parameter_error: {
      title: '委託內容有誤',
      message: '委託中有交易所不接受的數值。請檢查價格、數量等設定，修改委託後再送出。',
    },
    data_decoding_error: {
      title: '交易所無法讀取請求',
      message: '交易所無法解析本應用程式送出的內容。這是應用程式本身的問題，與您的委託無關；若問題持續發生，請聯絡客服。',
    },
    signature_invalid: {
      title: 'API Key 簽名驗證失敗',
      message: '交易所無法用您的 Secret Key 驗證這次請求。請確認 API Key 與 Secret Key 相符且填寫正確。',
    },
    duplicate_request: {
      title: '重複送出',
      message: '交易所收到了兩次相同的請求，第一次可能已經成功。請先重新整理委託和倉位確認結果，再決定是否重新送出。',
    },
    account_read_permission_required: {
      title: '需要帳戶讀取權限',
      message: '這組 API Key 無法查看帳戶資訊。請在 MEXC 為該 API Key 開啟帳戶讀取權限。',
    },
    account_write_permission_required: {
      title: '需要帳戶修改權限',
      message: '這組 API Key 無法變更帳戶設定（例如調整保證金）。請在 MEXC 為該 API Key 開啟帳戶修改權限。',
    },
    trade_read_permission_required: {
      title: '需要交易讀取權限',
      message: '這組 API Key 無法查看您的委託與成交紀錄。請在 MEXC 為該 API Key 開啟交易讀取權限。',
    },
    trade_write_permission_required: {
      title: '需要交易權限',
      message: '這組 API Key 無法下單或修改委託。請在 MEXC 為該 API Key 開啟交易權限。',
    },
    account_not_found: {
      title: '尚未開通合約帳戶',
      message: '您在 MEXC 還沒有合約帳戶。請先開通合約帳戶，再開始交易合約。',
    },
    contract_not_found: {
      title: '找不到此合約',
      message: 'MEXC 上沒有這個合約。請檢查合約代號，並選擇其他合約。',
    },
    contract_not_activated: {
      title: '此合約目前未開放交易',
      message: '此合約目前未開放交易，無法下單。請選擇其他合約。',
    },
    risk_limit_level_invalid: {
      title: '風險限額檔位有誤',
      message: '此倉位的風險限額檔位無效。請重新整理查看風險限額；若問題持續發生，請聯絡客服。',
    },
    amount_invalid: {
      title: '金額有誤',
      message: '交易所不接受這個金額。請將數量調整在允許的最小值與最大值之間。',
    },
    order_side_invalid: {
      title: '委託方向有誤',
      message: '委託方向（開倉或平倉、做多或做空）無效。請修改委託並選擇正確的方向。',
    },
    open_type_invalid: {
      title: '保證金模式有誤',
      message: '委託的保證金模式無效。請修改委託，選擇全倉或逐倉。',
    },
    buy_price_too_high: {
      title: '買入價格過高',
      message: '您的買入價格高於目前允許的最高價格。請將價格調整到接近目前市價。',
    },
    sell_price_too_low: {
      title: '賣出價格過低',
      message: '您的賣出價格低於目前允許的最低價格。請將價格調整到接近目前市價。',
    },
    balance_insufficient: {
      title: '保證金不足',
      message: '您合約帳戶的可用保證金不足，無法送出這筆委託。請將資金劃轉至合約帳戶，或減少委託數量、降低槓桿。',
    },
    leverage_invalid: {
      title: '不支援此槓桿',
      message: '此合約或您目前的風險限額檔位不支援這個槓桿。請將槓桿調整為允許的數值。',
    },
    order_price_invalid: {
      title: '委託價格有誤',
      message: '交易所不接受這個委託價格。請調整價格後重新下單。',
    },
    closable_quantity_insufficient: {
      title: '可平數量不足',
      message: '平倉數量超過了倉位目前的可平數量。請重新整理倉位，再降低數量。',
    },
    position_not_found: {
      title: '找不到此倉位',
      message: '此倉位不存在或已經平倉。請重新整理查看目前的倉位。',
    },
    order_quantity_invalid: {
      title: '委託數量有誤',
      message: '數量無效。MEXC 合約的數量以「張」為單位，而不是幣的數量。請調整張數。',
    },
    cancel_limit_exceeded: {
      title: '一次取消的委託過多',
      message: '您一次取消的委託數量超過了 MEXC 的上限。請分成較小的批次再取消。',
    },
    batch_order_limit_exceeded: {
      title: '單批委託數量過多',
      message: '這批委託的數量超過了 MEXC 一次允許的上限。請分成較小的批次。',
    },
    precision_invalid: {
      title: '小數位數過多',
      message: '價格或數量的小數位數超過此合約允許的精度。請依最小變動單位調整價格和數量。',
    },
    plan_order_limit_exceeded: {
      title: '計畫委託已達上限',
      message: '您未觸發的計畫委託數量已達上限。請先取消部分計畫委託，再建立新的委託。',
    },
    margin_removal_exceeded: {
      title: '超出可減少的保證金',
      message: '您要減少的保證金超過了此倉位可釋放的金額。請將保證金調整為較小的金額。',
    },
    open_orders_active: {
      title: '仍有未成交委託',
      message: '此合約仍有未成交的委託，暫時無法進行這項變更。請先取消未成交委託，再重試。',
    },
    leverage_mismatch: {
      title: '槓桿與現有倉位不一致',
      message: '這筆委託的槓桿與您現有倉位的槓桿不一致。請將槓桿調整為與倉位相同。',
    },
    position_type_invalid: {
      title: '倉位方向有誤',
      message: '倉位方向（多倉或空倉）無效。請修改委託並選擇正確的方向。',
    },
    positions_over_max_leverage: {
      title: '倉位槓桿超過新檔位上限',
      message: '現有倉位的槓桿高於新風險限額檔位允許的上限。請先降低該倉位的槓桿，或減少倉位。',
    },
    orders_over_max_leverage: {
      title: '委託槓桿超過新檔位上限',
      message: '部分未成交委託的槓桿高於新風險限額檔位允許的上限。請先取消這些委託，或降低槓桿。',
    },
    position_limit_exceeded: {
      title: '倉位超過新檔位上限',
      message: '您目前的倉位超過了新風險限額檔位允許的上限。請先減少倉位。',
    },
    cross_leverage_change_unsupported: {
      title: '無法修改全倉槓桿',
      message: '全倉模式無法用這種方式修改槓桿。請修改委託，或改用逐倉模式設定槓桿。',
    },
    margin_mode_conflict: {
      title: '全倉與逐倉不可混用',
      message: '同一合約的同一方向只能使用一種保證金模式（全倉或逐倉）。請修改委託，使用與倉位相同的保證金模式。',
    },
    order_quantity_over_max: {
      title: '委託數量過大',
      message: '這筆委託超過了單筆委託允許的最大數量。請減少數量，或拆成多筆較小的委託。',
    },
    order_type_invalid: {
      title: '委託類型有誤',
      message: '此處不接受這種委託類型。請修改委託，選擇支援的類型，例如限價或市價。',
    },
    external_order_id_too_long: {
      title: '自訂委託編號過長',
      message: '自訂委託編號最多 32 個字元。請修改委託並縮短編號。',
    },
    risk_limit_exceeded: {
      title: '超出風險限額',
      message: '這筆委託會使您的倉位超過目前風險限額允許的範圍。請減少委託數量或降低槓桿。',
    },
    price_below_long_liquidation: {
      title: '價格低於強平價格',
      message: '委託價格低於您多倉的強平價格。請將價格調整到強平價格以上。',
    },
    price_above_short_liquidation: {
      title: '價格高於強平價格',
      message: '委託價格高於您空倉的強平價格。請將價格調整到強平價格以下。',
    },
    batch_query_limit_exceeded: {
      title: '單次查詢的委託過多',
      message: '這次查詢的委託數量超過了 MEXC 一次允許的上限。請分批查詢。',
    },
    market_price_tier_unsupported: {
      title: '不支援此類市價委託',
      message: '此合約不支援這種市價委託。請修改委託，例如改用限價委託。',
    },
    trigger_price_type_invalid: {
      title: '觸發價格類型有誤',
      message: '觸發價格類型無效。請修改委託，選擇最新價格、合理價格或指數價格。',
    },
    trigger_type_invalid: {
      title: '觸發條件有誤',
      message: '觸發條件無效。請修改委託，選擇在價格上漲或下跌至觸發價格時觸發。',
    },
    execution_cycle_invalid: {
      title: '有效期有誤',
      message: '計畫委託的有效期無效。請修改委託，選擇允許的有效期，例如 24 小時或 7 天。',
    },
    trigger_price_invalid: {
      title: '觸發價格有誤',
      message: '交易所不接受這個觸發價格。請對照目前市價檢查後再調整。',
    },
    currency_unsupported: {
      title: '不支援此幣種',
      message: '此處不支援這個幣種。請修改委託，選擇支援的幣種。',
    },
    open_orders_over_limit: {
      title: '委託數量已達上限',
      message: '您的委託數量已達上限。請取消部分未成交委託；如需提高上限，請聯絡客服。',
    },
    trading_too_frequent: {
      title: '交易過於頻繁',
      message: '您下單的速度過快。請稍候片刻再重試。',
    },
    position_quantity_over_max: {
      title: '倉位已達上限',
      message: '這筆委託會使您的倉位超過允許的最大數量。請減少委託數量；如需提高上限，請聯絡客服。',
    },
    tpsl_price_missing: {
      title: '請設定止盈或止損價格',
      message: '止盈與止損不能同時留空。請填寫止盈價格、止損價格，或兩者都填。',
    },
    tpsl_order_not_found: {
      title: '找不到止盈止損委託',
      message: '這筆止盈止損委託已不存在或已關閉。請重新整理查看目前的委託。',
    },
    tpsl_price_invalid: {
      title: '止盈止損價格有誤',
      message: '止盈止損價格無效：多倉的止盈價格應高於目前價格、止損價格應低於目前價格，空倉則相反。請調整價格。',
    },
    tpsl_volume_over_position: {
      title: '止盈止損數量超過倉位',
      message: '您止盈止損委託的總數量超過了倉位的可平數量。請降低止盈止損數量，使其不超過倉位。',
    },
    trading_forbidden: {
      title: '交易功能已停用',
      message: '您的帳戶目前無法交易。請聯絡客服了解原因及恢復方式。',
    },
    opening_forbidden: {
      title: '暫時無法開倉',
      message: '您的帳戶目前無法開新倉，但現有倉位仍可正常平倉。詳情請聯絡客服。',
    },
    time_range_invalid: {
      title: '時間範圍有誤',
      message: '所選的時間範圍無效。請重新整理後選擇較短的時間範圍。',
    },
    pair_and_status_required: {
      title: '請選擇合約與委託狀態',
      message: '這個列表需要同時選擇合約與委託狀態才能載入。請重新整理後選擇這兩項。',
    },
    pair_unavailable: {
      title: '此合約暫不可用',
      message: '此合約目前未開放交易。請選擇其他合約。',
    },
    order_not_found: {
      title: '找不到此委託',
      message: '此委託不存在，或已成交、已取消。請重新整理查看目前的委託。',
    },
    order_not_cancellable: {
      title: '委託無法取消',
      message: '此委託已成交或已取消，因此無法再取消。請重新整理查看最新狀態。',
    },
    service_unavailable: {
      title: '交易所暫時無法使用',
      message: 'MEXC 服務暫時無法使用。請稍候片刻再重試。',
    },
    gateway_timeout: {
      title: '交易所回應逾時',
      message: '交易所回應時間過長，無法確定委託是否已送出。請先重新整理委託確認結果，稍後再重試。',
    },
    request_rejected: {
      title: '請求遭到拒絕',
      message: '交易所拒絕了這次請求，且未說明原因。請稍後重試；若問題持續發生，請聯絡客服。',
    },
    maintenance: {
      title: '交易所維護中',
      message: '交易所正在進行系統維護，暫時無法處理這次請求。請留意 MEXC 公告中的維護結束時間，之後再重試。',
    },
    risk_limit_change_retired: {
      title: '風險限額已改為自動調整',
      message: 'MEXC 已不再支援手動調整風險限額，這次調整未生效；風險限額現在會依倉位大小自動調整。請重新整理查看目前的風險限額。',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
