// Notices read as a procurement reporter reads them: real notices from portals, and
// notices written here in every layout those portals use.
#include "noticereadings.h"
#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "figures/figureindex.h"
#include "figures/figureparser.h"
#include "figures/tablecolumnunits.h"
#include "documents/documenttitle.h"
#include "import/importservice.h"
#include "entities/entitystore.h"
#include "notices/noticeparties.h"
#include "notices/noticereader.h"
#include "notices/organisationname.h"
#include "casefile/casefile.h"
#include "text/gbkmojibake.h"
#include "text/htmltextextractor.h"
#include "text/segmenter.h"
#include "notices/procurementfields.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace dossier;
using namespace dossier::test;


TEST_CASE("Real award notices give their buyer, winner, amount in yuan and publication date", "[notices][real]")
{
    RealNotices real;
    struct Expected
    {
        const char *file;
        const char16_t *purchaser;
        const char16_t *supplier;
        double yuan;
        const char *published; // empty: the notice does not say
    };
    const Expected expected[] = {
        {"ccgp-gd-longhua-aircon-award.html", u"深圳市龙华科技实验高级中学", u"深圳市金龙空调电器有限公司", 6687900, "2025-05-27"},
        {"ccgp-gz-qingzhen-solar-lamps-award-2025.html", u"清镇市麦格苗族布依族乡人民政府", u"江苏新煦光电科技有限公司", 569800,
         "2025-06-27"},
        {"chinatax-cdn-award-2019.fragment.html", u"国家税务总局", u"网宿科技股份有限公司", 10860000, ""},
        {"lnjd-ggDetails1.jsp.html", u"辽宁机电职业技术学院", u"丹东市滨江服装厂", 269100, "2019-07-17"},
        {"ygyg-ff80808132615ee201326ffa0c631234.jsp.html", u"北京国信商通科技有限公司", u"北京华人方创科技有限公司", 14150,
         "2011-09-16"},
        {"songyuan-fuyu-hospital-ct-tube-award-2023.txt", u"扶余市人民医院", u"上海佐医得贸易商行", 1180000, "2023-06-28"},
    };
    for (const Expected &e : expected) {
        DYNAMIC_SECTION(e.file)
        {
            const NoticeReading r = real.read(QString::fromLatin1(e.file));
            CHECK(value(r, "purchaser") == QString::fromUtf16(e.purchaser));
            CHECK(value(r, "supplier") == QString::fromUtf16(e.supplier));
            CHECK(yuan(r, "award_amount") == Approx(e.yuan).epsilon(0.005));
            CHECK(date(r, "published") == QString::fromLatin1(e.published));
            // One winner each: the bidders' and candidates' tables are no awards.
            REQUIRE(r.awards.size() == 1);
            CHECK(r.awards[0].supplier->value == QString::fromUtf16(e.supplier));
            REQUIRE(r.awards[0].amount);
            CHECK(*r.awards[0].amount->yuan == Approx(e.yuan).epsilon(0.005));
        }
    }
}

TEST_CASE("Real tenders give their budget, ceiling and buyer, and their title is the notice's heading", "[notices][real]")
{
    RealNotices real;
    struct Expected
    {
        const char *file;
        double yuan;
        const char *published;
        const char16_t *title;
    };
    const Expected expected[] = {
        {"lnjd-ggDetails4.jsp.html", 177000, "2019-07-16", u"辽宁机电职业技术学院工作服采购成交公告"},
        {"lnjd-ggDetails6.jsp.html", 1100000, "2019-07-11", u"2#、3#宿舍楼生活环境和公共场所升级改造工程招标公告"},
    };
    for (const Expected &e : expected) {
        DYNAMIC_SECTION(e.file)
        {
            const qint64 id = real.import(QString::fromLatin1(e.file));
            const NoticeReading r = ProcurementFields(real.caseFile->db()).read(id);
            CHECK(value(r, "purchaser") == QStringLiteral("辽宁机电职业技术学院"));
            CHECK(value(r, "agent") == QStringLiteral("辽宁金昌建设工程咨询有限公司"));
            CHECK(yuan(r, "budget") == e.yuan);
            CHECK(yuan(r, "price_ceiling") == e.yuan);
            CHECK(date(r, "published") == QString::fromLatin1(e.published));
            CHECK(r.awards.empty());
            // The page's <title> is JSP left in the file: the notice's heading names it.
            CHECK(DocumentStore(real.caseFile->db()).get(id)->title == QString::fromUtf16(e.title));
            const auto proposals = ProcurementFields(real.caseFile->db()).propose(id);
            REQUIRE_FALSE(proposals.empty());
            CHECK(proposals[0].title.startsWith(QStringLiteral("Tender notice published")));
            CHECK(proposals[0].yuan == e.yuan);
        }
    }
}

