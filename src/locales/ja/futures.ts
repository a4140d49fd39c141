import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Japanese: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: '完了しました',
      message: 'リクエストは正常に処理されました。',
    },
    public_error: {
      title: '取引所エラー',
      message:
        'MEXCで問題が発生し、このリクエストを完了できませんでした。時間をおいて再試行し、解決しない場合はサポートにお問い合わせください。',
    },
    internal_error: {
      title: '取引所エラー（結果不明）',
      message:
        'MEXCで内部エラーが発生しましたが、注文は受け付けられている可能性があります。注文とポジションを再読み込みして結果を確認してから、時間をおいて再試行してください。',
    },
    system_busy: {
      title: '取引所が混み合っています',
      message: '現在MEXCへのアクセスが集中しています。しばらく待ってから再試行してください。',
    },
    unauthorized: {
      title: 'APIキーが受け付けられません',
      message:
        'MEXCがAPIキーを受け付けませんでした。APIキーとシークレットキーが正しく入力されているか、キーが削除されていないかをご確認ください。',
    },
    api_key_expired: {
      title: 'APIキーの有効期限切れ',
      message:
        'このAPIキーは有効期限が切れています（IPアドレスを紐付けていないキーは90日で失効します）。MEXCで新しいAPIキーを作成し、ここに登録してください。',
    },
    ip_not_whitelisted: {
      title: '許可されていないIPアドレス',
      message: 'お使いのAPIキーは、このIPアドレスからのリクエストを受け付けません。MEXCでこのIPをキーのホワイトリストに追加してください。',
    },
    unknown_request_source: {
      title: 'リクエスト元を識別できません',
      message:
        'MEXCがこのリクエストの送信元を確認できませんでした。APIキーの設定を確認し、解決しない場合はサポートにお問い合わせください。',
    },
    rate_limited: {
      title: 'リクエストが多すぎます',
      message: 'MEXCが許可する頻度を超えてリクエストが送信されています。数秒待ってから再試行してください。',
    },
    endpoint_inaccessible: {
      title: 'このAPIキーでは実行できません',
      message:
        'お使いのAPIキーまたは口座では、この操作が許可されていません。APIキーで必要な権限を有効にするか、サポートにお問い合わせください。',
    },
    request_time_invalid: {
      title: '端末の時刻がずれています',
      message: 'お使いの端末の時刻が、MEXCの時刻より2秒以上進んでいるか、10秒以上遅れています。時刻を同期してから再試行してください。',
    },
    parameter_error: {
      title: '注文内容が受け付けられません',
      message: '注文に、取引所が受け付けない値が含まれています。価格や数量などの設定を確認し、注文を修正してください。',
    },
    data_decoding_error: {
      title: 'リクエストを読み取れません',
      message:
        'MEXCがこのアプリの送信内容を読み取れませんでした。お客様の注文ではなくアプリ側の問題です。解決しない場合はサポートにお問い合わせください。',
    },
    signature_invalid: {
      title: 'APIキーの署名検証に失敗',
      message:
        'MEXCがシークレットキーでこのリクエストを検証できませんでした。APIキーとシークレットキーの組み合わせが正しく、正確に入力されているかご確認ください。',
    },
    duplicate_request: {
      title: '重複したリクエスト',
      message:
        'MEXCが同じリクエストを二重に受信しており、最初のリクエストがすでに処理されている可能性があります。注文とポジションを再読み込みして確認してから、必要な場合のみ再送信してください。',
    },
    account_read_permission_required: {
      title: '口座の読み取り権限が必要です',
      message: 'このAPIキーでは口座情報を表示できません。MEXCでこのキーの口座読み取り権限を有効にしてください。',
    },
    account_write_permission_required: {
      title: '口座の変更権限が必要です',
      message: 'このAPIキーでは、証拠金の調整など口座の変更ができません。MEXCでこのキーの口座変更権限を有効にしてください。',
    },
    trade_read_permission_required: {
      title: '取引の読み取り権限が必要です',
      message: 'このAPIキーでは注文や約定履歴を表示できません。MEXCでこのキーの取引読み取り権限を有効にしてください。',
    },
    trade_write_permission_required: {
      title: '取引権限が必要です',
      message: 'このAPIキーでは注文の発注や変更ができません。MEXCでこのキーの取引権限を有効にしてください。',
    },
    account_not_found: {
      title: '先物口座が開設されていません',
      message: 'MEXCの先物口座がまだ開設されていません。先物銘柄の取引を始めるには、先物口座を開設してください。',
    },
    contract_not_found: {
      title: '銘柄が見つかりません',
      message: 'この先物銘柄はMEXCに存在しません。シンボルを確認し、別の銘柄を選択してください。',
    },
    contract_not_activated: {
      title: '取引できない銘柄です',
      message: 'この銘柄は現在取引できないため、注文を出せません。別の銘柄を選択してください。',
    },
    risk_limit_level_invalid: {
      title: 'リスク制限ティアの問題',
      message:
        'このポジションのリスク制限ティアが無効です。再読み込みしてリスク制限を確認し、解決しない場合はサポートにお問い合わせください。',
    },
    amount_invalid: {
      title: '金額が無効です',
      message: '取引所がこの金額を受け付けません。許容される最小値と最大値の範囲に収まるよう、数量を調整してください。',
    },
    order_side_invalid: {
      title: '注文の方向が無効です',
      message: '注文の方向（新規か決済か、ロングかショートか）が無効です。注文を修正し、正しい方向を選択してください。',
    },
    open_type_invalid: {
      title: 'マージンモードが無効です',
      message: '注文のマージンモードが無効です。注文を修正し、クロスマージンか分離マージンを選択してください。',
    },
    buy_price_too_high: {
      title: '買い価格が高すぎます',
      message: '買い価格が、現在許容されている上限を超えています。現在の市場価格に近い価格に調整してください。',
    },
    sell_price_too_low: {
      title: '売り価格が低すぎます',
      message: '売り価格が、現在許容されている下限を下回っています。現在の市場価格に近い価格に調整してください。',
    },
    balance_insufficient: {
      title: '証拠金が不足しています',
      message:
        '先物口座の利用可能証拠金が、この注文には足りません。先物口座に資金を振り替えるか、注文数量またはレバレッジを下げてください。',
    },
    leverage_invalid: {
      title: '利用できないレバレッジです',
      message: 'このレバレッジは、この銘柄または現在のリスク制限ティアでは利用できません。許容される値にレバレッジを調整してください。',
    },
    order_price_invalid: {
      title: '注文価格が無効です',
      message: '取引所がこの注文価格を受け付けません。価格を調整してから、もう一度発注してください。',
    },
    closable_quantity_insufficient: {
      title: '決済可能数量が足りません',
      message: '決済数量が、ポジションの決済可能数量を超えています。ポジションを再読み込みしてから、数量を減らしてください。',
    },
    position_not_found: {
      title: 'ポジションが見つかりません',
      message: 'このポジションは存在しないか、すでに決済されています。再読み込みして現在のポジションを確認してください。',
    },
    order_quantity_invalid: {
      title: '注文数量が無効です',
      message: '数量が無効です。MEXCの先物では、数量はコインの数ではなく「枚」単位で指定します。枚数を調整してください。',
    },
    cancel_limit_exceeded: {
      title: 'キャンセルする注文が多すぎます',
      message: '一度にキャンセルできる注文数の上限を超えています。何回かに分けてキャンセルしてください。',
    },
    batch_order_limit_exceeded: {
      title: '一括注文の件数が多すぎます',
      message: 'この一括注文は、MEXCが一度に受け付ける件数を超えています。何回かに分けて送信してください。',
    },
    precision_invalid: {
      title: '小数点以下の桁数が多すぎます',
      message:
        '価格または数量の小数点以下の桁数が、この銘柄で許容される桁数を超えています。許容される刻み幅に合わせて価格と数量を調整してください。',
    },
    plan_order_limit_exceeded: {
      title: 'トリガー注文が多すぎます',
      message: '未発動のトリガー注文が上限数に達しています。新しく発注する前に、未発動のトリガー注文の一部をキャンセルしてください。',
    },
    margin_removal_exceeded: {
      title: 'その額の証拠金は減らせません',
      message: 'このポジションから引き出せる額を超えて証拠金を減らそうとしています。より少ない額に証拠金を調整してください。',
    },
    open_orders_active: {
      title: '未約定の注文があります',
      message: 'この銘柄に未約定の注文があるため、この変更はまだできません。未約定注文をキャンセルしてから再試行してください。',
    },
    leverage_mismatch: {
      title: 'レバレッジがポジションと異なります',
      message: '注文のレバレッジが、既存ポジションのレバレッジと一致しません。ポジションに合わせてレバレッジを調整してください。',
    },
    position_type_invalid: {
      title: 'ポジションの方向が無効です',
      message: 'ポジションの方向（ロングかショートか）が無効です。注文を修正し、正しい方向を選択してください。',
    },
    positions_over_max_leverage: {
      title: 'ポジションのレバレッジがティア上限を超過',
      message:
        '保有中のポジションのレバレッジが、新しいリスク制限ティアの上限を超えています。先にレバレッジを下げるか、ポジションサイズを減らしてください。',
    },
    orders_over_max_leverage: {
      title: '注文のレバレッジがティア上限を超過',
      message:
        '一部の未約定注文のレバレッジが、新しいリスク制限ティアの上限を超えています。先にそれらの注文をキャンセルするか、レバレッジを下げてください。',
    },
    position_limit_exceeded: {
      title: 'ポジションがティア上限を超過',
      message: '現在のポジションが、新しいリスク制限ティアで許容されるサイズを超えています。先にポジションサイズを減らしてください。',
    },
    cross_leverage_change_unsupported: {
      title: 'クロスマージンのレバレッジは変更できません',
      message: 'クロスマージンでは、この方法でレバレッジを変更できません。注文を修正するか、分離マージンでレバレッジを設定してください。',
    },
    margin_mode_conflict: {
      title: 'クロスマージンと分離マージンは併用不可',
      message:
        '同じ銘柄の同じ方向では、クロスマージンか分離マージンのどちらか一方しか使えません。ポジションと同じマージンモードになるよう注文を修正してください。',
    },
    order_quantity_over_max: {
      title: '注文数量が大きすぎます',
      message: 'この注文は、1回の注文で許容される最大数量を超えています。数量を減らすか、複数の注文に分けてください。',
    },
    order_type_invalid: {
      title: '注文タイプが無効です',
      message: 'この注文タイプはここでは使えません。注文を修正し、指値や成行など対応しているタイプを選択してください。',
    },
    external_order_id_too_long: {
      title: 'カスタム注文IDが長すぎます',
      message: 'カスタム注文IDは最大32文字です。注文を修正してIDを短くしてください。',
    },
    risk_limit_exceeded: {
      title: 'リスク制限を超えています',
      message: 'この注文により、ポジションが現在のリスク制限で許容される範囲を超えます。注文数量を減らすか、レバレッジを下げてください。',
    },
    price_below_long_liquidation: {
      title: '価格が強制決済価格を下回っています',
      message: '注文価格が、ロングポジションの強制決済価格を下回っています。強制決済価格より高い価格に調整してください。',
    },
    price_above_short_liquidation: {
      title: '価格が強制決済価格を上回っています',
      message: '注文価格が、ショートポジションの強制決済価格を上回っています。強制決済価格より低い価格に調整してください。',
    },
    batch_query_limit_exceeded: {
      title: '一度に照会する注文が多すぎます',
      message: 'この照会は、MEXCが一度に許可する注文数を超えています。何回かに分けて照会してください。',
    },
    market_price_tier_unsupported: {
      title: 'この種類の成行注文は使えません',
      message: 'この銘柄では、この種類の成行注文に対応していません。注文を修正し、たとえば指値注文に切り替えてください。',
    },
    trigger_price_type_invalid: {
      title: 'トリガー価格の種類が無効です',
      message: 'トリガー価格の種類が無効です。注文を修正し、直近価格、公正価格、インデックス価格のいずれかを選択してください。',
    },
    trigger_type_invalid: {
      title: 'トリガー条件が無効です',
      message:
        'トリガー条件が無効です。注文を修正し、価格がトリガー価格まで上昇したときと下落したときの、どちらで発動するかを選択してください。',
    },
    execution_cycle_invalid: {
      title: '有効期間が無効です',
      message: 'トリガー注文の有効期間が無効です。注文を修正し、24時間や7日間など選択可能な期間を指定してください。',
    },
    trigger_price_invalid: {
      title: 'トリガー価格が無効です',
      message: '取引所がこのトリガー価格を受け付けません。現在の市場価格と照らし合わせて調整してください。',
    },
    currency_unsupported: {
      title: '対応していない通貨です',
      message: 'この通貨はここでは利用できません。注文を修正し、対応している通貨を選択してください。',
    },
    open_orders_over_limit: {
      title: '注文数が上限に達しました',
      message:
        '注文数が上限に達しています。未約定注文の一部をキャンセルするか、上限の引き上げが必要な場合はサポートにお問い合わせください。',
    },
    trading_too_frequent: {
      title: '注文の頻度が高すぎます',
      message: '注文を出す間隔が短すぎます。しばらく待ってから再試行してください。',
    },
    position_quantity_over_max: {
      title: 'ポジションサイズの上限に達しました',
      message:
        'この注文により、ポジションが許容される最大サイズを超えます。注文数量を減らすか、上限の引き上げについてサポートにお問い合わせください。',
    },
    tpsl_price_missing: {
      title: '利確価格か損切り価格を入力してください',
      message: '利確と損切りの両方を空欄にすることはできません。利確価格、損切り価格、またはその両方を入力してください。',
    },
    tpsl_order_not_found: {
      title: '利確/損切り注文が見つかりません',
      message: 'この利確/損切り注文はすでに存在しないか、終了しています。再読み込みして現在の注文を確認してください。',
    },
    tpsl_price_invalid: {
      title: '利確/損切り価格が無効です',
      message:
        '利確/損切り価格が無効です。ロングでは利確を現在価格より上、損切りを下に設定し、ショートではその逆になります。価格を調整してください。',
    },
    tpsl_volume_over_position: {
      title: '利確/損切り数量がポジションを超過',
      message:
        '利確/損切り注文の合計数量が、ポジションの決済可能数量を超えています。ポジションに収まるよう利確/損切りの数量を減らしてください。',
    },
    trading_forbidden: {
      title: '取引が停止されています',
      message: 'お客様の口座では取引が停止されています。理由と解除方法については、サポートにお問い合わせください。',
    },
    opening_forbidden: {
      title: '新規ポジションを建てられません',
      message:
        '現在、お客様の口座では新規ポジションを建てられませんが、既存ポジションの決済は可能です。詳しくはサポートにお問い合わせください。',
    },
    time_range_invalid: {
      title: '期間が無効です',
      message: '選択した期間は受け付けられません。再読み込みして、より短い期間を選択してください。',
    },
    pair_and_status_required: {
      title: '銘柄と注文ステータスを選択してください',
      message: 'この一覧を読み込むには、銘柄と注文ステータスの両方が必要です。再読み込みして両方を選択してください。',
    },
    pair_unavailable: {
      title: '利用できない銘柄です',
      message: 'この銘柄は現在取引できません。別の銘柄を選択してください。',
    },
    order_not_found: {
      title: '注文が見つかりません',
      message: 'この注文は存在しないか、すでに有効ではありません。再読み込みして現在の注文を確認してください。',
    },
    order_not_cancellable: {
      title: '注文をキャンセルできません',
      message: 'この注文はすでに約定済みかキャンセル済みのため、キャンセルできません。再読み込みして現在の状況を確認してください。',
    },
    service_unavailable: {
      title: '取引所を利用できません',
      message: 'MEXCは一時的に利用できません。しばらく待ってから再試行してください。',
    },
    gateway_timeout: {
      title: '取引所の応答がタイムアウトしました',
      message:
        'MEXCの応答に時間がかかりすぎたため、注文が受け付けられたかどうか分かりません。注文を再読み込みして結果を確認してから、時間をおいて再試行してください。',
    },
    request_rejected: {
      title: 'リクエストが拒否されました',
      message: 'MEXCが理由を示さずにこのリクエストを拒否しました。時間をおいて再試行し、解決しない場合はサポートにお問い合わせください。',
    },
    maintenance: {
      title: '取引所はメンテナンス中です',
      message:
        'MEXCはシステムメンテナンス中のため、現在このリクエストを処理できません。終了時刻をMEXCのお知らせでご確認のうえ、再試行してください。',
    },
    risk_limit_change_retired: {
      title: 'リスク制限は自動調整になりました',
      message:
        'MEXCではリスク制限を手動で変更できなくなったため、この変更は反映されていません。リスク制限は現在、ポジションサイズに応じて自動で調整されます。再読み込みして現在のリスク制限を確認してください。',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
