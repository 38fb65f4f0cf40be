#include "support/fixtures.h"

#include "import/importservice.h"
#include "search/searchservice.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dossier;
using namespace dossier::test;

namespace {

struct SearchCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;

    SearchCase()
    {
        caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("s.dossier"))).value());
        ImportService service(caseFile->db());
        const QString notice = dir.filePath(QStringLiteral("notice.pdf"));
        writeFile(notice, makePdf({tenderNoticeText(), QStringLiteral("第二页：中标候选人公示期为三日。华为云未参与投标。")}));
        const QString bilingual = dir.filePath(QStringLiteral("report.txt"));
        writeFile(bilingual, encode(QStringLiteral(
            "Zhejiang Lab planned to buy Amazon Web Services for its AI model.\n"
            "之江实验室计划购买亚马逊网络服务用于其人工智能模型。\n"
            "The lab said Alibaba could not supply enough computing power.\n"
            "该实验室表示阿里巴巴无法提供足够的算力。\n"), "UTF-8"));
        const auto outcomes = service.importFiles({notice, bilingual}, {});
        for (const auto &outcome : outcomes)
            REQUIRE(outcome.status == ImportOutcome::Status::Imported);
    }
    std::vector<SearchHit> search(const QString &query)
    {
        return SearchService(caseFile->db()).search(query);
    }
};

bool anyHit(const std::vector<SearchHit> &hits, const QString &needle)
{
    for (const SearchHit &hit : hits)
        if (hit.text.contains(needle))
            return true;
    return false;
}

} // namespace

TEST_CASE("Search finds Chinese of any length in PDFs and translations", "[search]")
{
    SearchCase c;

    SECTION("a long term goes through the index, with page and snippet")
    {
        const auto hits = c.search(QStringLiteral("云达科技有限公司"));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].page == 1);
        CHECK(hits[0].field == SearchHit::Field::Original);
        CHECK(hits[0].snippet.contains(QStringLiteral("[云达科技有限公司]")));
        REQUIRE(hits[0].matches.size() == 1);
        const auto [start, end] = hits[0].matches[0];
        CHECK(hits[0].text.mid(start, end - start) == QStringLiteral("云达科技有限公司"));
    }
    SECTION("two characters")
    {
        const auto hits = c.search(QStringLiteral("中标"));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].page == 2);
        CHECK(hits[0].snippet.contains(QStringLiteral("[中标]")));
        CHECK(c.search(QStringLiteral("华为")).size() == 1);
    }
    SECTION("one character")
    {
        CHECK(anyHit(c.search(QStringLiteral("云")), QStringLiteral("华为云")));
    }
    SECTION("Traditional characters find Simplified text")
    {
        const auto hits = c.search(QStringLiteral("雲達科技"));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].snippet.contains(QStringLiteral("[云达科技]")));
        CHECK(c.search(QStringLiteral("之江實驗室")).size() == 1);
    }
    SECTION("English finds translations, as whole words and any case")
    {
        const auto hits = c.search(QStringLiteral("\"amazon web services\""));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].field == SearchHit::Field::Translation);
        CHECK(hits[0].snippet.contains(QStringLiteral("[Amazon Web Services]")));
        const auto words = c.search(QStringLiteral("services amazon"));
        REQUIRE(words.size() == 1);
        CHECK(words[0].snippet.contains(QStringLiteral("[Amazon] Web [Services]")));
        CHECK(c.search(QStringLiteral("lab")).size() == 2);
        CHECK(c.search(QStringLiteral("ai")).size() == 1); // not "said", "Alibaba"
    }
    SECTION("originals come first, translations fill what the limit leaves")
    {
        SearchService::Options one;
        one.limit = 1;
        const auto lab = SearchService(c.caseFile->db()).search(QStringLiteral("lab"), one);
        REQUIRE(lab.size() == 1);
        CHECK(lab[0].field == SearchHit::Field::Translation);
        const auto cloud = SearchService(c.caseFile->db()).search(QStringLiteral("云"), one);
        REQUIRE(cloud.size() == 1);
        CHECK(cloud[0].field == SearchHit::Field::Original);
    }
    SECTION("mixed Chinese and Latin terms must all match one segment")
    {
        const auto hits = c.search(QStringLiteral("AWS 账号"));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].text.contains(QStringLiteral("亚马逊云服务（AWS）账号")));
        CHECK(c.search(QStringLiteral("A100 华为")).empty());
    }
    SECTION("full-width and spacing variants")
    {
        CHECK(c.search(QStringLiteral("ＳＺＵ－２０２４")).size() == 1);
        CHECK(c.search(QStringLiteral("20 万元")).size() == 1);
    }
    SECTION("nothing and odd input")
    {
        CHECK(c.search(QStringLiteral("   ")).empty());
        CHECK(c.search(QStringLiteral("\"")).empty());
        CHECK(c.search(QStringLiteral("OR AND NOT * ( )")).empty());
        CHECK(c.search(QStringLiteral("不存在的公司名称")).empty());
    }
}

TEST_CASE("A search of more than a thousand words answers instead of failing", "[search][limits]")
{
    SearchCase c;
    // Short Chinese words (a substring scan each), long words (the index) and phrases.
    QStringList words;
    const QString characters = QStringLiteral("采购人中标金额服务器芯片大学实验室公告");
    for (int i = 0; i < 1100; ++i)
        words << QString(characters[i % characters.size()]) + characters[(i / characters.size()) % characters.size()];
    for (int i = 0; i < 1100; ++i)
        words << QStringLiteral("word%1").arg(i);
    std::vector<SearchHit> hits;
    REQUIRE_NOTHROW(hits = c.search(words.join(QLatin1Char(' '))));
    CHECK(hits.empty()); // no text holds every one of them
    // The first words alone still find the notice.
    CHECK_FALSE(c.search(QStringLiteral("采购人 深圳大学")).empty());
}
