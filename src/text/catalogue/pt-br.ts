// Brazilian Portuguese. "Velocidade" is the word Brazilian agile teams use for
// velocity; an editorial spark is a "faísca editorial". Sparkpulse takes the
// article as Brazilians say it ("o Sparkpulse", "do Sparkpulse"); the site
// that publishes the data ({site}) and product names go without one, so no
// sentence has to guess their gender.
import type { Translation } from './en.js';

const ptBr: Translation = {
  $code: 'pt-br',
  $name: 'Português (Brasil)',
  $dir: 'ltr',

  // Every widget
  loading: 'Carregando…',
  loadFailed: 'Não foi possível carregar os dados do Sparkpulse.',
  error: 'Não foi possível carregar os dados do Sparkpulse: {reason}.',
  errorShort: 'Sem dados',
  retry: 'Tentar novamente',
  retryBadge: 'Tentar novamente o carregamento do selo de {product}',
  retryCompare: 'Tentar novamente o carregamento da comparação entre {a} e {b}',
  retryTimeline: 'Tentar novamente o carregamento da atividade de {products}',
  notTracked: {
    one: '{names} não é monitorado pelo Sparkpulse.',
    many: '{names} não são monitorados pelo Sparkpulse.',
    other: '{names} não são monitorados pelo Sparkpulse.',
  },
  notTrackedShort: 'Não monitorado',
  noProduct: 'Nenhum produto foi indicado.',
  sameProduct: 'Não há nada para comparar: tanto "a" quanto "b" indicam {product}.',
  missingProduct: 'Não há com o que comparar {product}: nenhum produto foi indicado em "{attribute}".',
  velocity: 'velocidade {score}',
  badgeSeparator: ', ',

  // Why loading failed
  reasonEndpoint: 'a URL do endpoint não é válida',
  reasonTimeout: 'o servidor não respondeu a tempo',
  reasonNetwork: 'não foi possível acessar o servidor',
  reasonHttp: 'o servidor respondeu com HTTP {status}',
  reasonNotJson: 'o servidor não enviou JSON',
  reasonTooLarge: 'os dados são grandes demais',
  reasonContract: 'os dados não estão no formato esperado',
  reasonUnknown: 'algo deu errado',

  // Times
  timeBoth: '{relative}, em {date}',

  // The comparison
  comparison: '{a} versus {b}',
  introKicker: 'Comparação · {sector}',
  introKickerPlain: 'Comparação',
  introDescription: 'Como {a} e {b} se comparam em velocidade de lançamentos, temas entregues e direção, conforme acompanhado por {site}.',
  glanceHeading: '{a} versus {b}: visão geral',
  glanceCaption: 'Visão geral de {a} e {b}',
  sector: 'Setor',
  velocityScore: 'Pontuação de velocidade',
  sparks30d: 'Faíscas · 30 dias',
  topThemes: 'Principais temas',
  lastEditorialUpdate: 'Última atualização editorial',
  website: 'Site',
  visit: 'Visitar',
  visitSite: 'Visitar {site}',
  whatIs: 'O que é {name}?',
  fullTrajectory: 'Ler toda a trajetória de {name}',
  editorialHeading: '{a} versus {b}: análise editorial lado a lado',
  currentState: 'Situação atual',
  heading: 'Para onde vai',
  prediction: 'Previsão',
  alternativesHeading: 'Alternativas a {a} e {b}',
  alternativesIntro: 'Outros produtos do setor {sector} monitorados por {site}, ordenados pela velocidade recente de lançamentos.',
  alternativesIntroTwo: 'Outros produtos dos setores {sectorA} e {sectorB} monitorados por {site}, ordenados pela velocidade recente de lançamentos.',
  alternativesLeader: '{name} lidera com {score}, contra {scoreA} de {a} e {scoreB} de {b}.',
  versus: 'vs. {name}',
  allAlternatives: 'Ver todas as alternativas a {name}',
  noAlternatives: '{site} ainda não monitora outros produtos desses setores.',
  activityHeading: 'Atividade recente de {a} e {b}',
  activityIntro: 'Os lançamentos e anúncios mais recentes de {a} e {b}, dos mais novos aos mais antigos.',
  sparkLegend: '⚡ = faísca editorial.',
  recentActivity: 'Atividade recente',
  noActivity: 'Nenhuma atividade recente.',
  spark: 'Faísca editorial',
  faqHeading: 'Perguntas frequentes',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'Qual é a diferença entre {a} e {b}?',
  faqBetter: '{a} é melhor que {b}?',
  faqAlternatives: 'Quais são as melhores alternativas a {name}?',
  themesApart: 'Eles atendem a necessidades próximas, mas hoje não têm temas entregues em comum.',
  themesApartSectors: 'Eles pertencem a setores diferentes, {sectorA} e {sectorB}, e hoje não têm temas entregues em comum.',
  themesOverlap: 'Hoje eles têm temas entregues em comum: {themes}.',
  noThemes: '{name} ainda não lista temas entregues.',
  faster: '{fast} está lançando em ritmo mais acelerado no momento (velocidade {fastScore} contra {slowScore}).',
  fasterSparks: '{fast} está lançando em ritmo mais acelerado no momento (velocidade {fastScore} contra {slowScore}), com {fastSparks} nos últimos 30 dias, contra {slowSparks}.',
  samePace: '{a} e {b} estão lançando no mesmo ritmo no momento (velocidade {score} cada um).',
  samePaceSparks: '{a} e {b} estão lançando no mesmo ritmo no momento (velocidade {score} cada um), com {sparksA} para {a} nos últimos 30 dias, contra {sparksB} para {b}.',
  // 0 and 1 take the singular in Brazilian Portuguese; a round million takes "de".
  sparkCount: {
    one: '{count} faísca editorial',
    many: '{count} de faíscas editoriais',
    other: '{count} faíscas editoriais',
  },
  editorialAbove: 'A análise editorial lado a lado acima mostra para onde cada um está indo.',
  editorialBelow: 'A análise editorial lado a lado abaixo mostra para onde cada um está indo.',
  neitherBetter: '{site} não escolhe um vencedor — medimos a velocidade de lançamentos, não a paridade de recursos.',
  betterFaster: '{fast} tem a maior pontuação de velocidade no momento ({fastScore} contra {slowScore}): isso mostra quanto ele lança, não se ele combina com a sua stack.',
  betterSame: 'Os dois têm pontuação de velocidade {score} no momento: isso mostra quanto lançam, não se algum deles combina com a sua stack.',
  noAlternativesTo: '{site} ainda não monitora outros produtos do setor {sector} que possam substituir {name}.',
  noSimilarTo: '{site} ainda não monitora produtos semelhantes que possam substituir {name}.',
  fastestAlternatives: 'As alternativas a {name} no setor {sector} que evoluem mais rápido são {list}.',
  fastestAlternativesAny: 'As alternativas a {name} que evoluem mais rápido são {list}.',
  alternativeScore: '{name} (velocidade {score})',
  alternativesAbove: 'A seção de alternativas acima as ordena pela velocidade recente de lançamentos.',
  alternativesBelow: 'A seção de alternativas abaixo as ordena pela velocidade recente de lançamentos.',
  allAlternativesOn: 'Ver todas as alternativas a {name} em {site}.',
};
export default ptBr;
