// Arabic, Modern Standard. Velocity is "السرعة" (the velocity score "درجة
// السرعة"); an editorial spark is a "شرارة تحريرية".
// Names are Latin and stay isolated; "و" is written joined to the name that
// follows, as to any word ("وLinkerd"). Sentences prefer the active voice
// with the site (or Sparkpulse) as the subject, so no verb has to agree with a list of
// names. Arabic has six plural forms; in sparkCount, one and two say the
// number in the noun itself, as Arabic does ("شرارة واحدة", "شرارتين"),
// which is why they carry no {count} (CLDR's own Arabic units do the same).
import type { Translation } from './en.js';

const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  // Every widget
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل بيانات Sparkpulse.',
  error: 'تعذّر تحميل بيانات Sparkpulse: {reason}.',
  errorShort: 'بيانات غير متاحة',
  retry: 'إعادة المحاولة',
  retryBadge: 'إعادة المحاولة لتحميل شارة {product}',
  retryCompare: 'إعادة المحاولة لتحميل المقارنة بين {a} و{b}',
  retryTimeline: 'إعادة المحاولة لتحميل نشاط {products}',
  // The object of the verb: "المنتج" (one), "المنتجَين" (two), "المنتجات" (three or more).
  notTracked: {
    zero: 'لا يتتبّع Sparkpulse المنتجات {names}.',
    one: 'لا يتتبّع Sparkpulse المنتج {names}.',
    two: 'لا يتتبّع Sparkpulse المنتجين {names}.',
    few: 'لا يتتبّع Sparkpulse المنتجات {names}.',
    many: 'لا يتتبّع Sparkpulse المنتجات {names}.',
    other: 'لا يتتبّع Sparkpulse المنتجات {names}.',
  },
  notTrackedShort: 'غير متتبَّع',
  noProduct: 'لم يُحدَّد أي منتج.',
  sameProduct: 'لا يوجد ما يُقارَن: كلٌّ من "a" و"b" يشير إلى {product}.',
  missingProduct: 'لا يوجد ما يُقارَن به {product}: لم يُحدَّد أي منتج في "{attribute}".',
  velocity: 'السرعة {score}',
  badgeSeparator: '، ',

  // Why loading failed
  reasonEndpoint: 'عنوان URL لنقطة النهاية غير صالح',
  reasonTimeout: 'لم يستجب الخادم في الوقت المحدد',
  reasonNetwork: 'تعذّر الوصول إلى الخادم',
  reasonHttp: 'ردّ الخادم برمز HTTP {status}',
  reasonNotJson: 'لم يُرسل الخادم بيانات JSON',
  reasonTooLarge: 'حجم البيانات كبير جدًا',
  reasonContract: 'البيانات ليست بالتنسيق المتوقَّع',
  reasonUnknown: 'حدث خطأ ما',

  // Times
  timeBoth: '{relative}، في {date}',

  // The comparison
  comparison: '{a} مقابل {b}',
  introKicker: 'مقارنة · {sector}',
  introKickerPlain: 'مقارنة',
  introDescription: 'كيف يقارَن {a} و{b} من حيث سرعة الإصدارات والمواضيع المُطلقة والاتجاه المستقبلي، وفق تتبّع {site}.',
  glanceHeading: '{a} مقابل {b}: نظرة سريعة',
  glanceCaption: 'نظرة سريعة على {a} و{b}',
  sector: 'القطاع',
  velocityScore: 'درجة السرعة',
  sparks30d: 'الشرارات · 30 يومًا',
  topThemes: 'أبرز المواضيع',
  lastEditorialUpdate: 'آخر تحديث تحريري',
  website: 'الموقع الإلكتروني',
  visit: 'زيارة',
  visitSite: 'زيارة {site}',
  whatIs: 'ما هو {name}؟',
  fullTrajectory: 'اقرأ مسار {name} بالكامل',
  editorialHeading: '{a} مقابل {b}: مقارنة تحريرية',
  currentState: 'الوضع الحالي',
  heading: 'إلى أين يتّجه',
  prediction: 'التوقّعات',
  alternativesHeading: 'بدائل {a} و{b}',
  alternativesIntro: 'منتجات أخرى من قطاع {sector} يتتبّعها {site}، مرتّبة حسب سرعة إصداراتها الأخيرة.',
  alternativesIntroTwo: 'منتجات أخرى من قطاعَي {sectorA} و{sectorB} يتتبّعها {site}، مرتّبة حسب سرعة إصداراتها الأخيرة.',
  alternativesLeader: 'يتصدّر {name} بدرجة {score}، مقابل {scoreA} لـ{a} و{scoreB} لـ{b}.',
  versus: 'مقابل {name}',
  allAlternatives: 'عرض كل بدائل {name}',
  noAlternatives: 'لا يتتبّع {site} بعدُ أي منتجات أخرى من هذه القطاعات.',
  activityHeading: 'النشاط الأخير لـ{a} و{b}',
  activityIntro: 'أحدث الإصدارات والإعلانات من {a} و{b}، من الأحدث إلى الأقدم.',
  sparkLegend: '⚡ = شرارة تحريرية.',
  recentActivity: 'النشاط الأخير',
  noActivity: 'لا يوجد نشاط حديث.',
  spark: 'شرارة تحريرية',
  faqHeading: 'الأسئلة الشائعة',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'ما الفرق بين {a} و{b}؟',
  faqBetter: 'هل {a} أفضل من {b}؟',
  faqAlternatives: 'ما أفضل بدائل {name}؟',
  themesApart: 'يلبّيان احتياجات متقاربة، لكن مواضيعهما المُطلقة لا تتقاطع حاليًا.',
  themesApartSectors: 'ينتميان إلى قطاعين مختلفين، {sectorA} و{sectorB}، ولا تتقاطع مواضيعهما المُطلقة حاليًا.',
  themesOverlap: 'تتقاطع مواضيعهما المُطلقة حاليًا في {themes}.',
  noThemes: 'لا يذكر {name} أي مواضيع مُطلقة بعد.',
  faster: 'يُصدر {fast} حاليًا بوتيرة أكثر نشاطًا (السرعة {fastScore} مقابل {slowScore}).',
  fasterSparks: 'يُصدر {fast} حاليًا بوتيرة أكثر نشاطًا (السرعة {fastScore} مقابل {slowScore})، مع {fastSparks} خلال آخر 30 يومًا مقابل {slowSparks}.',
  samePace: 'يُصدر {a} و{b} حاليًا بالوتيرة نفسها (السرعة {score} لكلٍّ منهما).',
  samePaceSparks: 'يُصدر {a} و{b} حاليًا بالوتيرة نفسها (السرعة {score} لكلٍّ منهما)، مع {sparksA} لـ{a} خلال آخر 30 يومًا مقابل {sparksB} لـ{b}.',
  // After "مع", so genitive: the dual is "شرارتين تحريريتين".
  // 3–10 take the plural; 11–99 and 0, 100, 101… the singular.
  sparkCount: {
    zero: '{count} شرارة تحريرية',
    one: 'شرارة تحريرية واحدة',
    two: 'شرارتين تحريريتين',
    few: '{count} شرارات تحريرية',
    many: '{count} شرارة تحريرية',
    other: '{count} شرارة تحريرية',
  },
  editorialAbove: 'تعرض المقارنة التحريرية أعلاه إلى أين يتّجه كلٌّ منهما.',
  editorialBelow: 'تعرض المقارنة التحريرية أدناه إلى أين يتّجه كلٌّ منهما.',
  neitherBetter: 'لا يختار {site} فائزًا — فنحن نقيس سرعة الإصدارات، لا تكافؤ الميزات.',
  betterFaster: 'يملك {fast} حاليًا درجة السرعة الأعلى ({fastScore} مقابل {slowScore}): وهذا يدل على حجم ما يُصدره، لا على مدى ملاءمته لبيئتك التقنية.',
  betterSame: 'لكلٍّ منهما حاليًا درجة سرعة قدرها {score}: وهذا يدل على حجم ما يُصدرانه، لا على مدى ملاءمة أيٍّ منهما لبيئتك التقنية.',
  noAlternativesTo: 'لا يتتبّع {site} بعدُ منتجات أخرى في قطاع {sector} يمكن اقتراحها بديلًا عن {name}.',
  noSimilarTo: 'لا يتتبّع {site} بعدُ منتجات مشابهة يمكن اقتراحها بديلًا عن {name}.',
  fastestAlternatives: 'أسرع بدائل {name} تطورًا في قطاع {sector} هي {list}.',
  fastestAlternativesAny: 'أسرع بدائل {name} تطورًا هي {list}.',
  alternativeScore: '{name} (السرعة {score})',
  alternativesAbove: 'يرتّبها قسم البدائل أعلاه حسب سرعة إصداراتها الأخيرة.',
  alternativesBelow: 'يرتّبها قسم البدائل أدناه حسب سرعة إصداراتها الأخيرة.',
  allAlternativesOn: 'اعرض كل بدائل {name} على {site}.',
};
export default ar;
