/**
 * Personal names in credits: the surname table, a plausibility test, and the
 * cutting of a run of characters into names.
 *
 * Credits give names in three shapes: separated (`刘晓欢 刘艺锋`), padded to
 * the width of a three-character name (`许 辛` is one name, `许辛`), and glued
 * to the role word or to each other (`全媒体记者陈洲平`). The surname table is
 * what tells these apart; nodejieba's person tags are too noisy for it.
 */

/** Compound (two-character) surnames: `欧阳`, `司马`, `诸葛` … */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
  "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "西门", "独孤", "南宫", "申屠",
  "呼延", "澹台", "万俟", "闻人", "公冶", "宗政", "濮阳", "太史", "仲孙", "钟离",
  "赫连", "淳于", "单于", "司空", "百里", "东郭", "拓跋", "左丘", "乐正", "第五",
  // Taiwanese double surnames (張簡, 范姜, 張廖), folded.
  "张简", "范姜", "张廖",
]);

// Simplified forms; credits are matched on the folded (Simplified) copy.
const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖蔚铁东鄂揭尉从厍丘洪乜木红蒯荀蓟昌言闪植衡黑粘宦束訾" +
  // Common in Taiwan and Hong Kong (賴, 蕭, 湛, 利, 招, 倫, 禤) and further mainland ones.
  "赖萧湛利招伦禤钮贝嵇昝庾谯邴逄郦宓茅凤习郗幸寿滑";

/** Single-character surnames (Simplified). */
export const SURNAMES: ReadonlySet<string> = new Set(SINGLE);

/**
 * Surname characters that are also everyday words: a two-character token
 * starting with one of these is a name only with more evidence than its shape.
 */
const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(
  "和明时海国平家东来都从相原那门全应计位区普花红木玉银战强初支满练盘豆商单解能成向关高文万于方安路连江金石白常包利招伦凤贝习幸寿滑",
);

