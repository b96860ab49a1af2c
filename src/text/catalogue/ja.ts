// Japanese. Velocity is "ベロシティ", as Japanese agile teams say it (速度
// would read as plain speed); an editorial spark is "編集部のスパーク".
// A half-width space separates a Latin name or a number from Japanese
// words, none goes next to full-width punctuation. Sentences end with 。
// and are written together (sentenceGap is empty).
// The failure reasons are plain-form clauses, so that the error can give the
// cause first, as Japanese does: "〜ため、…読み込めませんでした。"
import type { Translation } from './en.js';

const ja: Translation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',

  // Every widget
  loading: '読み込み中…',
  loadFailed: 'Sparkpulse のデータを読み込めませんでした。',
  error: '{reason}ため、Sparkpulse のデータを読み込めませんでした。',
  errorShort: 'データなし',
  retry: '再試行',
  retryBadge: '{product} のバッジの読み込みを再試行',
  retryCompare: '{a} と {b} の比較の読み込みを再試行',
  retryTimeline: '{products} のアクティビティの読み込みを再試行',
  notTracked: { other: '{names} は Sparkpulse の追跡対象ではありません。' },
  notTrackedShort: '追跡対象外',
  noProduct: '製品が指定されていません。',
  sameProduct: '比較するものがありません。"a" と "b" のどちらにも {product} が指定されています。',
  missingProduct: '"{attribute}" に製品が指定されていないため、{product} を比較できません。',
  velocity: 'ベロシティ {score}',
  badgeSeparator: '、',

  // Why loading failed: each ends so that "ため" can follow
  reasonEndpoint: 'エンドポイントの URL が正しくない',
  reasonTimeout: 'サーバーが時間内に応答しなかった',
  reasonNetwork: 'サーバーに接続できなかった',
  reasonHttp: 'サーバーが HTTP {status} を返した',
  reasonNotJson: 'サーバーが JSON を返さなかった',
  reasonTooLarge: 'データが大きすぎる',
  reasonContract: 'データが想定した形式ではなかった',
  reasonUnknown: '問題が発生した',

  // Times
  timeBoth: '{relative}（{date}）',

  // The comparison
  comparison: '{a} と {b} の比較',
  atAGlance: 'ひと目で比較',
  glanceCaption: '{a} と {b} をひと目で比較',
  sector: '分野',
  velocityScore: 'ベロシティスコア',
  sparks30d: 'スパーク · 30日間',
  topThemes: '主なテーマ',
  lastEditorialUpdate: '編集部の最終更新',
  website: 'ウェブサイト',
  whatIs: '{name} とは？',
  fullTrajectory: '{name} の推移をすべて見る',
  editorialSideBySide: '編集部の見解を比較',
  currentState: '現状',
  heading: '今後の方向性',
  prediction: '予測',
  alternatives: '代替製品',
  versus: 'vs {name}',
  allAlternatives: '{name} の代替製品をすべて見る',
  noAlternatives: 'これらの分野のほかの製品は、まだ追跡対象になっていません。',
  recentActivity: '最近のアクティビティ',
  noActivity: '最近のアクティビティはありません。',
  spark: '編集部のスパーク',
  faq: 'よくある質問',

  // The FAQ
  sentenceGap: '',
  faqDifference: '{a} と {b} の違いは？',
  faqBetter: '{a} は {b} より優れていますか？',
  faqAlternatives: '{name} の代替として最適な製品は？',
  sameSector: '{a} と {b} はどちらも {sector} 分野の製品です。',
  differentSectors: '{a} は {sectorA} 分野、{b} は {sectorB} 分野の製品です。',
  samePace: '{a} と {b} のリリースのペースは同じで、ベロシティスコアはどちらも {score} です。',
  faster: '{fast} のほうがリリースのペースが速く、ベロシティスコアは {fastScore} です（{slow} は {slowScore}）。',
  sparksBoth: '過去 30 日間の編集部のスパークは、{a} が {sparksA}、{b} が {sparksB}でした。',
  // A count with its counter: "0 件".
  sparkCount: { other: '{count} 件' },
  themesOverlap: '両者のテーマは {themes} で重なっています。',
  themesApart: '両者のテーマに重なりはありません。{aboutA}が、{aboutB}。',
  about: '{name} のテーマは {themes} です',
  noThemes: '{name} にはまだテーマがありません',
  neitherBetter: 'どちらかがすべてのチームにとって優れている、ということはありません。何を求めるかによって選ぶべきものは変わります。',
  noAlternativesTo: '{name} の代わりに提案できる {sector} 分野のほかの製品は、Sparkpulse ではまだ追跡していません。',
  noSimilarTo: '{name} の代わりに提案できる類似の製品は、Sparkpulse ではまだ追跡していません。',
  fastestAlternatives: '{sector} 分野で {name} の代替となる製品のうち、最も動きが速いのは {list}です。',
  fastestAlternativesAny: '{name} の代替となる製品のうち、最も動きが速いのは {list}です。',
  alternativeScore: '{name}（ベロシティ {score}）',
};
export default ja;
