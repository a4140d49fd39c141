import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Simplified Chinese (mainland): a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: '委托无异常',
      message: '交易所未报告该委托有任何异常，无需处理。',
    },
    param_invalid: {
      title: '委托被拒：参数有误',
      message: '该委托有参数不符合交易所要求，已被拒绝。请检查价格、数量和杠杆，修改委托后重新下单。',
    },
    insufficient_balance: {
      title: '委托被拒：保证金不足',
      message: '合约账户的可用保证金不足，该委托已被拒绝。请从现货账户划转资金到合约账户（或先充值），也可以减少下单数量或降低杠杆。',
    },
    position_not_exists: {
      title: '平仓委托被拒：无可平仓位',
      message: '该平仓委托没有找到对应的仓位（可能已经平仓），已被拒绝。请刷新仓位查看当前情况。',
    },
    position_not_enough: {
      title: '平仓委托被拒：超出可平数量',
      message: '该平仓委托的数量超过了仓位的可平数量（部分仓位可能已被其他平仓委托占用），已被拒绝。请刷新仓位并减少平仓数量。',
    },
    position_liquidated: {
      title: '仓位已强平，委托终止',
      message: '对应仓位已被强平，该委托随之终止。请刷新仓位查看剩余情况，并检查合约账户的保证金。',
    },
    order_liquidated: {
      title: '委托已被强平处理',
      message: '该委托已在强平过程中被系统处理。请刷新仓位查看剩余情况，并检查合约账户的保证金。',
    },
    risk_level_limit: {
      title: '委托被拒：超出风险限额',
      message: '该委托成交后，仓位将超出当前杠杆对应的风险限额，因此已被拒绝。请减少下单数量或降低杠杆。',
    },
    system_cancel: {
      title: '委托被系统撤销',
      message: '该委托已被交易所系统撤销。请刷新委托；如需了解原因，请联系客服。',
    },
    position_mode_mismatch: {
      title: '委托被拒：仓位模式不符',
      message: '该委托与账户当前的仓位模式（单向或双向）不符，已被拒绝。请按当前仓位模式修改委托后重新下单。',
    },
    reduce_only_liquidated: {
      title: '只减仓委托已撤销',
      message: '对应仓位已被强平，该只减仓委托随之撤销。请刷新仓位查看剩余情况。',
    },
    contract_not_enabled: {
      title: '委托被拒：合约未开放',
      message: '该合约当前未开放交易，委托已被拒绝。请选择其他合约。',
    },
    delivery_cancel: {
      title: '合约交割，委托已撤销',
      message: '合约已到交割时间，该未成交委托已被撤销。请刷新委托和仓位。',
    },
    position_liquidated_cancel: {
      title: '仓位强平，委托已撤销',
      message: '对应仓位已被强平，该委托已被撤销。请刷新仓位和委托。',
    },
    adl_cancel: {
      title: '自动减仓，委托已撤销',
      message: '您的仓位被自动减仓（ADL），该委托随之撤销。请刷新仓位和委托。',
    },
    restricted_account_cancel: {
      title: '账户受限，委托已撤销',
      message: '您的账户存在交易限制，该委托已被撤销。请联系客服了解原因。',
    },
    funding_settlement_cancel: {
      title: '资金费结算，委托已撤销',
      message: '该委托在资金费结算期间被撤销。结算结束后，如仍需要，请重新下单。',
    },
    position_margin_change_cancel: {
      title: '仓位保证金变化，委托已撤销',
      message: '仓位的起始保证金发生了变化（例如调整了杠杆），该委托已被撤销。请确认数量和杠杆后重新下单。',
    },
    ioc_cancel: {
      title: 'IOC 委托未成交部分已撤销',
      message: 'IOC（立即成交或撤销）委托未能立即成交的部分已被撤销。请查看已成交数量，如仍需要，请为剩余部分重新下单。',
    },
    fok_cancel: {
      title: 'FOK 委托已撤销',
      message: 'FOK（全部成交或撤销）委托无法立即全部成交，已整笔撤销，没有任何成交。请调整价格或数量后重新下单。',
    },
    post_only_cancel: {
      title: '只做 Maker 委托已撤销',
      message: '该只做 Maker 委托会立即以 Taker 身份成交，因此已被撤销。请将买入价调至低于卖一价、卖出价调至高于买一价后重新下单。',
    },
    market_rest_cancel: {
      title: '市价委托剩余部分已撤销',
      message: '该市价委托未能全部成交，未成交的部分已被撤销。请查看仓位，如仍需要，请为剩余部分重新下单。',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
