/**
 * Headline: which line of a headline block is the kicker (引题), the title
 * (主题) and the subtitle (副题).
 *
 * - one line: the title; when a full quotation stands before the rest
 *   (`“刚培训完就有物业公司来招聘” 市残联打通就业“最后一公里”`), the
 *   quotation is the kicker;
 * - two lines: a line opening with a dash (`——…见闻`, or `一一记…` typed
 *   with two 一) is the subtitle; a line closing on a column tag
 *   (`…（记录中国）`) is the title, the other its kicker; a column name
 *   (`人民时评` / `民生无小事`, `聚焦全国两会` / …), a line ending in a verb
 *   that introduces what follows (`中国人民银行决定` / `下调…`, `…时强调` /
 *   `…`, `某某统计局发布数据` / `…`) or in a colon (`市统计局：` / `…`),
 *   or a few characters over a line twice as long
 *   (`本报评论员` / `牢牢把握…`) is the kicker; otherwise the first is the
 *   title and the second its subtitle;
 * - three lines: kicker, title, subtitle.
 *
 * Before that, one sentence broken over short lines (`让每一位老人` / `都能享受到` /
 * `家门口的养老服务`) is put back together: a narrow column breaks a title
 * where it runs out of room, not between decks. Each break must show that the
 * sentence goes on (`continues`); the lines are joined without a space.
 */
import type { Headline } from "../schema.js";
import { normaliseString } from "../normalise/normalise.js";
import { PICTURE_NOTE_SUFFIX } from "../segment/classify.js";
import { isColumnName } from "../segment/columns.js";
import { BULLET_MARKS, CLAUSE_MARKS, countIn } from "../text/chars.js";
import { BODY_ENDS } from "../text/organisations.js";

const DASH_START = /^(?:——|──|—|--|－－)/;
/** Longest line read as a column name above a title. */
const COLUMN_NAME_MAX = 6;
// A bracketed column tag at the end of a title: `（权威发布）`, `(记录中国)`.
const COLUMN_TAG = /[(（][^()（）]{2,14}[)）]$/;
/** A line that is a bracketed note and nothing more: `（摘要）`, `（全文）`; a column tag closes a title's words. */
const WHOLLY_BRACKETED = /^[(（][^()（）]+[)）]$/;
/**
 * A line ending in a verb that introduces the line below: `中国人民银行决定`,
 * `某某在参加代表团审议时强调`, `国务院常务会议指出`. The title is what was
 * decided or said.
 */
const INTRODUCES = /(?:强调|指出|表示|决定|宣布|要求|提出|呼吁|透露|显示|表明|获悉|(?:发布|公布|披露)(?:最新)?数据)$/;
/**
 * A kicker that hands over to the title with a colon: `江城市统计局：` /
 * `一季度经济运行平稳`. A title never ends on one.
 */
const COLON_END = /[:：]$/;
/**
 * A subtitle whose dash was typed as two 一 (`一一记…`, `一一来自…`): only
 * before the words a subtitle opens with, since `一一` opens words too
 * (`一一对应`, `一一兑现`).
 */
const ONE_ONE_DASH = /^一一(?:记|来自|写在|访|走进|探访|追记|专访|聚焦)/;

/** True when a (folded) headline line opens as a subtitle does: on a dash (`DASH_START`) or two 一 typed for one (`ONE_ONE_DASH`). */
function opensSubtitle(norm: string): boolean {
  return DASH_START.test(norm) || ONE_ONE_DASH.test(norm);
}
/**
 * A line that names an organisation or a unit and says nothing of it: a
 * place or a service, then the kind of body (`海军某驱逐舰支队`, `市消防救援支队`,
 * `国网江城供电公司`, `白沙镇新塘村`). Over a longer line it is the kicker, the
 * one who did what the title says. A line with a verb's or a particle's
 * marks, a verb of going or a count (`扎根山村的小学`, `法律服务进社区`, `我市再添一所公办中学`) says something: no name.
 * The endings: those every reader of a body's name takes (`BODY_ENDS`), and a unit's or a place's (`支队`, `社区`, `村`).
 * (进 is a verb of going, `法律服务进社区`, but not in the nouns 进口, 进出口, 进博会.)
 */
