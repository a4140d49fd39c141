import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Traditional Chinese (Taiwan): a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: '委託無異常',
      message: '交易所沒有回報這筆委託有任何錯誤，無需處理。',
    },
    param_invalid: {
      title: '委託遭拒：內容有誤',
      message: '這筆委託的部分內容不符合交易所要求，因此遭到拒絕。請檢查價格、數量和槓桿，修改委託後重新下單。',
    },
    insufficient_balance: {
      title: '委託遭拒：保證金不足',
      message: '合約帳戶的可用保證金不足，這筆委託已遭拒絕。請將資金劃轉至合約帳戶（必要時先充值），或減少委託數量、降低槓桿。',
    },
    position_not_exists: {
      title: '平倉委託遭拒：沒有倉位',
      message: '這筆平倉委託找不到可平的倉位（可能已經平倉），因此遭到拒絕。請重新整理倉位，查看仍持有的部分。',
    },
    position_not_enough: {
      title: '平倉委託遭拒：數量過大',
      message: '這筆平倉委託的數量超過了倉位的可平數量（部分倉位可能已被其他平倉委託占用），因此遭到拒絕。請重新整理倉位並降低數量。',
    },
    position_liquidated: {
      title: '倉位已強平，委託終止',
      message: '對應的倉位已被強平，這筆委託隨之終止。請重新整理倉位查看剩餘部分，並檢查合約帳戶的保證金。',
    },
    order_liquidated: {
      title: '委託已在強平中處理',
      message: '這筆委託已在強平過程中由系統處理。請重新整理倉位查看剩餘部分，並檢查合約帳戶的保證金。',
    },
    risk_level_limit: {
      title: '委託遭拒：超出風險限額',
      message: '這筆委託會使倉位超過目前槓桿對應的風險限額，因此遭到拒絕。請減少委託數量或降低槓桿。',
    },
    system_cancel: {
      title: '委託已被 MEXC 系統取消',
      message: 'MEXC 系統取消了這筆委託。請重新整理委託；如需了解原因，請聯絡客服。',
    },
    position_mode_mismatch: {
      title: '委託遭拒：倉位模式不符',
      message: '這筆委託與帳戶目前的倉位模式（單向或雙向）不符，因此遭到拒絕。請依目前的倉位模式修改委託後重新下單。',
    },
    reduce_only_liquidated: {
      title: '只減倉委託已取消',
      message: '由於倉位已被強平，這筆只減倉委託已取消。請重新整理倉位查看剩餘部分。',
    },
    contract_not_enabled: {
      title: '委託遭拒：合約未開放交易',
      message: '此合約目前未開放交易，因此委託遭到拒絕。請選擇其他合約。',
    },
    delivery_cancel: {
      title: '合約交割，委託已取消',
      message: '合約已到交割時間，這筆未成交委託已取消。請重新整理委託和倉位。',
    },
    position_liquidated_cancel: {
      title: '倉位強平，委託已取消',
      message: '由於倉位已被強平，這筆委託已取消。請重新整理倉位和委託。',
    },
    adl_cancel: {
      title: '自動減倉，委託已取消',
      message: '您的倉位遭到自動減倉（ADL），這筆委託隨之取消。請重新整理倉位和委託。',
    },
    restricted_account_cancel: {
      title: '帳戶受限，委託已取消',
      message: '由於您的帳戶有交易限制，這筆委託已取消。請聯絡客服了解原因。',
    },
    funding_settlement_cancel: {
      title: '資金費用結算，委託已取消',
      message: '這筆委託在資金費用結算期間被取消。結算結束後，如仍有需要，請重新下單。',
    },
    position_margin_change_cancel: {
      title: '倉位保證金變動，委託已取消',
      message: '倉位的起始保證金有所變動（例如調整了槓桿），這筆委託因此取消。請確認數量和槓桿後重新下單。',
    },
    ioc_cancel: {
      title: 'IOC 委託未成交部分已取消',
      message: 'IOC（立即成交或取消）：無法立即成交的部分已取消。請查看已成交數量，如仍有需要，請為剩餘部分重新下單。',
    },
    fok_cancel: {
      title: 'FOK 委託已取消，未成交',
      message: 'FOK（全部成交或取消）：委託無法立即全部成交，因此整筆取消，沒有任何成交。請調整價格或數量後重新下單。',
    },
    post_only_cancel: {
      title: '只做 Maker 委託已取消',
      message: '這筆只做 Maker 委託會立即以 Taker 身分成交，因此已取消。請將買價設在最佳賣價之下，或將賣價設在最佳買價之上，再重新下單。',
    },
    market_rest_cancel: {
      title: '市價委託剩餘部分已取消',
      message: '您的市價委託未能全部成交，未成交的部分已取消。請查看倉位，如仍有需要，請為剩餘部分重新下單。',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
