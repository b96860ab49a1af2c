// German. "Velocity" stays the English term of art, as German product and
// agile teams use it ("Velocity", "Velocity-Score"); an editorial "Spark"
// stays too (der Spark, die Sparks), as the name of Sparkpulse's own marker.
// Reasons are whole sentences after a colon, so they start with a capital.
import type { Translation } from './en.js';

const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  // Every widget
  loading: 'Wird geladen\u00A0…',
  loadFailed: 'Die Sparkpulse-Daten konnten nicht geladen werden.',
  error: 'Die Sparkpulse-Daten konnten nicht geladen werden: {reason}.',
  errorShort: 'Keine Daten',
  retry: 'Erneut versuchen',
  retryBadge: 'Erneut versuchen, das Badge von {product} zu laden',
  retryCompare: 'Erneut versuchen, den Vergleich von {a} und {b} zu laden',
  retryTimeline: 'Erneut versuchen, die Aktivitäten von {products} zu laden',
  notTracked: {
    one: '{names} wird von Sparkpulse nicht erfasst.',
    other: '{names} werden von Sparkpulse nicht erfasst.',
  },
  notTrackedShort: 'Nicht erfasst',
  noProduct: 'Es wurde kein Produkt angegeben.',
  sameProduct: 'Es gibt nichts zu vergleichen: "a" und "b" nennen beide {product}.',
  missingProduct: '{product} kann mit nichts verglichen werden: In "{attribute}" wurde kein Produkt angegeben.',
  velocity: 'Velocity {score}',
  badgeSeparator: ', ',

  // Why loading failed
  reasonEndpoint: 'Die Endpoint-URL ist ungültig',
  reasonTimeout: 'Der Server hat nicht rechtzeitig geantwortet',
  reasonNetwork: 'Der Server war nicht erreichbar',
  reasonHttp: 'Der Server hat mit HTTP {status} geantwortet',
  reasonNotJson: 'Der Server hat kein JSON gesendet',
  reasonTooLarge: 'Die Daten sind zu groß',
  reasonContract: 'Die Daten haben nicht das erwartete Format',
  reasonUnknown: 'Etwas ist schiefgelaufen',

  // Times
  timeBoth: '{relative}, am {date}',

  // The comparison
  comparison: '{a} vs. {b}',
  atAGlance: 'Auf einen Blick',
  glanceCaption: '{a} und {b} auf einen Blick',
  sector: 'Bereich',
  velocityScore: 'Velocity-Score',
  sparks30d: 'Sparks · 30 Tage',
  topThemes: 'Top-Themen',
  lastEditorialUpdate: 'Zuletzt redaktionell aktualisiert',
  website: 'Website',
  whatIs: 'Was ist {name}?',
  fullTrajectory: 'Die ganze Entwicklung von {name}',
  editorialSideBySide: 'Redaktionelle Gegenüberstellung',
  currentState: 'Aktueller Stand',
  heading: 'Wohin die Reise geht',
  prediction: 'Prognose',
  alternatives: 'Alternativen',
  versus: 'vs. {name}',
  allAlternatives: 'Alle Alternativen zu {name} ansehen',
  noAlternatives: 'In diesen Bereichen erfasst Sparkpulse noch keine weiteren Produkte.',
  recentActivity: 'Letzte Aktivitäten',
  noActivity: 'Keine aktuellen Aktivitäten.',
  spark: 'Redaktioneller Spark',
  faq: 'FAQ',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'Was ist der Unterschied zwischen {a} und {b}?',
  faqBetter: 'Ist {a} besser als {b}?',
  faqAlternatives: 'Was sind die besten Alternativen zu {name}?',
  sameSector: '{a} und {b} gehören beide zum Bereich {sector}.',
  differentSectors: '{a} gehört zum Bereich {sectorA}, {b} zum Bereich {sectorB}.',
  samePace: '{a} und {b} entwickeln sich gleich schnell, beide mit einem Velocity-Score von {score}.',
  faster: '{fast} entwickelt sich schneller, mit einem Velocity-Score von {fastScore} gegenüber {slowScore} bei {slow}.',
  sparksBoth: 'In den letzten 30 Tagen erhielt {a} {sparksA} und {b} {sparksB}.',
  // Accusative, as sparksBoth uses it: "erhielt 1 redaktionellen Spark".
  sparkCount: { one: '{count} redaktionellen Spark', other: '{count} redaktionelle Sparks' },
  themesOverlap: 'Thematisch überschneiden sich die beiden bei {themes}.',
  // "während" would send the verb of {aboutB} to the end; a semicolon keeps both clauses whole.
  themesApart: 'Thematisch überschneiden sich die beiden nicht: {aboutA}; {aboutB}.',
  about: '{name} befasst sich mit {themes}',
  noThemes: '{name} ist noch keinen Themen zugeordnet',
  neitherBetter: 'Keines der beiden ist für jedes Team die bessere Wahl: Es kommt darauf an, was ein Team braucht.',
  noAlternativesTo: 'Sparkpulse erfasst noch keine anderen Produkte im Bereich {sector}, die sich als Alternative zu {name} anbieten.',
  noSimilarTo: 'Sparkpulse erfasst noch keine ähnlichen Produkte, die sich als Alternative zu {name} anbieten.',
  fastestAlternatives: 'Im Bereich {sector} entwickeln sich diese Alternativen zu {name} am schnellsten: {list}.',
  fastestAlternativesAny: 'Diese Alternativen zu {name} entwickeln sich am schnellsten: {list}.',
  alternativeScore: '{name} (Velocity {score})',
};
export default de;