/**
 * Everyday two-character words whose first character is a surname: the shape
 * of a name, not a name (`安静`, `项目`, `今天` …). Checked at both ends of a
 * token so that `项目为王` and `高速路` are not names either.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    "安静 安全 安排 安徽 项目 高速 高效 高度 高新 高校 高端 高质 方向 方面 方案 方式 方法 万元 万人 王牌 黄金 白天 " +
    "江山 金融 金额 钱包 程序 周末 周年 周边 周围 文化 文明 文件 文章 文艺 常态 平安 平台 平稳 和谐 公开 公司 公共 " +
    "明天 明年 明确 明显 明白 时间 时代 时期 时候 海外 海洋 海关 国家 国际 国内 国外 家庭 家乡 东方 东部 东西 来源 " +
    "来自 都市 都是 从事 从来 相关 相信 相比 原因 原则 原来 原本 全面 全国 全体 全市 全力 全部 应急 应该 应用 关于 " +
    "关键 关注 向上 成功 成立 成果 成绩 成为 成本 路线 路上 路面 连续 连接 石油 史上 任务 任何 马上 宁静 宁可 尚未 " +
    "包括 包装 包容 齐心 齐聚 齐抓 乐观 乐园 乐于 华丽 华夏 温暖 温度 康复 康养 施工 严格 严重 严肃 武装 武警 龙头 毛病 江南 " +
    "冷静 车辆 车站 车间 费用 牛奶 谈话 谈判 党员 党建 党委 景区 景点 景色 简单 简介 甘肃 花园 蓝天 蓝色 苗木 阳光 " +
    "商业 商务 商品 商场 单位 单独 单元 解决 解放 计划 计算 卫生 卫星 卫视 宣传 宣布 卓越 古代 古镇 古老 吉祥 吉林 " +
    "桂花 桂林 信息 伊始 云端 云南 管理 管控 管道 柴油 蒙古 符合 舒适 凌晨 毕业 季度 季节 盛大 游客 游戏 辛苦 南方 " +
    "南北 南京 南昌 班级 班子 储蓄 储备 燕子 皮肤 满意 满足 闻名 海南 权力 权益 权威 强化 强大 强调 豆腐 练习 廉洁 " +
    "祖国 丰富 丰收 支持 支部 平均 平时 索取 晋级 初步 初心 门口 门户 容易 敬老 普通 普及 浦东 薄弱 羊肉 母亲 修复 " +
    "修建 杭州 况且 那些 宿舍 鲜花 印象 印发 隆重 诸多 战略 战斗 战胜 危险 危机 玉米 银行 铁路 洪水 红色 木材 言论 " +
    "左右 柳树 祝贺 宁夏 符号 梅花 童年 纪念 纪律 毕竟 曲线 房屋 房价 尤其 农民 农村 农业 司机 司法 边境 边缘 师生 " +
    "师傅 和平 仇恨 荣誉 沙漠 丛林 仲裁 巩固 池塘 查看 查处 麻烦 迟到 官方 官员 封闭 谈论 惠民 惠及 劳动 劳务 楼盘 " +
    "楼房 盘点 位置 厉害 区域 花卉 国产 巴士 揭示 丘陵 黑色 衡量 申请 申报 孟夏 程度 贺信 贺电 汤圆 齐全 易于 乔迁 " +
    "章程 鲁莽 岳父 殷切 欧洲 耿直 关心 兰花 焦点 左边 柳州 祝福 包头 宁波 尚且 舒服 阮囊 柯桥 凌乱 毕生 单身 季军 " +
    "裴 涂料 成员 苗头 谷底 盛世 曲折 冉冉 骆驼 蓝图 游览 辛勤 管辖 柴火 蒙受 鲍鱼 华为 房地 滕州 屈服 饶恕 解读 " +
    "艾滋 阳台 穆斯 卓有 简称 车票 项链 连日 连年 芦苇 麦田 窦性 戚戚 景德 党中 宫殿 费劲 冷却 晏起 席卷 米饭 柏油 " +
    "宗旨 宗教 全省 佟 应对 边防 师范 和睦 商量 沙发 荣获 巫师 桑田 郎中 甄别 鞠躬 封锁 匡正 惠州 荆州 乐清 冀望 " +
    "郁闷 南宁 储存 原先 燕山 楚国 劳模 皮革 蔺 楼层 满分 闻讯 伊朗 区别 海口 花费 权利 强劲 帅气 屠宰 朴素 盖章 " +
    "练就 禹州 井冈 祖先 漆黑 巴西 丰台 支援 卿卿 国务 狄 平方 计量 索道 宣讲 晋城 相应 初级 门票 云集 容量 敬礼 " +
    "来往 都会 普惠 浦江 戈壁 伏天 鹿茸 薄荷 雍容 羊毛 乌鲁 母婴 修改 赫然 杭嘉 那么 宿迁 鲜艳 逯 隆冬 茹苦 诸如 " +
    "慕名 危房 玉溪 银川 铁道 东莞 鄂州 从而 丘比 洪湖 木头 红旗 昌平 言语 今天 今日 今年 时而 万一 于是 关系 向来 " +
    "成都 金牌 石家 白领 常州 黄河 黄山 江苏 江西 方便 高兴 文字 包含 安置 安定 连线 路过 向着 关门 门前 年轻 " +
    "利用 利益 利润 利率 利好 利于 利民 利息 招商 招聘 招生 招标 招呼 伦理 伦敦 凤凰 贝壳 习惯 习俗 幸福 幸运 幸好 " +
    "寿命 寿司 滑雪 滑坡 滑行 萧条 萧瑟 赖以 湛蓝 湛江 茅台 茅草 " +
    "周一 周二 周三 周四 周五 周六 周日 林业 " +
    // Words of military news that follow a unit's name (`某部官兵`, `某旅连长`).
    "官兵 战士 战友 连长 班长 师长"
  )
    .split(/\s+/)
    .filter((w) => w.length === 2),
);

/** True when `s` (folded) is one of the everyday two-character words that open with a surname (`COMMON_WORDS`: `连日`, `安全`). */
export function isEverydayWord(s: string): boolean {
  return COMMON_WORDS.has(s);
}

/**
 * Cities whose two-character names have a name's shape, a surname then one
 * character, and none of the endings that mark a place (州, 市, 县 …):
 * `（武汉）` closing an item says where it was filed, and signs no one.
 */
const CITIES: ReadonlySet<string> = new Set(
  (
    "武汉 周口 林芝 许昌 安庆 安阳 安顺 安康 金华 江门 江阴 黄冈 黄石 邵阳 岳阳 常德 常熟 宁德 龙岩 南平 南阳 南通 南充 " +
    "唐山 邢台 铁岭 白山 伊春 黑河 宣城 吉安 东营 荆门 衡阳 娄底 阳江 揭阳 云浮 玉林 来宾 毕节 曲靖 普洱 昌都 商洛 " +
    "武威 张掖 平凉 海东 吴忠 和田 沈阳 高雄"
  ).split(/\s+/),
);

