import type orderCatalog from '../../core/catalogs/order.catalog';
import type { CatalogTexts } from '../../core/text/messages';

/** Simplified Chinese (mainland): a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: '委托正常',
      message: '该委托没有出现问题。',
    },
    param_invalid: {
      title: '委托被拒：参数无效',
      message: '该委托的某项设置无效，已被交易所拒绝。请检查价格、数量和杠杆后重新下单。',
    },
    insufficient_balance: {
      title: '委托被拒：保证金不足',
      message: '下单时合约账户的可用保证金不足，委托已被拒绝。请划转资金到合约账户，或减少下单数量、降低杠杆。',
    },
    position_not_exists: {
      title: '没有可平的仓位',
      message: '该平仓委托没有找到对应的仓位，已被拒绝。请刷新仓位后再平仓。',
    },
    position_not_enough: {
      title: '平仓数量超过仓位',
      message: '该平仓委托的数量超过了您当前的仓位。请刷新仓位，并将数量调整为可平数量。',
    },
    position_liquidated: {
      title: '仓位已被强平',
      message: '您的仓位因保证金低于维持保证金而被强制平仓。请查看仓位和合约账户。',
    },
    order_liquidated: {
      title: '委托因强平成交',
      message: '该委托是在强平过程中成交的。请查看仓位和合约账户。',
    },
    risk_level_limit: {
      title: '委托被拒：超出风险限额',
      message: '成交后仓位将超过当前风险限额。请减少下单数量或降低杠杆。',
    },
    system_cancel: {
      title: '委托被系统撤销',
      message: '交易所系统撤销了该委托。请刷新委托；如不清楚原因，请联系客服。',
    },
    position_mode_mismatch: {
      title: '与仓位模式不符',
      message: '该委托与您账户的仓位模式（双向或单向）不符。请修改委托或更改仓位模式后重新下单。',
    },
    reduce_only_liquidated: {
      title: '只减仓委托已撤销',
      message: '该只减仓委托因仓位被强平而撤销。请刷新仓位。',
    },
    contract_not_enabled: {
      title: '合约未开放交易',
      message: '该合约目前未开放交易，委托已被拒绝。请选择其他合约。',
    },
    delivery_cancel: {
      title: '合约交割，委托已撤销',
      message: '合约已到交割时间，该未成交委托已被撤销。请刷新委托。',
    },
    position_liquidated_cancel: {
      title: '仓位强平，委托已撤销',
      message: '该委托因对应仓位被强平而撤销。请刷新仓位和委托。',
    },
    adl_cancel: {
      title: '自动减仓，委托已撤销',
      message: '自动减仓（ADL）减少了您的仓位，该委托随之撤销。请刷新仓位和委托。',
    },
    restricted_account_cancel: {
      title: '账户受限，委托已撤销',
      message: '您的账户交易受限，该委托已被撤销。请联系客服。',
    },
    funding_settlement_cancel: {
      title: '资金费结算，委托已撤销',
      message: '该委托在资金费结算期间被撤销。请在结算结束后重新下单。',
    },
    position_margin_change_cancel: {
      title: '保证金变化，委托已撤销',
      message: '仓位的起始保证金发生了变化（例如调整了杠杆），该委托已被撤销。请修改委托后重新下单。',
    },
    ioc_cancel: {
      title: '未成交部分已撤销（IOC）',
      message: '立即成交或撤销（IOC）：未能立即成交的部分已被撤销。如仍需成交，请为剩余部分重新下单。',
    },
    fok_cancel: {
      title: '未能全部成交（FOK）',
      message: '全部成交或撤销（FOK）：该委托无法立即全部成交，因此没有任何成交。请调整价格或数量后重新下单。',
    },
    post_only_cancel: {
      title: '只做 Maker 委托已撤销',
      message: '该只做 Maker 委托会立即以吃单方式成交，因此已被撤销。请将价格调离当前价格后重新下单。',
    },
    market_rest_cancel: {
      title: '市价委托剩余部分已撤销',
      message: '市价委托有部分未能成交，剩余部分已被撤销。请查看仓位，如有需要请重新下单。',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