TEST_CASE("Chinese drawn as GBK through a Latin font reads back as Chinese", "[notices][real][pdf]")
{
    RealNotices real;
    const qint64 id = real.import(QStringLiteral("pdfjs-XiaoBiaoSong.pdf"));
    QString text;
    for (const SegmentInfo &s : DocumentStore(real.caseFile->db()).segments(id))
        text += s.text;
    text.removeIf([](QChar c) { return c.isSpace(); });
    CHECK(text.contains(QStringLiteral("目录")));
    CHECK(text.contains(QStringLiteral("对国防问题的意见")));
    CHECK(text.contains(QStringLiteral("同各方接洽要有谦逊态度")));
    CHECK(DocumentStore(real.caseFile->db()).get(id)->language == QStringLiteral("zh"));
    // Accented Latin text is left alone.
    CHECK(GbkMojibake::repair(QStringLiteral("Café au lait à Zürich")) == QStringLiteral("Café au lait à Zürich"));
    CHECK(GbkMojibake::repair(QStringLiteral("Ä¿Â¼")) == QStringLiteral("目录"));
}

TEST_CASE("Labels are read in every spelling, spacing and colon", "[notices]")
{
    const NoticeReading r = readText(QStringLiteral("项目编号：ZJ-2024-001\n\n"
                                                    "采 购 人：浙江某某大学\n\n"
                                                    "中标（成交）供应商名称: 杭州云达科技有限公司\n\n"
                                                    "中标（成交）金额：人民币 20万元\n\n"
                                                    "信息发布时间：2024-04-19 10:30\n\n"));
    CHECK(value(r, "project_number") == QStringLiteral("ZJ-2024-001"));
    CHECK(value(r, "purchaser") == QStringLiteral("浙江某某大学"));
    CHECK(value(r, "supplier") == QStringLiteral("杭州云达科技有限公司"));
    CHECK(yuan(r, "award_amount") == 200000);
    CHECK(date(r, "published") == QStringLiteral("2024-04-19"));

    const NoticeReading other = readText(QStringLiteral("招标人：四川大学\n\n成交供应商：四川学动科技有限公司\n\n"
                                                        "成交金额：68,790元\n\n最高投标限价：7万元\n\n发布日期：2024年5月6日\n\n"));
    CHECK(value(other, "purchaser") == QStringLiteral("四川大学"));
    CHECK(value(other, "supplier") == QStringLiteral("四川学动科技有限公司"));
    CHECK(yuan(other, "award_amount") == 68790);
    CHECK(yuan(other, "price_ceiling") == 70000);
    CHECK(date(other, "published") == QStringLiteral("2024-05-06"));
}

TEST_CASE("A label's qualifier is read, and a value ends where the next field begins", "[notices]")
{
    const NoticeReading r = readText(QStringLiteral("中标结果（2024年4月19日）：合肥先进计算中心运营管理有限公司\n\n"
                                                    "采购人：某某大学 中标供应商：北京百度网讯科技有限公司 二、项目名称：算力服务\n\n"));
    CHECK(date(r, "award_date") == QStringLiteral("2024-04-19"));
    REQUIRE(r.awards.size() == 2);
    CHECK(r.awards[0].supplier->value == QStringLiteral("合肥先进计算中心运营管理有限公司"));
    CHECK(r.awards[1].supplier->value == QStringLiteral("北京百度网讯科技有限公司"));
    CHECK(value(r, "purchaser") == QStringLiteral("某某大学"));
    CHECK(value(r, "project_name") == QStringLiteral("算力服务"));
}

TEST_CASE("Sections say whose name the generic label holds", "[notices]")
{
    const NoticeReading r = readText(QStringLiteral("一、采购人信息\n\n名 称：四川大学\n\n地 址：成都市\n\n"
                                                    "二、采购代理机构信息\n\n名称：四川某某招标有限公司\n\n"
                                                    "三、中标信息\n\n供应商名称：四川学动科技有限公司\n\n中标金额：68,790元\n\n"));
    CHECK(value(r, "purchaser") == QStringLiteral("四川大学"));
    CHECK(value(r, "agent") == QStringLiteral("四川某某招标有限公司"));
    CHECK(value(r, "supplier") == QStringLiteral("四川学动科技有限公司"));
    CHECK(yuan(r, "award_amount") == 68790);

    const NoticeReading oneLine = readText(QStringLiteral("一、采购人信息 名 称：深圳大学 地址：深圳市南山区\n\n"));
    CHECK(value(oneLine, "purchaser") == QStringLiteral("深圳大学"));
    // Without a section, 名称 names nothing.
    CHECK(value(readText(QStringLiteral("名称：某某设备\n\n")), "purchaser").isEmpty());
}

