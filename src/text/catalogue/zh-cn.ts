// Simplified Chinese. Velocity is "速度" (the velocity score "速度评分"), the
// word Chinese agile teams use; an editorial spark is an "编辑亮点", an
// editors' highlight. A half-width space separates a Latin name or a number
// from Chinese words, none goes next to full-width punctuation. Sentences
// end with 。 and are written together (sentenceGap is empty).
import type { Translation } from './en.js';

const zhCn: Translation = {
  $code: 'zh-cn',
  $name: '简体中文',
  $dir: 'ltr',

  // Every widget
  loading: '加载中…',
  loadFailed: '无法加载 Sparkpulse 数据。',
  error: '无法加载 Sparkpulse 数据：{reason}。',
  errorShort: '数据不可用',
  retry: '重试',
  retryBadge: '重试加载 {product} 的徽章',
  retryCompare: '重试加载 {a} 与 {b} 的对比',
  retryTimeline: '重试加载 {products} 的动态',
  notTracked: { other: 'Sparkpulse 尚未收录 {names}。' },
  notTrackedShort: '尚未收录',
  noProduct: '未指定产品。',
  sameProduct: '没有可对比的内容："a" 和 "b" 指定的都是 {product}。',
  missingProduct: '{product} 没有可对比的对象："{attribute}" 中未指定产品。',
  velocity: '速度 {score}',
  badgeSeparator: '，',

  // Why loading failed
  reasonEndpoint: '端点 URL 无效',
  reasonTimeout: '服务器未及时响应',
  reasonNetwork: '无法连接到服务器',
  reasonHttp: '服务器返回了 HTTP {status}',
  reasonNotJson: '服务器返回的不是 JSON',
  reasonTooLarge: '数据过大',
  reasonContract: '数据格式不符合预期',
  reasonUnknown: '发生了未知错误',

  // Times
  timeBoth: '{relative}（{date}）',

  // The comparison
  comparison: '{a} 与 {b} 对比',
  introKicker: '对比 · {sector}',
  introKickerPlain: '对比',
  introDescription: '从发布速度、已交付主题和发展方向三方面对比 {a} 与 {b}，数据来自 {site} 的跟踪。',
  glanceHeading: '{a} 与 {b}：概览',
  glanceCaption: '{a} 与 {b} 概览',
  sector: '领域',
  velocityScore: '速度评分',
  sparks30d: '亮点 · 30 天',
  topThemes: '主要主题',
  lastEditorialUpdate: '最近一次编辑更新',
  website: '官网',
  visit: '访问',
  visitSite: '访问 {site}',
  whatIs: '{name} 是什么？',
  fullTrajectory: '阅读 {name} 的完整发展轨迹',
  editorialHeading: '{a} 与 {b}：编辑观点对比',
  currentState: '现状',
  heading: '发展方向',
  prediction: '预测',
  alternativesHeading: '{a} 和 {b} 的替代产品',
  alternativesIntro: '{site} 跟踪的其他 {sector} 领域产品，按近期发布速度排序。',
  alternativesIntroTwo: '{site} 跟踪的其他 {sectorA} 和 {sectorB} 领域产品，按近期发布速度排序。',
  alternativesLeader: '{name} 以 {score} 领先，{a} 为 {scoreA}，{b} 为 {scoreB}。',
  versus: '对比 {name}',
  allAlternatives: '查看 {name} 的全部替代产品',
  noAlternatives: '{site} 暂未收录这些领域的其他产品。',
  activityHeading: '{a} 和 {b} 的最新动态',
  activityIntro: '{a} 和 {b} 的最新发布与公告，按时间从新到旧排列。',
  sparkLegend: '⚡ = 编辑亮点。',
  recentActivity: '最新动态',
  noActivity: '暂无最新动态。',
  spark: '编辑亮点',
  faqHeading: '常见问题',

  // The FAQ
  sentenceGap: '',
  faqDifference: '{a} 和 {b} 有什么区别？',
  faqBetter: '{a} 比 {b} 更好吗？',
  faqAlternatives: '{name} 有哪些最佳替代产品？',
  themesApart: '两者满足的是相近的需求，但目前已交付的主题没有重合。',
  themesApartSectors: '两者分属 {sectorA} 和 {sectorB} 两个不同领域，目前已交付的主题没有重合。',
  themesOverlap: '目前两者已交付的主题在 {themes} 上有所重合。',
  noThemes: '{name} 尚未列出已交付的主题。',
  faster: '{fast} 目前的发布更为积极（速度 {fastScore} 对 {slowScore}）。',
  fasterSparks: '{fast} 目前的发布更为积极（速度 {fastScore} 对 {slowScore}），过去 30 天获得 {fastSparks}编辑亮点，对方为 {slowSparks} 个。',
  samePace: '{a} 和 {b} 目前的发布节奏相同（速度均为 {score}）。',
  samePaceSparks: '{a} 和 {b} 目前的发布节奏相同（速度均为 {score}），过去 30 天 {a} 获得 {sparksA}编辑亮点，{b} 为 {sparksB} 个。',
  // A count with its measure word: "0 个", as fasterSparks and samePaceSparks use it ("获得 0 个编辑亮点").
  sparkCount: { other: '{count} 个' },
  editorialAbove: '上方的编辑观点对比介绍了两者各自的发展方向。',
  editorialBelow: '下方的编辑观点对比介绍了两者各自的发展方向。',
  neitherBetter: '{site} 不评判输赢——我们衡量的是发布速度，而不是功能多寡。',
  betterFaster: '{fast} 目前的速度评分更高（{fastScore} 对 {slowScore}）：这反映的是发布的多少，而不是它是否适合你的技术栈。',
  betterSame: '两者目前的速度评分均为 {score}：这反映的是发布的多少，而不是它们是否适合你的技术栈。',
  noAlternativesTo: '{site} 暂未收录可替代 {name} 的其他 {sector} 领域产品。',
  noSimilarTo: '{site} 暂未收录可替代 {name} 的类似产品。',
  fastestAlternatives: '在 {sector} 领域，{name} 发展最快的替代产品是 {list}。',
  fastestAlternativesAny: '{name} 发展最快的替代产品是 {list}。',
  alternativeScore: '{name}（速度 {score}）',
  alternativesAbove: '上方的替代产品部分按近期发布速度对它们进行了排序。',
  alternativesBelow: '下方的替代产品部分按近期发布速度对它们进行了排序。',
  allAlternativesOn: '在 {site} 查看 {name} 的全部替代产品。',
};
export default zhCn;
