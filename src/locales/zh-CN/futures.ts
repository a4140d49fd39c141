import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Simplified Chinese (mainland): a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: '操作成功',
      message: '操作已完成，无需其他处理。',
    },
    public_error: {
      title: '交易所暂时异常',
      message: '交易所出现异常，本次操作未完成。请稍后重试；如问题持续，请联系客服。',
    },
    internal_error: {
      title: '交易所出错，结果未知',
      message: '交易所内部出错，委托可能已经提交成功。请先刷新委托和仓位确认结果，再稍后重试；如问题持续，请联系客服。',
    },
    system_busy: {
      title: '系统繁忙',
      message: '交易所当前访问量较大，暂时无法处理。请稍等片刻后重试。',
    },
    unauthorized: {
      title: 'API Key 未通过验证',
      message: '交易所未接受您的 API Key。请检查 API Key 和 Secret Key 是否填写正确，以及该 API Key 是否已被删除。',
    },
    api_key_expired: {
      title: 'API Key 已过期',
      message: '该 API Key 已过期（未绑定 IP 的 API Key 有效期为 90 天）。请在 MEXC 重新创建 API Key，并在此处更新。',
    },
    ip_not_whitelisted: {
      title: '当前 IP 不在白名单中',
      message: '您当前的 IP 地址不在该 API Key 的白名单中，请求被拒绝。请在 MEXC 的 API 管理中将此 IP 加入白名单。',
    },
    unknown_request_source: {
      title: '无法识别请求来源',
      message: '交易所无法确认本次请求的来源，已拒绝处理。请检查 API Key 设置；如问题持续，请联系客服。',
    },
    rate_limited: {
      title: '请求过于频繁',
      message: '请求发送过快，超出了交易所的频率限制。请稍等几秒后重试。',
    },
    endpoint_inaccessible: {
      title: 'API Key 无权执行此操作',
      message: '您的 API Key 或账户无权执行此操作。请在 MEXC 的 API 管理中为该 API Key 开启相应权限，或联系客服。',
    },
    request_time_invalid: {
      title: '设备时间不准确',
      message: '您设备的时间比交易所时间快 2 秒以上或慢 10 秒以上，请求被拒绝。请开启自动同步时间后重试。',
    },
    parameter_error: {
      title: '委托内容有误',
      message: '委托中有交易所不接受的内容。请检查价格、数量等设置，修改委托后重新提交。',
    },
    data_decoding_error: {
      title: '交易所无法读取请求',
      message: '交易所无法解析本应用发送的内容。这是应用本身的问题，与您的委托无关；如问题持续，请联系客服。',
    },
    signature_invalid: {
      title: 'API Key 签名校验失败',
      message: '交易所无法用您的 Secret Key 验证本次请求。请检查 API Key 与 Secret Key 是否匹配、是否填写正确。',
    },
    duplicate_request: {
      title: '重复提交',
      message: '交易所收到了两次相同的请求，第一次可能已经成功。请先刷新委托和仓位，确认后再决定是否重新提交。',
    },
    account_read_permission_required: {
      title: '需要开启账户读取权限',
      message: '该 API Key 没有查看账户信息的权限。请在 MEXC 的 API 管理中为该 API Key 开启账户读取权限。',
    },
    account_write_permission_required: {
      title: '需要开启账户修改权限',
      message: '该 API Key 没有修改账户设置（如调整保证金）的权限。请在 MEXC 的 API 管理中为该 API Key 开启账户修改权限。',
    },
    trade_read_permission_required: {
      title: '需要开启交易读取权限',
      message: '该 API Key 没有查看委托和成交记录的权限。请在 MEXC 的 API 管理中为该 API Key 开启交易读取权限。',
    },
    trade_write_permission_required: {
      title: '需要开启交易权限',
      message: '该 API Key 没有下单或修改委托的权限。请在 MEXC 的 API 管理中为该 API Key 开启交易权限。',
    },
    account_not_found: {
      title: '尚未开通合约账户',
      message: '您还没有 MEXC 合约账户。请先开通合约账户，再进行合约交易。',
    },
    contract_not_found: {
      title: '合约不存在',
      message: '该合约不存在，可能是名称有误或已下架。请检查合约名称，重新选择合约。',
    },
    contract_not_activated: {
      title: '该合约暂不可交易',
      message: '该合约目前未开放交易，无法下单。请选择其他合约。',
    },
    risk_limit_level_invalid: {
      title: '风险限额档位有误',
      message: '该仓位的风险限额档位无效，档位设置可能已有变化。请刷新查看风险限额；如问题持续，请联系客服。',
    },
    amount_invalid: {
      title: '金额有误',
      message: '交易所不接受该金额，可能为零或超出范围。请将数量调整到允许的最小值和最大值之间。',
    },
    order_side_invalid: {
      title: '委托方向有误',
      message: '委托方向（开多、开空、平多、平空）无效。请修改委托，选择正确的方向。',
    },
    open_type_invalid: {
      title: '保证金模式有误',
      message: '委托的保证金模式无效。请修改委托，选择全仓或逐仓。',
    },
    buy_price_too_high: {
      title: '买入价格过高',
      message: '买入价格高于交易所当前允许的最高价格。请调低价格，使其更接近当前价格。',
    },
    sell_price_too_low: {
      title: '卖出价格过低',
      message: '卖出价格低于交易所当前允许的最低价格。请调高价格，使其更接近当前价格。',
    },
    balance_insufficient: {
      title: '保证金不足',
      message: '合约账户的可用保证金不足，无法提交这笔委托。请从现货账户划转资金到合约账户（或先充值），也可以减少下单数量或降低杠杆。',
    },
    leverage_invalid: {
      title: '杠杆超出允许范围',
      message: '该合约或您当前的风险限额档位不支持此杠杆。请将杠杆调整到允许的范围内。',
    },
    order_price_invalid: {
      title: '委托价格有误',
      message: '交易所不接受该委托价格，可能为零或超出允许范围。请调整价格后重新下单。',
    },
    closable_quantity_insufficient: {
      title: '可平数量不足',
      message: '平仓数量超过了仓位当前的可平数量，部分仓位可能已被其他平仓委托占用。请刷新仓位，再减少平仓数量。',
    },
    position_not_found: {
      title: '仓位不存在',
      message: '该仓位不存在或已被平仓。请刷新查看当前仓位。',
    },
    order_quantity_invalid: {
      title: '下单数量有误',
      message: '下单数量无效。MEXC 合约的数量以“张”为单位，而不是币的个数。请按张数重新填写。',
    },
    cancel_limit_exceeded: {
      title: '单次撤单数量过多',
      message: '一次撤销的委托数量超过了交易所上限。请分批撤单。',
    },
    batch_order_limit_exceeded: {
      title: '批量下单数量过多',
      message: '本次批量下单的委托数量超过了交易所上限。请分批提交。',
    },
    precision_invalid: {
      title: '价格或数量精度有误',
      message: '价格或数量的小数位数超出了该合约允许的精度。请按该合约的最小变动单位调整价格和数量。',
    },
    plan_order_limit_exceeded: {
      title: '计划委托已达上限',
      message: '未触发的计划委托数量已达上限。请先撤销部分计划委托，再新建。',
    },
    margin_removal_exceeded: {
      title: '超出最大可减保证金',
      message: '要减少的保证金超过了该仓位最多可减少的金额。请调小金额后重试。',
    },
    open_orders_active: {
      title: '仍有未成交委托',
      message: '该合约还有未成交的开仓委托，暂时无法进行此项修改。请先撤销这些委托后重试。',
    },
    leverage_mismatch: {
      title: '杠杆与现有仓位不一致',
      message: '这笔委托的杠杆与您同方向现有仓位的杠杆不一致。请将杠杆调整为与该仓位一致后再下单。',
    },
    position_type_invalid: {
      title: '仓位方向有误',
      message: '仓位方向（多仓或空仓）无效。请修改委托，选择正确的方向。',
    },
    positions_over_max_leverage: {
      title: '仓位杠杆超过新档位上限',
      message: '现有仓位的杠杆高于新风险限额档位允许的最大杠杆。请先降低该仓位的杠杆或减少仓位，再切换档位。',
    },
    orders_over_max_leverage: {
      title: '委托杠杆超过新档位上限',
      message: '部分未成交委托的杠杆高于新风险限额档位允许的最大杠杆。请先撤销这些委托或降低杠杆，再切换档位。',
    },
    position_limit_exceeded: {
      title: '仓位超过新档位上限',
      message: '当前仓位超过了新风险限额档位允许的最大数量。请先减少仓位，再切换档位。',
    },
    cross_leverage_change_unsupported: {
      title: '无法修改全仓杠杆',
      message: '全仓模式不支持以这种方式修改杠杆。请修改委托，或改用逐仓模式设置杠杆。',
    },
    margin_mode_conflict: {
      title: '全仓和逐仓不能混用',
      message: '同一合约的同一方向只能使用一种保证金模式（全仓或逐仓）。请修改委托，使用与现有仓位相同的保证金模式。',
    },
    order_quantity_over_max: {
      title: '下单数量超过上限',
      message: '这笔委托的数量超过了单笔委托允许的上限。请减少数量，或拆分成多笔委托。',
    },
    order_type_invalid: {
      title: '委托类型有误',
      message: '此处不支持该委托类型。请修改委托，选择支持的类型，例如限价或市价。',
    },
    external_order_id_too_long: {
      title: '自定义委托编号过长',
      message: '自定义委托编号最多 32 个字符。请修改委托，缩短编号。',
    },
    risk_limit_exceeded: {
      title: '超出风险限额',
      message: '下单后仓位将超过当前风险限额允许的上限。请减少下单数量或降低杠杆。',
    },
    price_below_long_liquidation: {
      title: '价格低于强平价格',
      message: '委托价格低于您多仓的强平价格。请将价格调高至强平价格以上。',
    },
    price_above_short_liquidation: {
      title: '价格高于强平价格',
      message: '委托价格高于您空仓的强平价格。请将价格调低至强平价格以下。',
    },
    batch_query_limit_exceeded: {
      title: '单次查询委托过多',
      message: '本次查询的委托数量超过了交易所单次上限。请分批查询。',
    },
    market_price_tier_unsupported: {
      title: '不支持该市价委托',
      message: '该合约不支持这种市价委托。请修改委托，例如改用限价委托。',
    },
    trigger_price_type_invalid: {
      title: '触发价格类型有误',
      message: '触发价格类型无效。请修改委托，选择最新价格、合理价格或指数价格。',
    },
    trigger_type_invalid: {
      title: '触发条件有误',
      message: '触发条件无效。请修改委托，选择在价格上涨或下跌至触发价格时触发。',
    },
    execution_cycle_invalid: {
      title: '有效期有误',
      message: '计划委托的有效期无效。请修改委托，选择支持的有效期，例如 24 小时或 7 天。',
    },
    trigger_price_invalid: {
      title: '触发价格有误',
      message: '交易所不接受该触发价格。请对照当前价格检查并调整触发价格。',
    },
    currency_unsupported: {
      title: '不支持该币种',
      message: '此处不支持该币种。请修改委托，选择支持的币种。',
    },
    open_orders_over_limit: {
      title: '委托数量已达上限',
      message: '您的委托数量已达上限。请撤销部分未成交委托；如需提高上限，请联系客服。',
    },
    trading_too_frequent: {
      title: '交易过于频繁',
      message: '下单速度过快，已被暂时限制。请稍等片刻后重试。',
    },
    position_quantity_over_max: {
      title: '仓位已达上限',
      message: '下单后仓位将超过允许的最大数量。请减少下单数量；如需提高上限，请联系客服。',
    },
    tpsl_price_missing: {
      title: '请填写止盈或止损价格',
      message: '止盈价格和止损价格不能同时为空。请至少填写其中一个。',
    },
    tpsl_order_not_found: {
      title: '止盈止损委托不存在',
      message: '该止盈止损委托不存在或已关闭。请刷新查看当前委托。',
    },
    tpsl_price_invalid: {
      title: '止盈止损价格有误',
      message: '止盈止损价格无效：多仓的止盈价格应高于当前价格，止损价格应低于当前价格；空仓则相反。请调整价格。',
    },
    tpsl_volume_over_position: {
      title: '止盈止损数量超过仓位',
      message: '止盈止损委托的总数量超过了仓位的可平数量。请调低止盈止损数量，使其不超过可平数量。',
    },
    trading_forbidden: {
      title: '账户已被限制交易',
      message: '您的账户目前无法进行合约交易。请联系客服了解原因及恢复方式。',
    },
    opening_forbidden: {
      title: '暂时无法开仓',
      message: '您的账户目前无法开新仓，但现有仓位仍可正常平仓。详情请联系客服。',
    },
    time_range_invalid: {
      title: '时间范围有误',
      message: '所选的时间范围无效。请刷新后选择更短的时间范围。',
    },
    pair_and_status_required: {
      title: '请选择合约和委托状态',
      message: '加载此列表需要同时选择合约和委托状态。请刷新后选择这两项。',
    },
    pair_unavailable: {
      title: '该合约暂不可用',
      message: '该合约目前未开放交易。请选择其他合约。',
    },
    order_not_found: {
      title: '委托不存在',
      message: '该委托不存在，或已成交、已撤销。请刷新查看当前委托。',
    },
    order_not_cancellable: {
      title: '委托无法撤销',
      message: '该委托已成交或已撤销，无法再撤单。请刷新查看最新状态。',
    },
    service_unavailable: {
      title: '交易所暂不可用',
      message: '交易所服务暂时不可用。请稍等片刻后重试。',
    },
    gateway_timeout: {
      title: '交易所响应超时',
      message: '交易所未能及时响应，无法确定委托是否已提交。请先刷新委托确认结果，以免重复下单；如委托未提交，请稍后重试。',
    },
    request_rejected: {
      title: '请求被拒绝',
      message: '交易所拒绝了本次请求，但未说明原因。请稍后重试；如问题持续，请联系客服。',
    },
    maintenance: {
      title: '交易所维护中',
      message: '交易所正在进行系统维护，暂时无法处理本次请求。请留意 MEXC 公告中的维护时间，维护结束后重试。',
    },
    risk_limit_change_retired: {
      title: '风险限额已改为自动调整',
      message: 'MEXC 已不再支持手动调整风险限额，本次调整未生效；风险限额现会随仓位大小自动调整。请刷新查看当前风险限额。',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
