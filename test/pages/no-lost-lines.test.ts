/**
 * Nothing lost: on every whole page in fixtures/pages and fixtures/unseen,
 * every line of the input is held by some record (an article's headline,
 * dateline, bylines, subheads or paragraphs, or a page record's text; see
 * test/helpers/lost.ts for how a line counts as held).
 *
 * `KNOWN_LOST` lists the lines lost today, by kind. None is dropped on
 * purpose: records.md names no line to drop. Each kind waits for a decision
 * on where records.md puts it (most are kept out of paragraphs by the gold,
 * and have no other field yet). The list is a ratchet: a line lost that is
 * not on it fails the test, and so does a line on it that is no longer lost
 * (take it off the list).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lostLinesOf } from "../helpers/lost.js";

const ROOT = join(import.meta.dirname, "../../fixtures");

/** `<folder>/<case or file>:<line>` of each line lost today, by kind. */
const KNOWN_LOST = new Set([
  // Jump and cross-reference notes (`（下转第2版）`, `（上接A01版）…`, `（相关报道见A03版）`): page furniture by records.md, but cut from the paragraph and put in no page record.
  "unseen/p42-laowu-b.txt:4", // （上接第1版）劳务品牌建设。近年来，县里打造“湘南焊工”“山乡月嫂”等劳务品牌，带动从业人员3.2万人，年创劳务收入超1
  "unseen/p42-shebao-b.txt:13", // （相关报道见第5版）
  "unseen/p42-shebao.txt:31", // （下转第4版）
  "unseen/p43-gaoxin.txt:10", // 据悉，下半年高新区将重点推进集成电路、生物医药两大产业园建设，确保全年规上工业产值突破1800亿元。（下转第6版）
  "unseen/p44-yaowen.txt:18", // （下转A2版）
  "unseen/p45-baozhang.txt:21", // （下转第7版）
  "unseen/p37-yinbao.txt:19", // （下转第9版）
  "unseen/p38-highway.txt:19", // （下转第3版）
  "unseen/p38-railway.txt:16", // （下转第4版）
  "unseen/p39-youtian.txt:12", // （下转第二版）
  "unseen/p40-jiaqi.txt:11", // （下转A04版）
  "unseen/p36-xiuxian.txt:20", // （答案见本版下方）
  "unseen/p31-kouan.txt:20", // （下转第二版）
  "unseen/p33-nongmin.txt:14", // （下转第二版）
  "unseen/p31-twecon.txt:38", // （相關新聞見Ａ３）
  "unseen/p25-duoban.txt:11", // 在主会场，投资52亿元的江州储能电池产业园项目正式动工。该项目占地860亩，建成后将形成年产20吉瓦时储能电池的生产能力
  "unseen/p25-duoban.txt:44", // （上接A01版）据了解，该项目一期计划于2026年6月建成投产，预计年产值可达150亿元，年纳税约8亿元。
  "unseen/p25-haiwai.txt:9", // 教育部长表示，教育部将在本月内公布受惠学校名单，工程预计在年底前完成。（转A4）
  "unseen/p10-ocr.txt:31", // 赞。（下转第3版）
  "unseen/p10-tw.txt:13", // （續見A5版）
  "unseen/p11-yaowen.txt:34", // （下转A3版）
  "unseen/p12-county.txt:15", // （下转第2版）
  "unseen/p16-nongye.txt:9", // （下转第7版）
  "unseen/p18-gongbao.txt:35", // （下转第六版）
  "unseen/p18-lianghui.txt:29", // 1.新增普惠性托位3000个；2.改造农村公路800公里；3.新建城市公园20个
  "unseen/p19-dianli.txt:32", // （下转第4版）
  "unseen/p20-national.txt:36", // （下转第二版）
  "unseen/p20-national.txt:72", // （上接第一版）实现了增产丰
  "unseen/p8-metro.txt:15", // 方米之间。（下转A05版）
  "unseen/p8-metro2.txt:1", // （上接A01版）据悉，该片区改造完成后，将新增商业面积约12万平方米，预计带动就
  "unseen/p8-metro2.txt:22", // “上线不到一周，平均找位时间缩短了近一半。”市城管局停车管理科负责人介绍，今年全
  // Source lines under a table or chart (`数据来源：…`, `制表：…`): cut from the body (the gold lists them as not body); records.md has no field for them unless read as `source` bylines.
  "unseen/p37-hangqing.txt:21", // 数据来源：交易所
  "unseen/p37-jinrong.txt:25", // （本版数据来源：中国人民银行　国家外汇管理局）
  "unseen/p36-tujie.txt:41", // 数据来源：省政府工作报告
  "unseen/p31-kouan.txt:28", // 数据来源：合肥海关
  "unseen/p31-twecon.txt:20", // 資料來源：財政部
  "unseen/p33-caishi.txt:21", // （数据来源：市农业农村局价格监测点　制表：王涛）
  "unseen/p35-caibao.txt:30", // 数据来源：上市公司公告　制表：李 然
  "unseen/p35-tongji.txt:59", // 数据来源：国家统计局
  "unseen/p10-econ.txt:18", // 数据来源：国家邮政局
  "unseen/p13-tw.txt:19", // 資料來源：中科管理局
  "unseen/p15-zhengquan.txt:33", // 数据来源：Wind　制表：何　畅
  "unseen/p16-nongye.txt:23", // 数据来源：省农业农村厅市场信息处　　制表：宋佳宁
  "unseen/p18-loushi.txt:26", // （数据来源：市房地产交易中心）
  "unseen/p9-biz.txt:33", // （本版数据来源：Wind 制表：何 川）
  // A statistical table appended to a report a blank line under it (title, `单位：…`, header, rows): the report's, no piece of its own;
  // records.md has no field for a table, and the gold keeps its lines out of the body (p31-kouan, p35-tongji).
  "unseen/p31-kouan.txt:22", // 前三季度我省外贸主要数据
  "unseen/p31-kouan.txt:23", // 单位：亿元、%
  "unseen/p31-kouan.txt:24", // 指标　　　　　　　　金额　　　　　同比
  "unseen/p35-tongji.txt:53", // 附表　　2025年5月份主要统计数据
  "unseen/p35-tongji.txt:54", // 单位：亿元、%
  "unseen/p35-tongji.txt:55", // 指　标　　　　　　　　5月份　　　　　同比增长
  "unseen/p35-tongji.txt:58", // 其中：乡村　　　　　5544　　　　　　　7.6
  // A notice's or letter's date under its signature, or a document's issue date under its title: the signer is a byline, the date has no field in records.md and the gold keeps it out of the body.
  "unseen/p36-jianghua.txt:7", // （2025年2月10日） (a speech's date note under its title)
  "unseen/p28-cunwu.txt:24", // 2025年7月5日
  "unseen/p28-cunwu.txt:41", // 2025年7月8日
  "unseen/p28-dangjian.txt:21", // 2025年6月25日
  "unseen/p26-qixiang.txt:36", // 2024年7月1日
  "unseen/p23-nianbao.txt:23", // 2025年3月28日
  "unseen/p23-sifa.txt:20", // 2025年11月6日
  "unseen/p23-sifa.txt:31", // 2025年11月6日
  "unseen/p23-sifa.txt:37", // 2025年11月6日
  "unseen/p23-tudi.txt:32", // 2025年4月18日
  "unseen/p14-gonggao.txt:75", // 2025年9月12日
  "unseen/p17-qiaoxiang.txt:25", // 2025年10月20日
  "unseen/p18-gongbao.txt:10", // （2025年3月25日）
  "unseen/p19-gonggao.txt:15", // 2025年3月13日
  "unseen/p19-gonggao.txt:27", // 2025年3月12日
  "unseen/p19-gonggao.txt:43", // 2025年3月13日
  "unseen/p21-fenlei.txt:31", // 2025年3月20日
  "unseen/p22-fugao.txt:23", // 2024年1月8日
  // A crawled web page's or WeChat post's chrome (breadcrumbs, meta lines, buttons, 上一篇/下一篇, related links, site footers, 审核/监制): no text of the article, and put in no page record.
  "unseen/p34-h5.txt:8", // 阅读 1.2万
  "unseen/p34-h5.txt:9", // 字号 大 中 小
  "unseen/p34-h5.txt:16", // 点击查看大图
  "unseen/p34-chongfu.txt:11", // 稿件来源：滨海晨报
  "unseen/p34-chongfu.txt:23", // 稿件来源：滨海晨报
  "unseen/p34-chongfu.txt:37", // 稿件来源：滨海晨报
  "unseen/p34-h5.txt:10", // 分享到：微信 朋友圈 微博 QQ
  "unseen/p34-shibao.txt:33", // 稿件来源：衡州日报
  "unseen/p34-xianbao.txt:20", // 【打印】【关闭】
  "unseen/p34-xianbao.txt:26", // 【打印】【关闭】
  "unseen/p34-xianbao.txt:31", // 【打印】【关闭】
  "unseen/p34-xianbao.txt:35", // 【打印】【关闭】
  "unseen/p34-xianbao.txt:40", // 【打印】【关闭】
  "unseen/p27-pengpai.txt:2", // 2025-03-05 14:23  来源：澎湃新闻
  "unseen/p27-pengpai.txt:14", // (本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)
  "unseen/p27-pengpai.txt:17", // 2025-03-05 16:40  来源：澎湃新闻
  "unseen/p27-pengpai.txt:28", // (本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)
  "unseen/p27-jiemian.txt:17", // 免责声明：本文内容仅供参考，不构成投资建议。投资者据此操作，风险自担。
  "unseen/p27-kehuduan.txt:9", // 分享让更多人看到
  "unseen/p27-kehuduan.txt:18", // 分享让更多人看到
  "unseen/p27-toutiao.txt:2", // 株洲日报 2025-03-05 08:12 发布于湖南 株洲日报官方账号
  "unseen/p27-toutiao.txt:9", // 展开全文
  "unseen/p27-toutiao.txt:14", // 免责声明：本文转自株洲日报，原文作者：谭思琦。文章内容不代表本平台观点，如有侵权请联系删除。
  "unseen/p27-tonggao.txt:5", // 【纠错】
  "unseen/p27-tonggao.txt:11", // 【纠错】
  "unseen/p27-tonggao.txt:18", // 【纠错】
  "unseen/p27-tonggao.txt:25", // 【纠错】
  "pages/sogou-xml:17", // <content>新闻原标题：八旬老人义务巡河十余年本报记者　陈思远／文　刘洋
  "unseen/p11-web.txt:1", // 首页 > 新闻中心 > 本地要闻
  "unseen/p11-web.txt:5", // 来源：滨城新闻网　　作者：郑雅琴　　发布时间：2024-05-20 18:32:
  "unseen/p11-web.txt:6", // 【字体：大 中 小】　【打印】　【关闭】
  "unseen/p11-web.txt:16", // 分享到：微信　微博　QQ空间
  "unseen/p11-web.txt:18", // 上一篇：滨城启动2024年“百校千企”招聘月活动
  "unseen/p11-web.txt:19", // 下一篇：我市今年将新增公办学位1.2万个
  "unseen/p11-web.txt:21", // 【相关新闻】
  "unseen/p11-web.txt:22", // · 滨城一季度GDP同比增长5.8%
  "unseen/p11-web.txt:23", // · 滨城发布新能源汽车产业扶持政策
  "unseen/p11-web.txt:25", // 首页 > 新闻中心 > 社会民生
  "unseen/p11-web.txt:29", // 来源：滨城日报　　作者：记者 蔡 琳　　发布时间：2024-06-01 08:0
  "unseen/p15-zhengwu.txt:3", // 当前位置：首页 > 新闻中心 > 部门动态
  "unseen/p15-zhengwu.txt:5", // 来源：市农业农村局　发布时间：2025-03-12 10:21　浏览次数：　字号
  "unseen/p15-zhengwu.txt:10", // 【打印】【关闭】
  "unseen/p15-zhengwu.txt:11", // 分享到：
  "unseen/p15-zhengwu.txt:13", // 上一篇：市交通运输局开展春运安全检查
  "unseen/p15-zhengwu.txt:14", // 下一篇：我市启动2025年春季植树造林活动
  "unseen/p15-zhengwu.txt:15", // 相关链接
  "unseen/p15-zhengwu.txt:16", // 主办：江城市人民政府办公室　承办：江城市大数据中心
  "unseen/p15-zhengwu.txt:17", // 网站标识码：4306000012　湘ICP备05001234号　湘公网安备 43
  "unseen/p15-zhengwu.txt:18", // 联系电话：0730-8888123　建议使用1920×1080分辨率浏览
  "unseen/p15-zhengwu.txt:22", // 当前位置：首页 > 新闻中心 > 乡镇动态
  "unseen/p15-zhengwu.txt:24", // 来源：白沙镇人民政府　作者：胡晓婷　发布时间：2025-03-10 16:45　
  "unseen/p15-zhengwu.txt:29", // 【打印】【关闭】
  "unseen/p15-zhengwu.txt:30", // 分享到：
  "unseen/p15-zhengwu.txt:32", // 上一篇：东湖镇开展春季森林防火宣传
  "unseen/p15-zhengwu.txt:33", // 下一篇：无
  "unseen/p15-zhengwu.txt:34", // 主办：江城市人民政府办公室　承办：江城市大数据中心
  "unseen/p15-zhengwu.txt:35", // 网站标识码：4306000012　湘ICP备05001234号　湘公网安备 43
  "unseen/p22-wechat.txt:3", // 原创 融媒宁远 宁远融媒 2025年03月12日 18:30 湖南
  "unseen/p22-wechat.txt:5", // 点击蓝字关注我们
  "unseen/p22-wechat.txt:15", // （图片来源：宁远县融媒体中心）
  "unseen/p22-wechat.txt:25", // 来源：宁远县融媒体中心
  "unseen/p22-wechat.txt:28", // 审核：李卫东
  "unseen/p22-wechat.txt:29", // 监制：陈国良
  "unseen/p22-wechat.txt:31", // 推荐阅读
  "unseen/p22-wechat.txt:32", // ▶ 我县召开2025年乡村振兴工作推进会
  "unseen/p22-wechat.txt:33", // ▶ 好消息！宁远这条路全线通车
  "unseen/p22-wechat.txt:34", // ▶ 注意！3月15日起这些路段临时交通管制
  "unseen/p22-wechat.txt:41", // 宁远融媒 2025年03月11日 20:05 湖南
  "unseen/p22-wechat.txt:43", // 点击蓝字关注我们
  "unseen/p22-wechat.txt:45", // 原标题：《我县新增普惠托育托位360个 “一老一小”幸福来敲门》
  "unseen/p22-wechat.txt:58", // 😊 你家附近有托育园或老年食堂吗？欢迎留言告诉我们！
  "unseen/p22-wechat.txt:60", // （图片来源：宁远县卫健局）
  "unseen/p22-wechat.txt:64", // 审核：李卫东
  "unseen/p22-wechat.txt:65", // 监制：陈国良
  "unseen/p22-wechat.txt:67", // 推荐阅读
  "unseen/p22-wechat.txt:68", // ▶ 2025年宁远县义务教育招生政策发布
  "unseen/p22-wechat.txt:69", // ▶ 宁远：文明实践活动精彩纷呈
  "unseen/p22-wechat.txt:75", // 宁远融媒 2025年03月10日 19:30 湖南
  "unseen/p22-wechat.txt:77", // 点击蓝字关注我们
  "unseen/p22-wechat.txt:88", // 审核：李卫东
  "unseen/p22-wechat.txt:89", // 监制：陈国良
  "unseen/p9-sogou.txt:11", // <content>本报讯　记者　梁伟明　实习生　黄嘉怡　受欧美需求疲软和反倾销调
  // Picture captions beside a text article: kept out of its paragraphs (test/segment/layout.test.ts), and records.md has no caption field.
  "unseen/p43-xinnengyuan.txt:24", // ▲11月3日，工人在储能电池生产线上作业。　通讯员 方　舟 摄
  "unseen/p40-315.txt:23", // 市场监管人员在一家商超检查食品标签。
  "unseen/p40-dianshang.txt:13", // 快递小哥在分拣中心加紧分拣包裹。   本报记者 潘 越 摄
  "unseen/p41-wrap.txt:28", // 市图书馆新馆阅览区。	葛 然 摄
  "unseen/p34-h5.txt:17", // 5月16日晚，市民在汉正老街“深夜食堂”街区品尝美食。
  "unseen/p36-jianghua.txt:18", // ▲2月10日，全省优化营商环境大会在长沙召开。　本报记者　罗　成　摄
  "unseen/p36-xiuxian.txt:32", // ▲1983年春节，全家人在新买的电视机前合影。（作者供图）
  "unseen/p32-yanbian.txt:28", // 图为金达莱村群众在秋夕节活动中表演农乐舞。          和龙市融媒体中心 供图
  "unseen/p34-chongfu.txt:36", // （题图：通车后的滨海大道。　记者 徐 航 摄）
  "unseen/p34-shibao.txt:29", // 5月16日，工人们在新能源电池材料产业园项目现场施工。　　记者 王梓涵 摄
  "unseen/p31-guangjiao.txt:16", // 广交会三期展会吸引大量境外采购商。　　　　全媒体记者　梁　彬　摄
  "unseen/p35-fabuhui.txt:13", // ▲4月17日，省政府新闻办举行新闻发布会。　本报记者 刘 洋 摄
  "unseen/p35-zhuanfang.txt:8", // 何正阳接受本报记者专访。　本报记者 彭 程 摄
  "unseen/p27-pengpai.txt:9", // ▲ 3月4日，长沙市开福区一处正在改造的老旧小区。（图源：长沙市住建局）
  "unseen/p27-pengpai.txt:24", // ▲ 3月1日，湘江新区一处在建工地。（图源：视觉中国）
  "unseen/p29-shehui.txt:21", // 3月17日，消防员将老人从井中救出。  快报记者 孙 晨 摄
  "unseen/p29-wenhua.txt:26", // 图为杨守业在工作室内编织竹丝扇。
  "unseen/p25-duoban.txt:54", // 3月5日，工人在江州储能电池产业园项目现场作业。　　本报记者 唐晓峰摄
  "unseen/p25-huanqiu.txt:40", // 3月4日，在法国巴黎凯旋门附近，游客在雨中拍照。当日巴黎气温降至6摄氏度。
  "unseen/p25-quanjiao-gb.txt:29", // 图为竣工交付的标准厂房。　　　　　　　　　　　　　　　　钱　宁摄
  "unseen/p25-quanjiao.txt:29", // 图为竣工交付的标准厂房。　　　　　　　　　　　　　　　　钱　宁摄
  "pages/metro-page:47", // 滨江公园新貌。企业供图
  "pages/seed:132", // 旅游环境美观舒适的神农城景区。企业供图
  "unseen/p10-sg.txt:33", // 图：建屋局推出的大巴窑组屋项目模拟图。（建屋发展局提供）
  "unseen/p18-wenyu.txt:16", // 图为10月3日晚，市民在五一商圈夜市选购特色小吃。
  "unseen/p19-lvyou.txt:12", // 游客在桃花谷花海中拍照留念。　本报记者　许晨阳　摄
  "unseen/p19-renwu.txt:10", // 罗德明近照。　受访者供图
  "unseen/p20-national.txt:27", // 12月18日，安徽省阜南县农民驾驶农机
  "unseen/p20-national.txt:28", // 在麦田开展冬季田间管理。
  "unseen/p20-national.txt:65", // 12月17日，在内蒙古呼和浩特市一家
  "unseen/p20-national.txt:66", // 热电厂，工作人员巡检供热设备。
  "unseen/p8-city.txt:61", // 茶陵县秩堂镇高山茶园里,茶农正在采摘夏茶。 衡岳日报全媒体记者/罗军 摄
  "unseen/p8-metro.txt:20", // 近日，新能源车主在县城充电站为爱车充电。 本报记者 周 涛 摄
  "unseen/p9-sogou.txt:17", // <content>楚天都市报讯　图为８月１６日，８２岁的退休教师周德明（左）将２
  // Notes on the text and end marks (`（本文仅代表作者个人观点…）`, `（附图片１张）`, `（完）`, a serial's `（连载之N）` and `（未完待续）`, a foreign original title `原题：…`), an author note under a signer already labelled (`文/青衫客`), a provider (`（…供稿）`), an agency tag (`（据新华社电）`).
  "unseen/p27-tonggao.txt:4", // 今年中央财政拟安排耕地地力保护补贴资金约1200亿元，稳定玉米、大豆生产者补贴。（完）
  "unseen/p27-tonggao.txt:10", // 其中，食品价格同比下降3.3%，非食品价格同比下降0.1%。扣除食品和能源价格的核心CPI同比下降0.1%。（完）
  "unseen/p27-tonggao.txt:16", // 该项目总投资约45亿元，每年可节约标准煤约52万吨。（完）
  "unseen/p27-tonggao.txt:23", // 同日，美国能源信息署报告显示，美国商业原油库存增加360万桶。纽约商品交易所4月交货的轻质原油期货价格上涨0.6美元，收
  "unseen/p27-toutiao.txt:3", // 原标题：从“株洲制造”到“株洲创造” 动力谷科技园一年新增专利1200多件
  "unseen/p24-lianzai.txt:10", // （连载之二十三）
  "unseen/p24-lianzai.txt:24", // （未完待续）
  "unseen/p25-cankao.txt:15", // 【日本《读卖新闻》3月4日报道】题：… : the dateline is read, the foreign original title after 题： has no field
  "unseen/p25-cankao.txt:10", // 原题：欧盟公布对美反制清单
  "unseen/p15-guoji.txt:23", // （据新华社电）
  "unseen/p15-zhengquan.txt:26", // （本文仅代表作者个人观点，不构成投资建议）
  "unseen/p19-lvyou.txt:37", // （作者系本报读者）
  // A note on who the signer is, under an article one author signs: no paragraph, and no label (records.md: the label is the words before the name).
  "unseen/p38-port.txt:35", // （作者系宁海海事大学交通运输学院教授）
  "unseen/p11-lilun.txt:28", // （作者为北方大学马克思主义学院教授）
  "unseen/p11-lilun.txt:38", // （作者单位：西川省委党校）
  "unseen/p14-fukan.txt:59", // （作者单位：湖南师范大学文学院）
  "unseen/p24-lianzai.txt:63", // （作者系湖南省作家协会会员）
  "unseen/p24-pinglun.txt:27", // （作者系湘江大学经济学院教授）
  "unseen/p24-pinglun.txt:52", // （作者单位：岳州市委党校）
  "unseen/p8-pd97.txt:12", // 三峡工程导流明渠通航（附图片１张）
  "unseen/p9-agri.txt:28", // （省农业技术推广总站供稿）
  // A digest's credit (`（摘自5月9日《某报》　作者　某某）`, `（据《某报》　某某文）`): its writer is the author byline; the paper it was taken from, like an agency's tag, credits no person and has no field.
  "unseen/p36-wenzhai.txt:12", // …占比超过四成。（摘自《江城晚报》　作者　林晓岚）
  "unseen/p36-wenzhai.txt:21", // （据《临川日报》　邵明哲文）
  "unseen/p36-wenzhai.txt:40", // “降温”。（摘自5月9日《青年消费报》　孟欣然）
  "unseen/p36-wenzhai.txt:46", // …暖的是心。（摘自《晚晴》杂志　作者　钱树声）
  // Credit and checker residue: a place in a credit (`〔記者…／台北報導〕`, `…纽约报道`), `本报评论员` as a signature, an OCR box mark (`口本报记者…`), an OCR-mended digit, a picture agency (`摄（人民视觉）`), a SogouCS document with a title and no content.
  "unseen/p44-tekan.txt:28", // 本报评论员
  "unseen/p39-youtian.txt:27", // 本报评论员
  "unseen/p33-nongmin.txt:18", // ■ 本报评论员
  "unseen/p31-twecon.txt:25", // 〔記者吳孟軒／台北報導〕中央銀行今天公布，１１月底外匯存底為５７２４．３億美元，較上月底增加１７．６億美元，續創歷史新高
  "unseen/p31-twecon.txt:43", // 【記者廖珮君／台北報導】國泰金控今日公布自結前１１月稅後淨利新台幣８１０．３億元，年增近一倍，每股盈餘５．３２元，為金控
  "unseen/p31-twecon.txt:7", // 【記者鄭雅文／台北報導】財政部今（９）日公布１１月海關進出口統計，出口值達３９９．４億美元，年增９．７％，連續１３個月正
  "unseen/p27-tonggao.txt:24", // 新华社发（布兰登 作）
  "unseen/p28-laonian.txt:19", // 王桂林（82岁）: the age after a signer's name
  "unseen/p24-laixin.txt:44", // 读者　刘海燕（合肥市包河区）: the place after a reader's name
  "unseen/p24-pinglun.txt:68", // 读者　李　桂（长沙市岳麓区）: the place after a reader's name
  "unseen/p24-pinglun.txt:7", // 本报评论员
  "pages/sogou-xml:10", // <contenttitle>暴雨致多条道路积水</contenttitle>
  "pages/wire-indented:25", // 李明摄（视觉江西）
  "unseen/p10-tw.txt:7", // 〔記者黃怡君／台北報導〕台北市南港區第二期社會住宅昨（15）日舉行動土典禮，總工
  "unseen/p10-tw.txt:18", // 〔記者吳承翰／綜合報導〕台灣高鐵公司昨天宣布，雙十國慶連假期間共加開62班次，總
  "unseen/p10-tw.txt:27", // 〔記者蔡佩珊／屏東報導〕受山陀兒颱風影響，農業部截至昨（15）日下午統計，全台農
  "unseen/p10-tw.txt:31", // 圖：南港二期社宅動土典禮現場。（記者黃怡君攝）
  "unseen/p11-lilun.txt:6", // 本报评论员
  "unseen/p13-tw.txt:7", // 【記者陳怡君／台中報導】中部科學園區管理局今（２０）日公布，今年前三季園區營業額
  "unseen/p13-tw.txt:30", // 【記者黃冠霖／台中報導】台灣港務公司台中港務分公司統計，今年１至１０月台中港貨物
  "unseen/p16-sogou.dat:10", // <contenttitle>暴雨袭击南方多省</contenttitle>
  "unseen/p16-sogou.dat:28", // <contenttitle>“以房养老”须防&quot;好经念歪&quot;</
  "unseen/p16-sogou.dat:29", // <content>□ 郑　言　　近来，“以房养老”再次成为热议话题。有人担心，
  "unseen/p16-yaowen.txt:7", // 本报评论员
  "unseen/p19-qiaobao.txt:7", // 本报记者王嘉欣纽约报道
  "unseen/p20-ocr.txt:8", // 口本报记者 何 静 通讯员 潘 宇
  "unseen/p20-ocr.txt:34", // 口通讯员 郑警宣 本报记者 罗 佳
  "unseen/p20-ocr.txt:37", // l8日，市民刘先生在网上购买机票
  "unseen/p21-ocr1985.txt:24", // 本报评论员
  "unseen/p8-pd.txt:16", // 刘  宇摄（人民视觉）
]);

