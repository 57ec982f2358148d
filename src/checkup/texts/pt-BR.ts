import type { CheckupTexts } from './types'

// Same claims as en.ts (fact ids there), in Brazilian Portuguese.

export const PT_BR: CheckupTexts = {
  setting: {
    'last-seen': 'Visto por último',
    online: 'Online',
    'profile-photo': 'Foto do perfil',
    about: 'Recado',
    status: 'Status',
    'read-receipts': 'Confirmações de leitura',
    groups: 'Grupos',
    'default-timer': 'Duração padrão das mensagens',
    'live-location': 'Localização em tempo real',
    'silence-unknown-callers': 'Silenciar ligações desconhecidas',
    'protect-ip-in-calls': 'Proteger endereço IP nas chamadas',
    'block-unknown-messages': 'Bloquear mensagens de contas desconhecidas',
    'blocked-contacts': 'Contatos bloqueados',
  },
  value: {
    everyone: 'Todos',
    contacts: 'Meus contatos',
    'contacts-except': 'Meus contatos, exceto…',
    'only-share-with': 'Compartilhar somente com…',
    nobody: 'Ninguém',
    'same-as-last-seen': 'Igual ao visto por último',
    on: 'Ativado',
    off: 'Desativado',
    '24h': '24 horas',
    '7d': '7 dias',
    '90d': '90 dias',
    unknown: 'Não reconhecido',
  },
  exposes: {
    'last-seen': 'Quando você usou o WhatsApp pela última vez.',
    online: 'Quando o WhatsApp está aberto e conectado em um dos seus aparelhos.',
    'profile-photo': 'Sua foto do perfil.',
    about: 'Seu recado.',
    status: 'Suas atualizações de status (somem depois de 24 horas).',
    'read-receipts': 'Quando você leu uma mensagem (tiques azuis).',
    groups: 'Quem pode adicionar você a um grupo sem perguntar antes.',
    'default-timer': 'Se conversas novas começam com mensagens temporárias.',
    'live-location': 'As conversas com as quais você compartilha sua localização em tempo real.',
    'silence-unknown-callers': 'Se ligações de números desconhecidos tocam.',
    'protect-ip-in-calls': 'Seu endereço IP, que uma chamada individual direta mostra à outra pessoa.',
    'block-unknown-messages': 'Se grandes quantidades de mensagens de contas desconhecidas são limitadas.',
    'blocked-contacts': 'Quantos contatos você bloqueou (aqui só fica o número, nunca quem).',
  },
  whoCanSee: {
    'last-seen': {
      everyone: 'Pessoas com quem você conversou ou falou por ligação, e quem salvou seu número.',
      contacts: 'Seus contatos.',
      'contacts-except': 'Seus contatos, menos os que você excluiu.',
      nobody: 'Ninguém. Em troca, você não vê o visto por último de ninguém.',
    },
    online: {
      everyone: 'Pessoas com quem você conversou ou falou por ligação, e quem salvou seu número.',
      'same-as-last-seen': 'As mesmas pessoas que veem seu visto por último.',
    },
    'profile-photo': {
      everyone: 'Qualquer usuário do WhatsApp que tenha seu número.',
      contacts: 'Seus contatos.',
      'contacts-except': 'Seus contatos, menos os que você excluiu.',
      nobody: 'Ninguém.',
    },
    about: {
      everyone: 'Qualquer usuário do WhatsApp que tenha seu número.',
      contacts: 'Seus contatos.',
      'contacts-except': 'Seus contatos, menos os que você excluiu.',
      nobody: 'Ninguém.',
    },
    status: {
      contacts: 'Seus contatos que também salvaram seu número.',
      'contacts-except': 'Seus contatos que também salvaram seu número, menos os que você excluiu.',
      'only-share-with': 'Só os contatos que você escolheu, se também salvaram seu número.',
    },
    'read-receipts': {
      on: 'A pessoa com quem você conversa individualmente; em grupos, sempre os membros.',
      off: 'Ninguém nas conversas individuais, e você também não vê as delas; os grupos recebem mesmo assim.',
    },
    groups: {
      everyone: 'Qualquer pessoa com seu número pode adicionar você a um grupo.',
      contacts: 'Só seus contatos podem adicionar você; os outros precisam enviar um convite.',
      'contacts-except': 'Seus contatos, menos os que você excluiu; os outros precisam enviar um convite.',
      nobody: 'Ninguém pode adicionar você diretamente; é preciso enviar um convite.',
    },
    'default-timer': {
      off: 'As mensagens de conversas novas ficam até alguém apagá-las.',
      '24h': 'As mensagens de conversas novas somem depois de 24 horas; qualquer um dos dois pode mudar isso.',
      '7d': 'As mensagens de conversas novas somem depois de 7 dias; qualquer um dos dois pode mudar isso.',
      '90d': 'As mensagens de conversas novas somem depois de 90 dias; qualquer um dos dois pode mudar isso.',
    },
    'live-location': { count: 'As pessoas dessas conversas, enquanto durar.' },
    'silence-unknown-callers': {
      on: 'Ligações de números desconhecidos não tocam; continuam aparecendo na sua lista de ligações.',
      off: 'Qualquer pessoa com seu número pode fazer seu telefone tocar.',
    },
    'protect-ip-in-calls': {
      on: 'Suas chamadas passam pelos servidores do WhatsApp: a outra pessoa não vê seu endereço IP.',
      off: 'Numa chamada individual a outra pessoa pode ver seu endereço IP; chamadas em grupo sempre passam pelos servidores.',
    },
    'block-unknown-messages': {
      on: 'O WhatsApp limita grandes quantidades de mensagens de contas que você não conhece.',
      off: 'Contas que você não conhece podem enviar mensagens sem esse limite.',
    },
    'blocked-contacts': { count: 'O WhatsApp guarda essa lista; nos EUA uma ordem judicial pode obtê-la.' },
  },
  suggestion: {
    'last-seen': {
      everyone: 'Mais restrito: Meus contatos ou Ninguém. O custo de Ninguém: você deixa de ver o visto por último dos outros.',
      contacts: 'Mais restrito: Meus contatos, exceto… ou Ninguém. O custo de Ninguém: você deixa de ver o visto por último dos outros.',
      'contacts-except': 'Mais restrito: Ninguém. O custo: você deixa de ver o visto por último dos outros.',
    },
    online: {
      everyone: 'Mais restrito: Igual ao visto por último. O custo: se isso esconder seu online, você também não vê o dos outros.',
    },
    'profile-photo': {
      everyone: 'Mais restrito: Meus contatos. O custo: quem não é seu contato não vê sua foto.',
      contacts: 'Mais restrito: Meus contatos, exceto… ou Ninguém. O custo: quem ficar de fora não vê sua foto.',
    },
    about: { everyone: 'Mais restrito: Meus contatos. O custo: quem não é seu contato não vê seu recado.' },
    status: {
      contacts: 'Mais restrito: Meus contatos, exceto… ou Compartilhar somente com…. O custo: você escolhe as pessoas à mão; a mudança vale para os status publicados depois.',
    },
    'read-receipts': {
      on: 'Mais restrito: Desativado. O custo: você não vê as confirmações dos outros nem quem viu seu status; os grupos enviam mesmo assim.',
    },
    groups: {
      everyone: 'Mais restrito: Meus contatos. O custo: os outros precisam enviar um convite, que expira em 3 dias.',
    },
    'default-timer': {
      off: 'Mais restrito: uma duração (24 horas, 7 dias ou 90 dias). O custo: as mensagens somem a menos que sejam guardadas, e encaminhamentos, citações e backups anteriores ainda podem tê-las.',
    },
    'silence-unknown-callers': {
      off: 'Mais restrito: Ativado. O custo: ligações de números que você não conhece não tocam; você só as vê na lista de ligações.',
    },
    'protect-ip-in-calls': { off: 'Mais restrito: Ativado. O custo: a qualidade das chamadas pode cair.' },
  },
  personal: {
    'my-read-receipts-on': {
      title: 'Suas confirmações de leitura estão ativadas',
      text: 'Pela última leitura, suas confirmações de leitura estão ativadas: nas conversas individuais a outra pessoa vê quando você leu as mensagens dela, e você vê os tiques azuis dela aqui. Desativar esconde as duas coisas.',
    },
    'my-read-receipts-off-chat': {
      title: 'Suas confirmações de leitura estão desativadas',
      text: 'Pela última leitura, suas confirmações de leitura estão desativadas: nas conversas individuais ninguém vê quando você lê as mensagens, e você não vê quando leem as suas. Tiques azuis nesta conversa indicariam que a configuração mudou desde então.',
    },
    'my-read-receipts-off-group': {
      title: 'Os grupos recebem suas confirmações mesmo assim',
      text: 'Suas confirmações de leitura estão desativadas, mas em grupos elas são sempre enviadas: os membros veem quando você leu, e os tiques azuis que você vê aqui vêm deste grupo.',
    },
    'my-last-seen-hidden': {
      title: 'Seu visto por último está oculto',
      text: 'Pela última leitura, seu visto por último está em Ninguém, então o WhatsApp também não mostra o dos outros, nem o desta pessoa. Se você o vê aqui, a configuração mudou desde então.',
    },
    'my-profile-photo-everyone': {
      title: 'Quem tem seu número vê sua foto',
      text: 'Pela última leitura, sua foto do perfil está em Todos: qualquer usuário do WhatsApp que tenha seu número pode vê-la, não só seus contatos.',
    },
    'my-ip-unprotected': {
      title: 'Uma chamada daqui pode mostrar seu endereço IP',
      text: 'Pela última leitura, Proteger endereço IP nas chamadas está desativado: uma chamada individual pode se conectar diretamente e mostrar seu endereço IP à outra pessoa. Chamadas em grupo sempre passam pelos servidores do WhatsApp.',
    },
  },
}