const ORGANISATION = new RegExp(String.raw`^[\u4e00-\u9fff]{2,12}(?:${BODY_ENDS}|支队|大队|中队|部队|舰队|旅|团|基地|分队|委员会|办公室|医院|学院|中学|小学|街道|社区|镇|乡|村)$`);
const SAYS_SOMETHING = /[的了在把让为被将已正再又添增到入至回]|进(?![博口出])|[一二两三四五六七八九十\d][所个家座条支]|走进|来到|建成|新建|打造|变身|成为|迎来|喜获|获评|荣获|启动|开展|推进/;

/**
 * A body that issues notices, named on a line of its own: `中共某某县委组织部`,
 * `某某县人民政府`, `某某市自然资源和规划局`, `某某县人民法院`, `某某有限公司`.
 * A name may hold the marks that stand for a name left out, as notices and
 * templates print them (`中共××县委组织部`, `XX县人民政府`, `○○村民委员会`,
 * `〇〇镇人民政府`): they are letters of the name here, not punctuation.
 */
const ISSUING_BODY = /^[\u4e00-\u9fff×X○〇*]{2,24}(?:局|厅|署|委员会|委|办公室|办|人民政府|政府|中心|院|部|公司|集团|协会|学会|联合会|工会|商会)$/;
/**
 * The title of a notice, named by its kind: `干部任前公示`, `征收土地预公告`,
 * `关于某某的通知`, `更正启事`, `遗失声明`. Not a communiqué's second line
 * (`第三次全体会议公报`), which goes on from the line above.
 */
const NOTICE_TITLE = /^(?!第)[^\s]{0,30}(?:公示|公告|通告|启事|声明|通知|决定|通报|倡议书|公开信)$/;

/**
 * A line that is only a figure: a short name of what is measured, then its
 * quantity in digits and its unit, no verb before the number (`装机容量140万千瓦`,
 * `总投资92.6亿元`, `中超第28轮`). Over a statement it is the kicker, the
 * figure the title's event comes with; under a title it is the subtitle
 * (`…集中签约` / `21个项目签约总额近480亿元` says something and is no such line).
 * A longer line before the number holds a subject and a verb
 * (`老旧小区改造惠及2800户`, `一季度全省生猪出栏1428.6万头`): a title; a date
 * is no quantity (`冷空气13日抵达`).
 */
const FIGURE_ONLY = /^([\u4e00-\u9fff]{2,6})(?<![约超达逾近过到至为是有共增降长少加破计])\d+(?:\.\d+)?[万亿]*(?![日月年号时])[\u4e00-\u9fff]{1,2}$/;
/**
 * Two slogan halves of one length, a space between them (对仗):
 * `全力冲刺四季度　奋力夺取全年红`, `稳中求进　奋发有为`. Over a statement it is the kicker.
 */
const SLOGAN = /^([\u4e00-\u9fff]{4,7})\s+([\u4e00-\u9fff]{4,7})$/;
/**
 * A thing a figure is told of, named with no predicate: a rate or a price
 * (`人民币对美元汇率中间价`, `居民消费价格指数`), as an organisation's name
 * (`ORGANISATION`) names who.
 */
const THING_NAME = /^[\u4e00-\u9fff]{2,14}(?:价|价格|指数|汇率)$/;
/**
 * A line that says what happened to a quantity: opening on a verb of
 * movement (`升破7.02关口`, `跌至…`, `突破…`), or a verb of reaching before
 * a number (`意向采购金额超百亿元`, `成交额达120亿美元`).
 */
const TELLS_FIGURE = /^(?:升破|跌破|升至|降至|涨至|跌至|站上|突破|超过|达到)|(?:超|达|逾|突破|超过|达到)(?:约|近)?[\d一二三四五六七八九十百千万亿两]/;

/** True when `a` is a line that is only a figure (`FIGURE_ONLY`: `装机容量140万千瓦`), saying nothing of it. */
function isFigureOnly(a: string): boolean {
  const m = FIGURE_ONLY.exec(a);
  return m !== null && !SAYS_SOMETHING.test(m[1]!);
}

