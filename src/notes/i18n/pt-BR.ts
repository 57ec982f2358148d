import type { ControlTranslation, Translation } from './types'

// Brazilian Portuguese (also shown to Portuguese from Portugal). Setting paths use the pt-BR app's
// own labels as WhatsApp's Portuguese help pages and the Brazilian press quoting the app name them
// ("Visto por último e online", "Duração padrão", "Silenciar ligações de desconhecidos").

const META =
  'O WhatsApp diz que compartilha alguns dados com outras empresas da Meta (p. ex., seu número, dados do aparelho, endereço IP, como você interage com empresas), mas não seus contatos nem localizações compartilhadas, e que não guarda registros de quem manda mensagem para quem.'
const NOT_LISTED =
  'A lista do WhatsApp do que ele compartilha com outras empresas da Meta cita dados da conta, do aparelho e de conexão e interações com empresas; ela não cita este evento.'
const EU =
  'Na Região Europeia, o WhatsApp Ireland é o controlador dos seus dados (no Reino Unido isso pode ter mudado). Em 2021 o Facebook disse que dados de usuários europeus não eram compartilhados para a Meta melhorar seus produtos ou anúncios, embora a política europeia liste essas finalidades.'
const IN =
  'O órgão de concorrência da Índia multou a Meta pela política de 2021 e proibiu o compartilhamento com a Meta para anúncios por cinco anos. Em nov. de 2025 um tribunal de apelação manteve a multa e as determinações sobre a escolha do usuário, mas derrubou a proibição. Em fev. de 2026 o WhatsApp disse à Suprema Corte que aplicaria essas determinações, incluindo uma opção de recusar o compartilhamento para fins alheios ao WhatsApp, até 16 de março de 2026; os recursos principais seguem pendentes (segundo a imprensa).'
const LE =
  'Diante de processos legais dos EUA, o WhatsApp pode fornecer registros da conta, como a data do visto por último e o IP (intimação) e números bloqueados (ordem judicial); diz que não pode entregar o conteúdo das mensagens.'
const BIZ =
  'Quando as mensagens chegam à empresa, valem as práticas de privacidade dela: funcionários ou fornecedores podem lê-las, e ela pode usá-las no próprio marketing, inclusive anúncios na Meta.'
const UNKNOWN_RECEIPTS =
  'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda os eventos de confirmação nos servidores. Os horários ficam nos Dados da mensagem de quem enviou.'
const UNKNOWN_RECEIPTS_HINT = 'Desconhecido nos servidores (as fontes consultadas não dizem); os Dados da mensagem guardam os horários'
const ON_OFF = ['Ativado', 'Desativado']
const AUDIENCE_4 = ['Todos', 'Meus contatos', 'Meus contatos, exceto…', 'Ninguém']
const READ_PATH = 'Configurações › Privacidade › Confirmações de leitura'
const LAST_SEEN_PATH = 'Configurações › Privacidade › Visto por último e online'
const RECIPROCAL_READ = 'Se você desativar as suas, também não verá as confirmações de leitura dos outros (exceto em grupos).'
const BLOCK: ControlTranslation = {
  exceptions: ['Clientes podem bloquear ou denunciar a empresa; bloqueios e denúncias estão entre os sinais da classificação de qualidade dos modelos dela.'],
}