TEST_CASE("A multi-package award table in a GBK page gives one award per package", "[notices][html]")
{
    QTemporaryDir dir;
    const QString html = QStringLiteral(
        "<html><head><meta charset=\"gbk\"><title>某某大学算力服务中标结果公告</title></head><body>"
        "<p>发布日期：2024年5月6日</p><p>采购人：某某大学</p><p>一、中标结果：</p>"
        "<table><tr><td>包号</td><td>中标供应商名称</td><td>中标金额（万元）</td></tr>"
        "<tr><td>1</td><td>甲云科技有限公司</td><td>121.5</td></tr>"
        "<tr><td>2</td><td>乙算力服务有限公司</td><td>86</td></tr></table>"
        "<p>二、投标供应商名单</p>"
        "<table><tr><td>投标供应商</td><td>报价（元）</td></tr><tr><td>丙科技有限公司</td><td>900000</td></tr></table>"
        "</body></html>");
    const QString path = dir.filePath(QStringLiteral("packages.html"));
    writeFile(path, encode(html, "GBK"));
    auto caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("c.dossier"))).value());
    const ImportOutcome outcome = ImportService(caseFile->db()).importFile(path, {});
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);
    ProcurementFields fields(caseFile->db());
    const NoticeReading r = fields.read(outcome.documentId);
    REQUIRE(r.awards.size() == 2);
    CHECK(r.awards[0].package == QStringLiteral("1"));
    CHECK(r.awards[0].supplier->value == QStringLiteral("甲云科技有限公司"));
    CHECK(*r.awards[0].amount->yuan == 1215000);
    CHECK(*r.awards[1].amount->yuan == 860000);
    const auto proposals = fields.propose(outcome.documentId);
    REQUIRE(proposals.size() == 2);
    CHECK(proposals[0].date.toIso() == QStringLiteral("2024-05-06"));
    CHECK(proposals[0].title.contains(QStringLiteral("package 1")));
    CHECK(proposals[1].title.contains(QStringLiteral("乙算力服务有限公司")));
    // Each proposal quotes its own row.
    CHECK(proposals[0].quote == QStringLiteral("甲云科技有限公司\t121.5"));
    CHECK(proposals[0].segmentId != proposals[1].segmentId);
}

TEST_CASE("A table whose cells each became a line is read by column", "[notices]")
{
    const NoticeReading r = readText(QStringLiteral("4、成交结果：\n\n包号\n\n成交供应商名称\n\n成交金额(元)\n\n"
                                                    "001\n\n丹东某某服装厂\n\n269100.00\n\n002\n\n丹东某某经销处\n\n56100.00\n\n"
                                                    "5、磋商小组成员名单：\n\n张三\n\n"));
    REQUIRE(r.awards.size() == 2);
    CHECK(r.awards[0].package == QStringLiteral("001"));
    CHECK(r.awards[0].supplier->value == QStringLiteral("丹东某某服装厂"));
    CHECK(*r.awards[0].amount->yuan == 269100);
    CHECK(r.awards[1].supplier->value == QStringLiteral("丹东某某经销处"));
    CHECK(*r.awards[1].amount->yuan == 56100);
}

TEST_CASE("Word's table export keeps a row on one line", "[notices][html]")
{
    const NoticeReading r = readHtml(QStringLiteral(
        "<p>成交结果：</p><table><tr><td><p class=MsoNormal><span>包号</span></p></td>"
        "<td><p class=MsoNormal><span>成交供应商名称</span></p></td><td><p class=MsoNormal>成交金额(元)</p></td></tr>"
        "<tr><td><p>001</p></td><td><p>丹东市滨江服装厂</p></td><td><p>269100.00</p></td></tr></table>"));
    REQUIRE(r.awards.size() == 1);
    CHECK(r.awards[0].supplier->value == QStringLiteral("丹东市滨江服装厂"));
    CHECK(*r.awards[0].amount->yuan == 269100);
}

TEST_CASE("Units stated elsewhere, ranges, and numbers that are no amounts", "[notices][figures]")
{
    const NoticeReading note = readText(QStringLiteral("价格单位：万元\n\n中标供应商：某某科技有限公司\n\n中标金额：121.5\n\n"));
    CHECK(yuan(note, "award_amount") == 1215000);
    const NoticeReading header = readHtml(QStringLiteral(
        "<table><tr><td>序号</td><td>中标供应商</td><td>中标金额（单位：元）</td></tr>"
        "<tr><td>1</td><td>某某科技有限公司</td><td>56,000</td></tr></table>"));
    REQUIRE(header.awards.size() == 1);
    CHECK(*header.awards[0].amount->yuan == 56000);
    const NoticeReading range = readText(QStringLiteral("预算金额：50-80万元\n\n"));
    CHECK(yuan(range, "budget") == 500000);
    REQUIRE(range.field("budget")->yuanHigh);
    CHECK(*range.field("budget")->yuanHigh == 800000);
    // A rate is no amount; a placeholder is no value.
    CHECK(yuan(readText(QStringLiteral("中标金额：下浮率5%\n\n")), "award_amount") == -1);
    CHECK(value(readText(QStringLiteral("采购人：详见招标文件\n\n")), "purchaser").isEmpty());

    // Clock times, phone numbers and postcodes are no figures.
    for (const char16_t *text : {u"2025年05月27日 20:20 来源：中国政府采购网", u"联系电话：0755-23338582",
                                 u"联系方式：13984083455", u"开标时间：9:30", u"邮编：100085"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(FigureParser::parse(QString::fromUtf16(text)).empty());
    }
}
