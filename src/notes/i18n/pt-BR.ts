import type { ControlTranslation, Translation } from './types'

// Brazilian Portuguese. Setting paths use WhatsApp's pt-BR names only where known with
// confidence; otherwise the English path is kept.

const META =
  'O WhatsApp diz que compartilha alguns dados com outras empresas da Meta (p. ex., seu número, dados do aparelho, endereço IP, como você interage com empresas), mas não seus contatos nem localizações compartilhadas, e não guarda registros de quem conversa com quem.'
const EU =
  'Na Região Europeia, o WhatsApp Ireland é o controlador dos seus dados (no Reino Unido isso pode ter mudado). Em 2021 o Facebook disse que dados de usuários europeus não eram compartilhados para a Meta melhorar seus produtos ou anúncios, embora a política europeia liste essas finalidades.'
const IN =
  'O órgão de concorrência da Índia multou a Meta pela política de 2021 e proibiu o compartilhamento com a Meta para anúncios por cinco anos. Em nov. de 2025 um tribunal de apelação manteve a multa e as determinações de transparência e opção de saída, mas derrubou a proibição; a Meta recorreu à Suprema Corte.'
const LE =
  'Diante de processos legais dos EUA, o WhatsApp pode fornecer registros da conta, como a data do visto por último e o IP (intimação) e números bloqueados (ordem judicial); diz que não pode entregar o conteúdo das mensagens.'
const BIZ =
  'Quando as mensagens chegam à empresa, valem as práticas de privacidade dela: funcionários ou fornecedores podem lê-las, e ela pode usá-las no próprio marketing, inclusive anúncios na Meta.'
const UNKNOWN_RECEIPTS =
  'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda os eventos de confirmação nos servidores. Os horários ficam nos Dados da mensagem de quem enviou.'
const ON_OFF = ['Ativado', 'Desativado']
const AUDIENCE_4 = ['Todos', 'Meus contatos', 'Meus contatos, exceto…', 'Ninguém']
const READ_PATH = 'Configurações › Privacidade › Confirmações de leitura'
const LAST_SEEN_PATH = 'Configurações › Privacidade › Visto por último e online'
const RECIPROCAL_READ = 'Se você desativar as suas, também não verá as confirmações de leitura dos outros (exceto em grupos).'
const BLOCK: ControlTranslation = {
  exceptions: ['Clientes podem bloquear ou denunciar a empresa; bloqueios e denúncias estão entre os sinais da classificação de qualidade dos modelos dela.'],
}
const DELETE_90 = 'Desconhecido para versões antigas. Apagar a conta leva até 90 dias, e cópias de backup podem durar mais.'

