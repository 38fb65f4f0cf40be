// Who a notice names and what becomes of them: parties in prose, organisation names,
// titles, money columns, and the entities and relation a notice yields.
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

TEST_CASE("Parties named in prose and several winners without a table", "[notices]")
{
    const NoticeReading r = readText(QStringLiteral(
        "受辽宁机电职业技术学院委托，辽宁金昌建设工程咨询有限公司对新生运动服采购项目进行了竞争性磋商。\n\n"
        "第一包 中标供应商：甲服装有限公司 中标金额：10万元\n\n第二包 中标供应商：乙服饰有限公司 中标金额：20万元\n\n"));
    CHECK(value(r, "purchaser") == QStringLiteral("辽宁机电职业技术学院"));
    CHECK(value(r, "agent") == QStringLiteral("辽宁金昌建设工程咨询有限公司"));
    REQUIRE(r.awards.size() == 2);
    CHECK(*r.awards[0].amount->yuan == 100000);
    CHECK(r.awards[1].supplier->value == QStringLiteral("乙服饰有限公司"));
    CHECK(*r.awards[1].amount->yuan == 200000);

    const NoticeReading decided = readText(QStringLiteral("经评审，确定深圳某某科技有限公司为本项目的中标供应商。\n\n"));
    CHECK(value(decided, "supplier") == QStringLiteral("深圳某某科技有限公司"));
    // A clause about winners in general names none.
    CHECK(readText(QStringLiteral("中标、成交供应商为注册地在国家级贫困县域内物业公司的，应公告其证明。\n\n")).awards.empty());
}

TEST_CASE("Organisation names are found by their form", "[notices][entities]")
{
    const auto found = OrganisationName::find(
        QStringLiteral("受辽宁机电职业技术学院委托，辽宁金昌建设工程咨询有限公司对项目进行磋商；代理：深圳交易集团有限公司龙华分公司。"
                       "Contracted by Sichuan Xuedong Technology Co., Ltd. and Shenzhen University."));
    QStringList names;
    for (const FoundOrganisation &f : found)
        names << f.name;
    CHECK(names == QStringList{QStringLiteral("辽宁机电职业技术学院"), QStringLiteral("辽宁金昌建设工程咨询有限公司"),
                               QStringLiteral("深圳交易集团有限公司龙华分公司"), QStringLiteral("Sichuan Xuedong Technology Co., Ltd."),
                               QStringLiteral("Shenzhen University")});
    // A suffix inside a longer name is no end; a particle after a suffix is one.
    const auto longer = OrganisationName::find(QStringLiteral("通过合肥先进计算中心运营管理有限公司转售，卖给了Anthropic公司"));
    REQUIRE(longer.size() == 2);
    CHECK(longer[0].name == QStringLiteral("合肥先进计算中心运营管理有限公司"));
    CHECK(longer[1].name == QStringLiteral("Anthropic公司"));
    CHECK(OrganisationName::typeOf(QStringLiteral("辽宁机电职业技术学院")) == EntityType::Buyer);
    CHECK(OrganisationName::typeOf(QStringLiteral("清镇市麦格苗族布依族乡人民政府")) == EntityType::GovernmentBody);
    CHECK(OrganisationName::typeOf(QStringLiteral("合肥先进计算中心运营管理有限公司")) == EntityType::Intermediary);
    CHECK(OrganisationName::firstOfList(QStringLiteral("含山县城乡供水有限公司、含山县仙踪镇人民政府")) ==
          QStringLiteral("含山县城乡供水有限公司"));
}

TEST_CASE("A document's title is its heading when the file declares none worth the name", "[notices][import]")
{
    const QStringList lines = {QStringLiteral("%@ page import=\"gka.resource.Constant\" %>"), QStringLiteral("详细信息"),
                               QStringLiteral("辽宁机电职业技术学院新生运动服采购成交公告"), QStringLiteral("1、采购项目名称：运动服")};
    CHECK(DocumentTitle::choose(QStringLiteral("<%@ page import=\"x\" %>"), lines, QStringLiteral("f.html")) ==
          QStringLiteral("辽宁机电职业技术学院新生运动服采购成交公告"));
    CHECK(DocumentTitle::choose(QStringLiteral("项目编号："), {QStringLiteral("一、项目信息"), QStringLiteral("项目名称：CDN加速服务项目")},
                                QStringLiteral("f.html")) == QStringLiteral("CDN加速服务项目"));
    CHECK(DocumentTitle::choose(QStringLiteral("Reuters: Chinese universities buy AI chips"), {}, QString()) ==
          QStringLiteral("Reuters: Chinese universities buy AI chips"));
}

