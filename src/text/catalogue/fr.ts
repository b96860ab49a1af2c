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
  introKicker: 'Comparaison · {sector}',
  introKickerPlain: 'Comparaison',
  introDescription: 'Vélocité de publication, thèmes livrés, orientation\u00A0: {a} et {b} côte à côte, selon le suivi réalisé par {site}.',
  glanceHeading: '{a} face à {b}\u00A0: en un coup d’œil',
  glanceCaption: '{a} et {b} en un coup d’œil',
  sector: 'Secteur',
  velocityScore: 'Score de vélocité',
  sparks30d: 'Étincelles · 30\u00A0j',
  topThemes: 'Thèmes principaux',
  lastEditorialUpdate: 'Dernière mise à jour éditoriale',
  website: 'Site web',
  visit: 'Visiter',
  visitSite: 'Visiter {site}',
  whatIs: '{name} en bref',
  fullTrajectory: 'Lire toute la trajectoire suivie par {name}',
  editorialHeading: '{a} face à {b}\u00A0: regards éditoriaux croisés',
  currentState: 'État actuel',
  heading: 'Orientation',
  prediction: 'Pronostic',
  alternativesHeading: 'Alternatives à {a} et à {b}',
  alternativesIntro: 'Autres produits du secteur {sector} suivis par {site}, classés selon leur vélocité de publication récente.',
  alternativesIntroTwo: 'Autres produits des secteurs {sectorA} et {sectorB} suivis par {site}, classés selon leur vélocité de publication récente.',
  alternativesLeader: '{name} arrive en tête avec {score}, contre {scoreA} pour {a} et {scoreB} pour {b}.',
  versus: 'vs {name}',
  allAlternatives: 'Voir toutes les alternatives à {name}',
  noAlternatives: '{site} ne suit encore aucun autre produit de ces secteurs.',
  activityHeading: 'Activité récente\u00A0: {a} et {b}',
  activityIntro: 'Les dernières versions et annonces publiées pour {a} et {b}, des plus récentes aux plus anciennes.',
  sparkLegend: '⚡ = étincelle éditoriale.',
  recentActivity: 'Activité récente',
  noActivity: 'Aucune activité récente.',
  spark: 'Étincelle éditoriale',
  faqHeading: 'Questions fréquentes',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'Quelle est la différence entre {a} et {b}\u202F?',
  faqBetter: 'Faut-il préférer {a} à {b}\u202F?',
  faqAlternatives: 'Quelles sont les meilleures alternatives à {name}\u202F?',
  themesApart: 'Ils répondent à des besoins voisins, mais leurs thèmes livrés ne se recoupent pas pour l’instant.',
  themesApartSectors: 'Ils relèvent de secteurs différents, {sectorA} et {sectorB}, et leurs thèmes livrés ne se recoupent pas pour l’instant.',
  themesOverlap: 'Leurs thèmes livrés se recoupent actuellement\u00A0: {themes}.',
  noThemes: '{name} n’indique pas encore de thème livré.',
  faster: '{fast} publie actuellement à un rythme plus soutenu (vélocité {fastScore} contre {slowScore}).',
  fasterSparks: '{fast} publie actuellement à un rythme plus soutenu (vélocité {fastScore} contre {slowScore}), avec {fastSparks} au cours des 30 derniers jours, contre {slowSparks}.',
  samePace: '{a} et {b} publient actuellement au même rythme (vélocité {score} chacun).',
  samePaceSparks: '{a} et {b} publient actuellement au même rythme (vélocité {score} chacun), avec {sparksA} pour {a} au cours des 30 derniers jours, contre {sparksB} pour {b}.',
  // 0 and 1 take the singular in French; a round million takes "de" ("1 000 000 d’étincelles").
  sparkCount: {
    one: '{count} étincelle éditoriale',
    many: '{count} d’étincelles éditoriales',
    other: '{count} étincelles éditoriales',
  },
  editorialAbove: 'Les regards éditoriaux croisés ci-dessus montrent l’orientation de chacun.',
  editorialBelow: 'Les regards éditoriaux croisés ci-dessous montrent l’orientation de chacun.',
  neitherBetter: '{site} ne désigne pas de gagnant — nous mesurons la vélocité de publication, pas la parité fonctionnelle.',
  betterFaster: '{fast} a actuellement le score de vélocité le plus élevé ({fastScore} contre {slowScore})\u00A0: cela dit combien il publie, pas s’il convient à votre stack.',
  betterSame: 'Les deux ont actuellement un score de vélocité de {score}\u00A0: cela dit combien ils publient, pas si l’un ou l’autre convient à votre stack.',
  noAlternativesTo: '{site} ne suit encore aucun autre produit du secteur {sector} susceptible de remplacer {name}.',
  noSimilarTo: '{site} ne suit encore aucun produit similaire susceptible de remplacer {name}.',
  fastestAlternatives: 'Dans le secteur {sector}, les alternatives à {name} qui évoluent le plus vite sont {list}.',
  fastestAlternativesAny: 'Les alternatives à {name} qui évoluent le plus vite sont {list}.',
  alternativeScore: '{name} (vélocité {score})',
  alternativesAbove: 'La section des alternatives ci-dessus les classe selon leur vélocité de publication récente.',
  alternativesBelow: 'La section des alternatives ci-dessous les classe selon leur vélocité de publication récente.',
  allAlternativesOn: 'Voir toutes les alternatives à {name} sur {site}.',
};
export default fr;
