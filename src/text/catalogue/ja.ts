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
  introKicker: '比較 · {sector}',
  introKickerPlain: '比較',
  introDescription: '{a} と {b} を、リリースのベロシティ、出荷済みのテーマ、今後の方向性で比べます（{site} の追跡データより）。',
  glanceHeading: '{a} と {b}：ひと目で比較',
  glanceCaption: '{a} と {b} をひと目で比較',
  sector: '分野',
  velocityScore: 'ベロシティスコア',
  sparks30d: 'スパーク · 30日間',
  topThemes: '主なテーマ',
  lastEditorialUpdate: '編集部の最終更新',
  website: 'ウェブサイト',
  visit: 'サイトを見る',
  visitSite: '{site} のサイトを見る',
  whatIs: '{name} とは？',
  fullTrajectory: '{name} の推移をすべて読む',
  editorialHeading: '{a} と {b}：編集部の見解を比較',
  currentState: '現状',
  heading: '今後の方向性',
  prediction: '予測',
  alternativesHeading: '{a} と {b} の代替製品',
  alternativesIntro: '{site} が追跡しているほかの {sector} 分野の製品を、最近のリリースのベロシティ順に並べています。',
  alternativesIntroTwo: '{site} が追跡しているほかの {sectorA} 分野・{sectorB} 分野の製品を、最近のリリースのベロシティ順に並べています。',
  alternativesLeader: '首位は {name} で {score}（{a} は {scoreA}、{b} は {scoreB}）です。',
  versus: 'vs {name}',
  allAlternatives: '{name} の代替製品をすべて見る',
  noAlternatives: 'これらの分野のほかの製品は、{site} ではまだ追跡していません。',
  activityHeading: '{a} と {b} の最近のアクティビティ',
  activityIntro: '{a} と {b} の最新のリリースとお知らせを、新しい順に並べています。',
  sparkLegend: '⚡ = 編集部のスパーク。',
  recentActivity: '最近のアクティビティ',
  noActivity: '最近のアクティビティはありません。',
  spark: '編集部のスパーク',
  faqHeading: 'よくある質問',

  // The FAQ
  sentenceGap: '',
  faqDifference: '{a} と {b} の違いは？',
  faqBetter: '{a} は {b} より優れていますか？',
  faqAlternatives: '{name} の代替として最適な製品は？',
  themesApart: '近い領域のニーズに応える製品ですが、現時点で出荷済みのテーマに重なりはありません。',
  themesApartSectors: '{sectorA} 分野と {sectorB} 分野という異なる分野の製品で、現時点で出荷済みのテーマに重なりはありません。',
  themesOverlap: '現時点で、出荷済みのテーマは {themes} で重なっています。',
  noThemes: '{name} にはまだ出荷済みのテーマがありません。',
  faster: '現在は {fast} のほうが積極的にリリースしています（ベロシティ {fastScore} 対 {slowScore}）。',
  fasterSparks: '現在は {fast} のほうが積極的にリリースしており（ベロシティ {fastScore} 対 {slowScore}）、過去 30 日間の編集部のスパークは {fastSparks}（相手は {slowSparks} 件）です。',
  samePace: '{a} と {b} は現在、同じペースでリリースしています（ベロシティはどちらも {score}）。',
  samePaceSparks: '{a} と {b} は現在、同じペースでリリースしており（ベロシティはどちらも {score}）、過去 30 日間の編集部のスパークは {a} が {sparksA}、{b} が {sparksB} 件です。',
  // A count with its counter: "0 件".
  sparkCount: { other: '{count} 件' },
  editorialAbove: '両者の今後の方向性は、上の「編集部の見解を比較」で紹介しています。',
  editorialBelow: '両者の今後の方向性は、下の「編集部の見解を比較」で紹介しています。',
  neitherBetter: '{site} は勝者を決めません。評価するのはリリースのベロシティで、機能の多さではありません。',
  betterFaster: '現在のベロシティスコアは {fast} のほうが高く（{fastScore} 対 {slowScore}）、これはリリースの量を示すもので、あなたの環境に合うかどうかを示すものではありません。',
  betterSame: '現在のベロシティスコアはどちらも {score} です。これはリリースの量を示すもので、どちらかがあなたの環境に合うかどうかを示すものではありません。',
  noAlternativesTo: '{name} の代わりに提案できる {sector} 分野のほかの製品は、{site} ではまだ追跡していません。',
  noSimilarTo: '{name} の代わりに提案できる類似の製品は、{site} ではまだ追跡していません。',
  fastestAlternatives: '{sector} 分野で {name} の代替となる製品のうち、最も動きが速いのは {list}です。',
  fastestAlternativesAny: '{name} の代替となる製品のうち、最も動きが速いのは {list}です。',
  alternativeScore: '{name}（ベロシティ {score}）',
  alternativesAbove: '上の代替製品のセクションでは、最近のリリースのベロシティ順に並べています。',
  alternativesBelow: '下の代替製品のセクションでは、最近のリリースのベロシティ順に並べています。',
  allAlternativesOn: '{site} で {name} の代替製品をすべて見る。',
};
export default ja;