export const ptBR: Translation = {
  audience: {
    'other-person': 'A outra pessoa',
    'group-members': 'Membros do grupo',
    'your-contacts': 'Seus contatos',
    'anyone-with-number': 'Qualquer pessoa com seu número',
    'whatsapp-servers': 'Servidores do WhatsApp',
    'meta-companies': 'Outras empresas da Meta',
    'business-and-vendors': 'A empresa e seus fornecedores',
    authorities: 'Autoridades',
  },
  region: {
    all: 'Em todo lugar',
    'european-region': 'Região Europeia',
    india: 'Índia',
    elsewhere: 'Fora da Região Europeia',
  },
  publisher: { 'WhatsApp Help Center': 'Ajuda do WhatsApp' },
  sourceTopic: {
    'wa-ticks': 'confirmações de leitura',
    'wa-privacy': 'configurações de privacidade',
    'wa-lastseen': 'visto por último e online',
    'wa-status-privacy': 'privacidade do status',
    'wa-status-fb': 'status no Facebook',
    'wa-communities': 'grupos e comunidades',
    'wa-biz-chats': 'conversas com empresas',
    'wa-biz-privacy': 'mensagens de empresas',
    'wa-disappearing': 'mensagens temporárias',
    'wa-view-once': 'visualização única',
    'wa-linked': 'aparelhos conectados',
    'wa-meta-share': 'dados compartilhados com a Meta',
    'wa-le': 'autoridades',
    'wa-delete': 'apagar a conta',
    'wa-e2ee-backup': 'backup criptografado',
    'wa-live-location': 'localização em tempo real',
    'wa-pp': 'Política de Privacidade do WhatsApp',
    'dev-status': 'webhooks de status',
    'dev-no-storage': 'No Storage',
    'dev-local-storage': 'Local storage',
    'dev-metrics': 'métricas de marketing',
    'dev-quality': 'classificação de qualidade',
    'dev-opt-in': 'consentimento',
    'dev-text-webhook': 'webhooks de mensagens',
    'res-careless': 'Careless Whisper',
    'pr-fbi-chart': 'documento do FBI',
    'pr-inews-clock': 'o que significa o ícone do relógio',
  },
  context: {
    'reciprocal-read-receipts': {
      title: 'Tiques azuis nesta conversa: as suas também estavam ativadas',
      text: 'Em conversas individuais as confirmações de leitura são recíprocas: você só vê tiques azuis enquanto as suas estão ativadas. Então as suas estavam ativadas quando estas mensagens foram lidas, e esta pessoa vê quando você lê as dela enquanto vocês dois as mantiverem ativadas (Configurações › Privacidade › Confirmações de leitura).',
    },
    'reciprocal-presence': {
      title: 'Você também compartilha sua presença',
      text: 'Você vê o visto por último ou o status online desta pessoa, então o seu está visível para pelo menos algumas pessoas: se esconder o seu, deixará de ver o dela.',
    },
    'group-read-receipts-always': {
      title: 'Em grupos, sempre são enviadas',
      text: 'Em conversas em grupo suas confirmações de leitura são enviadas mesmo que você as tenha desativado; quem enviou vê nos Dados da mensagem quando você leu cada mensagem.',
    },
    'delivery-receipts-always': {
      title: 'As confirmações de entrega não podem ser desativadas',
      text: 'Cada um dos seus aparelhos confirma toda mensagem que recebe, e nenhuma configuração impede isso. Alguém que só conheça seu número poderia deduzir sua atividade pelo momento em que essas confirmações chegam (pesquisa, 2024).',
    },
    'typing-no-setting': {
      title: 'Nenhuma configuração esconde o “digitando…”',
      text: 'Quem está com esta conversa aberta e online vê quando você digita; não foi encontrada configuração para desativar o indicador.',
    },
    'status-viewers-mutual': {
      title: 'A lista de visualizações exige confirmações de leitura dos dois lados',
      text: 'Você só vê quem viu seu status enquanto suas confirmações de leitura estão ativadas, e quem viu com as dele desativadas nunca aparece.',
    },
    'group-numbers-visible': {
      title: 'Membros podem ver seu número',
      text: 'Seu número não pode ser escondido em conversas comuns, então os membros deste grupo em geral podem vê-lo, inclusive quem não o salvou.',
    },
    'live-location-linked-device': {
      title: 'A localização em tempo real não aparece na web',
      text: 'Aparelhos conectados como o WhatsApp Web não conseguem ver a localização em tempo real; as pessoas da conversa a veem no celular enquanto durar.',
    },
    'business-chat-hosting': {
      title: 'Quem cuida desta conversa com empresa',
      text: 'Veja o aviso da conversa. Se disser que a empresa usa um serviço seguro da Meta, a Meta hospeda a conversa para ela, o WhatsApp não a considera criptografada de ponta a ponta até a empresa e, por padrão, o conteúdo fica armazenado por até 30 dias. Desde que a API auto-hospedada foi desativada em outubro de 2025, as conversas com o aviso “trabalha com outras empresas” também passam pela Cloud API da Meta.',
    },
    'business-status-webhooks': {
      title: 'Horários de entrega e leitura por cliente',
      text: 'Aqui aparece, por cliente, quando as mensagens foram entregues e lidas. A Meta envia esses status ao webhook da empresa, e a qualquer fornecedor por trás dele, quase em tempo real.',
    },
  },
  notes: {
    'read-receipt': {
      title: 'Confirmação de leitura (tiques azuis)',
      summary: 'Tiques azuis: o destinatário leu sua mensagem. Seu app envia o mesmo sinal quando você lê; dá para desativar, exceto em grupos.',
      generated: [
        'Quando o destinatário abre a conversa, o aparelho dele marca a mensagem como lida (em conversas individuais, só se os dois tiverem as confirmações ativadas): os tiques ficam azuis e os Dados da mensagem de quem enviou mostram o horário.',
        'Mensagens de voz têm uma confirmação separada de “reproduzida”, e editar uma mensagem reinicia as confirmações de leitura dela.',
        'Em um grupo os tiques só ficam azuis quando todos os membros leram; os Dados da mensagem listam cada membro.',
      ],
      audience: [
        { condition: 'só se vocês dois tiverem as confirmações de leitura ativadas', detail: 'vê quando você lê a mensagem dela em uma conversa individual' },
        { condition: 'em grupos, qualquer que seja sua configuração', detail: 'quem enviou vê nos Dados da mensagem quando você leu' },
        { detail: 'repassam cada confirmação' },
        { condition: 'em conversas com uma empresa', detail: 'os status de “lida” chegam aos sistemas dela' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Sempre enviadas em conversas em grupo', 'Não impede as confirmações de entrega (tiques cinza)'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Configurações › Privacidade › Confirmações de leitura (não vale em grupos)',
      caveats: [
        'Uma página de ajuda antiga para iPhone, lida só numa cópia em urdu, diz que as confirmações de reprodução de mensagens de voz continuam sendo enviadas com as confirmações de leitura desativadas; a página atual em inglês não diz isso, então pode ter mudado.',
      ],
    },
    'delivery-receipt': {
      title: 'Confirmação de entrega (dois tiques cinza)',
      summary: 'Dois tiques cinza: um aparelho do destinatário recebeu sua mensagem. Seus aparelhos também enviam essas confirmações, sempre: nada as desativa.',
      generated: [
        'O segundo tique aparece assim que o celular do destinatário ou um dos aparelhos conectados dele recebe a mensagem, mesmo com o celular desligado.',
        'Os Dados da mensagem de quem enviou mostram o horário exato de entrega; em grupos, por membro.',
        'Pesquisadores mostraram em 2024 que alguém que só conheça seu número poderia deduzir atividade de tela e de apps, número de aparelhos e rotina diária pelo momento em que chegam confirmações de entrega silenciosas.',
      ],
      audience: [
        { detail: 'vê quando cada mensagem chegou a você' },
        { condition: 'em grupos', detail: 'quem enviou vê o horário de entrega de cada membro' },
        { detail: 'repassam cada confirmação' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        { exceptions: ['Nenhuma configuração desativa as confirmações de entrega; a de confirmações de leitura só vale para os tiques azuis.'] },
        {
          path: 'Configurações › Privacidade › Avançado › Bloquear mensagens de contas desconhecidas',
          options: ON_OFF,
          exceptions: ['Só limita enxurradas de mensagens de contas desconhecidas; não impede as confirmações de entrega.'],
        },
      ],
      controlHint: 'Sem configuração: as confirmações de entrega são sempre enviadas',
      caveats: [
        'As páginas de ajuda do WhatsApp só descrevem uma configuração de confirmações de leitura; que as de entrega não podem ser desativadas é mostrado por pesquisa (Careless Whisper, 2024).',
      ],
    },
    'sent-receipt': {
      title: 'Enviada (um tique cinza)',
      summary: 'Um tique cinza: a mensagem chegou ao WhatsApp, mas a nenhum aparelho do destinatário ainda. Em um grupo, ainda não a todos os membros.',
      generated: [
        'Um tique significa que a mensagem foi enviada; vira dois tiques quando um aparelho do destinatário a recebe. Em um grupo, o segundo tique só aparece depois que todos os membros a receberam.',
        'Até a entrega, a mensagem espera criptografada nos servidores do WhatsApp.',
        'Um tique também fica se o destinatário bloqueou você: mensagens para quem bloqueou você nunca são entregues.',
      ],
      audience: [
        { detail: 'recebe a mensagem quando um aparelho dela ficar online' },
        { condition: 'criptografada, até a entrega', detail: 'guardam a mensagem até um aparelho do destinatário recebê-la' },
        { condition: 'só com uma ordem “pen register” dos EUA', detail: 'podem saber quem manda mensagem para quem a partir daí (segundo a imprensa)' },
      ],
      sharing: [NOT_LISTED, LE],
      retention: 'Uma mensagem que não pode ser entregue espera criptografada nos servidores do WhatsApp por no máximo 30 dias enquanto a entrega é tentada de novo; depois é removida.',
      retentionHint: 'Se não for entregue, espera criptografada nos servidores do WhatsApp por no máximo 30 dias e depois é removida',
      controls: [{ exceptions: ['Nenhuma configuração controla este status.'] }],
      controlHint: 'Sem configuração: este status sempre aparece',
      caveats: [
        'O WhatsApp diz que não mantém registros rotineiros de quem manda mensagem para quem, mas um guia do FBI de 2021, segundo a imprensa, diz que uma ordem “pen register” fornece a origem e o destino de cada mensagem mais ou menos a cada 15 minutos.',
      ],
    },
    pending: {
      title: 'Pendente (relógio)',
      summary: 'O relógio indica que a mensagem ainda não saiu do seu aparelho. Se você apagá-la agora, o destinatário nunca a recebe.',
      generated: [
        'O relógio aparece enquanto seu aparelho está sem conexão ou o WhatsApp tem um problema no serviço; nada chegou aos servidores ainda.',
        'Se você apagar a mensagem enquanto o relógio aparece, ela nunca chega ao destinatário.',
      ],
      audience: [{ detail: 'não vê nada até a mensagem ser enviada' }],
      sharing: ['Nada é compartilhado ainda: a mensagem só está no seu aparelho.'],
      retention: 'Fica no seu aparelho até ser enviada ou você apagá-la.',
      retentionHint: 'Só no seu aparelho, até ser enviada ou você apagá-la',
      controls: [{ exceptions: ['Apague a mensagem antes que seja enviada para impedi-la.'] }],
      controlHint: 'Apague antes do envio para impedi-la',
      caveats: [
        'Não foi encontrada página de ajuda oficial sobre o relógio; esta nota se baseia na imprensa, e alguns sites de dicas explicam o relógio errado.',
        'Os servidores do WhatsApp não recebem nada até o relógio virar um tique.',
      ],
    },
    'last-seen': {
      title: 'Visto por último',
      summary: 'Mostra quando esta pessoa usou o WhatsApp pela última vez. Sua configuração decide quem vê o seu, e esconder o seu esconde o dela de você.',
      generated: [
        'Seu app informa quando você esteve ativo pela última vez; a política do WhatsApp inclui o visto por último entre os dados de uso que coleta.',
        'O “visto por último” é a última vez que alguém usou o WhatsApp, não prova de que leu sua mensagem.',
      ],
      audience: [
        { condition: 'se sua configuração for “Meus contatos” ou “Todos”', detail: 'pessoas cujo número você salvou' },
        { condition: 'só com “Todos” e se já conversaram ou ela salvou seu número', detail: 'desde dezembro de 2021 desconhecidos não o veem mais' },
        { detail: 'coletam como dado de uso' },
        { condition: 'com uma intimação dos EUA', detail: 'a data do visto por último é um registro básico' },
      ],
      sharing: [NOT_LISTED, EU, IN, LE],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda o histórico do visto por último.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo o WhatsApp guarda o visto por último',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: AUDIENCE_4,
          exceptions: ['Mesmo “Todos” só inclui quem você já mandou mensagem ou ligou, ou quem salvou seu número.'],
          reciprocity: 'Se você não compartilhar seu visto por último, não verá o dos outros.',
        },
      ],
      controlHint: 'Configurações › Privacidade › Visto por último e online',
      caveats: [
        'Antes de dezembro de 2021 “Todos” significava qualquer usuário do WhatsApp; apps de rastreamento usavam isso para registrar a atividade de desconhecidos.',
        'As variantes da página de ajuda divergem sobre o padrão (contatos ou todos), então confira sua própria configuração.',
      ],
    },
    'online-presence': {
      title: 'Status online',
      summary: '“Online” significa que a pessoa está com o WhatsApp aberto em primeiro plano e conectado agora. Desde 2022 você pode esconder o seu.',
      generated: [
        'Enquanto o app está aberto e conectado, ele informa que você está online; a política do WhatsApp inclui se você está online entre os dados de uso.',
        'Estar online não significa que a pessoa leu sua mensagem.',
        'Esconder não esconde tudo: em 2024 pesquisadores mostraram que alguém que só conheça seu número poderia deduzir sua atividade pelo momento em que chegam as confirmações de entrega.',
      ],
      audience: [
        { condition: 'se permitido e se já conversaram ou ela salvou seu número', detail: 'vê que você está online agora' },
        { detail: 'coletam como dado de uso' },
      ],
      sharing: [NOT_LISTED, EU],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda o histórico do status online.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo o WhatsApp guarda o histórico do online',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: ['Todos', 'Igual ao visto por último'],
          exceptions: ['Só quem já conversou com você ou salvou seu número pode vê-lo.'],
          reciprocity: 'Se você esconder seu status online, não verá o dos outros.',
        },
      ],
      controlHint: 'Configurações › Privacidade › Visto por último e online (online: “Todos” ou “Igual ao visto por último”)',
      caveats: [
        'Até agosto de 2022 ninguém podia esconder que estava online; a opção foi anunciada naquele mês.',
        'Pesquisadores registraram por meses (2013–14) os horários online de desconhecidos, antes de o visto por último e o online serem restringidos.',
      ],
    },
    'typing-indicator': {
      title: 'Indicador “digitando…”',
      summary: '“Digitando…” aparece ao vivo para quem está com sua conversa aberta enquanto você digita. Não foi encontrada configuração para desativá-lo.',
      generated: ['Enquanto você digita em uma conversa, seu app envia um sinal ao vivo de “digitando…” para quem está com essa conversa aberta e online.'],
      audience: [
        { condition: 'só enquanto estiver com a conversa aberta e online', detail: 'vê “digitando…” ao vivo' },
        { condition: 'só os membros que estão com o grupo aberto', detail: 'veem quem está digitando' },
        { detail: 'repassam o sinal' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconhecido: as fontes consultadas não dizem se o WhatsApp guarda eventos de digitação.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem se o WhatsApp guarda eventos de digitação',
      controls: [{ exceptions: ['Não foi encontrada configuração para o “digitando…” nas páginas de ajuda do WhatsApp consultadas.'] }],
      controlHint: 'Nenhuma configuração encontrada: pare de digitar para escondê-lo',
      caveats: ['Se o WhatsApp criar essa opção, esta nota ficará desatualizada; confira Configurações › Privacidade.'],
    },
    'status-update': {
      title: 'Status',
      summary: 'Os status somem após 24 horas e são criptografados de ponta a ponta. Só os veem pessoas que salvaram o número uma da outra.',
      generated: [
        'Alguém só vê seu status se cada um tiver o número do outro salvo e sua configuração de status incluir essa pessoa.',
        'Os status somem após 24 horas e, como as mensagens pessoais, são criptografados de ponta a ponta.',
        'A política do WhatsApp inclui os recursos que você usa, entre eles o Status, nos dados de uso que coleta.',
      ],
      audience: [
        { condition: 'só contatos mútuos incluídos na sua configuração de status', detail: 'veem cada status por 24 horas' },
        { condition: 'criptografado de ponta a ponta', detail: 'transportam o status e registram que você usa o Status' },
        { condition: 'só se você compartilhar seu status no Facebook', detail: 'o Facebook recebe cada item compartilhado' },
      ],
      sharing: [
        'Compartilhar o status nos stories do Facebook é opcional e vem desativado. Se você ativar, o Facebook recebe cada item compartilhado com a legenda e dados do aparelho (idioma, navegador, IP) e pode usá-los, inclusive para anúncios; segundo o WhatsApp, seu número, contatos e mensagens não são compartilhados.',
        'Desde junho de 2025 o WhatsApp está introduzindo anúncios entre os status. A Meta diz que eles usam dados limitados (país ou cidade, idioma, canais que você segue, como você interage com anúncios), mais dados da Central de Contas se vinculada, e não suas mensagens pessoais, ligações ou grupos.',
      ],
      retention: 'Os status deixam de aparecer após 24 horas; as fontes consultadas não dizem por quanto tempo o WhatsApp guarda registros sobre eles.',
      retentionHint: 'Some para quem vê após 24 horas; por quanto tempo o WhatsApp guarda registros dele é desconhecido',
      controls: [
        {
          path: 'Configurações › Privacidade › Status',
          options: ['Meus contatos', 'Meus contatos, exceto…', 'Compartilhar somente com…'],
          exceptions: ['Uma mudança só vale para status futuros.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Status',
      caveats: ['Os anúncios na aba Atualizações começaram em junho de 2025; vincular o WhatsApp à Central de Contas permite que outros dados da Meta os influenciem.'],
    },
    'status-viewers': {
      title: 'Visualizações do status',
      summary: 'A lista de visualizações mostra quem viu seu status. Ela só funciona quando você e quem viu têm as confirmações de leitura ativadas.',
      generated: [
        'Abrir o status de alguém envia uma confirmação de visualização; quem postou vê quem viu.',
        'Quem está com as confirmações de leitura desativadas não aparece; se as suas estiverem desativadas, você não vê nenhuma visualização.',
      ],
      audience: [
        { condition: 'só se vocês dois tiverem as confirmações de leitura ativadas', detail: 'quem postou vê que você viu' },
        { detail: 'repassam as confirmações de visualização' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda visualizações de status.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo o WhatsApp guarda visualizações de status',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Diferente dos grupos, as confirmações de visualização de status seguem esta opção.'],
          reciprocity: 'Se as suas estiverem desativadas, você não vê quem viu seus status.',
        },
      ],
      controlHint: 'Configurações › Privacidade › Confirmações de leitura',
      caveats: ['A lista pode estar incompleta: quem viu com as confirmações desativadas não aparece.'],
    },
    'profile-photo': {
      title: 'Foto do perfil',
      summary: 'Sua foto do perfil aparece para quem sua configuração permite. Com “Todos”, qualquer pessoa que tenha seu número pode vê-la.',
      generated: ['O WhatsApp guarda sua foto do perfil e a inclui entre as informações que coleta.'],
      audience: [
        { condition: 'só se sua configuração for “Todos”', detail: 'pode ver sua foto' },
        { condition: 'se sua configuração for “Meus contatos” ou “Todos”', detail: 'podem ver sua foto' },
        { detail: 'guardam a foto' },
      ],
      sharing: ['Segundo a imprensa, um estudo de 2024–25 conseguiu acessar as fotos de perfil públicas de cerca de 57% das contas verificando números em grande escala; depois a Meta adicionou limites de taxa.'],
      retention: 'Desconhecido para fotos antigas. Apagar a conta leva até 90 dias, e cópias de backup podem durar mais.',
      retentionHint: 'Desconhecido para fotos antigas; apagar a conta leva até 90 dias, e backups podem durar mais',
      controls: [
        {
          path: 'Configurações › Privacidade › Foto do perfil',
          options: AUDIENCE_4,
          exceptions: ['Quem pôde vê-la pode já ter salvado uma cópia.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Foto do perfil',
      caveats: [
        'As variantes da página de ajuda divergem sobre o padrão (a página da versão web diz que qualquer pessoa pode ver sua foto).',
        'O número de 57% vem da imprensa; não foi encontrado na versão do artigo científico consultada.',
      ],
    },
    about: {
      title: 'Recado',
      summary: 'Seu recado aparece para quem sua configuração permite, e o WhatsApp registra quando você o mudou pela última vez.',
      generated: ['O WhatsApp coleta seu recado e quando você o atualizou pela última vez.'],
      audience: [
        { condition: 'só se sua configuração for “Todos”', detail: 'pode ler seu recado' },
        { condition: 'se sua configuração for “Meus contatos” ou “Todos”', detail: 'podem ler seu recado' },
        { detail: 'guardam o recado e o horário da última mudança' },
      ],
      sharing: ['Segundo a imprensa, um estudo de 2024–25 conseguiu acessar o recado de cerca de 29% das contas verificando números em grande escala.'],
      retention: 'Desconhecido para textos antigos. Apagar a conta leva até 90 dias, e cópias de backup podem durar mais.',
      retentionHint: 'Desconhecido para textos antigos; apagar a conta leva até 90 dias, e backups podem durar mais',
      controls: [{ path: 'Configurações › Privacidade › Recado', options: AUDIENCE_4 }],
      controlHint: 'Configurações › Privacidade › Recado',
      caveats: [
        'As variantes da página de ajuda divergem sobre o padrão (contatos ou todos).',
        'O número de 29% vem da imprensa; não foi encontrado na versão do artigo científico consultada.',
      ],
    },
    'phone-number': {
      title: 'Número de telefone',
      summary: 'Seu número é sua identidade no WhatsApp: quem conversa com você o vê mesmo sem tê-lo salvo, e ele não pode ser escondido.',
      generated: [
        'Um número de telefone é necessário para se cadastrar e aparece para as pessoas com quem você conversa.',
        'O envio opcional de contatos manda ao WhatsApp os números da sua agenda, em geral diariamente, mas não nomes nem e-mails.',
        'Números de quem não usa o WhatsApp viram um hash e o número é apagado; o hash fica ligado a quem o enviou.',
      ],
      audience: [
        { detail: 'vê o número em toda conversa, mesmo sem ter salvado você' },
        { condition: 'nos grupos em que você está', detail: 'veem o número' },
        { detail: 'pode verificar se ele está no WhatsApp' },
        { detail: 'guardam o número como informação da conta' },
        { detail: 'recebem o número como informação de cadastro' },
        { condition: 'com uma intimação dos EUA', detail: 'registros básicos do assinante' },
      ],
      sharing: [
        META,
        'Fora da Região Europeia, a política de 2021 permite que empresas da Meta usem o que recebem para operar e melhorar serviços, por segurança, para integrar experiências entre produtos da Meta, para personalizar recursos e conteúdo e para mostrar ofertas e anúncios relevantes. O WhatsApp não diz que seu número especificamente é usado para anúncios, e diz que não vende nem fornece números a anunciantes.',
        EU,
        IN,
        LE,
      ],
      retention: 'Mantido enquanto sua conta existir. A exclusão leva até 90 dias; backups podem manter cópias por mais tempo e alguns dados podem ser guardados por motivos legais.',
      retentionHint: 'Enquanto sua conta existir; apagá-la leva até 90 dias, e backups podem guardar cópias por mais tempo',
      controls: [{ exceptions: ['Nenhuma configuração esconde seu número de quem conversa com você.'] }],
      controlHint: 'Sem configuração: seu número aparece em toda conversa',
      caveats: [
        'Nomes de usuário, que aparecem no lugar do seu número, estão sendo liberados aos poucos desde 2026. Os canais já escondem seu número dos outros seguidores.',
        'O hash protege mal números de telefone: há poucos números possíveis, então os hashes são revertidos rapidamente.',
        'Em 2025 pesquisadores conseguiram verificar mais de 100 milhões de números por hora no WhatsApp antes de a Meta apertar os limites de taxa.',
      ],
    },
    'group-participants': {
      title: 'Participantes do grupo',
      summary: 'Membros do grupo veem o número de cada participante, mesmo sem tê-lo salvo. Sua configuração de Grupos limita quem pode adicionar você.',
      generated: [
        'Seu número não pode ser escondido nas conversas, então os membros de um grupo em que você está podem vê-lo.',
        'O WhatsApp coleta nomes, fotos e descrições de grupos como dados de uso.',
      ],
      audience: [
        { detail: 'veem seu número e, conforme suas configurações, sua foto e seu recado' },
        { detail: 'conhecem nomes, fotos e descrições dos grupos' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda registros de participação em grupos.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo o WhatsApp guarda a participação em grupos',
      controls: [
        {
          path: 'Configurações › Privacidade › Grupos',
          options: ['Todos', 'Meus contatos', 'Meus contatos, exceto…'],
          exceptions: ['A mesma configuração vale para comunidades.', 'Sair sem alarde: desde 2022 só os admins são avisados quando você sai.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Grupos (quem pode adicionar você)',
      caveats: ['Que membros vejam números não salvos decorre da regra de que números não podem ser escondidos; o caso dos grupos só tem fonte de segunda mão.'],
    },
    'message-info': {
      title: 'Dados da mensagem',
      summary: 'Os Dados da mensagem mostram a quem enviou exatamente quando cada mensagem foi entregue, lida ou reproduzida, por membro em grupos.',
      generated: [
        'Para uma mensagem enviada, os Dados da mensagem mostram quando ela foi entregue, lida e, em mensagens de voz, reproduzida; em grupos, por membro, e os registros ficam mesmo se um membro sair.',
      ],
      audience: [
        { condition: 'leitura só se vocês dois tiverem as confirmações ativadas', detail: 'quem enviou vê quando chegou a você e quando você leu' },
        { condition: 'só quem enviou cada mensagem', detail: 'vê os horários de entrega e leitura de cada membro' },
        { detail: 'repassam as confirmações' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Em grupos os horários de leitura continuam aparecendo.', 'Os horários de entrega sempre aparecem.'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Confirmações de leitura desativadas escondem os horários de leitura (não em grupos)',
      caveats: ['Depois de uma edição, as confirmações de leitura recomeçam: quem enviou fica sabendo quem viu a nova versão.'],
    },
    'disappearing-messages': {
      title: 'Mensagens temporárias',
      summary: 'Com a duração ativada, novas mensagens somem após 24 horas, 7 ou 90 dias, mas cópias podem sobrar em prévias, encaminhamentos, citações e backups.',
      generated: [
        'Com a duração ativada, novas mensagens somem 24 horas, 7 dias ou 90 dias após o envio; uma mensagem pode ser mantida.',
        'Em conversas individuais qualquer um dos dois pode mudar a duração; em grupos, qualquer membro, a não ser que os admins reservem isso para si.',
      ],
      audience: [
        { detail: 'pode mudar a duração, manter ou encaminhar mensagens' },
        { condition: 'a não ser que os admins reservem isso para si', detail: 'podem mudar a duração' },
        { condition: 'criptografadas, só até a entrega', detail: 'normalmente já não guardam mensagens entregues' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Removidas das conversas quando a duração termina; mensagens mantidas ficam, e um backup feito antes as contém até ser restaurado.',
      retentionHint: 'Somem das conversas quando a duração termina, exceto as mantidas; um backup feito antes ainda as contém',
      controls: [
        {
          path: 'Configurações › Privacidade › Duração padrão',
          options: ['Desativada', '24 horas', '7 dias', '90 dias'],
          exceptions: ['O padrão vale para novas conversas; cada conversa tem sua própria duração.', 'Mudar a duração só afeta mensagens enviadas depois.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Duração padrão',
      caveats: [
        'Prévias de notificação, encaminhamentos para conversas sem duração e citações em respostas podem sobreviver à mensagem.',
        'As cópias da página de ajuda divergem sobre backups, e em alguns países mensagens de pagamento e de pedidos não podem sumir.',
      ],
    },
    'view-once': {
      title: 'Visualização única',
      summary: 'Fotos, vídeos e áudios de visualização única abrem uma vez e não podem ser encaminhados nem salvos, mas podem ficar criptografados nos servidores por semanas.',
      generated: [
        'O destinatário não pode encaminhar, salvar, favoritar nem compartilhar uma foto, vídeo ou mensagem de voz de visualização única, e ela expira se ninguém abrir em 14 dias.',
        'O status “Aberta” só chega a quem enviou se o destinatário tiver as confirmações de leitura ativadas.',
        'Destinatários não podem fazer capturas de tela de mídias de visualização única, mas podem fotografá-las com outro aparelho; no Android, mensagens de voz de visualização única podem ser gravadas com o gravador de tela do próprio celular.',
      ],
      audience: [
        { detail: 'pode abrir uma vez ou fotografar com outro aparelho' },
        { condition: 'arquivo criptografado, talvez por semanas', detail: 'podem guardá-lo após o envio' },
      ],
      sharing: ['Se o destinatário denunciar uma mídia ou mensagem de voz de visualização única, ela é enviada ao WhatsApp.'],
      retention: 'O arquivo criptografado pode ficar nos servidores do WhatsApp por algumas semanas após o envio; um backup só o restaura se ele nunca foi aberto.',
      retentionHint: 'O arquivo criptografado pode ficar algumas semanas nos servidores do WhatsApp após o envio',
      controls: [{ exceptions: ['Escolhida por foto, vídeo ou mensagem de voz na hora de enviar.'] }],
      controlHint: 'Escolha visualização única ao enviar uma foto, vídeo ou mensagem de voz',
      caveats: ['O bloqueio de capturas de tela foi anunciado em agosto de 2022; antes, era possível fazer capturas sem aviso. As mensagens de voz de visualização única chegaram em dezembro de 2023.'],
    },
    'encryption-notice': {
      title: 'Aviso de criptografia de ponta a ponta',
      summary: 'A criptografia esconde o que você diz, não os metadados: o WhatsApp continua vendo quem fala com quem e quando, e coleta dados de uso e do aparelho.',
      generated: [
        'Mensagens e ligações pessoais são criptografadas de ponta a ponta: só as pessoas da conversa podem lê-las ou ouvi-las, nem mesmo o WhatsApp.',
        'O WhatsApp continua coletando dados de uso (horário, frequência e duração das atividades) e dados do aparelho e da conexão, como o endereço IP.',
        'Para entregar as mensagens, os servidores do WhatsApp veem quem envia para quem. O WhatsApp diz que normalmente não registra isso, mas por processo legal dos EUA (uma ordem “pen register”) pode ser obrigado a registrar remetente e destinatário a partir daí (segundo a imprensa).',
      ],
      audience: [
        { condition: 'só metadados, não o conteúdo', detail: 'veem quem fala com quem e quando, e dados do aparelho' },
        { condition: 'com um processo legal dos EUA', detail: 'podem obter registros da conta e dados de envio futuros, não o conteúdo' },
      ],
      sharing: [META, EU, IN, LE],
      retention: 'Mensagens entregues normalmente não ficam nos servidores; as não entregues são removidas em no máximo 30 dias. Mídias encaminhadas podem ficar mais tempo, criptografadas.',
      retentionHint: 'Entregues: normalmente não guardadas; não entregues: no máximo 30 dias; mídias encaminhadas podem ficar mais',
      controls: [
        {
          exceptions: [
            'A criptografia de ponta a ponta é ativada automaticamente nas conversas pessoais; não há configuração para desativá-la.',
            'Se o status de criptografia de uma conversa mudar, isso aparece na conversa.',
          ],
        },
        {
          path: 'Configurações › Conversas › Backup de conversas › Backup protegido com criptografia de ponta a ponta',
          options: ON_OFF,
          exceptions: ['Desativado por padrão.'],
        },
      ],
      controlHint: 'Ativada por padrão; confira se os backups na nuvem também estão criptografados',
      caveats: [
        'Backups no Google Drive ou no iCloud só são criptografados de ponta a ponta se você ativar isso, e um backup completo do iPhone no iCloud também guarda uma cópia sem criptografia das suas conversas.',
        'O WhatsApp diz que o conteúdo das mensagens pode estar no backup na nuvem do usuário; um guia do FBI de 2021, segundo a imprensa, diz que os dados do iCloud de usuários de iPhone podem incluir conteúdo do WhatsApp.',
      ],
    },
    'business-chat-notice': {
      title: 'Aviso de conversa com empresa',
      summary: 'Esta empresa pode usar a Meta ou outras empresas para cuidar da conversa; nesse caso elas, não só a empresa, tratam suas mensagens.',
      generated: [
        'O aviso diz como a empresa trata as mensagens: trabalha com outras empresas, usa um serviço seguro da Meta, ou a conversa é criptografada de ponta a ponta até ela.',
        'Se uma empresa faz a Meta hospedar suas mensagens, o WhatsApp deixa de considerar a conversa criptografada de ponta a ponta até a empresa.',
        'Desde que a API auto-hospedada foi desativada em outubro de 2025, as conversas com o aviso “trabalha com outras empresas” também passam pela Cloud API da Meta.',
        'Seus status de entrega e leitura chegam aos sistemas da empresa quase em tempo real.',
      ],
      audience: [
        { detail: 'leem e guardam suas mensagens; funcionários ou fornecedores podem responder' },
        { condition: 'se a empresa usa a Cloud API da Meta', detail: 'a Meta hospeda as mensagens' },
        { detail: 'repassam mensagens e status' },
      ],
      sharing: [BIZ, META],
      retention: 'Se a empresa usa a Cloud API da Meta, o conteúdo fica armazenado em repouso por até 30 dias por padrão, menos com No Storage. A empresa guarda as próprias cópias pelo tempo que a política dela disser.',
      retentionHint: 'Na Cloud API da Meta: em repouso por até 30 dias por padrão; a empresa guarda cópias conforme a política dela',
      controls: [BLOCK],
      controlHint: 'Bloqueie ou denuncie a empresa se não quiser as mensagens dela',
      caveats: ['A Meta diz que suas conversas com empresas não são usadas automaticamente para escolher seus anúncios, mas a própria empresa pode usá-las nos anúncios dela.'],
    },
    'privacy-setting': {
      title: 'Configurações de privacidade',
      summary: 'Estas opções decidem quem vê seu visto por último, status online, foto, recado e status, quem pode contatar você e se você envia confirmações de leitura.',
      generated: [
        'A política do WhatsApp inclui suas configurações entre os dados de uso que coleta.',
        'As opções cobrem visto por último e online, foto do perfil, recado, status, confirmações de leitura, grupos, ligações e a duração padrão.',
        'Ligações › Silenciar ligações de desconhecidos: ligações de números que você não salvou não tocam, mas continuam aparecendo na lista de ligações e nas notificações.',
        'Avançado › Proteger endereço IP nas ligações: sem isso, ligações individuais podem se conectar diretamente, e cada lado vê o endereço IP do outro; ativada, elas passam pelos servidores do WhatsApp. Ligações em grupo sempre passam.',
        'Avançado › Bloquear mensagens de contas desconhecidas limita enxurradas de mensagens de contas que você não conhece.',
      ],
      audience: [
        { detail: 'guardam suas escolhas' },
        { detail: 'percebem o efeito, p. ex., sem tiques azuis ou visto por último' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda um histórico das suas configurações.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo o WhatsApp guarda um histórico das configurações',
      controls: [
        {
          path: 'Configurações › Privacidade',
          options: ['Visto por último e online', 'Foto do perfil', 'Recado', 'Status', 'Confirmações de leitura', 'Grupos', 'Ligações', 'Duração padrão', 'Avançado'],
          exceptions: [
            'As confirmações de leitura são sempre enviadas em grupos.',
            'As confirmações de entrega não têm configuração, e nenhuma foi encontrada para o “digitando…”.',
            'Seu número de telefone não pode ser escondido.',
          ],
          reciprocity: 'Esconder seu visto por último, status online ou confirmações de leitura (exceto em grupos) também esconde os dos outros de você.',
        },
      ],
      controlHint: 'Revise Configurações › Privacidade',
      caveats: ['Essas opções mudaram com o tempo: “Todos” no visto por último foi restringido em dezembro de 2021; o status online pode ser escondido desde agosto de 2022.'],
    },
    'live-location': {
      title: 'Localização em tempo real',
      summary: 'A localização em tempo real compartilha uma posição ao vivo por um período escolhido. É criptografada de ponta a ponta, e o WhatsApp Web não a mostra.',
      generated: [
        'Seu celular envia posições atualizadas para a conversa por 15 minutos, 1 hora ou 8 horas, até você parar de compartilhar.',
        'A localização em tempo real é criptografada de ponta a ponta: só as pessoas com quem você a compartilha podem vê-la.',
        'Aparelhos conectados, incluindo o WhatsApp Web, não conseguem ver a localização em tempo real.',
        'O WhatsApp estima sua cidade e país pelo IP e pelo código de área do seu número, mesmo sem recursos de localização.',
      ],
      audience: [
        { condition: 'enquanto durar o compartilhamento', detail: 'vê onde você está; depois ainda vê seu ponto de partida e a última atualização' },
        { condition: 'em uma conversa em grupo, enquanto durar', detail: 'todos os membros a veem' },
        { condition: 'criptografada de ponta a ponta: o WhatsApp diz que não a vê', detail: 'repassam a localização' },
      ],
      sharing: ['O WhatsApp diz que não consegue ver localizações compartilhadas nas conversas e por isso não as compartilha com a Meta.'],
      retention: 'Depois que o compartilhamento termina, as pessoas da conversa continuam vendo a localização inicial como imagem estática e podem abrir a última atualizada. Não foi encontrado prazo de retenção nos servidores; o WhatsApp diz que não consegue ver localizações compartilhadas.',
      retentionHint: 'Desconhecido nos servidores (o WhatsApp diz que não a vê); a conversa guarda o ponto inicial e a última',
      controls: [{ exceptions: ['Pare de compartilhar pela conversa a qualquer momento (no celular).'] }],
      controlHint: 'Pare de compartilhar na conversa pelo celular',
      caveats: ['As opções de 15 minutos, 1 hora e 8 horas vêm da cobertura do lançamento (2017), não de uma página de ajuda atual.'],
    },
    'business-message-status': {
      title: 'Status da mensagem (visão da empresa)',
      summary: 'A empresa vê por cliente quando cada mensagem foi enviada, entregue e lida, enviado aos sistemas dela por webhook quase em tempo real.',
      generated: [
        'A Meta envia à empresa um webhook de status para cada mensagem que ela pode informar: enviada, entregue, lida, com falha e mensagem de voz reproduzida.',
        '“Lida” significa que a mensagem apareceu no app do cliente; o status de entregue pode ser pulado quando as duas coisas acontecem juntas.',
        '“Lida” só pode ser informada quando o app do cliente envia uma confirmação de leitura, então provavelmente depende da configuração do cliente (dedução; a documentação de webhooks da Meta não diz).',
      ],
      audience: [
        { detail: 'a empresa e qualquer fornecedor (BSP, CRM) que recebe os webhooks dela' },
        { detail: 'a Meta gera os status na Cloud API' },
        { detail: 'o app do cliente os gera; o cliente só vê os próprios tiques' },
      ],
      sharing: [BIZ],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo a Meta guarda eventos de status; empresas e fornecedores os mantêm conforme as próprias políticas.',
      retentionHint: 'Desconhecido para a Meta (as fontes consultadas não dizem); empresa e fornecedores seguem suas políticas',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Configuração do cliente; o efeito dela nos status de “lida” enviados a empresas é uma dedução.', 'Clientes não podem desativar as confirmações de entrega.'],
        },
        BLOCK,
      ],
      controlHint: 'Clientes: desativar confirmações de leitura provavelmente limita os status de “lida” (dedução)',
      caveats: ['Que desativar as confirmações de leitura impede status de “lida” para empresas é deduzido do funcionamento da opção; a documentação de webhooks da Meta não diz isso.'],
    },
    'business-analytics': {
      title: 'Análises de mensagens',
      summary: 'Os painéis contam mensagens enviadas, entregues e lidas e cliques em links; com o Pixel da Meta ou a API de Conversões, também compras.',
      generated: [
        'O WhatsApp Manager e a API mostram quantas mensagens foram enviadas, entregues e lidas, quanto foi gasto e quantos links foram clicados.',
        'Se o Pixel da Meta ou a API de Conversões estiverem conectados, eles também contam conversões de compra: itens adicionados ao carrinho, checkouts, compras.',
      ],
      audience: [
        { detail: 'veem as métricas nos painéis e pela API' },
        { detail: 'calculam as métricas e recebem eventos de conversão' },
      ],
      sharing: ['Com o Pixel da Meta ou a API de Conversões conectados, eventos da loja (adicionar ao carrinho, checkout, compra) são informados à Meta como conversões de mensagens de marketing.'],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo a Meta guarda essas métricas.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo a Meta guarda essas métricas',
      controls: [
        { exceptions: ['Clientes não têm configuração para essas contagens; desativar as confirmações de leitura provavelmente reduz as contagens de leitura (dedução).'] },
        BLOCK,
      ],
      controlHint: 'Clientes: não há como sair dessas contagens',
      caveats: ['Desde 8 de setembro de 2025 as métricas de conversão não aparecem mais no Gerenciador de Anúncios.'],
    },
    'business-phone-quality': {
      title: 'Classificação de qualidade',
      summary: 'A classificação de qualidade dos modelos reflete a reação dos clientes (bloqueios, denúncias, leituras); notas baixas podem pausar ou desativar modelos.',
      generated: [
        'A Meta classifica cada modelo como VERDE, AMARELO, VERMELHO ou DESCONHECIDO conforme o uso, a frequência com que clientes o bloqueiam ou denunciam e sinais de engajamento como a proporção de mensagens lidas.',
        'Os limites de mensagens restringem quantos clientes uma empresa pode alcançar fora da janela de atendimento de 24 horas por dia móvel: 250, depois 2.000, 10.000, 100.000 ou ilimitado.',
      ],
      audience: [
        { detail: 'veem a classificação' },
        { detail: 'calculam a classificação a partir do retorno dos clientes' },
      ],
      sharing: ['Bloqueios, denúncias e o comportamento de leitura dos clientes alimentam as classificações da Meta para os modelos da empresa.'],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo os sinais de retorno são guardados.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo os sinais de retorno são guardados',
      controls: [BLOCK],
      controlHint: 'Clientes: bloqueios e denúncias podem baixar a classificação',
      caveats: [
        'Classificações baixas podem levar a Meta a desacelerar, pausar ou desativar modelos.',
        'A classificação documentada é por modelo; detalhes de classificações por número não estavam nas fontes consultadas.',
      ],
    },
    'business-template': {
      title: 'Modelo de mensagem',
      summary: 'Fora da janela de 24 horas, empresas falam com clientes que deram consentimento por meio de modelos; a Meta mede leituras e cliques e os classifica.',
      generated: [
        'Uma empresa só pode mandar a primeira mensagem a alguém que lhe deu o número e aceitou receber mensagens dela.',
        'Fora da janela de atendimento de 24 horas, mensagens iniciadas pela empresa usam modelos, sujeitos aos limites de mensagens.',
        'Modelos de marketing também têm limites por cliente: o WhatsApp pode não entregar um a quem já recebeu certa quantidade de mensagens de marketing.',
        'Para suas mensagens de marketing, a empresa vê quantas foram enviadas, entregues e lidas e quantos links foram clicados.',
      ],
      audience: [
        { detail: 'veem contagens por modelo' },
        { detail: 'classificam a qualidade de cada modelo' },
      ],
      sharing: ['Como os clientes reagem a um modelo (leituras, bloqueios, denúncias) alimenta a classificação de qualidade dele.'],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo as métricas dos modelos são guardadas.',
      retentionHint: 'Desconhecido: as fontes consultadas não dizem quanto tempo as métricas dos modelos são guardadas',
      controls: [BLOCK],
      controlHint: 'Clientes: bloqueie ou denuncie modelos indesejados',
      caveats: [
        'Modelos com classificação baixa podem ser desacelerados, pausados ou desativados.',
        'Os limites de marketing por cliente só foram lidos citados na documentação de fornecedores, e os limiares não foram encontrados nas fontes consultadas.',
      ],
    },
    'customer-phone-number': {
      title: 'Número do cliente',
      summary: 'A empresa normalmente vê o número e o nome de perfil de cada cliente e pode usar as conversas no próprio marketing, inclusive anúncios na Meta.',
      generated: [
        'Mensagens e webhooks de status identificam o cliente, normalmente pelo número; mensagens recebidas também trazem o nome de perfil dele.',
        'Desde abril de 2026 os webhooks também trazem um ID de usuário por empresa, um identificador do cliente diferente para cada empresa.',
        'A empresa pode usar as conversas no próprio marketing, inclusive em anúncios na Meta.',
      ],
      audience: [
        { detail: 'guardam o número e o nome com o histórico da conversa' },
        { detail: 'o WhatsApp compartilha como você interage com empresas' },
      ],
      sharing: [BIZ, META],
      retention: 'Desconhecido: definido pela própria política de privacidade da empresa.',
      retentionHint: 'Desconhecido: definido pela própria política de privacidade da empresa',
      controls: [{ exceptions: ['Clientes não podem esconder o número de uma empresa com quem conversam.'] }, BLOCK],
      controlHint: 'Clientes: seu número fica visível para a empresa',
      caveats: ['Nomes de usuário estão sendo liberados aos poucos desde 2026; quem adotar um pode aparecer para as empresas pelo nome de usuário e por um ID por empresa em vez do número.'],
    },
    'webhook-config': {
      title: 'Configuração de webhooks',
      summary: 'Webhooks enviam cada mensagem de cliente e cada status de entrega ou leitura, com dados de preço, para a URL que a empresa define aqui.',
      generated: [
        'Webhooks assinados entregam mensagens recebidas e status (enviada, entregue, lida, com falha, reproduzida) ao endpoint configurado.',
        'Os webhooks de status também trazem informações de preço e de conversa de cada mensagem.',
        'As mensagens vão criptografadas em trânsito até onde a empresa mandar entregá-las; dali em diante valem as práticas da empresa e dos fornecedores dela.',
      ],
      audience: [
        { detail: 'quem opera o endpoint: a empresa ou um fornecedor escolhido por ela' },
        { detail: 'a Meta envia os webhooks a partir da Cloud API' },
      ],
      sharing: [BIZ],
      retention: 'Por padrão, a Cloud API guarda o conteúdo em repouso por até 30 dias. “Local storage” guarda em repouso em um país escolhido pela empresa (em uso em outro lugar por até 60 minutos); “No Storage” mantém dados em trânsito por no máximo 1 hora, e mídias por um tempo definido entre 1 hora e 30 dias.',
      retentionHint: 'Cloud API: em repouso por até 30 dias por padrão; No Storage: máx. 1 hora em trânsito, mídias por tempo fixo',
      controls: [
        {
          options: ['Padrão (até 30 dias)', 'Local storage', 'No Storage'],
          exceptions: ['Escolhido pela empresa; clientes não podem escolher.'],
        },
      ],
      controlHint: 'Empresa: No Storage ou Local storage limitam a retenção',
      caveats: ['A On-Premises API auto-hospedada foi desativada em outubro de 2025, então o tráfego da API agora passa pela Cloud API da Meta.'],
    },
  },
}
