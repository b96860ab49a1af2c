// Brazilian Portuguese. "Velocidade" is the word Brazilian agile teams use for
// velocity; an editorial spark is a "faísca editorial". Sparkpulse takes the
// article as Brazilians say it ("o Sparkpulse", "do Sparkpulse"); product
// names go without one, so no sentence has to guess their gender.
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
  atAGlance: 'Visão geral',
  glanceCaption: 'Visão geral de {a} e {b}',
  sector: 'Setor',
  velocityScore: 'Pontuação de velocidade',
  sparks30d: 'Faíscas · 30 dias',
  topThemes: 'Principais temas',
  lastEditorialUpdate: 'Última atualização editorial',
  website: 'Site',
  whatIs: 'O que é {name}?',
  fullTrajectory: 'Toda a trajetória de {name}',
  editorialSideBySide: 'Análise editorial lado a lado',
  currentState: 'Situação atual',
  heading: 'Para onde vai',
  prediction: 'Previsão',
  alternatives: 'Alternativas',
  versus: 'vs. {name}',
  allAlternatives: 'Ver todas as alternativas a {name}',
  noAlternatives: 'Ainda não há outros produtos desses setores sendo monitorados.',
  recentActivity: 'Atividade recente',
  noActivity: 'Nenhuma atividade recente.',
  spark: 'Faísca editorial',
  faq: 'Perguntas frequentes',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'Qual é a diferença entre {a} e {b}?',
  faqBetter: '{a} é melhor que {b}?',
  faqAlternatives: 'Quais são as melhores alternativas a {name}?',
  sameSector: 'Tanto {a} quanto {b} pertencem ao setor {sector}.',
  differentSectors: '{a} pertence ao setor {sectorA}, e {b}, ao setor {sectorB}.',
  samePace: '{a} e {b} evoluem no mesmo ritmo, ambos com pontuação de velocidade {score}.',
  faster: '{fast} evolui mais rápido, com pontuação de velocidade {fastScore} contra {slowScore} de {slow}.',
  sparksBoth: 'Nos últimos 30 dias, {a} recebeu {sparksA}, e {b}, {sparksB}.',
  // 0 and 1 take the singular in Brazilian Portuguese; a round million takes "de".
  sparkCount: {
    one: '{count} faísca editorial',
    many: '{count} de faíscas editoriais',
    other: '{count} faíscas editoriais',
  },
  themesOverlap: 'Eles têm temas em comum: {themes}.',
  themesApart: 'Eles não têm temas em comum: {aboutA}, enquanto {aboutB}.',
  about: '{name} aborda {themes}',
  noThemes: '{name} ainda não tem temas',
  neitherBetter: 'Nenhum é melhor para todas as equipes: depende do que cada uma precisa.',
  noAlternativesTo: 'O Sparkpulse ainda não monitora outros produtos do setor {sector} que possam substituir {name}.',
  noSimilarTo: 'O Sparkpulse ainda não monitora produtos semelhantes que possam substituir {name}.',
  fastestAlternatives: 'As alternativas a {name} no setor {sector} que evoluem mais rápido são {list}.',
  fastestAlternativesAny: 'As alternativas a {name} que evoluem mais rápido são {list}.',
  alternativeScore: '{name} (velocidade {score})',
};
export default ptBr;
