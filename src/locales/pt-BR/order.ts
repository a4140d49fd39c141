import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** Brazilian Portuguese: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Ordem sem problemas',
      message: 'A MEXC não informou nenhum erro nesta ordem, então não há nada a fazer.',
    },
    param_invalid: {
      title: 'Ordem rejeitada: dados inválidos',
      message:
        'A MEXC rejeitou esta ordem porque um dos dados dela não era válido. Verifique o preço, a quantidade e a alavancagem, depois edite a ordem e envie-a novamente.',
    },
    insufficient_balance: {
      title: 'Ordem rejeitada: margem insuficiente',
      message:
        'Sua conta de futuros não tinha margem disponível suficiente, então esta ordem foi rejeitada. Transfira fundos para sua conta de futuros (deposite antes, se necessário) ou reduza o tamanho da ordem ou a alavancagem.',
    },
    position_not_exists: {
      title: 'Ordem de fechamento rejeitada: sem posição',
      message:
        'Esta ordem de fechamento não encontrou posição para fechar (ela pode já ter sido fechada), então foi rejeitada. Atualize suas posições para ver o que continua aberto.',
    },
    position_not_enough: {
      title: 'Ordem de fechamento rejeitada: grande demais',
      message:
        'Esta ordem de fechamento era maior do que a quantidade disponível para fechar na sua posição (outras ordens de fechamento podem já ter reservado parte dela), então foi rejeitada. Atualize suas posições e reduza a quantidade.',
    },
    position_liquidated: {
      title: 'Ordem encerrada: posição liquidada',
      message:
        'Esta ordem foi encerrada porque a posição dela foi liquidada. Atualize suas posições para ver o que resta e verifique a margem da sua conta de futuros.',
    },
    order_liquidated: {
      title: 'Ordem encerrada por liquidação',
      message:
        'Esta ordem foi encerrada como parte de uma liquidação. Atualize suas posições para ver o que resta e verifique a margem da sua conta de futuros.',
    },
    risk_level_limit: {
      title: 'Ordem rejeitada: limite de risco excedido',
      message:
        'Esta ordem levaria sua posição além do limite de risco da alavancagem usada, então foi rejeitada. Reduza o tamanho da ordem ou a alavancagem.',
    },
    system_cancel: {
      title: 'Ordem cancelada pela MEXC',
      message: 'O sistema da MEXC cancelou esta ordem. Atualize suas ordens e, se precisar saber o motivo, fale com o suporte.',
    },
    position_mode_mismatch: {
      title: 'Ordem rejeitada: modo de posição incompatível',
      message:
        'Esta ordem não correspondia ao modo de posição da sua conta (unidirecional ou hedge), então foi rejeitada. Edite-a de acordo com o seu modo atual e envie-a novamente.',
    },
    reduce_only_liquidated: {
      title: 'Ordem “somente reduzir” cancelada',
      message:
        'Esta ordem “somente reduzir” foi cancelada porque a posição dela foi liquidada. Atualize suas posições para ver o que resta.',
    },
    contract_not_enabled: {
      title: 'Ordem rejeitada: contrato não negociável',
      message: 'Este contrato não está aberto para negociação no momento, então a ordem foi rejeitada. Escolha outro contrato.',
    },
    delivery_cancel: {
      title: 'Ordem cancelada na entrega',
      message: 'O contrato chegou à data de entrega, então esta ordem aberta foi cancelada. Atualize suas ordens e posições.',
    },
    position_liquidated_cancel: {
      title: 'Ordem cancelada: posição liquidada',
      message: 'Esta ordem foi cancelada porque a posição dela foi liquidada. Atualize suas posições e ordens.',
    },
    adl_cancel: {
      title: 'Ordem cancelada por desalavancagem automática',
      message: 'A desalavancagem automática (ADL) reduziu sua posição, então esta ordem foi cancelada. Atualize suas posições e ordens.',
    },
    restricted_account_cancel: {
      title: 'Ordem cancelada: conta restrita',
      message: 'Esta ordem foi cancelada por uma restrição de negociação na sua conta. Fale com o suporte para saber o motivo.',
    },
    funding_settlement_cancel: {
      title: 'Ordem cancelada no pagamento de financiamento',
      message:
        'Esta ordem foi cancelada durante o pagamento da taxa de financiamento. Quando ele terminar, envie-a novamente se ainda quiser.',
    },
    position_margin_change_cancel: {
      title: 'Ordem cancelada: margem da posição alterada',
      message:
        'A margem inicial da posição mudou (por exemplo, após uma mudança de alavancagem), então esta ordem foi cancelada. Confira o tamanho e a alavancagem e envie-a novamente.',
    },
    ioc_cancel: {
      title: 'Ordem IOC: parte não executada cancelada',
      message:
        'IOC (executar ou cancelar na hora): o que não pôde ser executado imediatamente foi cancelado. Confira o que foi executado e envie uma nova ordem para o restante, se ainda quiser.',
    },
    fok_cancel: {
      title: 'Ordem FOK cancelada sem execução',
      message:
        'FOK (tudo ou nada): a ordem não pôde ser executada por completo na hora, então foi cancelada sem nenhuma execução. Ajuste o preço ou o tamanho e envie-a novamente.',
    },
    post_only_cancel: {
      title: 'Ordem Post Only cancelada',
      message:
        'Esta ordem Post Only seria executada na hora como taker, então foi cancelada. Defina um preço de compra abaixo do melhor preço de venda, ou um de venda acima do melhor preço de compra, e envie-a novamente.',
    },
    market_rest_cancel: {
      title: 'Ordem a mercado: parte não executada cancelada',
      message:
        'Sua ordem a mercado não pôde ser executada por completo, então a parte não executada foi cancelada. Confira sua posição e envie uma nova ordem para o restante, se ainda quiser.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
