import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Brazilian Portuguese: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every pt-BR file (glossary in test/locales/guides/pt-BR.ts): "você" with the polite
 * imperative Brazilian apps use (verifique, atualize, tente novamente); one term per concept (ordem,
 * posição, margem, alavancagem, contrato, conta de futuros, chave de API, preço de liquidação, margem
 * cruzada / isolada, Post Only, desalavancagem automática (ADL)); "a MEXC" named instead of "exchange".
 */
export default {
  ui: {
    regionLabel: 'Notificações',
    dismiss: 'Fechar',
    codeBadge: 'Código {code}',
    details: 'Detalhes',
    serverMessage: 'Mensagem do servidor',
    time: 'Horário',
    copyDetails: 'Copiar detalhes',
    copied: 'Copiado',
    repeatCount: '×{count}',
    tryAgain: 'Tentar novamente',
    severityInfo: 'Informação',
    severityWarning: 'Aviso',
    severityError: 'Erro',
    severityCritical: 'Crítico',
    overflowTitle: {
      one: 'Mais {count} notificação',
      many: 'Mais {count} notificações',
      other: 'Mais {count} notificações',
    },
    overflowMessage:
      'Chegaram notificações demais ao mesmo tempo para mostrar cada uma. Confira suas ordens e posições para não perder nada.',
  },
  actions: {
    transfer_funds: 'Transferir fundos',
    deposit: 'Depositar',
    reduce_size: 'Reduzir tamanho',
    lower_leverage: 'Reduzir alavancagem',
    renew_api_key: 'Renovar chave de API',
    check_api_key: 'Verificar chave de API',
    whitelist_ip: 'Adicionar IP à lista branca',
    enable_permission: 'Ativar permissão',
    sync_clock: 'Sincronizar relógio',
    retry: 'Tentar novamente',
    retry_later: 'Tentar mais tarde',
    refresh: 'Atualizar',
    cancel_open_orders: 'Cancelar ordens abertas',
    adjust_price: 'Ajustar preço',
    adjust_quantity: 'Ajustar quantidade',
    adjust_leverage: 'Ajustar alavancagem',
    edit_order: 'Editar ordem',
    choose_contract: 'Escolher contrato',
    open_futures_account: 'Abrir conta de futuros',
    adjust_margin: 'Ajustar margem',
    split_batch: 'Dividir em lotes',
    contact_support: 'Falar com o suporte',
    check_connection: 'Verificar conexão',
  },
  general: {
    unknown_code: {
      title: 'Erro não reconhecido (código {code})',
      message:
        'A MEXC retornou um erro que este aplicativo não reconhece. Tente novamente mais tarde e, se o problema continuar, fale com o suporte.',
    },
    network_error: {
      title: 'Sem conexão com a MEXC',
      message:
        'Não chegou nenhuma resposta da MEXC, então não é possível saber se alguma ordem chegou a ser enviada. Verifique sua conexão e suas ordens antes de tentar novamente.',
    },
    timeout: {
      title: 'Tempo de resposta esgotado',
      message:
        'A MEXC não respondeu a tempo e uma ordem pode ter sido enviada mesmo assim. Atualize suas ordens antes de tentar novamente.',
    },
    aborted: {
      title: 'Solicitação cancelada',
      message: 'A solicitação foi cancelada antes de terminar. Tente novamente se ainda precisar dela.',
    },
    http_error: {
      title: 'Resposta inesperada da MEXC',
      message:
        'A MEXC respondeu com uma página de erro inesperada (HTTP {status}). Tente novamente mais tarde e, se o problema continuar, fale com o suporte.',
    },
    http_forbidden: {
      title: 'Acesso bloqueado',
      message:
        'A MEXC bloqueou esta conexão, muitas vezes por causa da sua região, VPN ou endereço IP. Verifique sua conexão ou VPN, ou fale com o suporte.',
    },
    http_rate_limited: {
      title: 'Solicitações em excesso',
      message: 'A MEXC está limitando as solicitações desta conexão. Aguarde um momento e tente novamente.',
    },
    http_server_error: {
      title: 'Erro no servidor da MEXC',
      message:
        'O servidor da MEXC retornou um erro (HTTP {status}) e sua ordem pode ter sido enviada mesmo assim. Atualize suas ordens antes de tentar novamente mais tarde.',
    },
    websocket_error: {
      title: 'Dados em tempo real interrompidos',
      message:
        'Ocorreu um erro na conexão de dados em tempo real do mercado e das suas posições, então os dados na tela podem estar desatualizados. Atualize para reconectar.',
    },
    unknown_error: {
      title: 'Algo deu errado',
      message: 'Ocorreu um erro inesperado. Tente novamente e, se o problema continuar, fale com o suporte.',
    },
  },
} satisfies CommonTexts;
