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
  introKicker: 'Vergleich · {sector}',
  introKickerPlain: 'Vergleich',
  introDescription: 'So schneiden {a} und {b} bei Release-Velocity, ausgelieferten Themen und ihrer weiteren Entwicklung ab, erfasst von {site}.',
  glanceHeading: '{a} vs. {b}: auf einen Blick',
  glanceCaption: '{a} und {b} auf einen Blick',
  sector: 'Bereich',
  velocityScore: 'Velocity-Score',
  sparks30d: 'Sparks · 30 Tage',
  topThemes: 'Top-Themen',
  lastEditorialUpdate: 'Zuletzt redaktionell aktualisiert',
  website: 'Website',
  visit: 'Besuchen',
  visitSite: '{site} besuchen',
  whatIs: 'Was ist {name}?',
  fullTrajectory: 'Die ganze Entwicklung von {name} lesen',
  editorialHeading: '{a} vs. {b}: redaktionelle Gegenüberstellung',
  currentState: 'Aktueller Stand',
  heading: 'Wohin die Reise geht',
  prediction: 'Prognose',
  blockOf: '{name}, {block}',
  alternativesHeading: 'Alternativen zu {a} und {b}',
  alternativesIntro: 'Weitere von {site} erfasste Produkte im Bereich {sector}, geordnet nach ihrer jüngsten Release-Velocity.',
  alternativesIntroTwo: 'Weitere von {site} erfasste Produkte in den Bereichen {sectorA} und {sectorB}, geordnet nach ihrer jüngsten Release-Velocity.',
  alternativesLeader: '{name} liegt mit {score} vorn, gegenüber {scoreA} bei {a} und {scoreB} bei {b}.',
  versus: 'vs. {name}',
  allAlternatives: 'Alle Alternativen zu {name} ansehen',
  noAlternatives: '{site} erfasst in diesen Bereichen noch keine weiteren Produkte.',
  activityHeading: 'Letzte Aktivitäten von {a} und {b}',
  activityIntro: 'Die neuesten Releases und Ankündigungen von {a} und {b}, die neuesten zuerst.',
  sparkLegend: '⚡ = redaktioneller Spark.',
  recentActivity: 'Letzte Aktivitäten',
  noActivity: 'Keine aktuellen Aktivitäten.',
  spark: 'Redaktioneller Spark',

  // The fixed box (lines)
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
  showMoreOf: 'Mehr anzeigen: {what}',
  showLessOf: 'Weniger anzeigen: {what}',

  faqHeading: 'Häufig gestellte Fragen',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'Was ist der Unterschied zwischen {a} und {b}?',
  faqBetter: 'Ist {a} besser als {b}?',
  faqAlternatives: 'Was sind die besten Alternativen zu {name}?',
  themesApart: 'Sie decken benachbarte Bedürfnisse ab, überschneiden sich bei den ausgelieferten Themen derzeit aber nicht.',
  themesApartSectors: 'Sie gehören zu verschiedenen Bereichen, {sectorA} und {sectorB}, und überschneiden sich bei den ausgelieferten Themen derzeit nicht.',
  themesOverlap: 'Bei den ausgelieferten Themen überschneiden sie sich derzeit: {themes}.',
  noThemes: '{name} nennt noch keine ausgelieferten Themen.',
  faster: '{fast} liefert derzeit in höherem Tempo aus (Velocity {fastScore} gegenüber {slowScore}).',
  fasterSparks: '{fast} liefert derzeit in höherem Tempo aus (Velocity {fastScore} gegenüber {slowScore}) und erhielt in den letzten 30 Tagen {fastSparks}, gegenüber {slowSparks}.',
  samePace: '{a} und {b} liefern derzeit im gleichen Tempo aus (Velocity je {score}).',
  samePaceSparks: '{a} und {b} liefern derzeit im gleichen Tempo aus (Velocity je {score}); in den letzten 30 Tagen erhielt {a} {sparksA}, {b} {sparksB}.',
  // Accusative, as fasterSparks and samePaceSparks use it: "erhielt 1 redaktionellen Spark".
  sparkCount: { one: '{count} redaktionellen Spark', other: '{count} redaktionelle Sparks' },
  editorialAbove: 'Wohin sich beide entwickeln, zeigt die redaktionelle Gegenüberstellung oben.',
  editorialBelow: 'Wohin sich beide entwickeln, zeigt die redaktionelle Gegenüberstellung unten.',
  neitherBetter: '{site} kürt keinen Sieger – wir bewerten die Release-Velocity, nicht den Funktionsumfang.',
  betterFaster: '{fast} hat derzeit den höheren Velocity-Score ({fastScore} gegenüber {slowScore}): Das sagt, wie viel ein Projekt ausliefert, nicht, ob es zu Ihrem Stack passt.',
  betterSame: 'Beide haben derzeit einen Velocity-Score von {score}: Das sagt, wie viel sie ausliefern, nicht, ob eines davon zu Ihrem Stack passt.',
  noAlternativesTo: '{site} erfasst noch keine anderen Produkte im Bereich {sector}, die sich als Alternative zu {name} anbieten.',
  noSimilarTo: '{site} erfasst noch keine ähnlichen Produkte, die sich als Alternative zu {name} anbieten.',
  fastestAlternatives: 'Im Bereich {sector} entwickeln sich diese Alternativen zu {name} am schnellsten: {list}.',
  fastestAlternativesAny: 'Diese Alternativen zu {name} entwickeln sich am schnellsten: {list}.',
  alternativeScore: '{name} (Velocity {score})',
  alternativesAbove: 'Der Abschnitt mit den Alternativen oben ordnet sie nach ihrer jüngsten Release-Velocity.',
  alternativesBelow: 'Der Abschnitt mit den Alternativen unten ordnet sie nach ihrer jüngsten Release-Velocity.',
  allAlternativesOn: 'Alle Alternativen zu {name} finden Sie auf {site}.',
};
export default de;
