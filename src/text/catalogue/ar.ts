// Arabic, Modern Standard. Velocity is "السرعة" (the velocity score "درجة
// السرعة"); an editorial spark is a "شرارة تحريرية".
// Names are Latin and stay isolated; "و" is written joined to the name that
// follows, as to any word ("وLinkerd"). Sentences prefer the active voice
// with Sparkpulse as the subject, so no verb has to agree with a list of
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
  atAGlance: 'نظرة سريعة',
  glanceCaption: 'نظرة سريعة على {a} و{b}',
  sector: 'القطاع',
  velocityScore: 'درجة السرعة',
  sparks30d: 'الشرارات · 30 يومًا',
  topThemes: 'أبرز المواضيع',
  lastEditorialUpdate: 'آخر تحديث تحريري',
  website: 'الموقع الإلكتروني',
  whatIs: 'ما هو {name}؟',
  fullTrajectory: 'مسار {name} بالكامل',
  editorialSideBySide: 'مقارنة تحريرية',
  currentState: 'الوضع الحالي',
  heading: 'إلى أين يتّجه',
  prediction: 'التوقّعات',
  alternatives: 'البدائل',
  versus: 'مقابل {name}',
  allAlternatives: 'عرض كل بدائل {name}',
  noAlternatives: 'لا يتتبّع Sparkpulse بعدُ أي منتجات أخرى من هذه القطاعات.',
  recentActivity: 'النشاط الأخير',
  noActivity: 'لا يوجد نشاط حديث.',
  spark: 'شرارة تحريرية',
  faq: 'الأسئلة الشائعة',

  // The FAQ
  sentenceGap: ' ',
  faqDifference: 'ما الفرق بين {a} و{b}؟',
  faqBetter: 'هل {a} أفضل من {b}؟',
  faqAlternatives: 'ما أفضل بدائل {name}؟',
  sameSector: 'ينتمي كلٌّ من {a} و{b} إلى قطاع {sector}.',
  differentSectors: 'ينتمي {a} إلى قطاع {sectorA}، و{b} إلى قطاع {sectorB}.',
  samePace: 'يتطوّر {a} و{b} بالوتيرة نفسها، إذ تبلغ درجة السرعة لكلٍّ منهما {score}.',
  faster: 'يتطوّر {fast} بوتيرة أسرع، إذ تبلغ درجة سرعته {fastScore} مقابل {slowScore} لدى {slow}.',
  sparksBoth: 'خلال آخر 30 يومًا، حصل {a} على {sparksA}، وحصل {b} على {sparksB}.',
  // After "على", so genitive: the dual is "شرارتين تحريريتين".
  // 3–10 take the plural; 11–99 and 0, 100, 101… the singular.
  sparkCount: {
    zero: '{count} شرارة تحريرية',
    one: 'شرارة تحريرية واحدة',
    two: 'شرارتين تحريريتين',
    few: '{count} شرارات تحريرية',
    many: '{count} شرارة تحريرية',
    other: '{count} شرارة تحريرية',
  },
  themesOverlap: 'تتقاطع مواضيعهما في {themes}.',
  themesApart: 'لا تتقاطع مواضيعهما: {aboutA}، في حين {aboutB}.',
  about: 'يتناول {name} {themes}',
  noThemes: 'لا يذكر {name} أي مواضيع بعد',
  neitherBetter: 'ليس أيٌّ منهما الأفضل لكل فريق: فالأمر يتوقف على ما تحتاج إليه.',
  noAlternativesTo: 'لا يتتبّع Sparkpulse بعدُ منتجات أخرى في قطاع {sector} يمكن اقتراحها بديلًا عن {name}.',
  noSimilarTo: 'لا يتتبّع Sparkpulse بعدُ منتجات مشابهة يمكن اقتراحها بديلًا عن {name}.',
  fastestAlternatives: 'أسرع بدائل {name} تطورًا في قطاع {sector} هي {list}.',
  fastestAlternativesAny: 'أسرع بدائل {name} تطورًا هي {list}.',
  alternativeScore: '{name} (السرعة {score})',
};
export default ar;