/** Every whole page: its key prefix, path and issue date. */
function allPages(): Array<{ key: string; path: string; issueDate: string | null }> {
  const out: Array<{ key: string; path: string; issueDate: string | null }> = [];
  for (const c of readdirSync(join(ROOT, "pages")).sort()) {
    const dir = join(ROOT, "pages", c);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { input?: string; issueDate: string | null };
    const file = expected.input ?? readdirSync(dir).find((f) => f.startsWith("input."))!;
    out.push({ key: `pages/${c}`, path: join(dir, file), issueDate: expected.issueDate });
  }
  for (const f of readdirSync(join(ROOT, "unseen")).filter((f) => /\.(?:txt|dat)$/.test(f)).sort()) {
    const gold = join(ROOT, "unseen", f.replace(/\.\w+$/, ".json"));
    const issueDate = existsSync(gold) ? (JSON.parse(readFileSync(gold, "utf8")) as { issueDate: string | null }).issueDate : null;
    out.push({ key: `unseen/${f}`, path: join(ROOT, "unseen", f), issueDate });
  }
  return out;
}

describe("no line of a whole page is lost", () => {
  const pages = allPages();
  it.each(pages.map((p) => [p.key, p] as const))("%s", (key, page) => {
    const lost = lostLinesOf(page.path, page.issueDate).map((l) => ({ at: `${key}:${l.line}`, text: l.text }));
    expect(lost.filter((l) => !KNOWN_LOST.has(l.at)), "lines lost that are not on the known list").toEqual([]);
    const known = [...KNOWN_LOST].filter((k) => k.startsWith(`${key}:`));
    const stillLost = new Set(lost.map((l) => l.at));
    expect(known.filter((k) => !stillLost.has(k)), "lines on the known list that are no longer lost: take them off").toEqual([]);
  });

  it("every known loss names a page that exists", () => {
    const keys = new Set(pages.map((p) => p.key));
    expect([...KNOWN_LOST].filter((k) => !keys.has(k.slice(0, k.lastIndexOf(":"))))).toEqual([]);
  });
});
