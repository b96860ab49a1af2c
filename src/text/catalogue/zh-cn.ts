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
  atAGlance: '概览',
  glanceCaption: '{a} 与 {b} 概览',
  sector: '领域',
  velocityScore: '速度评分',
  sparks30d: '亮点 · 30 天',
  topThemes: '主要主题',
  lastEditorialUpdate: '最近一次编辑更新',
  website: '官网',
  whatIs: '{name} 是什么？',
  fullTrajectory: '查看 {name} 的完整发展轨迹',
  editorialSideBySide: '编辑观点对比',
  currentState: '现状',
  heading: '发展方向',
  prediction: '预测',
  alternatives: '替代产品',
  versus: '对比 {name}',
  allAlternatives: '查看 {name} 的全部替代产品',
  noAlternatives: '这些领域暂未收录其他产品。',
  recentActivity: '最新动态',
  noActivity: '暂无最新动态。',
  spark: '编辑亮点',
  faq: '常见问题',

  // The FAQ
  sentenceGap: '',
  faqDifference: '{a} 和 {b} 有什么区别？',
  faqBetter: '{a} 比 {b} 更好吗？',
  faqAlternatives: '{name} 有哪些最佳替代产品？',
  sameSector: '{a} 和 {b} 都属于 {sector} 领域。',
  differentSectors: '{a} 属于 {sectorA} 领域，{b} 属于 {sectorB} 领域。',
  samePace: '{a} 和 {b} 的发布节奏相同，速度评分均为 {score}。',
  faster: '{fast} 的发布节奏更快，速度评分为 {fastScore}，而 {slow} 为 {slowScore}。',
  sparksBoth: '过去 30 天，{a} 和 {b} 分别获得了 {sparksA}和 {sparksB}编辑亮点。',
  // A count with its measure word: "0 个", as sparksBoth uses it.
  sparkCount: { other: '{count} 个' },
  themesOverlap: '两者的主题在 {themes} 上有所重合。',
  themesApart: '两者的主题没有重合：{aboutA}，而 {aboutB}。',
  about: '{name} 的主题是 {themes}',
  noThemes: '{name} 尚未列出主题',
  neitherBetter: '两者并无绝对的优劣之分：选择哪一个取决于团队的具体需求。',
  noAlternativesTo: 'Sparkpulse 暂未收录可替代 {name} 的其他 {sector} 领域产品。',
  noSimilarTo: 'Sparkpulse 暂未收录可替代 {name} 的类似产品。',
  fastestAlternatives: '在 {sector} 领域，{name} 发展最快的替代产品是 {list}。',
  fastestAlternativesAny: '{name} 发展最快的替代产品是 {list}。',
  alternativeScore: '{name}（速度 {score}）',
};
export default zhCn;
