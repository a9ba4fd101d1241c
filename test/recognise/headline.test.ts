import { describe, expect, it } from "vitest";
import { splitHeadline } from "../../src/recognise/headline.js";

describe("splitHeadline", () => {
  it.each([
    { lines: ["重阳敬桑榆"], expected: { kicker: null, title: "重阳敬桑榆", subtitle: null } },
    // An organisation's or unit's name over a longer line is the kicker: who did what the title says.
    { lines: ["陆军某合成旅", "高原腹地锤炼夜间攻防"], expected: { kicker: "陆军某合成旅", title: "高原腹地锤炼夜间攻防", subtitle: null } },
    { lines: ["东区消防救援大队", "汛期前完成排涝设备全面检修"], expected: { kicker: "东区消防救援大队", title: "汛期前完成排涝设备全面检修", subtitle: null } },
    { lines: ["城南供电公司", "迎峰度夏保供电一户不落"], expected: { kicker: "城南供电公司", title: "迎峰度夏保供电一户不落", subtitle: null } },
    // A title that ends on such a word but says something, or a shorter line under it, stays title and subtitle.
    { lines: ["走进大山深处的希望小学", "孩子们有了新操场和图书室"], expected: { kicker: null, title: "走进大山深处的希望小学", subtitle: "孩子们有了新操场和图书室" } },
    { lines: ["老旧厂房变身文创中心", "年接待游客超十万人次"], expected: { kicker: null, title: "老旧厂房变身文创中心", subtitle: "年接待游客超十万人次" } },
    { lines: ["我市再添一所公办中学", "秋季起可招收初一新生九百余人"], expected: { kicker: null, title: "我市再添一所公办中学", subtitle: "秋季起可招收初一新生九百余人" } },
    { lines: ["文明新风进乡村", "移风易俗让婚事新办节俭办"], expected: { kicker: null, title: "文明新风进乡村", subtitle: "移风易俗让婚事新办节俭办" } },
    { lines: ["东区消防救援大队", "练兵忙"], expected: { kicker: null, title: "东区消防救援大队", subtitle: "练兵忙" } },
    // A line with no predicate over a statement is its kicker: a figure alone, two slogan halves of one length,
    // or an organisation's or a thing's name over what happened to a quantity.
    { lines: ["装机容量140万千瓦", "皖南抽水蓄能电站主体工程开工"], expected: { kicker: "装机容量140万千瓦", title: "皖南抽水蓄能电站主体工程开工", subtitle: null } },
    { lines: ["总投资92.6亿元", "城北污水处理厂扩建工程开工"], expected: { kicker: "总投资92.6亿元", title: "城北污水处理厂扩建工程开工", subtitle: null } },
    { lines: ["全力冲刺四季度　奋力夺取全年红", "我县重点项目建设跑出“加速度”"], expected: { kicker: "全力冲刺四季度　奋力夺取全年红", title: "我县重点项目建设跑出“加速度”", subtitle: null } },
    { lines: ["稳中求进 奋发有为", "全市经济工作会议召开"], expected: { kicker: "稳中求进 奋发有为", title: "全市经济工作会议召开", subtitle: null } },
    { lines: ["第七届进博会广州交易团", "意向采购金额超百亿元"], expected: { kicker: "第七届进博会广州交易团", title: "意向采购金额超百亿元", subtitle: null } },
    { lines: ["人民币对美元汇率中间价", "升破7.02关口"], expected: { kicker: "人民币对美元汇率中间价", title: "升破7.02关口", subtitle: null } },
    // The reverse order is a title and its subtitle; so are lines that say something, halves of two lengths, two slogans.
    { lines: ["皖南抽水蓄能电站主体工程开工", "装机容量140万千瓦"], expected: { kicker: null, title: "皖南抽水蓄能电站主体工程开工", subtitle: "装机容量140万千瓦" } },
    { lines: ["我市重大项目集中签约", "21个项目签约总额近480亿元"], expected: { kicker: null, title: "我市重大项目集中签约", subtitle: "21个项目签约总额近480亿元" } },
    { lines: ["新增就业1.2万人", "我县稳就业工作成效明显"], expected: { kicker: null, title: "新增就业1.2万人", subtitle: "我县稳就业工作成效明显" } },
    { lines: ["装机容量140万千瓦", "年发电量28亿千瓦时"], expected: { kicker: null, title: "装机容量140万千瓦", subtitle: "年发电量28亿千瓦时" } },
    { lines: ["风光并进　新能源跑出加速度", "全省新能源装机突破5000万千瓦"], expected: { kicker: null, title: "风光并进　新能源跑出加速度", subtitle: "全省新能源装机突破5000万千瓦" } },
    { lines: ["稳中求进　奋发有为", "真抓实干　再创佳绩"], expected: { kicker: null, title: "稳中求进　奋发有为", subtitle: "真抓实干　再创佳绩" } },
    { lines: ["人民币对美元汇率中间价", "连续三日走高"], expected: { kicker: null, title: "人民币对美元汇率中间价", subtitle: "连续三日走高" } },
    { lines: ["老旧小区改造惠及2800户", "城南区今年完成改造项目17个"], expected: { kicker: null, title: "老旧小区改造惠及2800户", subtitle: "城南区今年完成改造项目17个" } },
    { lines: ["一季度全省生猪出栏1428万头", "猪肉产量同比增长2.3%"], expected: { kicker: null, title: "一季度全省生猪出栏1428万头", subtitle: "猪肉产量同比增长2.3%" } },
    { lines: ["寒潮12日抵达", "周末最低气温零下5℃"], expected: { kicker: null, title: "寒潮12日抵达", subtitle: "周末最低气温零下5℃" } },
    { lines: ["早稻喜获丰收　单产再创新高", "全县早稻总产预计达9.6万吨"], expected: { kicker: null, title: "早稻喜获丰收　单产再创新高", subtitle: "全县早稻总产预计达9.6万吨" } },
    { lines: ["进口冷链食品检测中心", "年检测样品超十万批次"], expected: { kicker: "进口冷链食品检测中心", title: "年检测样品超十万批次", subtitle: null } },
    // The body that issues a notice over the notice's kind is its kicker, whatever the lengths.
    { lines: ["中共青禾县委组织部", "干部任前公示"], expected: { kicker: "中共青禾县委组织部", title: "干部任前公示", subtitle: null } },
    { lines: ["青禾县人民政府", "征收土地预公告"], expected: { kicker: "青禾县人民政府", title: "征收土地预公告", subtitle: null } },
    { lines: ["青禾县人民法院", "执行悬赏公告"], expected: { kicker: "青禾县人民法院", title: "执行悬赏公告", subtitle: null } },
    { lines: ["青禾县教育局", "关于做好秋季学期开学工作的通知"], expected: { kicker: "青禾县教育局", title: "关于做好秋季学期开学工作的通知", subtitle: null } },
    // A body's name with marks standing for the name left out (××, XX, ○○) is still a body's name.
    { lines: ["中共××县委组织部", "干部任前公示"], expected: { kicker: "中共××县委组织部", title: "干部任前公示", subtitle: null } },
    { lines: ["ＸＸ县人民政府", "征收土地预公告"], expected: { kicker: "ＸＸ县人民政府", title: "征收土地预公告", subtitle: null } },
    { lines: ["○○村民委员会", "关于召开村民代表大会的通知"], expected: { kicker: "○○村民委员会", title: "关于召开村民代表大会的通知", subtitle: null } },
    // Placeholder marks in a line that names no body: a title and its subtitle.
    { lines: ["××县干部作风建设再加力", "任前公示"], expected: { kicker: null, title: "××县干部作风建设再加力", subtitle: "任前公示" } },
    // Not a body's name over a notice: a title and its subtitle; a communiqué's second line, which goes on from the first.
    { lines: ["全县干部作风建设再加力", "任前公示"], expected: { kicker: null, title: "全县干部作风建设再加力", subtitle: "任前公示" } },
    { lines: ["城西片区周末停电", "供电公司发布通知"], expected: { kicker: null, title: "城西片区周末停电", subtitle: "供电公司发布通知" } },
    { lines: ["青禾县第五届委员会", "第三次全体会议决定"], expected: { kicker: null, title: "青禾县第五届委员会", subtitle: "第三次全体会议决定" } },
    // A column's tag wholly in 【】 over the headline is its kicker, however long the tag and short the title.
    { lines: ["【城乡融合看变化】", "“菜篮子”拎出好日子 大棚蔬菜走俏"], expected: { kicker: "城乡融合看变化", title: "“菜篮子”拎出好日子 大棚蔬菜走俏", subtitle: null } },
    { lines: ["【一线见闻】", "渡口新码头启用"], expected: { kicker: "一线见闻", title: "渡口新码头启用", subtitle: null } },
    { lines: ["【城乡融合看变化】", "渡口新码头启用", "两岸村民出行更方便"], expected: { kicker: "城乡融合看变化", title: "渡口新码头启用", subtitle: "两岸村民出行更方便" } },
    // A brief's title in 【】 alone, over a dash subtitle, or two lines both in 【】: no tag.
    { lines: ["【新桥今起通车】"], expected: { kicker: null, title: "新桥今起通车", subtitle: null } },
    { lines: ["【渡口新码头启用】", "——来自江边村的报道"], expected: { kicker: null, title: "渡口新码头启用", subtitle: "——来自江边村的报道" } },
    // A bracket that does not hold the whole line is no tag.
    { lines: ["【视频】渡口新码头启用", "两岸村民出行更方便"], expected: { kicker: null, title: "【视频】渡口新码头启用", subtitle: "两岸村民出行更方便" } },
    {
      lines: ["“刚培训完就有物业公司来招聘” 市残联打通就业“最后一公里”"],
      expected: { kicker: "“刚培训完就有物业公司来招聘”", title: "市残联打通就业“最后一公里”", subtitle: null },
    },
    // A quotation that is only part of the first half is no kicker.
    { lines: ["防患于未“燃” 市救助管理站开展消防安全演习"], expected: { kicker: null, title: "防患于未“燃” 市救助管理站开展消防安全演习", subtitle: null } },
    { lines: ["落实禁火令 金山街道在行动"], expected: { kicker: null, title: "落实禁火令 金山街道在行动", subtitle: null } },
    {
      lines: ["居然之家茶陵店开业运营", "打造“三个高地” 彰显茶陵担当"],
      expected: { kicker: null, title: "居然之家茶陵店开业运营", subtitle: "打造“三个高地” 彰显茶陵担当" },
    },
    {
      lines: ["能源革命推动高质量发展", "——来自某地论坛的见闻"],
      expected: { kicker: null, title: "能源革命推动高质量发展", subtitle: "——来自某地论坛的见闻" },
    },
    // A line wholly in brackets under a title notes which text of it is printed: the subtitle, never the title.
    { lines: ["临湖县2023年国民经济和社会发展统计公报", "（摘要）"], expected: { kicker: null, title: "临湖县2023年国民经济和社会发展统计公报", subtitle: "（摘要）" } },
    { lines: ["南岭市物业管理条例", "（草案）"], expected: { kicker: null, title: "南岭市物业管理条例", subtitle: "（草案）" } },
    // A tag closing a line's words still makes that line the title.
    { lines: ["城东新区今年建成八所学校", "新增学位一万个（权威发布）"], expected: { kicker: "城东新区今年建成八所学校", title: "新增学位一万个（权威发布）", subtitle: null } },
    {
      lines: ["前三季度某项指标同比增长", "稳中有进，经济运行主基调（权威发布）"],
      expected: { kicker: "前三季度某项指标同比增长", title: "稳中有进，经济运行主基调（权威发布）", subtitle: null },
    },
    {
      lines: ["人民时评", "让数字经济更好惠及民生"],
      expected: { kicker: "人民时评", title: "让数字经济更好惠及民生", subtitle: null },
    },
    {
      lines: ["本报评论员", "牢牢把握高质量发展这个首要任务"],
      expected: { kicker: "本报评论员", title: "牢牢把握高质量发展这个首要任务", subtitle: null },
    },
    // A column name over the title, however short the title.
    { lines: ["人民时评", "民生无小事"], expected: { kicker: "人民时评", title: "民生无小事", subtitle: null } },
    { lines: ["人民论坛", "多为群众办实事"], expected: { kicker: "人民论坛", title: "多为群众办实事", subtitle: null } },
    { lines: ["聚焦全国两会", "代表委员热议新质生产力"], expected: { kicker: "聚焦全国两会", title: "代表委员热议新质生产力", subtitle: null } },
    { lines: ["記者手記", "地方創生不能只靠補助"], expected: { kicker: "記者手記", title: "地方創生不能只靠補助", subtitle: null } },
    { lines: ["聚焦·乡村振兴", "稻田里的“新农人”"], expected: { kicker: "聚焦·乡村振兴", title: "稻田里的“新农人”", subtitle: null } },
    { lines: ["关注·城市更新", "老街区焕发新活力"], expected: { kicker: "关注·城市更新", title: "老街区焕发新活力", subtitle: null } },
    // A line ending in a verb that introduces the next: the next is the title.
    {
      lines: ["中国人民银行决定", "下调金融机构存款准备金率0.5个百分点"],
      expected: { kicker: "中国人民银行决定", title: "下调金融机构存款准备金率0.5个百分点", subtitle: null },
    },
    {
      lines: ["某某在参加代表团审议时强调", "因地制宜发展新质生产力"],
      expected: { kicker: "某某在参加代表团审议时强调", title: "因地制宜发展新质生产力", subtitle: null },
    },
    // Must stay title and subtitle: the first line names no column and introduces nothing.
    { lines: ["中美经贸团队再谈", "双方同意保持沟通"], expected: { kicker: null, title: "中美经贸团队再谈", subtitle: "双方同意保持沟通" } },
    { lines: ["首届数字经济论坛开幕", "百家企业签约落户"], expected: { kicker: null, title: "首届数字经济论坛开幕", subtitle: "百家企业签约落户" } },
    { lines: ["聚焦责任落实 专班专人推项目", "全年新开工项目一百个"], expected: { kicker: null, title: "聚焦责任落实 专班专人推项目", subtitle: "全年新开工项目一百个" } },
    { lines: ["市长表态支持", "——企业家座谈会侧记"], expected: { kicker: null, title: "市长表态支持", subtitle: "——企业家座谈会侧记" } },
    // A short title over a subtitle of three clauses or more: the subtitle sums up the story.
    { lines: ["电梯装进心里", "协商在前，补偿到位，矛盾化解在楼道"], expected: { kicker: null, title: "电梯装进心里", subtitle: "协商在前，补偿到位，矛盾化解在楼道" } },
    { lines: ["春耕正当时", "翻地、育苗、施肥，田间地头一派繁忙"], expected: { kicker: null, title: "春耕正当时", subtitle: "翻地、育苗、施肥，田间地头一派繁忙" } },
    // Must stay a kicker: a short word over a longer line of two clauses or fewer.
    { lines: ["新春走基层", "山村里的年味，越来越浓"], expected: { kicker: "新春走基层", title: "山村里的年味，越来越浓", subtitle: null } },
    // One sentence broken over short lines: one title, joined without a space.
    { lines: ["让每一位老人", "都能享受到", "家门口的养老服务"], expected: { kicker: null, title: "让每一位老人都能享受到家门口的养老服务", subtitle: null } },
    { lines: ["让每一位老人", "都能安享晚年"], expected: { kicker: null, title: "让每一位老人都能安享晚年", subtitle: null } },
    { lines: ["小区门口的", "便民服务站开张了"], expected: { kicker: null, title: "小区门口的便民服务站开张了", subtitle: null } },
    {
      lines: ["让每一位老人", "都能安享晚年", "——我市推进居家养老服务纪实"],
      expected: { kicker: null, title: "让每一位老人都能安享晚年", subtitle: "——我市推进居家养老服务纪实" },
    },
    // A title broken after a verb awaiting its object, the object a thing and its quantity: one title, lines over 10 characters too.
    { lines: ["全市今冬明春将新建改造", "城镇燃气管道三百余公里"], expected: { kicker: null, title: "全市今冬明春将新建改造城镇燃气管道三百余公里", subtitle: null } },
    { lines: ["我市今年将培训", "农村实用人才五千人"], expected: { kicker: null, title: "我市今年将培训农村实用人才五千人", subtitle: null } },
    { lines: ["全省年内计划新建", "保障性住房1.2万套"], expected: { kicker: null, title: "全省年内计划新建保障性住房1.2万套", subtitle: null } },
    // Must stay title and subtitle: the first line a whole clause, its object before its verb; the second a clause of its own.
    { lines: ["城南片区改造已完成", "居民喜迁新居"], expected: { kicker: null, title: "城南片区改造已完成", subtitle: "居民喜迁新居" } },
    { lines: ["新区三所学校将建成", "新增学位4200个"], expected: { kicker: null, title: "新区三所学校将建成", subtitle: "新增学位4200个" } },
    { lines: ["城东老旧小区改造已完成", "总投资约3亿元"], expected: { kicker: null, title: "城东老旧小区改造已完成", subtitle: "总投资约3亿元" } },
    { lines: ["全市燃气管网改造将完成", "受益群众超十万人"], expected: { kicker: null, title: "全市燃气管网改造将完成", subtitle: "受益群众超十万人" } },
    { lines: ["加快推进老旧小区改造", "今年将完成改造一千户"], expected: { kicker: null, title: "加快推进老旧小区改造", subtitle: "今年将完成改造一千户" } },
    { lines: ["三所学校将开学", "新建校舍两万平方米"], expected: { kicker: null, title: "三所学校将开学", subtitle: "新建校舍两万平方米" } },
    // Must stay apart: no line shows that the sentence goes on, or a line is too long to be a broken one.
    { lines: ["幸福是奋斗出来的", "记我市返乡创业青年"], expected: { kicker: null, title: "幸福是奋斗出来的", subtitle: "记我市返乡创业青年" } },
    { lines: ["春风送暖", "百花齐放", "春满人间"], expected: { kicker: "春风送暖", title: "百花齐放", subtitle: "春满人间" } },
    { lines: ["就业形势总体稳定", "就业优先政策持续发力"], expected: { kicker: null, title: "就业形势总体稳定", subtitle: "就业优先政策持续发力" } },
    {
      lines: ["一季度全市居民收入稳步增长的", "背后有哪些新变化"],
      expected: { kicker: null, title: "一季度全市居民收入稳步增长的", subtitle: "背后有哪些新变化" },
    },
    // A kicker that introduces the title: an agency's data release, a reading of data, a colon.
    { lines: ["江城市统计局发布数据", "一季度经济运行平稳"], expected: { kicker: "江城市统计局发布数据", title: "一季度经济运行平稳", subtitle: null } },
    { lines: ["抽样调查显示", "八成市民对公交服务满意"], expected: { kicker: "抽样调查显示", title: "八成市民对公交服务满意", subtitle: null } },
    { lines: ["市气象台：", "本周后期将有明显降温"], expected: { kicker: "市气象台：", title: "本周后期将有明显降温", subtitle: null } },
    // A subtitle whose dash was typed as two 一.
    { lines: ["山村里的流动课堂", "一一记乡村支教老师王丽"], expected: { kicker: null, title: "山村里的流动课堂", subtitle: "一一记乡村支教老师王丽" } },
    // Must stay title and subtitle: `一一` opening words, a data release as the news itself.
    { lines: ["十项民生承诺", "一一兑现到位"], expected: { kicker: null, title: "十项民生承诺", subtitle: "一一兑现到位" } },
    { lines: ["年度统计公报正式发布", "全市经济总量突破三千亿元"], expected: { kicker: null, title: "年度统计公报正式发布", subtitle: "全市经济总量突破三千亿元" } },
    // A theme with no news subject (a slogan verb opening it, a theme's ending, a quoted metaphor) over a statement with its quantity: kicker and title.
    { lines: ["奋力建设内陆开放高地", "经开区前三季度外贸进出口增长9.4%"], expected: { kicker: "奋力建设内陆开放高地", title: "经开区前三季度外贸进出口增长9.4%", subtitle: null } },
    { lines: ["港口经济加速“出海”", "我市集装箱吞吐量首破300万标箱"], expected: { kicker: "港口经济加速“出海”", title: "我市集装箱吞吐量首破300万标箱", subtitle: null } },
    { lines: ["长江沿岸生态修复和绿色发展", "沿江六县去年新增造林面积两万亩"], expected: { kicker: "长江沿岸生态修复和绿色发展", title: "沿江六县去年新增造林面积两万亩", subtitle: null } },
    { lines: ["聚焦2025年中考", "全市3.1万名考生今日赴考"], expected: { kicker: "聚焦2025年中考", title: "全市3.1万名考生今日赴考", subtitle: null } },
    { lines: ["银发生活新时代", "城区新增社区食堂40个"], expected: { kicker: "银发生活新时代", title: "城区新增社区食堂40个", subtitle: null } },
    { lines: ["美丽乡村示范工程", "首批12个示范村通过验收"], expected: { kicker: "美丽乡村示范工程", title: "首批12个示范村通过验收", subtitle: null } },
    // Must stay title and subtitle: the second line a detail opening on a word of will or a verb, a dash, no quantity,
    // a first line naming who (我市…), a shorter second line.
    { lines: ["加快建设城市数据中心", "将新增标准机架2万架"], expected: { kicker: null, title: "加快建设城市数据中心", subtitle: "将新增标准机架2万架" } },
    { lines: ["加快建设城市数据中心", "新增标准机架2万架"], expected: { kicker: null, title: "加快建设城市数据中心", subtitle: "新增标准机架2万架" } },
    { lines: ["奋力打造区域开放高地", "——经开区外贸发展纪实"], expected: { kicker: null, title: "奋力打造区域开放高地", subtitle: "——经开区外贸发展纪实" } },
    { lines: ["全力冲刺全年目标任务", "确保各项工作落地见效"], expected: { kicker: null, title: "全力冲刺全年目标任务", subtitle: "确保各项工作落地见效" } },
    { lines: ["我市推动制造业高质量发展", "前三季度工业投资增长6.1%"], expected: { kicker: null, title: "我市推动制造业高质量发展", subtitle: "前三季度工业投资增长6.1%" } },
    { lines: ["老街区迎来“新生”", "商户增至80家"], expected: { kicker: null, title: "老街区迎来“新生”", subtitle: "商户增至80家" } },
    { lines: ["夏粮收购迎来“开门红”", "全县三天收购小麦1.2万吨"], expected: { kicker: null, title: "夏粮收购迎来“开门红”", subtitle: "全县三天收购小麦1.2万吨" } },
    { lines: ["城区道路“微改造”提速", "年内改造背街小巷30条"], expected: { kicker: null, title: "城区道路“微改造”提速", subtitle: "年内改造背街小巷30条" } },
    // A column label joined by a dot, two short noun halves, over the title: the kicker; not a dotted name in a statement.
    { lines: ["关注民生实事·老旧小区", "楼道亮了　出行顺了"], expected: { kicker: "关注民生实事·老旧小区", title: "楼道亮了　出行顺了", subtitle: null } },
    { lines: ["中国·东盟博览会在邕开幕", "签约项目总额超千亿元"], expected: { kicker: null, title: "中国·东盟博览会在邕开幕", subtitle: "签约项目总额超千亿元" } },
    { lines: ["城乡·融合", "乡村·振兴"], expected: { kicker: null, title: "城乡·融合", subtitle: "乡村·振兴" } },
    // A short column label set after a bullet over the headline: the kicker, as a tag in 【】.
    { lines: ["■乡村振兴进行时", "一个村的“共富经”"], expected: { kicker: "乡村振兴进行时", title: "一个村的“共富经”", subtitle: null } },
    { lines: ["◆一线观察", "渡口新码头启用", "两岸村民出行更方便"], expected: { kicker: "一线观察", title: "渡口新码头启用", subtitle: "两岸村民出行更方便" } },
    // Must stay the title: a brief's title after a bullet, alone, longer than a label, or over a dash subtitle.
    { lines: ["■城西片区周末计划停电"], expected: { kicker: null, title: "城西片区周末计划停电", subtitle: null } },
    { lines: ["■城西片区周末计划停电", "供电公司发布通知"], expected: { kicker: null, title: "城西片区周末计划停电", subtitle: "供电公司发布通知" } },
    { lines: ["■新码头启用", "——来自江边村的报道"], expected: { kicker: null, title: "新码头启用", subtitle: "——来自江边村的报道" } },
    // A title wrapped after its subject: a bare noun phrase over a predicate that needs it, one title.
    { lines: ["全市社会消费品零售总额", "占全省比重达18.5%"], expected: { kicker: null, title: "全市社会消费品零售总额占全省比重达18.5%", subtitle: null } },
    { lines: ["首台国产燃气轮机样机", "在江城下线"], expected: { kicker: null, title: "首台国产燃气轮机样机在江城下线", subtitle: null } },
    { lines: ["全县森林覆盖率", "达到67.2%", "生态环境持续向好"], expected: { kicker: null, title: "全县森林覆盖率达到67.2%", subtitle: "生态环境持续向好" } },
    // Must stay apart: a first line with a clause's particle, a name a kicker gives, a predicate that needs no subject or is a deck.
    { lines: ["乡村振兴的青春答卷", "在希望的田野上"], expected: { kicker: null, title: "乡村振兴的青春答卷", subtitle: "在希望的田野上" } },
    { lines: ["新区三所学校将建成", "达到招生条件"], expected: { kicker: null, title: "新区三所学校将建成", subtitle: "达到招生条件" } },
    { lines: ["人民币对美元汇率中间价", "达7.12关口"], expected: { kicker: "人民币对美元汇率中间价", title: "达7.12关口", subtitle: null } },
    { lines: ["城北新区首宗商业用地挂牌", "占地约3.6万平方米"], expected: { kicker: null, title: "城北新区首宗商业用地挂牌", subtitle: "占地约3.6万平方米" } },
    { lines: ["城东污水处理厂扩建", "实现污水全收集　全处理"], expected: { kicker: null, title: "城东污水处理厂扩建", subtitle: "实现污水全收集　全处理" } },
    {
      lines: ["引题在上", "主题居中", "副题在下"],
      expected: { kicker: "引题在上", title: "主题居中", subtitle: "副题在下" },
    },
    { lines: [], expected: { kicker: null, title: null, subtitle: null } },
  ])("$lines", ({ lines, expected }) => {
    expect(splitHeadline(lines)).toEqual(expected);
  });
});
