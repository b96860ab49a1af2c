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
  atAGlance: 'De un vistazo',
  glanceCaption: '{a} frente a {b}, de un vistazo',
  sector: 'Sector',
  velocityScore: 'Puntuación de velocidad',
  sparks30d: 'Chispas · 30 días',
  topThemes: 'Temas principales',
  lastEditorialUpdate: 'Última actualización editorial',
  website: 'Sitio web',
  whatIs: '¿Qué es {name}?',
  fullTrajectory: 'Toda la trayectoria de {name}',
  editorialSideBySide: 'Análisis editorial comparado',
  currentState: 'Situación actual',
  heading: 'Hacia dónde va',
  prediction: 'Pronóstico',
  alternatives: 'Alternativas',
  versus: 'vs. {name}',
  allAlternatives: 'Ver todas las alternativas a {name}',
  noAlternatives: 'Todavía no se sigue ningún otro producto de estos sectores.',
  recentActivity: 'Actividad reciente',
  noActivity: 'No hay actividad reciente.',
  spark: 'Chispa editorial',
  faq: 'Preguntas frecuentes',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: '¿Qué diferencia a {a} de {b}?',
  faqBetter: '¿Es {a} mejor que {b}?',
  faqAlternatives: '¿Cuáles son las mejores alternativas a {name}?',
  sameSector: 'Tanto {a} como {b} pertenecen al sector {sector}.',
  differentSectors: '{a} pertenece al sector {sectorA}, mientras que {b} pertenece al sector {sectorB}.',
  samePace: 'Tanto {a} como {b} avanzan al mismo ritmo, con una puntuación de velocidad de {score} cada uno.',
  faster: '{fast} avanza más rápido, con una puntuación de velocidad de {fastScore} frente a {slowScore} de {slow}.',
  sparksBoth: 'En los últimos 30 días, {a} recibió {sparksA}; {b}, {sparksB}.',
  // A round million takes "de": "1.000.000 de chispas".
  sparkCount: {
    one: '{count} chispa editorial',
    many: '{count} de chispas editoriales',
    other: '{count} chispas editoriales',
  },
  themesOverlap: 'Sus temas coinciden en {themes}.',
  themesApart: 'Sus temas no coinciden: {aboutA}, mientras que {aboutB}.',
  about: '{name} se centra en {themes}',
  noThemes: '{name} aún no tiene temas',
  neitherBetter: 'Ninguno es mejor para todos los equipos: depende de lo que necesite cada uno.',
  noAlternativesTo: 'Sparkpulse todavía no sigue otros productos del sector {sector} que puedan sustituir a {name}.',
  noSimilarTo: 'Sparkpulse todavía no sigue productos similares que puedan sustituir a {name}.',
  fastestAlternatives: 'Las alternativas a {name} del sector {sector} que avanzan más rápido son {list}.',
  fastestAlternativesAny: 'Las alternativas a {name} que avanzan más rápido son {list}.',
  alternativeScore: '{name} (velocidad {score})',
};
export default es;