/** True when `a` is two slogan halves of one length (`SLOGAN`: `全力冲刺四季度　奋力夺取全年红`). */
function isSlogan(a: string): boolean {
  const m = SLOGAN.exec(a);
  return m !== null && m[1]!.length === m[2]!.length;
}

/**
 * True when the two-line headline `a` / `b` (folded) is a kicker over its
 * title, the kicker a line with no predicate of its own over a statement:
 * a figure alone over a longer line (`装机容量140万千瓦` / `皖南抽水蓄能电站主体工程开工`),
 * two slogan halves over a line that is none and gives no figure
 * (`全力冲刺四季度　奋力夺取全年红` / `我县重点项目建设跑出“加速度”`; over
 * `全县双季稻总产预计达14.2万吨` they are a title over the subtitle that gives its figures), or an organisation's or a thing's name
 * over what happened to a quantity (`第七届进博会广州交易团` / `意向采购金额超百亿元`,
 * `人民币对美元汇率中间价` / `升破7.02关口`). The reverse order is a title
 * and its subtitle (`…集中签约` / `21个项目签约总额近480亿元`).
 */
function isNounKicker(a: string, b: string): boolean {
  if (isFigureOnly(a)) return b.length > a.length && !isFigureOnly(b);
  if (isSlogan(a)) return b.length > a.length / 2 && !/[\s\d]/.test(b);
  const named = ORGANISATION.test(a) || THING_NAME.test(a);
  return named && !SAYS_SOMETHING.test(a) && TELLS_FIGURE.test(b);
}

/**
 * A theme line: a campaign, slogan or topic with no news subject of its own.
 * - `聚焦2024年高考`, `奋力打造区域创新策源地`, `加快建设现代化产业体系`: a slogan verb opening it;
 * - `巾帼建功新时代`, `黄河流域生态保护和高质量发展`, `找矿突破战略行动`, `碳中和进行时`: a theme's ending;
 * (A short phrase closing on a quoted metaphor is one too: `QUOTED_THEME`.)
 */
const THEME_LINE = /^(?:聚焦|奋力|加快|全力|着力|聚力|奋进)|(?:行动|发展|战略|工程|进行时|新时代|新征程)$/;
/**
 * A short phrase closing on a quoted metaphor, its words before the quote
 * saying nothing (`SAYS_SOMETHING`): `汽车产业加速“换道”`, `燃气“瓶改管”`; not
 * `春茶开采迎来“开门红”`, a statement of its own.
 */
const QUOTED_THEME = /^([\u4e00-\u9fff]{2,8})“[^”]{1,4}”$/;

/** True when `a` (folded) is a theme line: `THEME_LINE`, or `QUOTED_THEME` with nothing said before the quote. */
function isThemeLine(a: string): boolean {
  if (THEME_LINE.test(a)) return true;
  const m = QUOTED_THEME.exec(a);
  return m !== null && !SAYS_SOMETHING.test(m[1]!);
}
/** A line that opens on who did it as a news statement does: `我省…`, `全市…`, `本市…`. A theme names nobody. */
const NEWS_SUBJECT = /^(?:我|全|本)[省市县区国镇乡]/;
/**
 * A line that tells a quantity: digits (`增长11.2%`, `100名`) or a number in
 * words with 万/亿 or 成 (`节水十亿立方米`, `办结九成`).
 */
const HAS_QUANTITY = /\d|[一二两三四五六七八九十百千][万亿]|[一二两三四五六七八九十]成/;
/** Longest theme line read as a kicker. */
const THEME_MAX = 16;

/**
 * True when the two-line headline `a` / `b` (folded) is a theme over the news:
 * `a` a theme line (`isThemeLine`) naming nobody (`NEWS_SUBJECT`), `b` a
 * statement at least as long with its quantity (`HAS_QUANTITY`) that does not open as a detail
 * of `a` does (on a word of time or will or a verb, `OPENS_CLAUSE`:
 * `加快建设数据中心集群` / `将新建标准机架3万架` stays title and subtitle).
 */