/** True when `s` (folded) is the name of a city with a personal name's shape (`CITIES`: `武汉`, `周口`, `林芝`). */
export function isCityName(s: string): boolean {
  return CITIES.has(s);
}

/** Characters that do not stand in personal names but fill headlines and sentences. */
const NON_NAME_CHARS: ReadonlySet<string> = new Set(
  "的了是在不这那们个么与及或就都也把被从对着过吗呢吧啊省市县区镇村局厅部院校厂站队组处科路街道楼层项务员性型式率量度为将以于之其所等些每各该此已未再还又更最很太",
);

const HAN = /^\p{Script=Han}+$/u;
/** A name in Latin script: `Tom Smith`, `Reuters`, `IC`; one to four capitalised words. */
const LATIN_NAME = /^[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}$/u;

/** True when `s` is a name in Latin script (`Tom Smith`, `AFP`), at most 40 characters. */
export function isLatinName(s: string): boolean {
  return s.length <= 40 && LATIN_NAME.test(s);
}

/** True when `s` is written in Han characters only. */
export function isHan(s: string): boolean {
  return HAN.test(s);
}

/** The surname at the start of `s` (compound first), or null. */
export function surnameOf(s: string): string | null {
  const two = s.slice(0, 2);
  if (s.length > 2 && COMPOUND_SURNAMES.has(two)) return two;
  const one = s.slice(0, 1);
  return SURNAMES.has(one) ? one : null;
}

/**
 * True when `s` has the shape of a Chinese personal name and is not an
 * everyday word: a surname, then one or two given-name characters; four
 * characters only behind a compound surname (`欧阳明月`, not `项目为王`).
 * Expects the folded (Simplified) spelling.
 */
export function isPlausibleName(s: string): boolean {
  if (!isHan(s) || s.length < 2 || s.length > 4) return false;
  const surname = surnameOf(s);
  if (surname === null) return false;
  const given = s.slice(surname.length);
  if (given.length < 1 || given.length > 2) return false;
  if (COMMON_WORDS.has(s.slice(0, 2)) || COMMON_WORDS.has(s.slice(-2))) return false;
  for (const ch of given) if (NON_NAME_CHARS.has(ch)) return false;
  return true;
}

/**
 * True when `s` is a name standing apart right after a role word
 * (`记者 胡为民`, `本报记者 王和平`, `通讯员 刘将军`): a surname, then one or
 * two characters (two after a compound surname), whatever they are. The
 * role word is the evidence that a name follows, so the characters that keep
 * everyday words out of `isPlausibleName` (为, 和, 之, 于 …) are allowed here;
 * only a token that is itself an everyday word (`文字`, `平安`) is refused.
 * Expects the folded spelling.
 */
export function isNameAfterRole(s: string): boolean {
  if (!isHan(s) || s.length < 2 || s.length > 4) return false;
  const surname = surnameOf(s);
  if (surname === null) return false;
  const given = s.length - surname.length;
  if (given < 1 || given > 2) return false;
  return !(s.length === 2 && COMMON_WORDS.has(s));
}

/**
 * Characters of a sentence, never of a transliterated or minority name
 * (`阿依努尔`, `买买提江`, `阿不都拉`, `那仁格日乐`, `乌日汗其其格`: 不, 都, 那
 * and 其 do stand in those): particles, pronouns, prepositions, verbs of
 * saying, seeing, going and the newsroom's other verbs (`记者 看到`,
 * `记者 夜访牧民`, `记者 直面难题`: 来, 再 and 让 are left out, `阿不来提`,
 * `再努尔` and `才让` hold them), numerals, and the words of places and offices.
 */
const NOT_IN_SLOT_NAME =
  /[的了是在这们把被从对着过吗呢吧啊与及或就也已于之所等些每各该此为将以到说看要会能给去访题新老民问难听走进出入回做干想找带跟帮送迎聊谈讲答赶跑忙抢守护助建修种养探察查记录报评论述话读写面向一二三四五六七八九十百千万亿省市县区镇村局厅部院校厂站队组处科路街员]/u;