TEST_CASE("Bare numbers under a money column's header are amounts in yuan", "[notices][figures]")
{
    RealNotices real;
    const qint64 id = real.import(QStringLiteral("lnjd-ggDetails1.jsp.html"));
    const auto figures = FigureIndex(real.caseFile->db()).figures(id);
    const bool found = std::any_of(figures.begin(), figures.end(), [](const IndexedFigure &f) {
        return f.figure.kind == Figure::Kind::Money && f.figure.value == 269100 && f.figure.unit == QStringLiteral("CNY");
    });
    CHECK(found);

    TableColumnUnits columns;
    std::vector<Figure> header = FigureParser::parse(QStringLiteral("序号\t供应商\t中标价（万元）\t数量"));
    columns.apply(QStringLiteral("序号\t供应商\t中标价（万元）\t数量"), header);
    const QString row = QStringLiteral("1\t某某有限公司\t121.5\t3");
    std::vector<Figure> cells = FigureParser::parse(row);
    columns.apply(row, cells);
    REQUIRE(cells.size() == 3);
    CHECK(cells[0].kind == Figure::Kind::Number);
    CHECK(cells[1].kind == Figure::Kind::Money);
    CHECK(cells[1].value == 1215000);
    CHECK(cells[2].kind == Figure::Kind::Number);
}

TEST_CASE("A notice's parties become entities, mentions and a cited relation in one step", "[notices][entities]")
{
    RealNotices real;
    const qint64 id = real.import(QStringLiteral("ccgp-gz-qingzhen-solar-lamps-award-2025.html"));
    const NoticeSuggestions s = NoticeParties::suggest(real.caseFile->db(), id);
    REQUIRE(s.parties.size() == 3);
    CHECK(s.parties[0].name == QStringLiteral("清镇市麦格苗族布依族乡人民政府"));
    CHECK(s.parties[0].role == QStringLiteral("purchaser"));
    CHECK(s.parties[0].type == EntityType::GovernmentBody);
    CHECK(s.parties[1].name == QStringLiteral("江苏新煦光电科技有限公司"));
    CHECK(s.parties[1].role == QStringLiteral("supplier"));
    CHECK(s.parties[2].role == QStringLiteral("agent"));
    REQUIRE(s.deals.size() == 1);
    CHECK(*s.deals[0].yuan() == 569800);
    CHECK(s.deals[0].award.quote.startsWith(QStringLiteral("江苏新煦光电科技有限公司")));
    CHECK(s.deals[0].award.quote.endsWith(QStringLiteral("569800.00(元)")));

    EntityStore store(real.caseFile->db());
    const std::vector<qint64> created = NoticeParties::accept(store, s, {true, true, false}, {true});
    CHECK(created.size() == 2);
    const std::vector<Relation> relations = store.relations();
    REQUIRE(relations.size() == 1);
    CHECK(relations[0].fromId == created[0]);
    CHECK(relations[0].toId == created[1]);
    CHECK(relations[0].note.contains(QStringLiteral("569,800")));
    REQUIRE(store.mentionsOf(created[1]).size() == 1);
    CHECK(store.mentionsOf(created[1])[0].status == Mention::Status::Confirmed);

    // Read again, the parties are the case's entities and nothing is made twice.
    const NoticeSuggestions again = NoticeParties::suggest(real.caseFile->db(), id);
    CHECK(again.parties[0].entityId == created[0]);
    CHECK(NoticeParties::accept(store, again, {true, true, false}, {false}).empty());
}

TEST_CASE("A unit in the label's brackets and other portals' labels", "[notices]")
{
    const NoticeReading r = readText(QStringLiteral("采购人（甲方）：某某市第一中学\n\n中标报价（万元）：35.8\n\n"
                                                    "中标供应商：某某教育科技有限公司\n\n公告发布时间：2023-11-02 09:00:00\n\n"
                                                    "预算金额(元)：400000\n\n集中采购机构：某某市公共资源交易中心\n\n"));
    CHECK(value(r, "purchaser") == QStringLiteral("某某市第一中学"));
    CHECK(yuan(r, "award_amount") == 358000);
    CHECK(yuan(r, "budget") == 400000);
    CHECK(date(r, "published") == QStringLiteral("2023-11-02"));
    CHECK(value(r, "agent") == QStringLiteral("某某市公共资源交易中心"));
    // A tender's ceiling "if any" and a budget in 万元 with its currency after.
    const NoticeReading tender = readText(QStringLiteral("预算金额：123.000000 万元（人民币）\n\n最高限价（如有）：120.000000 万元（人民币）\n\n"));
    CHECK(yuan(tender, "budget") == 1230000);
    CHECK(yuan(tender, "price_ceiling") == 1200000);
}
