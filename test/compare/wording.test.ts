/**
 * With the default sections, a comparison reads as the site's own comparison
 * page (the seed page) does, in each shipped language: its headings, "Visit →",
 * "Read the full … trajectory →", the ◆ marks, the sector tag, the
 * alternatives' intro and both links to every alternative, the feed's intro
 * and legend, and the FAQ's answers, every data value filled in. The
 * sentences are written out here as a reader of each language gets them
 * (textOf() folds white space, French no-break spaces included).
 */
import { expect } from '@open-wc/testing';
import '../../src/compare/define.js';
import type { SpCompare } from '../../src/compare/sp-compare.js';
import { endpoint, settled, textOf } from '../helpers.js';

interface Wording {
  headings: string[];
  visit: string;
  trajectory: string;
  alternativesIntro: string;
  allAlternatives: string;
  activityIntro: string;
  difference: string;
  better: string;
}

const A = 'Apache Kafka';
const B = 'Linkerd';

const WORDING: Record<string, Wording> = {
  en: {
    headings: [`${A} vs ${B}: at a glance`, `What is ${A}?`, `What is ${B}?`, `${A} vs ${B}: editorial side-by-side`, `Alternatives to ${A} and ${B}`, `Recent activity from ${A} and ${B}`, 'Frequently asked questions'],
    visit: 'Visit',
    trajectory: `Read the full ${A} trajectory`,
    alternativesIntro: 'Other DevOps products tracked by Sparkpulse, ranked by recent ship velocity.',
    allAlternatives: `See all ${A} alternatives · See all ${B} alternatives`,
    activityIntro: `The latest releases and announcements from ${A} and ${B}, newest first. ⚡ = editorial spark.`,
    difference: `They serve adjacent needs but don't currently overlap on shipped themes. ${A} is currently shipping more aggressively (velocity 5.0 vs 2.5), with 0 editorial sparks in the last 30 days against 0.`,
    better: "Sparkpulse doesn't pick a winner — we score release velocity, not feature parity.",
  },
  de: {
    headings: [`${A} vs. ${B}: auf einen Blick`, `Was ist ${A}?`, `Was ist ${B}?`, `${A} vs. ${B}: redaktionelle Gegenüberstellung`, `Alternativen zu ${A} und ${B}`, `Letzte Aktivitäten von ${A} und ${B}`, 'Häufig gestellte Fragen'],
    visit: 'Besuchen',
    trajectory: `Die ganze Entwicklung von ${A} lesen`,
    alternativesIntro: 'Weitere von Sparkpulse erfasste Produkte im Bereich DevOps, geordnet nach ihrer jüngsten Release-Velocity.',
    allAlternatives: `Alle Alternativen zu ${A} ansehen · Alle Alternativen zu ${B} ansehen`,
    activityIntro: `Die neuesten Releases und Ankündigungen von ${A} und ${B}, die neuesten zuerst. ⚡ = redaktioneller Spark.`,
    difference: `Sie decken benachbarte Bedürfnisse ab, überschneiden sich bei den ausgelieferten Themen derzeit aber nicht. ${A} liefert derzeit in höherem Tempo aus (Velocity 5,0 gegenüber 2,5) und erhielt in den letzten 30 Tagen 0 redaktionelle Sparks, gegenüber 0.`,
    better: 'Sparkpulse kürt keinen Sieger – wir bewerten die Release-Velocity, nicht den Funktionsumfang.',
  },
  fr: {
    headings: [`${A} face à ${B} : en un coup d’œil`, `${A} en bref`, `${B} en bref`, `${A} face à ${B} : regards éditoriaux croisés`, `Alternatives à ${A} et à ${B}`, `Activité récente : ${A} et ${B}`, 'Questions fréquentes'],
    visit: 'Visiter',
    trajectory: `Lire toute la trajectoire suivie par ${A}`,
    alternativesIntro: 'Autres produits du secteur DevOps suivis par Sparkpulse, classés selon leur vélocité de publication récente.',
    allAlternatives: `Voir toutes les alternatives à ${A} · Voir toutes les alternatives à ${B}`,
    activityIntro: `Les dernières versions et annonces publiées pour ${A} et ${B}, des plus récentes aux plus anciennes. ⚡ = étincelle éditoriale.`,
    difference: `Ils répondent à des besoins voisins, mais leurs thèmes livrés ne se recoupent pas pour l’instant. ${A} publie actuellement à un rythme plus soutenu (vélocité 5,0 contre 2,5), avec 0 étincelle éditoriale au cours des 30 derniers jours, contre 0.`,
    better: 'Sparkpulse ne désigne pas de gagnant — nous mesurons la vélocité de publication, pas la parité fonctionnelle.',
  },
  es: {
    headings: [`${A} frente a ${B}: de un vistazo`, `¿Qué es ${A}?`, `¿Qué es ${B}?`, `${A} frente a ${B}: análisis editorial comparado`, `Alternativas a ${A} y a ${B}`, `Actividad reciente de ${A} y de ${B}`, 'Preguntas frecuentes'],
    visit: 'Visitar',
    trajectory: `Leer toda la trayectoria de ${A}`,
    alternativesIntro: 'Otros productos del sector DevOps que sigue Sparkpulse, ordenados por su velocidad de publicación reciente.',
    allAlternatives: `Ver todas las alternativas a ${A} · Ver todas las alternativas a ${B}`,
    activityIntro: `Las últimas versiones y anuncios de ${A} y de ${B}, de la más reciente a la más antigua. ⚡ = chispa editorial.`,
    difference: `Responden a necesidades cercanas, pero por ahora sus temas entregados no coinciden. ${A} publica actualmente a un ritmo más intenso (velocidad 5,0 frente a 2,5), con 0 chispas editoriales en los últimos 30 días frente a 0.`,
    better: 'Sparkpulse no elige un ganador: medimos la velocidad de publicación, no la paridad de funciones.',
  },
  ja: {
    headings: [`${A} と ${B}：ひと目で比較`, `${A} とは？`, `${B} とは？`, `${A} と ${B}：編集部の見解を比較`, `${A} と ${B} の代替製品`, `${A} と ${B} の最近のアクティビティ`, 'よくある質問'],
    visit: 'サイトを見る',
    trajectory: `${A} の推移をすべて読む`,
    alternativesIntro: 'Sparkpulse が追跡しているほかの DevOps 分野の製品を、最近のリリースのベロシティ順に並べています。',
    allAlternatives: `${A} の代替製品をすべて見る · ${B} の代替製品をすべて見る`,
    activityIntro: `${A} と ${B} の最新のリリースとお知らせを、新しい順に並べています。⚡ = 編集部のスパーク。`,
    difference: `近い領域のニーズに応える製品ですが、現時点で出荷済みのテーマに重なりはありません。現在は ${A} のほうが積極的にリリースしており（ベロシティ 5.0 対 2.5）、過去 30 日間の編集部のスパークは 0 件（相手は 0 件）です。`,
    better: 'Sparkpulse は勝者を決めません。評価するのはリリースのベロシティで、機能の多さではありません。',
  },
  'zh-CN': {
    headings: [`${A} 与 ${B}：概览`, `${A} 是什么？`, `${B} 是什么？`, `${A} 与 ${B}：编辑观点对比`, `${A} 和 ${B} 的替代产品`, `${A} 和 ${B} 的最新动态`, '常见问题'],
    visit: '访问',
    trajectory: `阅读 ${A} 的完整发展轨迹`,
    alternativesIntro: 'Sparkpulse 跟踪的其他 DevOps 领域产品，按近期发布速度排序。',
    allAlternatives: `查看 ${A} 的全部替代产品 · 查看 ${B} 的全部替代产品`,
    activityIntro: `${A} 和 ${B} 的最新发布与公告，按时间从新到旧排列。⚡ = 编辑亮点。`,
    difference: `两者满足的是相近的需求，但目前已交付的主题没有重合。${A} 目前的发布更为积极（速度 5.0 对 2.5），过去 30 天获得 0 个编辑亮点，对方为 0 个。`,
    better: 'Sparkpulse 不评判输赢——我们衡量的是发布速度，而不是功能多寡。',
  },
  'pt-BR': {
    headings: [`${A} versus ${B}: visão geral`, `O que é ${A}?`, `O que é ${B}?`, `${A} versus ${B}: análise editorial lado a lado`, `Alternativas a ${A} e ${B}`, `Atividade recente de ${A} e ${B}`, 'Perguntas frequentes'],
    visit: 'Visitar',
    trajectory: `Ler toda a trajetória de ${A}`,
    alternativesIntro: 'Outros produtos do setor DevOps monitorados por Sparkpulse, ordenados pela velocidade recente de lançamentos.',
    allAlternatives: `Ver todas as alternativas a ${A} · Ver todas as alternativas a ${B}`,
    activityIntro: `Os lançamentos e anúncios mais recentes de ${A} e ${B}, dos mais novos aos mais antigos. ⚡ = faísca editorial.`,
    difference: `Eles atendem a necessidades próximas, mas hoje não têm temas entregues em comum. ${A} está lançando em ritmo mais acelerado no momento (velocidade 5,0 contra 2,5), com 0 faísca editorial nos últimos 30 dias, contra 0.`,
    better: 'Sparkpulse não escolhe um vencedor — medimos a velocidade de lançamentos, não a paridade de recursos.',
  },
  ar: {
    headings: [`${A} مقابل ${B}: نظرة سريعة`, `ما هو ${A}؟`, `ما هو ${B}؟`, `${A} مقابل ${B}: مقارنة تحريرية`, `بدائل ${A} و${B}`, `النشاط الأخير لـ${A} و${B}`, 'الأسئلة الشائعة'],
    visit: 'زيارة',
    trajectory: `اقرأ مسار ${A} بالكامل`,
    alternativesIntro: 'منتجات أخرى من قطاع DevOps يتتبّعها Sparkpulse، مرتّبة حسب سرعة إصداراتها الأخيرة.',
    allAlternatives: `عرض كل بدائل ${A} · عرض كل بدائل ${B}`,
    activityIntro: `أحدث الإصدارات والإعلانات من ${A} و${B}، من الأحدث إلى الأقدم. ⚡ = شرارة تحريرية.`,
    difference: `يلبّيان احتياجات متقاربة، لكن مواضيعهما المُطلقة لا تتقاطع حاليًا. يُصدر ${A} حاليًا بوتيرة أكثر نشاطًا (السرعة 5.0 مقابل 2.5)، مع 0 شرارة تحريرية خلال آخر 30 يومًا مقابل 0.`,
    better: 'لا يختار Sparkpulse فائزًا — فنحن نقيس سرعة الإصدارات، لا تكافؤ الميزات.',
  },
};

