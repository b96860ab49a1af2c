// Spanish, neutral between Spain and Latin America. "Velocidad" is the word
// Spanish-speaking agile teams use for velocity; an editorial spark is a
// "chispa editorial".
// No name follows "y": before a name that starts with the sound /i/ (Istio)
// it would have to be "e", which a fixed sentence cannot know. The sentences
// use "tanto … como", "frente a", "con", a semicolon or "mientras que"
// instead; lists are joined by Intl.ListFormat, which knows the rule.
import type { Translation } from './en.js';

const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  // Every widget
  loading: 'Cargando…',
  loadFailed: 'No se pudieron cargar los datos de Sparkpulse.',
  error: 'No se pudieron cargar los datos de Sparkpulse: {reason}.',
  errorShort: 'Sin datos',
  retry: 'Reintentar',
  retryBadge: 'Reintentar cargar la insignia de {product}',
  retryCompare: 'Reintentar cargar la comparación de {a} con {b}',
  retryTimeline: 'Reintentar cargar la actividad de {products}',
  notTracked: {
    one: '{names} no figura entre los productos que sigue Sparkpulse.',
    many: '{names} no figuran entre los productos que sigue Sparkpulse.',
    other: '{names} no figuran entre los productos que sigue Sparkpulse.',
  },
  notTrackedShort: 'Sin seguimiento',
  noProduct: 'No se indicó ningún producto.',
  sameProduct: 'No hay nada que comparar: tanto "a" como "b" indican {product}.',
  missingProduct: 'No hay con qué comparar {product}: no se indicó ningún producto en "{attribute}".',
  velocity: 'velocidad {score}',
  badgeSeparator: ', ',

  // Why loading failed
  reasonEndpoint: 'la URL del endpoint no es válida',
  reasonTimeout: 'el servidor no respondió a tiempo',
  reasonNetwork: 'no se pudo conectar con el servidor',
  reasonHttp: 'el servidor respondió con el código HTTP {status}',
  reasonNotJson: 'el servidor no envió JSON',
  reasonTooLarge: 'los datos son demasiado grandes',
  reasonContract: 'los datos no tienen el formato esperado',
  reasonUnknown: 'algo salió mal',

  // Times
  timeBoth: '{relative}, el {date}',

  // The comparison
  comparison: '{a} frente a {b}',
  introKicker: 'Comparación · {sector}',
  introKickerPlain: 'Comparación',
  introDescription: 'Velocidad de publicación, temas entregados y rumbo de {a} frente a {b}, según el seguimiento de {site}.',
  glanceHeading: '{a} frente a {b}: de un vistazo',
  glanceCaption: '{a} frente a {b}, de un vistazo',
  sector: 'Sector',
  velocityScore: 'Puntuación de velocidad',
  sparks30d: 'Chispas · 30 días',
  topThemes: 'Temas principales',
  lastEditorialUpdate: 'Última actualización editorial',
  website: 'Sitio web',
  visit: 'Visitar',
  visitSite: 'Visitar {site}',
  whatIs: '¿Qué es {name}?',
  fullTrajectory: 'Leer toda la trayectoria de {name}',
  editorialHeading: '{a} frente a {b}: análisis editorial comparado',
  currentState: 'Situación actual',
  heading: 'Hacia dónde va',
  prediction: 'Pronóstico',
  alternativesHeading: 'Alternativas a {a} y a {b}',
  alternativesIntro: 'Otros productos del sector {sector} que sigue {site}, ordenados por su velocidad de publicación reciente.',
  alternativesIntroTwo: 'Otros productos que sigue {site}, tanto del sector {sectorA} como del sector {sectorB}, ordenados por su velocidad de publicación reciente.',
  alternativesLeader: '{name} va en cabeza con {score}, frente a {scoreA} de {a} y {scoreB} de {b}.',
  versus: 'vs. {name}',
  allAlternatives: 'Ver todas las alternativas a {name}',
  noAlternatives: '{site} todavía no sigue ningún otro producto de estos sectores.',
  activityHeading: 'Actividad reciente de {a} y de {b}',
  activityIntro: 'Las últimas versiones y anuncios de {a} y de {b}, de la más reciente a la más antigua.',
  sparkLegend: '⚡ = chispa editorial.',
  recentActivity: 'Actividad reciente',
  noActivity: 'No hay actividad reciente.',
  spark: 'Chispa editorial',
  faqHeading: 'Preguntas frecuentes',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: '¿Qué diferencia a {a} de {b}?',
  faqBetter: '¿Es {a} mejor que {b}?',
  faqAlternatives: '¿Cuáles son las mejores alternativas a {name}?',
  themesApart: 'Responden a necesidades cercanas, pero por ahora sus temas entregados no coinciden.',
  themesApartSectors: 'Pertenecen a sectores distintos, por un lado {sectorA} y por otro {sectorB}, y por ahora sus temas entregados no coinciden.',
  themesOverlap: 'Por ahora, sus temas entregados coinciden en {themes}.',
  noThemes: '{name} aún no indica temas entregados.',
  faster: '{fast} publica actualmente a un ritmo más intenso (velocidad {fastScore} frente a {slowScore}).',
  fasterSparks: '{fast} publica actualmente a un ritmo más intenso (velocidad {fastScore} frente a {slowScore}), con {fastSparks} en los últimos 30 días frente a {slowSparks}.',
  samePace: 'Tanto {a} como {b} publican actualmente al mismo ritmo (velocidad {score} cada uno).',
  samePaceSparks: 'Tanto {a} como {b} publican actualmente al mismo ritmo (velocidad {score} cada uno), con {sparksA} para {a} en los últimos 30 días frente a {sparksB} para {b}.',
  // A round million takes "de": "1.000.000 de chispas".
  sparkCount: {
    one: '{count} chispa editorial',
    many: '{count} de chispas editoriales',
    other: '{count} chispas editoriales',
  },
  editorialAbove: 'El análisis editorial comparado de arriba muestra hacia dónde va cada uno.',
  editorialBelow: 'El análisis editorial comparado de abajo muestra hacia dónde va cada uno.',
  neitherBetter: '{site} no elige un ganador: medimos la velocidad de publicación, no la paridad de funciones.',
  betterFaster: '{fast} tiene ahora la puntuación de velocidad más alta ({fastScore} frente a {slowScore}): eso indica cuánto publica, no si encaja en su stack.',
  betterSame: 'Ambos tienen ahora una puntuación de velocidad de {score}: eso indica cuánto publican, no si alguno encaja en su stack.',
  noAlternativesTo: '{site} todavía no sigue otros productos del sector {sector} que puedan sustituir a {name}.',
  noSimilarTo: '{site} todavía no sigue productos similares que puedan sustituir a {name}.',
  fastestAlternatives: 'Las alternativas a {name} del sector {sector} que avanzan más rápido son {list}.',
  fastestAlternativesAny: 'Las alternativas a {name} que avanzan más rápido son {list}.',
  alternativeScore: '{name} (velocidad {score})',
  alternativesAbove: 'La sección de alternativas de arriba las ordena por su velocidad de publicación reciente.',
  alternativesBelow: 'La sección de alternativas de abajo las ordena por su velocidad de publicación reciente.',
  allAlternativesOn: 'Ver todas las alternativas a {name} en {site}.',
};
export default es;
