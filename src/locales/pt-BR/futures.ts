import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Brazilian Portuguese: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Concluído',
      message: 'Sua solicitação foi concluída com sucesso.',
    },
    public_error: {
      title: 'Erro na MEXC',
      message:
        'A MEXC teve um problema e não conseguiu concluir esta solicitação. Tente novamente mais tarde e, se o problema continuar, fale com o suporte.',
    },
    internal_error: {
      title: 'Erro na MEXC, resultado desconhecido',
      message:
        'A MEXC teve um erro interno e sua ordem pode ter sido enviada mesmo assim. Atualize suas ordens e posições antes de tentar novamente mais tarde.',
    },
    system_busy: {
      title: 'MEXC sobrecarregada',
      message: 'A MEXC está com tráfego intenso no momento. Aguarde um pouco e tente novamente.',
    },
    unauthorized: {
      title: 'Chave de API não aceita',
      message:
        'A MEXC não aceitou sua chave de API. Verifique se a chave de API e a chave secreta foram digitadas corretamente e se a chave ainda existe.',
    },
    api_key_expired: {
      title: 'Chave de API expirada',
      message:
        'Esta chave de API expirou (chaves sem IP vinculado expiram após 90 dias). Crie uma nova chave de API na MEXC e adicione-a aqui.',
    },
    ip_not_whitelisted: {
      title: 'Endereço IP não permitido',
      message: 'Sua chave de API não aceita solicitações deste endereço IP. Adicione este IP à lista branca da chave na MEXC.',
    },
    unknown_request_source: {
      title: 'Origem da solicitação não reconhecida',
      message:
        'A MEXC não conseguiu identificar de onde veio esta solicitação. Verifique as configurações da sua chave de API e, se o problema continuar, fale com o suporte.',
    },
    rate_limited: {
      title: 'Solicitações em excesso',
      message: 'Você está enviando solicitações mais rápido do que a MEXC permite. Aguarde alguns segundos e tente novamente.',
    },
    endpoint_inaccessible: {
      title: 'Não permitido para esta chave de API',
      message:
        'Sua chave de API ou sua conta não têm permissão para fazer isso. Ative a permissão necessária na sua chave de API ou fale com o suporte.',
    },
    request_time_invalid: {
      title: 'Relógio do dispositivo fora de sincronia',
      message:
        'O relógio do seu dispositivo está mais de 2 segundos adiantado ou mais de 10 segundos atrasado em relação ao horário da MEXC. Sincronize o relógio e tente novamente.',
    },
    parameter_error: {
      title: 'Dados da ordem não aceitos',
      message: 'A ordem tem um valor que a MEXC não aceita. Verifique o preço, a quantidade e as demais configurações e edite a ordem.',
    },
    data_decoding_error: {
      title: 'Não foi possível ler a solicitação',
      message:
        'A MEXC não conseguiu ler o que este aplicativo enviou. É um problema do aplicativo, não da sua ordem; se continuar, fale com o suporte.',
    },
    signature_invalid: {
      title: 'Falha na verificação da chave de API',
      message:
        'A MEXC não conseguiu verificar esta solicitação com sua chave secreta. Verifique se a chave de API e a chave secreta correspondem e foram digitadas corretamente.',
    },
    duplicate_request: {
      title: 'Solicitação duplicada',
      message:
        'A MEXC recebeu esta solicitação duas vezes e a primeira pode já ter sido processada. Atualize suas ordens e posições antes de enviá-la de novo.',
    },
    account_read_permission_required: {
      title: 'Permissão de leitura da conta necessária',
      message: 'Sua chave de API não pode ver os dados da conta. Ative a permissão de leitura da conta para esta chave na MEXC.',
    },
    account_write_permission_required: {
      title: 'Permissão de escrita da conta necessária',
      message:
        'Sua chave de API não pode fazer alterações na conta, como ajustes de margem. Ative a permissão de escrita da conta para esta chave na MEXC.',
    },
    trade_read_permission_required: {
      title: 'Permissão de leitura de negociações necessária',
      message:
        'Sua chave de API não pode ver suas ordens e negociações. Ative a permissão de leitura de negociações para esta chave na MEXC.',
    },
    trade_write_permission_required: {
      title: 'Permissão de negociação necessária',
      message: 'Sua chave de API não pode enviar nem alterar ordens. Ative a permissão de negociação para esta chave na MEXC.',
    },
    account_not_found: {
      title: 'Você ainda não tem conta de futuros',
      message: 'Você ainda não tem uma conta de futuros na MEXC. Abra uma conta de futuros para começar a negociar contratos.',
    },
    contract_not_found: {
      title: 'Contrato não encontrado',
      message: 'Este contrato de futuros não existe na MEXC. Verifique o símbolo e escolha outro contrato.',
    },
    contract_not_activated: {
      title: 'Contrato fora de negociação',
      message: 'Este contrato não está aberto para negociação no momento, então não é possível enviar ordens nele. Escolha outro contrato.',
    },
    risk_limit_level_invalid: {
      title: 'Problema no nível de limite de risco',
      message:
        'O nível de limite de risco desta posição não é válido. Atualize para conferir seu limite de risco e, se o problema continuar, fale com o suporte.',
    },
    amount_invalid: {
      title: 'Valor inválido',
      message: 'A MEXC não aceita este valor. Ajuste a quantidade para que fique entre o mínimo e o máximo permitidos.',
    },
    order_side_invalid: {
      title: 'Direção da ordem inválida',
      message: 'A direção da ordem (abrir ou fechar, comprada ou vendida) não é válida. Edite a ordem e escolha o lado correto.',
    },
    open_type_invalid: {
      title: 'Modo de margem inválido',
      message: 'O modo de margem da ordem não é válido. Edite a ordem e escolha margem cruzada ou isolada.',
    },
    buy_price_too_high: {
      title: 'Preço de compra alto demais',
      message: 'Seu preço de compra está acima do máximo permitido no momento. Ajuste o preço para mais perto do preço de mercado atual.',
    },
    sell_price_too_low: {
      title: 'Preço de venda baixo demais',
      message: 'Seu preço de venda está abaixo do mínimo permitido no momento. Ajuste o preço para mais perto do preço de mercado atual.',
    },
    balance_insufficient: {
      title: 'Margem insuficiente',
      message:
        'Sua conta de futuros não tem margem disponível suficiente para esta ordem. Transfira fundos para sua conta de futuros ou reduza o tamanho da ordem ou a alavancagem.',
    },
    leverage_invalid: {
      title: 'Alavancagem não permitida',
      message:
        'Esta alavancagem não está disponível para este contrato ou para o seu nível de limite de risco. Ajuste a alavancagem para um valor permitido.',
    },
    order_price_invalid: {
      title: 'Preço da ordem inválido',
      message: 'A MEXC não aceita este preço de ordem. Ajuste o preço e envie a ordem novamente.',
    },
    closable_quantity_insufficient: {
      title: 'Quantidade insuficiente para fechar',
      message:
        'A quantidade a fechar é maior do que a posição tem disponível para fechamento. Atualize sua posição e depois reduza a quantidade.',
    },
    position_not_found: {
      title: 'Posição não encontrada',
      message: 'Esta posição não existe ou já foi fechada. Atualize para ver suas posições atuais.',
    },
    order_quantity_invalid: {
      title: 'Quantidade da ordem inválida',
      message:
        'A quantidade não é válida. Nos futuros da MEXC, a quantidade é contada em contratos, não em moedas. Ajuste o número de contratos.',
    },
    cancel_limit_exceeded: {
      title: 'Ordens demais para cancelar',
      message: 'Você tentou cancelar mais ordens de uma vez do que a MEXC permite. Divida-as em lotes menores e cancele novamente.',
    },
    batch_order_limit_exceeded: {
      title: 'Ordens demais em um lote',
      message: 'Este lote tem mais ordens do que a MEXC permite de uma vez. Divida-o em lotes menores.',
    },
    precision_invalid: {
      title: 'Casas decimais demais',
      message:
        'O preço ou a quantidade tem mais casas decimais do que este contrato permite. Ajuste o preço e a quantidade ao incremento permitido.',
    },
    plan_order_limit_exceeded: {
      title: 'Ordens de gatilho demais',
      message:
        'Você atingiu o número máximo de ordens de gatilho abertas. Cancele algumas ordens de gatilho abertas antes de criar uma nova.',
    },
    margin_removal_exceeded: {
      title: 'Não é possível retirar tanta margem',
      message: 'Você está tentando retirar mais margem do que esta posição pode liberar. Ajuste a margem para um valor menor.',
    },
    open_orders_active: {
      title: 'Ainda há ordens abertas ativas',
      message:
        'Você tem ordens abertas ativas neste contrato, então esta alteração ainda não é possível. Cancele suas ordens abertas e tente novamente.',
    },
    leverage_mismatch: {
      title: 'Alavancagem diferente da posição',
      message: 'A alavancagem da ordem não corresponde à da sua posição existente. Ajuste a alavancagem para que fique igual à da posição.',
    },
    position_type_invalid: {
      title: 'Lado da posição inválido',
      message: 'O lado da posição (comprada ou vendida) não é válido. Edite a ordem e escolha o lado correto.',
    },
    positions_over_max_leverage: {
      title: 'Posição: alavancagem alta demais para o nível',
      message:
        'Uma posição aberta usa mais alavancagem do que o novo nível de limite de risco permite. Primeiro reduza a alavancagem dela ou o tamanho da posição.',
    },
    orders_over_max_leverage: {
      title: 'Ordens: alavancagem alta demais para o nível',
      message:
        'Algumas ordens abertas usam mais alavancagem do que o novo nível de limite de risco permite. Primeiro cancele essas ordens ou reduza a alavancagem.',
    },
    position_limit_exceeded: {
      title: 'Posição grande demais para o nível',
      message: 'Sua posição atual é maior do que o novo nível de limite de risco permite. Primeiro reduza o tamanho da posição.',
    },
    cross_leverage_change_unsupported: {
      title: 'Alavancagem não alterável na margem cruzada',
      message:
        'Na margem cruzada, a alavancagem não pode ser alterada dessa forma. Edite a ordem ou use margem isolada para definir a alavancagem.',
    },
    margin_mode_conflict: {
      title: 'Não é possível misturar cruzada e isolada',
      message:
        'Só é permitido um modo de margem, cruzada ou isolada, por direção em cada contrato. Edite a ordem para usar o modo de margem da sua posição.',
    },
    order_quantity_over_max: {
      title: 'Ordem grande demais',
      message: 'Esta ordem é maior do que o máximo permitido para uma única ordem. Reduza o tamanho ou divida-a em ordens menores.',
    },
    order_type_invalid: {
      title: 'Tipo de ordem inválido',
      message: 'Este tipo de ordem não é aceito aqui. Edite a ordem e escolha um tipo compatível, como uma ordem limite ou a mercado.',
    },
    external_order_id_too_long: {
      title: 'ID personalizado da ordem longo demais',
      message: 'Um ID personalizado de ordem pode ter no máximo 32 caracteres. Edite a ordem e encurte o ID.',
    },
    risk_limit_exceeded: {
      title: 'Limite de risco excedido',
      message:
        'Com esta ordem, sua posição passaria do que o seu limite de risco atual permite. Reduza o tamanho da ordem ou a alavancagem.',
    },
    price_below_long_liquidation: {
      title: 'Preço abaixo do preço de liquidação',
      message:
        'O preço da ordem está abaixo do preço de liquidação da sua posição comprada. Ajuste o preço para um valor acima do preço de liquidação.',
    },
    price_above_short_liquidation: {
      title: 'Preço acima do preço de liquidação',
      message:
        'O preço da ordem está acima do preço de liquidação da sua posição vendida. Ajuste o preço para um valor abaixo do preço de liquidação.',
    },
    batch_query_limit_exceeded: {
      title: 'Ordens demais em uma consulta',
      message: 'Esta consulta pede mais ordens de uma vez do que a MEXC permite. Divida-a em lotes menores.',
    },
    market_price_tier_unsupported: {
      title: 'Tipo de ordem a mercado indisponível',
      message: 'Este tipo de ordem a mercado não está disponível neste contrato. Edite a ordem; por exemplo, use uma ordem limite.',
    },
    trigger_price_type_invalid: {
      title: 'Tipo de preço de gatilho inválido',
      message: 'O tipo de preço de gatilho não é válido. Edite a ordem e escolha último preço, preço justo ou preço de índice.',
    },
    trigger_type_invalid: {
      title: 'Condição de gatilho inválida',
      message:
        'A condição de gatilho não é válida. Edite a ordem e escolha se ela é acionada quando o preço sobe ou quando cai até o preço de gatilho.',
    },
    execution_cycle_invalid: {
      title: 'Período de validade inválido',
      message:
        'O período de validade da ordem de gatilho não é válido. Edite a ordem e escolha um período permitido, como 24 horas ou 7 dias.',
    },
    trigger_price_invalid: {
      title: 'Preço de gatilho inválido',
      message: 'A MEXC não aceita este preço de gatilho. Compare-o com o preço de mercado atual e ajuste-o.',
    },
    currency_unsupported: {
      title: 'Moeda não aceita',
      message: 'Esta moeda não é aceita aqui. Edite a ordem e escolha uma moeda aceita.',
    },
    open_orders_over_limit: {
      title: 'Ordens demais',
      message:
        'Você atingiu o número máximo de ordens. Cancele algumas ordens abertas ou, se precisar de um limite maior, fale com o suporte.',
    },
    trading_too_frequent: {
      title: 'Negociando rápido demais',
      message: 'Você está enviando ordens rápido demais. Aguarde um momento e tente novamente.',
    },
    position_quantity_over_max: {
      title: 'Tamanho máximo de posição atingido',
      message:
        'Com esta ordem, sua posição passaria do tamanho máximo permitido. Reduza o tamanho da ordem ou fale com o suporte sobre um limite maior.',
    },
    tpsl_price_missing: {
      title: 'Defina um preço de TP ou SL',
      message: 'Os preços de TP e SL não podem ficar vazios ao mesmo tempo. Informe um preço de TP, um de SL ou ambos.',
    },
    tpsl_order_not_found: {
      title: 'Ordem TP/SL não encontrada',
      message: 'Esta ordem TP/SL não existe mais ou já foi encerrada. Atualize para ver suas ordens atuais.',
    },
    tpsl_price_invalid: {
      title: 'Preço de TP/SL inválido',
      message:
        'O preço de TP/SL não é válido. Em uma posição comprada, o TP fica acima e o SL abaixo do preço atual; em uma vendida, o contrário. Ajuste os preços.',
    },
    tpsl_volume_over_position: {
      title: 'Quantidade de TP/SL maior que a posição',
      message: 'Suas ordens TP/SL somam mais do que a posição pode fechar. Reduza a quantidade de TP/SL para não ultrapassar a posição.',
    },
    trading_forbidden: {
      title: 'Negociação desativada',
      message: 'A negociação está desativada na sua conta. Fale com o suporte para saber o motivo e como reativá-la.',
    },
    opening_forbidden: {
      title: 'Abertura de posições bloqueada',
      message:
        'Sua conta não pode abrir novas posições no momento, mas você ainda pode fechar as existentes. Fale com o suporte para mais detalhes.',
    },
    time_range_invalid: {
      title: 'Intervalo de tempo inválido',
      message: 'O intervalo de tempo selecionado não é aceito. Atualize e escolha um intervalo menor.',
    },
    pair_and_status_required: {
      title: 'Contrato e status necessários',
      message: 'Esta lista precisa de um contrato e de um status de ordem para carregar. Atualize e selecione os dois.',
    },
    pair_unavailable: {
      title: 'Contrato indisponível',
      message: 'Este contrato não está aberto para negociação no momento. Escolha outro contrato.',
    },
    order_not_found: {
      title: 'Ordem não encontrada',
      message: 'Esta ordem não existe ou não está mais aberta. Atualize para ver suas ordens atuais.',
    },
    order_not_cancellable: {
      title: 'Não é possível cancelar a ordem',
      message: 'Esta ordem já foi executada ou cancelada, então não pode mais ser cancelada. Atualize para ver o status atual.',
    },
    service_unavailable: {
      title: 'MEXC indisponível',
      message: 'A MEXC está temporariamente indisponível. Aguarde um momento e tente novamente.',
    },
    gateway_timeout: {
      title: 'A MEXC não respondeu a tempo',
      message:
        'A MEXC demorou demais para responder e não é possível saber se sua ordem foi enviada ou não. Atualize suas ordens antes de tentar novamente mais tarde.',
    },
    request_rejected: {
      title: 'Solicitação rejeitada',
      message:
        'A MEXC rejeitou esta solicitação sem informar o motivo. Tente novamente mais tarde e, se o problema continuar, fale com o suporte.',
    },
    maintenance: {
      title: 'MEXC em manutenção',
      message:
        'A MEXC está em manutenção do sistema, então esta solicitação não pôde ser processada agora. Confira nos comunicados da MEXC quando a manutenção termina e tente novamente depois.',
    },
    risk_limit_change_retired: {
      title: 'O limite de risco agora é automático',
      message:
        'A MEXC não permite mais alterar o limite de risco manualmente, então esta alteração não foi feita: o limite de risco agora acompanha o tamanho da sua posição automaticamente. Atualize para ver seu limite de risco atual.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