/**
 * Words of reporting and of a bracket's other uses, which a bracket or a
 * line after a role word may hold instead of names: `（记者 综合报道）`,
 * `（记者 现场直击）`, `（记者 调查发现）`, `（本报记者 整理）`, `记者 走进田间地头`,
 * `记者 蹲点手记`, `（本报记者 王芳 根据录音整理）`.
 */
const SLOT_NOT_NAME_WORD = /报道|获悉|了解|采访|发现|表示|介绍|消息|综合|整理|现场|连线|直击|跟踪|调查|编译|来稿|供稿|实习|见习|走进|走访|探访|来到|前往|深入|实地|蹲点|手记|日记|笔记|观察|体验|追踪|随访|一线|田间|记录|聚焦|关注|根据|录音|执笔/u;

/** The longest name a role word's slot takes whole: `乌日汗其其格` (6), `阿依努尔买买提` (7, its dot left out). */
export const MAX_SLOT_NAME = 8;

/**
 * True when `s` (folded), one item standing apart in a role word's slot (after
 * `记者`, `通讯员`, in a bracketed credit `（记者 阿依努尔）`, or before `摄`), is a
 * name: two to eight Han characters, whatever their surname. A role word says
 * a name follows, so transliterated and minority names (`阿依努尔`, `索朗琼达`,
 * `乌日汗其其格`, `哈斯额尔敦`) and four-character Han names (`王小东明`) are
 * taken whole. What is refused is what a slot of words would hold: a
 * character of a sentence (`NOT_IN_SLOT_NAME`), a word of reporting
 * (`SLOT_NOT_NAME_WORD`), or an everyday word at either end (`今天获悉`,
 * `安全生产`). Whether a long run is rather two names glued (`王芳李小明`) is
 * the caller's to ask (`cutNameRun`).
 */
export function isSlotName(s: string): boolean {
  if (s.length < 2 || s.length > MAX_SLOT_NAME || !isHan(s)) return false;
  if (NOT_IN_SLOT_NAME.test(s) || SLOT_NOT_NAME_WORD.test(s)) return false;
  return !(COMMON_WORDS.has(s.slice(0, 2)) || COMMON_WORDS.has(s.slice(-2)));
}

/**
 * A name whose two or three parts a dot sets apart (`阿依努尔·艾尼瓦尔`,
 * `那仁格日乐·宝音`), folded: `·` (and `•`, `・`, `‧`, which fold to it), or
 * what e-paper and OCR text print for it, `.`/`．` and `-`/`－` (`艾力.吐尔洪`,
 * `买买提-艾力`). Between two Han runs in a name's place these are the name's
 * dot; the name is kept as written. Four parts or more are a column's words
 * (`经济·民生·观察·视点`), not a name.
 */
export const DOTTED_NAME = /^\p{Script=Han}+(?:[·.\-]\p{Script=Han}+){1,2}$/u;

/** The longest dotted name taken: `阿卜杜热合曼·艾合买提江` is twelve. */
export const MAX_DOTTED_NAME = 16;

/** True when `s` (folded) is a dotted name (`DOTTED_NAME`) of at most `MAX_DOTTED_NAME` characters. */
export function isDottedName(s: string): boolean {
  return s.length <= MAX_DOTTED_NAME && DOTTED_NAME.test(s);
}

/**
 * The parts Tibetan names are made of, as Chinese writes them (`次仁`, `卓玛`,
 * `扎西`, `格桑` …). A Tibetan name has no surname: two such parts run
 * together make one (`次仁卓玛`, `扎西多吉`, `格桑央金`).
 */
const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set(
  (
    "次仁 才仁 泽仁 卓玛 卓嘎 扎西 格桑 央金 央宗 央拉 达瓦 尼玛 多吉 多杰 拉巴 边巴 平措 旺堆 旺姆 旺久 索朗 索南 " +
    "德吉 德庆 德央 普布 普琼 白玛 洛桑 丹增 旦增 丹巴 益西 曲珍 拉姆 拉珍 拉吉 巴桑 巴珠 次旦 才旦 次珍 顿珠 强巴 " +
    "米玛 琼达 群培 仁青 仁增 贡嘎 措姆 措吉 桑珠 罗布 嘉措 加措 才让 赤列 土登 阿旺 欧珠 朗杰 美朵 边珍 玉珍 尼珍"
  ).split(/\s+/),
);