export const ptBR: Translation = {
  audience: {
    'other-person': 'A outra pessoa',
    'group-members': 'Membros do grupo',
    'your-contacts': 'Seus contatos',
    'anyone-with-number': 'Qualquer pessoa com seu número',
    'whatsapp-servers': 'Servidores do WhatsApp',
    'meta-companies': 'Outras empresas da Meta',
    'business-and-vendors': 'A empresa e seus fornecedores',
    authorities: 'Autoridades (com processo legal)',
  },
  region: {
    all: 'Em todo lugar',
    'european-region': 'Região Europeia',
    india: 'Índia',
    elsewhere: 'Fora da Região Europeia',
  },
  context: {
    'reciprocal-read-receipts': {
      title: 'Tiques azuis indicam que as suas também estavam ativadas',
      text: 'Em conversas individuais as confirmações de leitura são recíprocas: você só vê tiques azuis enquanto as suas estão ativadas. Então as suas estavam ativadas quando estas mensagens foram lidas, e esta pessoa vê quando você lê as dela, a menos que você as tenha desativado depois (Configurações › Privacidade › Confirmações de leitura).',
    },
    'reciprocal-presence': {
      title: 'Você também compartilha sua presença',
      text: 'Você vê o visto por último ou o status online desta pessoa, então o seu aparece para pelo menos algumas pessoas: ocultar o seu ocultaria o dela para você.',
    },
    'group-read-receipts-always': {
      title: 'Em grupos, sempre são enviadas',
      text: 'Em conversas em grupo suas confirmações de leitura são enviadas mesmo que você as tenha desativado; quem enviou vê nos Dados da mensagem quando você leu cada uma.',
    },
    'delivery-receipts-always': {
      title: 'Confirmações de entrega não podem ser desativadas',
      text: 'Cada aparelho seu confirma cada mensagem que recebe. Nenhuma configuração impede isso, e pesquisas mostraram que o tempo dessas confirmações pode revelar sua atividade a qualquer pessoa com seu número.',
    },
    'typing-no-setting': {
      title: 'Nenhuma configuração oculta “digitando…”',
      text: 'Quem está com esta conversa aberta e online vê quando você está digitando; não foi encontrada configuração para desativar o indicador.',
    },
    'status-viewers-mutual': {
      title: 'A lista de visualizações exige confirmações dos dois lados',
      text: 'Você só vê quem visualizou seu status enquanto suas confirmações de leitura estão ativadas, e quem visualizou com as confirmações desativadas nunca aparece.',
    },
    'group-numbers-visible': {
      title: 'Os membros veem seu número',
      text: 'Seu número não pode ser ocultado em conversas comuns, então membros deste grupo em geral podem vê-lo, inclusive quem não o salvou.',
    },
    'live-location-linked-device': {
      title: 'A localização em tempo real não aparece na web',
      text: 'Aparelhos conectados, como o WhatsApp Web, não mostram a localização em tempo real; as pessoas da conversa a veem no celular enquanto durar.',
    },
    'business-chat-hosting': {
      title: 'Quem cuida desta conversa com empresa',
      text: 'Veja o aviso da conversa. Se ele diz que a empresa usa um serviço seguro da Meta, a Meta hospeda a conversa por ela, o WhatsApp não a trata como criptografada de ponta a ponta até a empresa e, por padrão, o conteúdo fica guardado por até 30 dias.',
    },
    'business-status-webhooks': {
      title: 'Horários de entrega e leitura por cliente',
      text: 'Isto mostra, por cliente, quando as mensagens foram entregues e lidas. A Meta envia esses status ao webhook da empresa, e a qualquer fornecedor por trás dele, quase em tempo real.',
    },
  },
  notes: {
    'read-receipt': {
      title: 'Confirmação de leitura (tiques azuis)',
      summary: 'Tiques azuis: o destinatário leu sua mensagem. Seu app envia o mesmo sinal quando você lê; dá para desativar, exceto em grupos.',
      generated: [
        'Quando o destinatário abre a conversa, o aparelho dele informa que a mensagem foi lida (em conversas individuais, só se os dois estiverem com as confirmações de leitura ativadas): os tiques ficam azuis e os Dados da mensagem de quem enviou mostram o horário.',
        'Mensagens de voz têm uma confirmação separada de “reproduzida”, e editar uma mensagem reinicia as confirmações de leitura dela.',
        'Em grupo os tiques ficam azuis só quando todos os membros leram; os Dados da mensagem listam cada membro.',
      ],
      audience: [
        'só se os dois estiverem com as confirmações de leitura ativadas',
        'em grupos, quem enviou vê seu horário de leitura, qualquer que seja sua configuração',
        'repassam cada confirmação',
        'em conversas com empresas, os status “lida” chegam aos sistemas delas',
      ],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: [
            'Sempre enviadas em conversas em grupo',
            'Confirmações de reprodução de mensagens de voz continuam sendo enviadas',
            'Não impede as confirmações de entrega (tiques cinza)',
          ],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Configurações › Privacidade › Confirmações de leitura (não vale em grupos)',
      caveats: ['A exceção das mensagens de voz vem de uma página de ajuda do iPhone lida apenas em cópia não inglesa.'],
    },
    'delivery-receipt': {
      title: 'Confirmação de entrega (dois tiques cinza)',
      summary: 'Dois tiques cinza: um aparelho do destinatário recebeu sua mensagem. Seus aparelhos também enviam essas confirmações, sempre: nada as desativa.',
      generated: [
        'O segundo tique aparece quando o celular do destinatário ou um aparelho conectado dele recebe a mensagem, mesmo com o celular desligado.',
        'Os Dados da mensagem de quem enviou mostram o horário exato de entrega; em grupos, por membro.',
        'Pesquisadores mostraram que medir o tempo de confirmações de entrega silenciosas pode revelar atividade de tela e app, número de aparelhos e rotina diária, só com o número.',
      ],
      audience: [
        'vê quando cada mensagem chegou a você',
        'quem enviou vê o horário de entrega de cada membro',
        'pode provocar e medir confirmações silenciosas (pesquisa)',
        'repassam cada confirmação',
      ],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        { exceptions: ['Nenhuma configuração desativa as confirmações de entrega; a de leitura vale só para os tiques azuis.'] },
        {
          path: 'Settings › Privacy › Advanced › Block unknown account messages',
          options: ON_OFF,
          exceptions: ['Só limita enxurradas de mensagens de contas desconhecidas; não impede as confirmações de entrega.'],
        },
      ],
      controlHint: 'Sem configuração: confirmações de entrega são sempre enviadas',
      caveats: [
        'A ajuda do WhatsApp descreve só a opção de leitura; que a entrega não pode ser desativada é demonstrado por pesquisa (Careless Whisper, 2024).',
      ],
    },
    'sent-receipt': {
      title: 'Enviada (um tique cinza)',
      summary: 'Um tique cinza: a mensagem saiu do seu aparelho e chegou ao WhatsApp, mas nenhum aparelho do destinatário a recebeu ainda.',
      generated: [
        'Um tique significa que a mensagem foi enviada; vira dois tiques quando um aparelho do destinatário a recebe.',
        'Até a entrega, a mensagem espera criptografada nos servidores do WhatsApp.',
      ],
      audience: [
        'recebe a mensagem quando um aparelho dele fica online',
        'guardam a mensagem criptografada até a entrega',
        'uma ordem “pen register” dos EUA pode revelar quem conversa com quem, daí em diante',
      ],
      sharing: [META, LE],
      retention: 'Mensagens não entregues ficam criptografadas nos servidores do WhatsApp por até 30 dias enquanto a entrega é tentada, e depois são apagadas.',
      controls: [{ exceptions: ['Nenhuma configuração controla este status.'] }],
      controlHint: 'Sem configuração: este status sempre aparece',
      caveats: [
        'O WhatsApp diz que não guarda registros rotineiros de quem conversa com quem, mas um guia do FBI de 2021 diz que uma ordem “pen register” fornece origem e destino de cada mensagem a cada 15 minutos, aprox.',
      ],
    },
    pending: {
      title: 'Pendente (relógio)',
      summary: 'O relógio indica que a mensagem ainda não saiu do seu aparelho. Apague agora e o destinatário nunca a recebe.',
      generated: [
        'O relógio aparece quando seu aparelho está sem conexão ou o WhatsApp tem um problema no serviço; nada chegou aos servidores ainda.',
        'Apagar a mensagem enquanto o relógio aparece faz com que ela nunca chegue ao destinatário.',
      ],
      audience: ['não vê nada até a mensagem ser enviada', 'recebem a mensagem só quando ela é enviada'],
      sharing: ['Nada é compartilhado ainda: a mensagem continua só no seu aparelho.'],
      retention: 'Fica no seu aparelho até ser enviada ou apagada.',
      controls: [{ exceptions: ['Apague a mensagem antes do envio para impedi-lo.'] }],
      controlHint: 'Apague antes do envio para impedi-lo',
      caveats: [
        'Não foi encontrada página oficial sobre o relógio; esta nota se baseia na imprensa, e alguns sites de dicas explicam o relógio errado.',
      ],
    },
    'last-seen': {
      title: 'Visto por último',
      summary: 'Mostra quando esta pessoa usou o WhatsApp pela última vez. Sua configuração decide quem vê o seu, e se você ocultá-lo não verá o dos outros.',
      generated: [
        'Seu app informa quando você esteve ativo pela última vez; a política do WhatsApp inclui o “visto por último” entre os dados de uso coletados.',
        '“Visto por último” é a última vez que alguém usou o WhatsApp, não prova de que leu sua mensagem.',
      ],
      audience: [
        'por padrão em algumas versões do app',
        'só se já conversaram ou ela salvou seu número, mesmo com “Todos”',
        'coletam como dados de uso',
        'a data do visto por último é um registro básico numa intimação dos EUA',
      ],
      sharing: [META, EU, IN, LE],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda o histórico do visto por último.',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: AUDIENCE_4,
          exceptions: ['Mesmo “Todos” só inclui quem já recebeu mensagem ou ligação sua ou salvou seu número.'],
          reciprocity: 'Se você não compartilha seu visto por último, não vê o dos outros.',
        },
      ],
      controlHint: 'Configurações › Privacidade › Visto por último e online',
      caveats: [
        'Antes de dezembro de 2021, “Todos” significava qualquer usuário do WhatsApp; apps rastreadores usavam isso para registrar a atividade de estranhos.',
        'As variantes da ajuda divergem sobre o padrão (contatos ou todos); confira sua configuração.',
      ],
    },
    'online-presence': {
      title: 'Online',
      summary: '“Online” significa que o WhatsApp está aberto em primeiro plano e conectado no aparelho da pessoa agora. Desde 2022 você pode ocultar o seu.',
      generated: [
        'Com o app aberto e conectado, ele informa que você está online; a política do WhatsApp inclui se você está online nos dados de uso.',
        'Estar online não significa que a pessoa leu sua mensagem.',
      ],
      audience: [
        'se sua configuração permitir e já conversaram ou ela salvou seu número',
        'coletam como dados de uso',
        'a atividade ainda pode ser deduzida pelo tempo das confirmações de entrega (pesquisa)',
      ],
      sharing: [META, EU],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda o histórico de status online.',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: ['Todos', 'Igual ao visto por último'],
          exceptions: ['Só quem já conversou com você ou salvou seu número pode ver.'],
          reciprocity: 'Se você ocultar seu status online, não verá o dos outros.',
        },
      ],
      controlHint: 'Configurações › Privacidade › Visto por último e online (online: “Todos” ou “Igual ao visto por último”)',
      caveats: [
        'Até agosto de 2022 ninguém podia ocultar que estava online; o controle foi anunciado naquele mês.',
        'Pesquisadores registraram por meses o status online de estranhos (2013–14); ocultar o online não impede medir as confirmações de entrega (2024).',
      ],
    },
    'typing-indicator': {
      title: 'Indicador “digitando…”',
      summary: '“Digitando…” aparece ao vivo para quem está com sua conversa aberta enquanto você digita. Não foi encontrada opção para desativar.',
      generated: ['Enquanto você digita, seu app envia um sinal “digitando…” ao vivo para quem está com a conversa aberta e online.'],
      audience: ['se estiver com a conversa aberta e online', 'membros com o grupo aberto', 'repassam o sinal'],
      sharing: [META],
      retention: 'Desconhecido: as fontes consultadas não dizem se o WhatsApp guarda esses eventos.',
      controls: [{ exceptions: ['Não foi encontrada configuração para o indicador nas páginas de ajuda do WhatsApp consultadas.'] }],
      controlHint: 'Nenhuma configuração encontrada: pare de digitar para ocultar',
      caveats: ['Se o WhatsApp criar essa opção, esta nota ficará desatualizada; confira Configurações › Privacidade.'],
    },
    'status-update': {
      title: 'Status',
      summary: 'Seu status só aparece para quem vocês dois salvaram mutuamente, conforme sua configuração de status; compartilhar no Facebook é opcional.',
      generated: [
        'Alguém vê seu status só se cada um tiver o número do outro salvo e sua configuração de status incluir a pessoa.',
        'A política do WhatsApp inclui os recursos que você usa, como o Status, nos dados de uso coletados.',
      ],
      audience: [
        'contatos mútuos permitidos pela sua configuração de status',
        'transportam a atualização e registram o uso do recurso',
        'só se você ativar o compartilhamento nos stories do Facebook',
      ],
      sharing: [
        'Compartilhar nos stories do Facebook é opcional e vem desativado. Se você ativar, o Facebook recebe cada item compartilhado com a legenda e dados do aparelho (idioma, navegador, IP) e pode usá-los, inclusive em anúncios; o WhatsApp diz que seu número, contatos e mensagens não são compartilhados.',
        'Desde junho de 2025 o WhatsApp vem introduzindo anúncios entre os status. A Meta diz que eles usam poucos dados (país ou cidade, idioma, canais seguidos, como você interage com anúncios) e dados da Central de Contas, se vinculada, não suas mensagens pessoais, ligações nem grupos.',
      ],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda registros sobre status.',
      controls: [
        {
          path: 'Configurações › Privacidade › Status',
          options: ['Meus contatos', 'Meus contatos, exceto…', 'Compartilhar somente com…'],
          exceptions: ['A mudança só vale para status futuros.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Status',
      caveats: ['Anúncios na aba Atualizações começaram em junho de 2025; vincular o WhatsApp à Central de Contas permite que outros dados da Meta os influenciem.'],
    },
    'status-viewers': {
      title: 'Visualizações do status',
      summary: 'A lista mostra quem viu seu status. Só funciona quando você e quem viu estão com as confirmações de leitura ativadas.',
      generated: [
        'Abrir o status de alguém envia uma confirmação de visualização; quem postou vê quem visualizou.',
        'Quem está com as confirmações desativadas não aparece; se as suas estão desativadas, você não vê ninguém.',
      ],
      audience: ['quem postou vê que você visualizou, se os dois têm as confirmações ativadas', 'repassam as confirmações de visualização'],
      sharing: [META],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda visualizações de status.',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Diferente dos grupos, as visualizações de status seguem esta opção.'],
          reciprocity: 'Se as suas estão desativadas, você não vê quem viu seus status.',
        },
      ],
      controlHint: 'Configurações › Privacidade › Confirmações de leitura',
      caveats: ['A lista pode estar incompleta: quem viu com as confirmações desativadas não aparece.'],
    },
    'profile-photo': {
      title: 'Foto do perfil',
      summary: 'Sua foto do perfil aparece para quem sua configuração permite; em 2024–25 pesquisadores conseguiram acessar fotos públicas de cerca de 57% das contas.',
      generated: ['O WhatsApp armazena sua foto do perfil e a inclui entre as informações que coleta.'],
      audience: ['se estiver em “Todos” (padrão em algumas versões)', 'se estiver em “Meus contatos”', 'armazenam a foto'],
      sharing: ['Segundo a imprensa, um estudo de 2024–25 conseguiu acessar fotos de perfil públicas de cerca de 57% das contas verificando números em massa; a Meta depois impôs limites.'],
      retention: DELETE_90,
      controls: [
        {
          path: 'Configurações › Privacidade › Foto do perfil',
          options: AUDIENCE_4,
          exceptions: ['Quem já pôde vê-la pode ter salvo uma cópia.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Foto do perfil',
      caveats: [
        'As variantes da ajuda divergem sobre o padrão (a da Web diz que qualquer pessoa vê sua foto).',
        '“Meus contatos, exceto…” foi noticiado pela imprensa, mas não conferido na página de ajuda atual.',
      ],
    },
    about: {
      title: 'Recado',
      summary: 'Seu recado aparece para quem sua configuração permite, e o WhatsApp registra quando você o alterou pela última vez.',
      generated: ['O WhatsApp coleta seu recado e quando você o atualizou pela última vez.'],
      audience: ['se estiver em “Todos”', 'se estiver em “Meus contatos”', 'armazenam o texto e a data da última alteração'],
      sharing: ['Segundo a imprensa, um estudo de 2024–25 conseguiu acessar recados de cerca de 29% das contas verificando números em massa.'],
      retention: DELETE_90,
      controls: [{ path: 'Configurações › Privacidade › Recado', options: AUDIENCE_4 }],
      controlHint: 'Configurações › Privacidade › Recado',
      caveats: ['As variantes da ajuda divergem sobre o padrão (contatos ou todos), e “Meus contatos, exceto…” não foi conferido na página de ajuda atual.'],
    },
    'phone-number': {
      title: 'Número de telefone',
      summary: 'Seu número é sua identidade no WhatsApp: quem conversa com você o vê mesmo sem tê-lo salvo, e ele não pode ser ocultado.',
      generated: [
        'Um número é obrigatório para o cadastro e aparece para as pessoas com quem você conversa.',
        'O envio de contatos (opcional) manda ao WhatsApp os números da sua agenda, em geral diariamente, mas não nomes nem e-mails.',
        'Números de quem não usa o WhatsApp viram um hash e o número é apagado; o hash continua ligado a quem o enviou.',
      ],
      audience: [
        'sempre, mesmo sem ter você salvo',
        'nos grupos em que você está',
        'pode verificar se ele usa WhatsApp e ver seu perfil público',
        'informação da conta',
        'informações de cadastro da conta são compartilhadas',
        'registros básicos do assinante numa intimação dos EUA',
      ],
      sharing: [
        META,
        'O WhatsApp diz que não vende nem fornece números de telefone a anunciantes e não entrega sua lista de contatos à Meta para uso próprio. Ainda assim, a política dele permite que empresas da Meta usem os dados que recebem, incluindo seu número, para anúncios nos produtos da Meta.',
        EU,
        IN,
        LE,
      ],
      retention: 'Guardado enquanto a conta existir. Apagá-la leva até 90 dias; backups podem manter cópias por mais tempo e alguns dados podem ser guardados por razões legais.',
      controls: [{ exceptions: ['Nenhuma configuração oculta seu número de quem conversa com você.'] }],
      controlHint: 'Sem configuração: seu número aparece em toda conversa',
      caveats: [
        'O hash protege mal os números: há poucos números possíveis, então os hashes são revertidos rapidamente.',
        'Em 2025 pesquisadores conseguiram verificar mais de 100 milhões de números por hora antes de a Meta endurecer os limites.',
      ],
    },
    'group-participants': {
      title: 'Participantes do grupo',
      summary: 'Membros veem o número de cada participante, mesmo sem tê-lo salvo. Sua configuração de Grupos limita quem pode adicionar você.',
      generated: [
        'Seu número não pode ser ocultado nas conversas, então os membros de um grupo em que você está podem vê-lo.',
        'O WhatsApp coleta nomes, fotos e descrições de grupos como dados de uso.',
      ],
      audience: ['veem seu número, e sua foto e recado se suas configurações permitirem', 'conhecem nomes, fotos e descrições dos grupos'],
      sharing: [META],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda registros de participação em grupos.',
      controls: [
        {
          path: 'Configurações › Privacidade › Grupos',
          options: ['Todos', 'Meus contatos', 'Meus contatos, exceto…'],
          exceptions: ['A mesma configuração vale para comunidades.', 'Sair discretamente: desde 2022 só os admins são avisados.'],
        },
      ],
      controlHint: 'Configurações › Privacidade › Grupos (quem pode adicionar você)',
      caveats: ['Que membros veem números não salvos decorre da regra de que o número não pode ser ocultado; o caso dos grupos só tem fontes secundárias.'],
    },
    'message-info': {
      title: 'Dados da mensagem',
      summary: 'Os Dados da mensagem mostram a quem enviou exatamente quando cada mensagem foi entregue, lida ou reproduzida; em grupos, por membro.',
      generated: [
        'Para uma mensagem enviada, mostram quando foi entregue, lida e, se de voz, reproduzida; em grupos, por membro, e os registros ficam mesmo se alguém sair.',
      ],
      audience: ['quem enviou vê quando a mensagem chegou a você e, se os dois tiverem as confirmações de leitura ativadas, quando você a leu', 'quem enviou vê os horários de cada membro', 'repassam as confirmações'],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Em grupos os horários de leitura continuam aparecendo.', 'Os horários de entrega sempre aparecem.'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Confirmações de leitura ocultam os horários de leitura (não em grupos)',
      caveats: ['Editar uma mensagem reinicia as confirmações de leitura, então quem enviou vê quem leu a versão editada.'],
    },
    'disappearing-messages': {
      title: 'Mensagens temporárias',
      summary: 'Com o temporizador ativo, mensagens novas somem após 24 horas, 7 ou 90 dias, mas cópias podem sobrar em notificações, encaminhamentos, citações e backups.',
      generated: [
        'Com o temporizador ativo, novas mensagens somem 24 horas, 7 dias ou 90 dias após o envio; uma mensagem pode ser mantida.',
        'Em conversas individuais qualquer um dos dois pode mudar o temporizador; em grupos, qualquer membro, a menos que os admins restrinjam.',
      ],
      audience: [
        'pode mudar o temporizador, manter ou encaminhar mensagens',
        'podem mudar o temporizador, a menos que os admins restrinjam',
        'normalmente não guardam mensagens já entregues',
      ],
      sharing: [META],
      retention: 'Saem das conversas quando o tempo acaba; as mantidas ficam, e um backup feito antes as contém até ser restaurado.',
      controls: [
        {
          path: 'Settings › Privacy › Default message timer',
          options: ['Desativado', '24 horas', '7 dias', '90 dias'],
          exceptions: ['O padrão vale para conversas novas; cada conversa tem seu próprio temporizador.', 'Um novo temporizador só afeta mensagens novas.'],
        },
      ],
      controlHint: 'Settings › Privacy › Default message timer',
      caveats: [
        'Prévias de notificação, encaminhamentos para conversas sem temporizador e citações em respostas podem sobreviver à mensagem.',
        'Cópias da página de ajuda divergem sobre backups, e em alguns países mensagens de pagamento e pedidos não somem.',
      ],
    },
    'view-once': {
      title: 'Visualização única',
      summary: 'Mídia de visualização única abre uma vez e não pode ser encaminhada nem salva, mas pode ficar criptografada nos servidores por semanas.',
      generated: [
        'A foto ou o vídeo não pode ser encaminhado, salvo, favoritado nem compartilhado, e expira se não for aberto em 14 dias.',
        'O status “Aberta” chega a quem enviou só se o destinatário estiver com as confirmações de leitura ativadas.',
      ],
      audience: ['pode ver uma vez ou fotografar com outro aparelho', 'podem guardar a mídia criptografada por algumas semanas; recebem se denunciada'],
      sharing: ['Se o destinatário denunciar a mídia de visualização única, ela é enviada ao WhatsApp.'],
      retention: 'A mídia criptografada pode ficar nos servidores do WhatsApp por algumas semanas após o envio; um backup só a restaura se ela nunca foi aberta.',
      controls: [{ exceptions: ['Escolhida para cada foto ou vídeo no envio.'] }],
      controlHint: 'Escolha visualização única ao enviar foto ou vídeo',
      caveats: ['O bloqueio de capturas de tela foi anunciado em agosto de 2022; antes, era possível capturar sem aviso.'],
    },
    'encryption-notice': {
      title: 'Aviso de criptografia de ponta a ponta',
      summary: 'A criptografia esconde o que você diz, não os metadados: o WhatsApp continua coletando dados de uso, do aparelho e de conexão.',
      generated: [
        'Em conversas pessoais, mensagens e chamadas têm criptografia de ponta a ponta: ninguém fora da conversa, nem o WhatsApp, pode ler ou ouvir.',
        'O WhatsApp continua coletando dados de uso (momento, frequência e duração da atividade) e do aparelho e da conexão, como o IP.',
        'O WhatsApp diz que, normalmente, não guarda registro de com quem você conversa ou fala.',
      ],
      audience: ['veem metadados, não conteúdo', 'podem obter registros da conta, não conteúdo, segundo o WhatsApp'],
      sharing: [META, EU, IN, LE],
      retention: 'Normalmente as mensagens entregues não ficam nos servidores; as não entregues são apagadas após até 30 dias. Mídia encaminhada pode ficar guardada por mais tempo, criptografada.',
      controls: [{ exceptions: ['A criptografia não pode ser desativada em conversas pessoais; uma mudança no status de criptografia aparece na conversa.'] }],
      controlHint: 'Ativada por padrão; confira se os backups na nuvem também são criptografados',
      caveats: [
        'Backups no Google Drive e no iCloud não têm criptografia de ponta a ponta a menos que você ative (disponível desde 2021); um mandado ao provedor da nuvem pode alcançá-los.',
      ],
    },
    'business-chat-notice': {
      title: 'Aviso de conversa com empresa',
      summary: 'Esta empresa pode usar a Meta ou outras empresas para cuidar da conversa; aí elas, não só a empresa, processam suas mensagens.',
      generated: [
        'O aviso diz como a empresa lida com as mensagens: trabalha com outras empresas, usa um serviço seguro da Meta, ou a conversa tem criptografia de ponta a ponta até ela.',
        'Quando a empresa usa a Meta como hospedagem, o WhatsApp não trata essas mensagens como criptografadas de ponta a ponta até a empresa.',
        'Seus status de entrega e leitura chegam aos sistemas da empresa quase em tempo real.',
      ],
      audience: [
        'leem e guardam suas mensagens; funcionários ou fornecedores podem responder',
        'a Meta hospeda as mensagens quando a empresa usa a Cloud API',
        'repassam mensagens e status',
      ],
      sharing: [BIZ, META],
      retention: 'Se a empresa usa a Cloud API da Meta, o conteúdo fica guardado por padrão por até 30 dias, menos com No Storage. A empresa guarda as próprias cópias pelo tempo que sua política disser.',
      controls: [BLOCK],
      controlHint: 'Bloqueie ou denuncie a empresa se não quiser as mensagens dela',
      caveats: [
        'A Meta diz que não usará automaticamente suas conversas com empresas para direcionar anúncios a você, mas a empresa pode usá-las nos próprios anúncios.',
        'Desde outubro de 2025 a Cloud API, nos servidores da Meta, é a única opção de API; a API auto-hospedada foi desativada.',
      ],
    },
    'privacy-setting': {
      title: 'Configurações de privacidade',
      summary: 'Estas opções decidem quem vê seu visto por último, online, foto, recado e status, e se você envia confirmações de leitura; algumas são recíprocas.',
      generated: [
        'A política do WhatsApp inclui suas configurações entre os dados de uso coletados.',
        'As opções cobrem visto por último e online, foto do perfil, recado, status, confirmações de leitura, grupos, chamadas e o temporizador padrão.',
      ],
      audience: ['guardam suas escolhas', 'percebem o efeito, p. ex. sem tiques azuis ou visto por último'],
      sharing: [META],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo o WhatsApp guarda o histórico das suas configurações.',
      controls: [
        {
          path: 'Configurações › Privacidade',
          options: ['Visto por último e online', 'Foto do perfil', 'Recado', 'Status', 'Confirmações de leitura', 'Grupos', 'Temporizador padrão'],
          exceptions: [
            'Confirmações de leitura são sempre enviadas em grupos.',
            'Confirmações de entrega não têm configuração, e nenhuma foi encontrada para o indicador “digitando…”.',
            'Seu número de telefone não pode ser ocultado.',
          ],
          reciprocity: 'Ocultar seu visto por último, online ou confirmações de leitura também oculta os dos outros para você.',
        },
      ],
      controlHint: 'Revise Configurações › Privacidade',
      caveats: ['Estas opções mudaram com o tempo: o visto por último com “Todos” foi restringido em dezembro de 2021; o online pode ser ocultado desde agosto de 2022.'],
    },
    'live-location': {
      title: 'Localização em tempo real',
      summary: 'A localização em tempo real compartilha uma posição pelo tempo escolhido. O WhatsApp diz que não a vê, e o WhatsApp Web não a exibe.',
      generated: [
        'Seu celular envia posições atualizadas à conversa por 15 minutos, 1 hora ou 8 horas, até você parar.',
        'Aparelhos conectados, incluindo o WhatsApp Web, não exibem a localização em tempo real.',
        'O WhatsApp estima sua cidade e país pelo IP e pelo DDD do seu número, mesmo sem recursos de localização.',
      ],
      audience: ['todos na conversa enquanto durar; a última posição continua visível depois', 'todos os membros do grupo', 'repassam criptografada; o WhatsApp diz que não a vê'],
      sharing: ['O WhatsApp diz que não vê localizações compartilhadas nas conversas e, por isso, não as compartilha com a Meta.'],
      retention: 'Desconhecido: não foi encontrado prazo; o WhatsApp diz que não vê localizações compartilhadas nas conversas.',
      controls: [{ exceptions: ['Pare de compartilhar na conversa a qualquer momento (no celular).'] }],
      controlHint: 'Pare de compartilhar na conversa pelo celular',
      caveats: ['As opções de 15 minutos, 1 hora e 8 horas vêm da cobertura do lançamento (2017), não de uma página de ajuda atual.'],
    },
    'business-message-status': {
      title: 'Status da mensagem (visão da empresa)',
      summary: 'A empresa vê, por cliente, quando cada mensagem foi enviada, entregue e lida, enviado aos sistemas dela por webhook quase em tempo real.',
      generated: [
        'Para cada mensagem a Meta envia à empresa webhooks de status: enviada, entregue, lida, falha e mensagem de voz reproduzida.',
        '“Lida” significa que a mensagem foi exibida no app do cliente; o status “entregue” pode ser omitido quando os dois acontecem juntos.',
      ],
      audience: [
        'a empresa e qualquer fornecedor (BSP, CRM) que receba os webhooks',
        'a Meta gera os status na Cloud API',
        'o app do cliente os gera; o cliente vê só os próprios tiques',
      ],
      sharing: [BIZ],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo a Meta guarda eventos de status; empresas e fornecedores guardam conforme suas políticas.',
      controls: [
        { path: READ_PATH, options: ON_OFF, exceptions: ['Configuração do cliente; clientes não podem desativar as confirmações de entrega.'] },
        BLOCK,
      ],
      controlHint: 'Clientes: desativar confirmações de leitura limita os status “lida”',
      caveats: [
        'Que desativar as confirmações de leitura impede status “lida” para empresas é deduzido do funcionamento da opção; a documentação de webhooks da Meta não diz isso.',
      ],
    },
    'business-analytics': {
      title: 'Análise de mensagens',
      summary: 'Os painéis contam mensagens enviadas, entregues e lidas e cliques; com Meta Pixel ou API de Conversões, também compras.',
      generated: [
        'O WhatsApp Manager e a API informam mensagens enviadas, entregues e lidas, gastos e cliques em links.',
        'Com Meta Pixel ou a API de Conversões, também informam conversões: adicionar ao carrinho, checkout e compra.',
      ],
      audience: ['veem as métricas nos painéis e pela API', 'calculam as métricas e recebem eventos de conversão'],
      sharing: ['Com o Meta Pixel ou a API de Conversões conectados, eventos da loja (adicionar ao carrinho, checkout, compra) são informados à Meta como conversões de mensagens de marketing.'],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo a Meta guarda essas métricas.',
      controls: [
        { exceptions: ['Clientes não têm opção para essas contagens; desativar as confirmações provavelmente reduz as de leitura (dedução).'] },
        BLOCK,
      ],
      controlHint: 'Clientes: não há como sair dessas contagens',
      caveats: ['As métricas de conversão saíram do Gerenciador de Anúncios em 8 de setembro de 2025.'],
    },
    'business-phone-quality': {
      title: 'Classificação de qualidade',
      summary: 'A classificação dos modelos reflete como os clientes reagem (bloqueios, denúncias, leituras); se for baixa, eles podem ser pausados ou desativados.',
      generated: [
        'A Meta classifica modelos como VERDE, AMARELO, VERMELHO ou DESCONHECIDO pelo uso, bloqueios e denúncias de clientes e engajamento, como taxa de leitura.',
        'Limites de mensagens definem quantos clientes a empresa alcança fora da janela de 24 horas por dia móvel: 250, depois 2.000, 10.000, 100.000 ou ilimitado.',
      ],
      audience: ['veem a classificação', 'calculam a partir das reações dos clientes'],
      sharing: ['Bloqueios, denúncias e leituras dos clientes alimentam a classificação que a Meta dá aos modelos da empresa.'],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo esses sinais são guardados.',
      controls: [BLOCK],
      controlHint: 'Clientes: bloqueios e denúncias podem baixar a classificação',
      caveats: [
        'Classificações baixas podem levar a Meta a desacelerar, pausar ou desativar modelos.',
        'A classificação documentada é por modelo; detalhes por número não estavam nas fontes consultadas.',
      ],
    },
    'business-template': {
      title: 'Modelo de mensagem',
      summary: 'Fora da janela de 24 horas as empresas contatam clientes com modelos; a Meta mede leituras e cliques e os classifica.',
      generated: [
        'Fora da janela de atendimento de 24 horas, mensagens iniciadas pela empresa usam modelos, sujeitos a limites de mensagens.',
        'Para suas mensagens de marketing, a empresa vê quantas foram enviadas, entregues e lidas e quantos cliques houve em links.',
      ],
      audience: ['veem contagens por modelo', 'classificam a qualidade de cada modelo'],
      sharing: ['Como os clientes reagem a um modelo (leituras, bloqueios, denúncias) alimenta a classificação dele.'],
      retention: 'Desconhecido: as fontes consultadas não dizem por quanto tempo as métricas de modelos são guardadas.',
      controls: [BLOCK],
      controlHint: 'Clientes: bloqueie ou denuncie modelos indesejados',
      caveats: ['Modelos com classificação baixa podem ser desacelerados, pausados ou desativados.'],
    },
    'customer-phone-number': {
      title: 'Número do cliente',
      summary: 'A empresa normalmente vê o número de cada cliente e pode usar as conversas no próprio marketing, inclusive anúncios na Meta.',
      generated: [
        'Mensagens e webhooks de status identificam o cliente, normalmente pelo número de telefone.',
        'A empresa pode usar as conversas no próprio marketing, inclusive publicidade na Meta.',
      ],
      audience: ['guardam o número junto com o histórico da conversa', 'o WhatsApp compartilha como você interage com empresas'],
      sharing: [BIZ, META],
      retention: 'Desconhecido: definido pela própria política de privacidade da empresa.',
      controls: [{ exceptions: ['Clientes não podem ocultar o número de uma empresa com quem conversam.'] }, BLOCK],
      controlHint: 'Clientes: a empresa vê seu número',
      caveats: [],
    },
    'webhook-config': {
      title: 'Configuração de webhooks',
      summary: 'Webhooks enviam cada mensagem de cliente e cada status de entrega ou leitura para a URL definida aqui, muitas vezes de um fornecedor.',
      generated: [
        'Webhooks assinados entregam mensagens recebidas e status (enviada, entregue, lida, falha, reproduzida) ao endpoint configurado.',
        'As mensagens viajam criptografadas até o destino escolhido pela empresa; depois valem as práticas da empresa e dos fornecedores.',
      ],
      audience: ['quem opera o endpoint: a empresa, um BSP ou um CRM', 'a Meta envia os webhooks a partir da Cloud API'],
      sharing: [BIZ],
      retention: 'Por padrão a Cloud API guarda o conteúdo por até 30 dias. O “armazenamento local” o mantém num país escolhido (em uso em outro lugar por até 60 minutos); o “No Storage” guarda dados em trânsito por no máximo 1 hora, e mídia por um prazo configurado entre 1 hora e 30 dias.',
      controls: [
        {
          options: ['Padrão (até 30 dias)', 'Armazenamento local', 'No Storage'],
          exceptions: ['Definido pela empresa; clientes não escolhem.'],
        },
      ],
      controlHint: 'Empresa: No Storage ou armazenamento local limitam a retenção',
      caveats: ['A API On-Premises auto-hospedada foi desativada em outubro de 2025, então o tráfego de API passa agora pela Cloud API da Meta.'],
    },
  },
}
