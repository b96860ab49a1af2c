// French. "Vélocité" is the word French agile teams already use for velocity;
// an editorial spark is an "étincelle éditoriale".
// Typography: U+00A0 (no-break space) before ":", U+202F (narrow no-break
// space) before "?" and ";". Names are never put after "de" or "que", which
// would have to elide before a vowel ("d’Apache Kafka", "qu’Apache Kafka"):
// the sentences use "à", "entre", "pour" or put the name first.
import type { Translation } from './en.js';

const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  // Every widget
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger les données Sparkpulse.',
  error: 'Impossible de charger les données Sparkpulse\u00A0: {reason}.',
  errorShort: 'Indisponible',
  retry: 'Réessayer',
  retryBadge: 'Réessayer de charger le badge pour {product}',
  retryCompare: 'Réessayer de charger la comparaison entre {a} et {b}',
  retryTimeline: 'Réessayer de charger l’activité pour {products}',
  notTracked: {
    one: '{names} n’est pas suivi par Sparkpulse.',
    many: '{names} ne sont pas suivis par Sparkpulse.',
    other: '{names} ne sont pas suivis par Sparkpulse.',
  },
  notTrackedShort: 'Non suivi',
  noProduct: 'Aucun produit n’a été indiqué.',
  sameProduct: 'Rien à comparer\u00A0: "a" et "b" désignent tous deux {product}.',
  missingProduct: 'Impossible de comparer {product}\u00A0: aucun produit n’est indiqué dans "{attribute}".',
  velocity: 'vélocité {score}',
  badgeSeparator: ', ',

  // Why loading failed
  reasonEndpoint: 'l’URL de l’endpoint n’est pas valide',
  reasonTimeout: 'le serveur n’a pas répondu à temps',
  reasonNetwork: 'le serveur est injoignable',
  reasonHttp: 'le serveur a répondu avec le code HTTP {status}',
  reasonNotJson: 'le serveur n’a pas envoyé de JSON',
  reasonTooLarge: 'les données sont trop volumineuses',
  reasonContract: 'les données ne sont pas au format attendu',
  reasonUnknown: 'un problème est survenu',

  // Times
  timeBoth: '{relative}, le {date}',

  // The comparison
  comparison: '{a} face à {b}',
  atAGlance: 'En un coup d’œil',
  glanceCaption: '{a} et {b} en un coup d’œil',
  sector: 'Secteur',
  velocityScore: 'Score de vélocité',
  sparks30d: 'Étincelles · 30\u00A0j',
  topThemes: 'Thèmes principaux',
  lastEditorialUpdate: 'Dernière mise à jour éditoriale',
  website: 'Site web',
  whatIs: '{name} en bref',
  fullTrajectory: '{name}\u00A0: toute la trajectoire',
  editorialSideBySide: 'Regards éditoriaux croisés',
  currentState: 'État actuel',
  heading: 'Orientation',
  prediction: 'Pronostic',
  alternatives: 'Alternatives',
  versus: 'vs {name}',
  allAlternatives: 'Voir toutes les alternatives à {name}',
  noAlternatives: 'Aucun autre produit de ces secteurs n’est encore suivi.',
  recentActivity: 'Activité récente',
  noActivity: 'Aucune activité récente.',
  spark: 'Étincelle éditoriale',
  faq: 'FAQ',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'Quelle est la différence entre {a} et {b}\u202F?',
  faqBetter: 'Faut-il préférer {a} à {b}\u202F?',
  faqAlternatives: 'Quelles sont les meilleures alternatives à {name}\u202F?',
  sameSector: '{a} et {b} relèvent tous deux du secteur {sector}.',
  differentSectors: '{a} relève du secteur {sectorA} et {b} du secteur {sectorB}.',
  samePace: '{a} et {b} évoluent au même rythme, avec un score de vélocité de {score} chacun.',
  faster: '{fast} évolue plus vite, avec un score de vélocité de {fastScore} contre {slowScore} pour {slow}.',
  sparksBoth: 'Au cours des 30 derniers jours, {a} a reçu {sparksA} et {b} {sparksB}.',
  // 0 and 1 take the singular in French; a round million takes "de" ("1 000 000 d’étincelles").
  sparkCount: {
    one: '{count} étincelle éditoriale',
    many: '{count} d’étincelles éditoriales',
    other: '{count} étincelles éditoriales',
  },
  themesOverlap: 'Leurs thèmes se recoupent\u00A0: {themes}.',
  themesApart: 'Leurs thèmes ne se recoupent pas\u00A0: {aboutA}, tandis que {aboutB}.',
  about: '{name} porte sur {themes}',
  noThemes: '{name} n’a pas encore de thème',
  neitherBetter: 'Aucun des deux n’est meilleur pour toutes les équipes\u00A0: tout dépend de vos besoins.',
  noAlternativesTo: 'Sparkpulse ne suit encore aucun autre produit du secteur {sector} susceptible de remplacer {name}.',
  noSimilarTo: 'Sparkpulse ne suit encore aucun produit similaire susceptible de remplacer {name}.',
  fastestAlternatives: 'Dans le secteur {sector}, les alternatives à {name} qui évoluent le plus vite sont {list}.',
  fastestAlternativesAny: 'Les alternatives à {name} qui évoluent le plus vite sont {list}.',
  alternativeScore: '{name} (vélocité {score})',
};
export default fr;