/** True when `s` (folded) is a Tibetan name of two parts run together (`次仁卓玛`: `TIBETAN_NAME_PARTS`). */
export function isTibetanName(s: string): boolean {
  return s.length === 4 && TIBETAN_NAME_PARTS.has(s.slice(0, 2)) && TIBETAN_NAME_PARTS.has(s.slice(2));
}

/**
 * A stricter test for names that stand with no role word around them
 * (signatures under a commentary headline): besides `isPlausibleName`, a
 * two-character name whose surname is also an everyday word (`安静`, `高速`)
 * is refused.
 */
export function isLikelySignatureName(s: string): boolean {
  if (!isPlausibleName(s)) return false;
  if (s.length === 2 && AMBIGUOUS_SURNAMES.has(s.charAt(0))) return false;
  return true;
}

/**
 * Cuts a run of glued name characters (`周立民蒋文华`, `张三李四`) into names,
 * using the surname table. Two to four characters are one name unless they
 * read as two two-character names; longer runs are cut so that every part is
 * a plausible name, preferring three-character parts (the commonest length).
 * Returns null when no cut makes every part a name.
 */
export function cutNameRun(run: string): string[] | null {
  if (!isHan(run)) return null;
  if (run.length <= 3) return run.length >= 2 ? [run] : null;
  if (run.length === 4) {
    if (COMPOUND_SURNAMES.has(run.slice(0, 2))) return [run];
    const a = run.slice(0, 2);
    const b = run.slice(2);
    if (isPlausibleName(a) && isPlausibleName(b)) return [a, b];
    return [run];
  }
  return cutLong(run);
}

function cutLong(run: string): string[] | null {
  if (run.length === 0) return [];
  for (const size of [3, 2, 4]) {
    if (run.length < size) continue;
    const head = run.slice(0, size);
    if (!isPlausibleName(head)) continue;
    const rest = cutLong(run.slice(size));
    if (rest !== null) return [head, ...rest];
  }
  return null;
}

/** The most pieces `paddedNameLength` reads, and its callers gather: enough to tell three single characters from a longer run. */
export const MAX_PADDED_RUN = 8;

/** True when `s` is one Han character. */
const isHanChar = (s: string | undefined): boolean => s !== undefined && s.length === 1 && isHan(s);

/**
 * How many of `pieces` make one name padded with spaces to a fixed width,
 * reading from the first. `pieces` are the words of a credit or staff line
 * that follow one another with only spaces between them (folded), from where
 * a name may start; the caller stops them at anything else (a role word, a
 * colon, a marker). Papers pad names in three shapes:
 *
 *   2 for `许 辛`: two single characters, a two-character name padded to three
 *   2 for `欧阳 明`: a compound surname and one character
 *   3 for `贾 文 丽`: three single characters, a surname first
 *   0 for anything else
 *
 * A run of exactly three single characters is one name; an even run
 * (`王 芳 李 强`) is padded two-character names, each read from its own start;
 * an odd run of five or more cannot be cut safely (0). Two pieces of two
 * characters (`王芳 李明`, `欧阳 李明`) are two names, never one. A pair of
 * single characters is answered whatever its first character: a reader right
 * after a role word takes a first half that is no surname (`通讯员 气 宣`) and
 * makes its own test; the three-character shapes need a surname here.
 */
export function paddedNameLength(pieces: readonly string[]): number {
  const first = pieces[0];
  if (first === undefined) return 0;
  if (first.length === 2) {
    // `欧阳 明`, `司马 光`: a compound surname set apart from its one given
    // character; what single characters follow pair up (`欧阳 明 李 强`).
    return COMPOUND_SURNAMES.has(first) && singleRun(pieces, 1) % 2 === 1 ? 2 : 0;
  }
  const run = singleRun(pieces, 0);
  if (run === 3) return SURNAMES.has(first) ? 3 : 0;
  return run >= 2 && run % 2 === 0 ? 2 : 0;
}

/** How many single Han characters stand in `pieces` from `from` on (at most `MAX_PADDED_RUN`). */
function singleRun(pieces: readonly string[], from: number): number {
  let run = 0;
  while (run < MAX_PADDED_RUN && isHanChar(pieces[from + run])) run++;
  return run;
}