const $ = (el: SpCompare, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: SpCompare, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

for (const [lang, wording] of Object.entries(WORDING)) {
  describe(`<sp-compare> in ${lang}, in the seed page's words`, function () {
    this.timeout(20_000);
    let page: HTMLElement;
    let el: SpCompare;
    before(async () => {
      page = Object.assign(document.createElement('div'), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
      page.style.width = '800px';
      document.body.append(page);
      el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', endpoint: endpoint('ok') });
      const event = settled(el);
      page.append(el);
      await event;
      await el.updateComplete;
    });
    after(() => page.remove());

    it('heads its sections as the seed page does', () => {
      expect($$(el, '.heading').map(textOf)).to.deep.equal(wording.headings);
    });

    it('links each website with "Visit →", named after its address', () => {
      const visits = $$(el, 'tbody a') as HTMLAnchorElement[];
      expect(visits.map(textOf)).to.deep.equal([wording.visit, wording.visit]);
      expect(textOf(visits[0].parentElement)).to.equal(wording.visit);
      expect(visits[0].title).to.equal('kafka.apache.org');
      expect(visits[0].getAttribute('aria-label')).to.contain('kafka.apache.org');
    });

    it('links to the full trajectory with the seed page’s sentence', () => {
      expect(textOf($(el, '.blurb p:last-child a'))).to.equal(wording.trajectory);
    });

    it('marks the editorial blocks with ◆ and tags each card with its sector', () => {
      for (const card of $$(el, '.card')) {
        expect([...card.querySelectorAll('dt')].every((dt) => textOf(dt).startsWith('◆ '))).to.be.true;
        expect(textOf(card.querySelector('.tag'))).to.equal('DevOps');
      }
    });

    it('introduces the alternatives and links to all of A’s and all of B’s', () => {
      expect(textOf($(el, '[part~="alternatives"] .intro'))).to.match(new RegExp(`^${wording.alternativesIntro.replace(/[.?()]/g, '\\$&')}`));
      expect(textOf($(el, '.alternatives__all'))).to.equal(wording.allAlternatives);
    });

    it('introduces the activity with the spark legend', () => {
      expect(textOf($(el, '[part~="activity"] .intro'))).to.equal(wording.activityIntro);
    });

    it('answers the FAQ in the seed page’s words, from the data', () => {
      const answers = $$(el, 'details p').map(textOf);
      expect(answers[0].startsWith(wording.difference), answers[0]).to.be.true;
      expect(answers[1].startsWith(wording.better), answers[1]).to.be.true;
    });
  });
}