function isThemeKicker(a: string, b: string): boolean {
  if (a.length > THEME_MAX || /[\s，,。；;：:]/.test(a) || NEWS_SUBJECT.test(a)) return false;
  if (!isThemeLine(a) || isThemeLine(b)) return false;
  return b.length >= a.length && HAS_QUANTITY.test(b) && !OPENS_CLAUSE.test(b);
}

/**
 * A column label joined by a middle dot, both halves nouns (`聚焦民生实事·城市更新`,
 * `产业观察·新能源`): over a title it is the kicker.
 */
const DOT_LABEL = /^[\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,6}$/;

/** True when `a` (folded) is a dot-joined column label (`DOT_LABEL`) that says nothing (`SAYS_SOMETHING`). */
function isDotLabel(a: string): boolean {
  return DOT_LABEL.test(a) && !SAYS_SOMETHING.test(a);
}

// `“…” rest`: a full quotation, a space, then the title.
const QUOTED_KICKER = /^(?<kicker>[“"][^”"]{2,30}[”"])\s+(?<title>\S.{3,})$/;


/** Longest line of a title broken over short lines (`都能享受到`); a longer one is a deck of its own. */
const BROKEN_LINE_MAX = 10;
/**
 * A line of a broken title: Han characters, digits (a decimal point between
 * them: `1.2万套`), Latin letters and quotes only. A clause mark, a space or
 * a dash sets a deck apart or ends a phrase.
 */
const BARE_LINE = /^(?:[\u4e00-\u9fff\dA-Za-z“”"]|(?<=\d)\.(?=\d))+$/;
/**
 * A line that opens in mid-sentence: an adverb that leans on a subject
 * before it, then a modal or verb (`都能享受到`, `也要管得好`, `就在家门口`,
 * `才是硬道理`), or the particle 的 (`的幸福生活`; not `的确`, `的士`).
 */
const OPENS_MID = /^(?:[都也就才还](?:能|会|要|是|有|在|将|可|已|得|把|被|让)|的(?![确士]))/;
/**
 * A line that stops in mid-sentence: on 的, before the noun it qualifies
 * (`家门口的` / `养老服务`), or on a verb with 到 that wants its object
 * (`都能享受到` / `家门口的养老服务`). A line that says `是…的`
 * (`幸福是奋斗出来的`) has said all it says.
 */
const STOPS_MID = /(?:的|(?:享受|感受|得|看|听|找|买|吃|用|学|收|拿)到)$/;

/** A word of time or will before a verb: `将`, `要`, `拟`, `已`, `计划`, `力争`, `累计`, `今年`… */
const MODAL = "(?:将|要|拟|已|正|再|计划|预计|力争|累计|今年|年内|全年)";
/** Verbs that take an object, often a quantity of something: `新建`, `改造`, `培训`, `新增`, `突破`… */
const OBJECT_VERB =
  "(?:新建|改造|改建|扩建|建设|建成|打造|铺设|完成|实现|新增|投入|发放|拨付|下达|筹集|推出|开通|引进|培育|培训|带动|吸引|惠及|覆盖|" +
  "提供|安排|整治|治理|修复|种植|收购|销售|生产|处理|接待|救助|帮扶|办理|查处|减免|解决|配备|招聘|设立|开展|举办|迎来|收治|突破|超过|达到|增加|减少)";
/**
 * A line that stops on a verb whose object may be still to come: a word of
 * time or will (`MODAL`), perhaps a manner word (`全面`, `加快`), then one or
 * two such verbs (`全市今冬明春将新建改造`, `今年将培训`). After such a word the
 * verb is a verb, not a noun (`加快推进老旧小区改造` ends on 改造 the noun).
 */
const AWAITS_OBJECT = new RegExp(`${MODAL}(?:全面|加快|大力|持续|集中|陆续|新|再)?${OBJECT_VERB}{1,2}$`);
/** A line opening as a clause of its own does: on a word of time or will, or a verb (`新增学位4200个`). */
const OPENS_CLAUSE = new RegExp(`^(?:${MODAL}|${OBJECT_VERB})`);
/**
 * A line that is a thing and its quantity, no verb between (`城镇燃气管道三百余公里`,
 * `农村实用人才五千人`, `保障性住房1.2万套`): the noun runs straight into the
 * number. A subtitle states its quantity with a verb or an estimate before
 * it (`总投资约80亿元`, `受益群众超十万人`, `年产值可达百亿元`).
 */
const THING_AND_QUANTITY = /(?![\d.一二三四五六七八九十百千万亿两约超达逾近过到至为是有共增降长少加破计])[\u4e00-\u9fff][\d.一二三四五六七八九十百千万亿两]+[余多]?[\u4e00-\u9fff]{1,2}$/;
/** Longest line of a title broken after a verb that awaits its object: a deck of a front page's headline. */
const AWAITING_LINE_MAX = 16;

/**
 * True when `b` is the object of the verb that ends `a` (both bare, folded,
 * at most `AWAITING_LINE_MAX`): `a` stops on a verb after a word of time or
 * will (`AWAITS_OBJECT`), and `b` is a thing and its quantity, not a clause
 * of its own (`全市今冬明春将新建改造` / `城镇燃气管道三百余公里`). Either alone
 * may end a title and its subtitle: a verb may close a clause whose object
 * came first (`城南片区改造已完成` / `居民喜迁新居`), and a subtitle may
 * open on a verb (`新区三所学校将建成` / `新增学位4200个`).
 */
function takesObject(a: string, b: string): boolean {
  if (a.length > AWAITING_LINE_MAX || b.length > AWAITING_LINE_MAX) return false;
  return AWAITS_OBJECT.test(a) && THING_AND_QUANTITY.test(b) && !OPENS_CLAUSE.test(b);
}

/**
 * A line opening on a predicate that needs the subject above it: a verb of
 * share or reach (`占GDP比重达11.2%`, `达120万辆`, `实现量产`, `跃居全国第一方阵`,
 * `连续第二十次上调`, `覆盖全部乡镇`; not 占地, the area a subtitle gives: `占地约4.2万平方米`), or 在 + a place + a verb of coming
 * into being (`在我市实现量产`, `在江城落地`).
 */
const NEEDS_SUBJECT = /^(?:占(?!地)|达到|达|实现|跃居|连续|覆盖|在[\u4e00-\u9fff]{1,6}(?:实现|投产|量产|落地|开工|建成|启用|下线|问世|首发))/;
/** A noun phrase with nothing but Han characters, Latin letters and digits: `全省数字经济核心产业增加值`, `首台套重大技术装备`. */
const NOUN_RUN = /^[\u4e00-\u9fffA-Za-z\d]{4,16}$/;
/** Particles and words of time or will that only a clause holds (`…的`, `…了`, `将…`): a noun phrase has none. */
const PARTICLE = /[的了把让被将已正着过再又]/;
/** Longest second line of a title wrapped after its subject. */
const PREDICATE_LINE_MAX = 12;
/** The verb of a finished event at a line's end: the line is a clause, no bare subject (`社区养老服务站建成投用` / `覆盖全部城区街道` is title and subtitle). */
const EVENT_END = /(?:建成|投用|投运|开工|启用|开通|通车|投产|竣工|落地|开业|揭牌|成立|启动|完成|开幕|闭幕|举行|召开|上线|亮相|发布|出台|印发)$/;

/**
 * True when `a` / `b` (folded) is one title wrapped after its subject: `a` a
 * bare noun phrase with no particle of a clause (`NOUN_RUN`, no `PARTICLE`), not a
 * name or a thing a kicker names (`人民币对美元汇率中间价` / `升破7.02关口`), not ending
 * on a finished event's verb (`EVENT_END`), `b`
 * a short predicate that needs it (`NEEDS_SUBJECT`): `全省数字经济核心产业增加值` /
 * `占GDP比重达11.2%`. A dash, a clause mark or a space in `b` is a deck of its own.
 */
function wrapsAfterSubject(a: string, b: string): boolean {
  if (b.length > PREDICATE_LINE_MAX || /[\s，,。；;：:—]/.test(b)) return false;
  if (!NOUN_RUN.test(a) || PARTICLE.test(a) || EVENT_END.test(a) || ORGANISATION.test(a) || THING_NAME.test(a)) return false;
  return NEEDS_SUBJECT.test(b);
}

/** True when the short line `b` goes on with the sentence of the short line `a` (both folded). */
function continues(a: string, b: string): boolean {
  if (wrapsAfterSubject(a, b)) return true;
  if (!BARE_LINE.test(a) || !BARE_LINE.test(b)) return false;
  if (takesObject(a, b)) return true;
  if (a.length > BROKEN_LINE_MAX || b.length > BROKEN_LINE_MAX) return false;
  return OPENS_MID.test(b) || (STOPS_MID.test(a) && !(a.endsWith("的") && a.includes("是")));
}

/**
 * Joins, in place, each line that goes on with the sentence of the line
 * above it (`continues`, asked of the lines as set), without a space.
 */
function joinBrokenLines(lines: string[], normLines: string[]): void {
  // Asked of the lines as set, first: a joined line is longer than any broken one.
  const goesOn = normLines.map((l, i) => i > 0 && continues(normLines[i - 1]!, l));
  for (let i = lines.length - 1; i > 0; i--) {
    if (!goesOn[i]) continue;
    lines.splice(i - 1, 2, lines[i - 1]! + lines[i]!);
    normLines.splice(i - 1, 2, normLines[i - 1]! + normLines[i]!);
  }
}

// A bullet or bracket a brief's title is set after: `■玄武湖樱花进入最佳观赏期`, `【新桥今起通车】`.
const LEAD_MARK = new RegExp(`^(?:[${BULLET_MARKS}]\\s*|【(?=[^【】]+】$))`);

/** Longest column label set after a bullet (`■碳中和进行时`). */
const BULLET_LABEL_MAX = 7;
// Bullets a column's label is set after: `■碳中和进行时`, `◆一线观察`.
const LABEL_BULLET = /^[■□◆●]/;

/**
 * True when the headline line `norm` is a column's label set after a bullet
 * (`■碳中和进行时`): short, no digits, as a tag in 【】 is. Over the headline
 * it is the kicker, never the title.
 */
function isBulletLabel(norm: string, start: number, end: number): boolean {
  if (start === 0 || !LABEL_BULLET.test(norm)) return false;
  const label = norm.slice(start, end).trim();
  return label.length <= BULLET_LABEL_MAX && !/[\d\s]/.test(label);
}

/** Where a headline line starts after the bullet or bracket it is set after (0 when none). */
function markEnd(norm: string, end: number): number {
  const m = LEAD_MARK.exec(norm.slice(0, end));
  return m === null ? 0 : m[0].length;
}

/** Splits headline lines (trimmed, as written) into kicker, title and subtitle. */
export function splitHeadline(rawLines: string[], rawNormLines: string[] = rawLines): Headline {
  const h = split(rawLines, rawNormLines);
  // One key order for every record: the spec's.
  return { title: h.title, kicker: h.kicker, subtitle: h.subtitle };
}

function split(rawLines: string[], rawNormLines: string[]): Headline {
  // A picture note glued to a headline line is no part of it (found on the normalised copy, same length).
  const lines: string[] = [];
  const normLines: string[] = [];
  // Which lines stood wholly in 【】 (`【乡村振兴进行时】`), kept apart from the rest.
  const tags: boolean[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const norm = normaliseString(rawNormLines[i] ?? raw);
    const end = PICTURE_NOTE_SUFFIX.exec(norm)?.index ?? raw.length;
    const start = markEnd(norm, end);
    // A closing 】 goes with an opening 【: `【新桥今起通车】` → `新桥今起通车`.
    const close = norm.charCodeAt(start - 1) === 0x3010 && norm.charCodeAt(end - 1) === 0x3011 ? end - 1 : end;
    const l = raw.slice(start, close).trim();
    if (l.length === 0) continue;
    lines.push(l);
    normLines.push(norm.slice(start, close).trim());
    tags.push(close < end || isBulletLabel(norm, start, close));
  }
  if (lines.length > 1 && tags[0] === true && !tags.includes(true, 1)) {
    const tagged = columnTagOver(lines, normLines);
    if (tagged !== null) return tagged;
  }
  if (lines.length > 1) joinBrokenLines(lines, normLines);
  const h: Headline = { title: null, kicker: null, subtitle: null };
  const [a, b, c] = lines;
  if (lines.length === 0 || a === undefined) return h;
  if (lines.length === 1) {
    const m = QUOTED_KICKER.exec(a);
    if (m?.groups) return { kicker: m.groups.kicker!, title: m.groups.title!.trim(), subtitle: null };
    return { title: a, kicker: null, subtitle: null };
  }
  if (lines.length === 2 && b !== undefined) {
    const nb = normLines[1] ?? b;
    const na = normLines[0] ?? a;
    if (opensSubtitle(nb)) return { kicker: null, title: a, subtitle: b };
    // A line wholly in brackets under a title notes what it heads (`（摘要）`, `（草案）`): its subtitle, no title.
    if (WHOLLY_BRACKETED.test(nb)) return { kicker: null, title: a, subtitle: b };
    if (COLUMN_TAG.test(nb) && !COLUMN_TAG.test(na)) return { kicker: a, title: b, subtitle: null };
    if (isColumnName(na) || INTRODUCES.test(na) || COLON_END.test(na)) return { kicker: a, title: b, subtitle: null };
    // A name over the title (`本报评论员`): a short word, then a longer line. A
    // longer line of three clauses or more is a subtitle summing up the story
    // under a short title (`电梯装进心里` / `协商在前，补偿到位，矛盾化解在楼道`).
    if (na.length <= COLUMN_NAME_MAX && nb.length >= 2 * na.length && countIn(nb, CLAUSE_MARKS) < 2) return { kicker: a, title: b, subtitle: null };
    // The body that issues a notice over the notice (`中共某某县委组织部` / `干部任前公示`).
    if (ISSUING_BODY.test(na) && NOTICE_TITLE.test(nb)) return { kicker: a, title: b, subtitle: null };
    // An organisation over what it did (`海军某驱逐舰支队` / `千里远海淬砺实战本领`).
    if (nb.length > na.length && ORGANISATION.test(na) && !SAYS_SOMETHING.test(na)) return { kicker: a, title: b, subtitle: null };
    // A line with no predicate over a statement (`装机容量140万千瓦` / `…工程开工`).
    if (isNounKicker(na, nb)) return { kicker: a, title: b, subtitle: null };
    // A theme over the news it heads (`奋力打造区域创新策源地` / `高新区上半年规上工业产值增长11.2%`).
    if (isThemeKicker(na, nb)) return { kicker: a, title: b, subtitle: null };
    // A column label joined by a dot over the title (`聚焦民生实事·城市更新` / `小巷“微改造”　居民“大获得”`).
    if (isDotLabel(na) && !isDotLabel(nb)) return { kicker: a, title: b, subtitle: null };
    return { kicker: null, title: a, subtitle: b };
  }
  return { kicker: a, title: b ?? null, subtitle: c ?? null };
}

/**
 * A column's tag wholly in 【】 over the headline (`【乡村振兴进行时】` /
 * `“麦田管家”上岗 小麦亩产超千斤`) is its kicker, the lines under it its title
 * and subtitle. A one-line brief's title is set in 【】 too (`【新桥今起通车】`),
 * but alone; over a subtitle opening with a dash it is the title (null here).
 * `lines` hold the tag first, without its brackets; the lines under it bear none.
 */
function columnTagOver(lines: string[], normLines: string[]): Headline | null {
  const rest = lines.slice(1);
  const restNorm = normLines.slice(1);
  if (opensSubtitle(restNorm[0]!)) return null;
  if (rest.length > 1) joinBrokenLines(rest, restNorm);
  if (rest.length > 2) return null;
  return { kicker: lines[0]!, title: rest[0]!, subtitle: rest[1] ?? null };
}
