#include "support/fixtures.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "factcheck/claimchecker.h"
#include "factcheck/claimstore.h"
#include "factcheck/exchangerate.h"
#include "factcheck/outletcomparison.h"
#include "figures/figureconsistency.h"
#include "import/importservice.h"
#include "casefile/casefile.h"
#include "translations/glossary.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dossier;
using namespace dossier::test;

namespace {

struct FactCheckCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;

    FactCheckCase()
    {
        const QString path = dir.filePath(QStringLiteral("fc.dossier"));
        REQUIRE(DemoCase::create(path).ok());
        caseFile = std::move(CaseFile::open(path).value());
        // A source stating the rate the story used.
        const QString rate = dir.filePath(QStringLiteral("rate.txt"));
        writeFile(rate, encode(QStringLiteral("中国人民银行公告：2024年8月23日，1美元兑7.1440元人民币。\n"), "GB18030"));
        REQUIRE(ImportService(caseFile->db()).importFile(rate, {}).status == ImportOutcome::Status::Imported);
        Glossary glossary(caseFile->db());
        glossary.add(QStringLiteral("深圳大学"), QStringLiteral("Shenzhen University"));
        glossary.add(QStringLiteral("之江实验室"), QStringLiteral("Zhejiang Lab"));
        glossary.add(QStringLiteral("四川大学"), QStringLiteral("Sichuan University"));
    }
};

const ClaimFigure *figureWritten(const CheckedClaim &claim, const QString &text)
{
    for (const ClaimFigure &figure : claim.figures)
        if (figure.figure.text == text)
            return &figure;
    return nullptr;
}

} // namespace

TEST_CASE("Exchange rates are read in English and Chinese", "[factcheck]")
{
    struct Row { const char16_t *text; const char *base; const char *quote; double rate; };
    const Row rows[] = {
        {u"1 USD = 7.1440 CNY", "USD", "CNY", 7.144},
        {u"$1 = 7.14 yuan", "USD", "CNY", 7.14},
        {u"at 7.1440 yuan per dollar", "USD", "CNY", 7.144},
        {u"1美元兑7.1440元人民币", "USD", "CNY", 7.144},
        {u"美元兑人民币汇率为7.1440", "USD", "CNY", 7.144},
        {u"1 EUR = 7.8 CNY", "EUR", "CNY", 7.8},
    };
    for (const Row &row : rows) {
        INFO(QString::fromUtf16(row.text).toStdString());
        const auto rates = ExchangeRateFinder::find(QString::fromUtf16(row.text));
        REQUIRE(rates.size() == 1);
        CHECK(rates[0].base == QString::fromLatin1(row.base));
        CHECK(rates[0].quote == QString::fromLatin1(row.quote));
        CHECK(rates[0].rate == Approx(row.rate));
    }
}

TEST_CASE("A draft with right and wrong figures is checked against Chinese sources", "[factcheck]")
{
    FactCheckCase c;
    const QString draft = QStringLiteral(
        "Shenzhen University spent 200,000 yuan ($27,996) on an AWS account. "
        "Zhejiang Lab planned to buy 500 servers, each with eight Nvidia A100 chips. "
        "The lab's budget was 148,000 yuan. "
        "Sichuan University paid 68,790 yuan ($9,000) for access to Claude. "
        "The contract covered 4 million tokens.");
    const std::vector<CheckedClaim> claims = ClaimChecker(c.caseFile->db()).checkDraft(draft);
    REQUIRE(claims.size() == 5);

    // 1. Right amount, found in the Shenzhen University notice first; right conversion.
    const ClaimFigure *amount = figureWritten(claims[0], QStringLiteral("200,000 yuan"));
    REQUIRE(amount);
    REQUIRE_FALSE(amount->matches.empty());
    CHECK(amount->matches.front().source.figure.text == QStringLiteral("20万元"));
    CHECK(amount->matches.front().source.documentTitle.startsWith(QStringLiteral("深圳大学")));
    CHECK(amount->matches.front().nearName);
    CHECK(amount->matches.front().source.page == 1);
    REQUIRE(claims[0].conversions.size() == 1);
    CHECK(claims[0].conversions[0].consistent);
    CHECK(claims[0].conversions[0].expected == Approx(27995.52).margin(0.01));
    CHECK(claims[0].conversions[0].arithmetic.contains(QStringLiteral("200,000 CNY ÷ 7.1440")));

    // 2. Counts found as 500台 and 八块.
    const ClaimFigure *servers = figureWritten(claims[1], QStringLiteral("500 servers"));
    REQUIRE(servers);
    REQUIRE_FALSE(servers->matches.empty());
    CHECK(servers->matches.front().source.figure.text == QStringLiteral("500台"));
    const ClaimFigure *chips = figureWritten(claims[1], QStringLiteral("eight Nvidia A100 chips"));
    REQUIRE(chips);
    REQUIRE_FALSE(chips->matches.empty());
    CHECK(chips->matches.front().source.figure.text == QStringLiteral("八块"));

    // 3. The budget was 184,000, not 148,000: no source has the claimed value.
    const ClaimFigure *budget = figureWritten(claims[2], QStringLiteral("148,000 yuan"));
    REQUIRE(budget);
    CHECK(budget->matches.empty());

    // 4. Right amount, wrong dollar conversion.
    REQUIRE(claims[3].conversions.size() == 1);
    CHECK_FALSE(claims[3].conversions[0].consistent);
    const ClaimFigure *contract = figureWritten(claims[3], QStringLiteral("68,790 yuan"));
    REQUIRE(contract);
    CHECK_FALSE(contract->matches.empty());

    // 5. 4000万 is 40 million, not 4 million.
    const ClaimFigure *tokens = figureWritten(claims[4], QStringLiteral("4 million tokens"));
    REQUIRE(tokens);
    CHECK(tokens->matches.empty());
}

TEST_CASE("Verdicts and frozen evidence are kept and a changed source is flagged", "[factcheck]")
{
    FactCheckCase c;
    ClaimStore store(c.caseFile->db());
    const qint64 claim = store.add(QStringLiteral("Shenzhen University spent 200,000 yuan."));
    qint64 segmentId = 0;
    QString segmentText;
    for (const DocumentInfo &d : DocumentStore(c.caseFile->db()).list())
        for (const SegmentInfo &s : DocumentStore(c.caseFile->db()).segments(d.id))
            if (s.text.contains(QStringLiteral("20万元")) && !segmentId) {
                segmentId = s.id;
                segmentText = s.text;
            }
    REQUIRE(segmentId);
    const int start = int(segmentText.indexOf(QStringLiteral("20万元")));
    store.addEvidence(claim, segmentId, start, start + 4);
    store.setVerdict(claim, {Verdict::Supported, QStringLiteral("Award notice, p. 1"), QStringLiteral("checker"),
                             QStringLiteral("2024-08-23T10:00:00Z")});

    auto loaded = store.claim(claim);
    REQUIRE(loaded);
    CHECK(loaded->verdict == Verdict::Supported);
    REQUIRE(loaded->evidence.size() == 1);
    CHECK(loaded->evidence[0].quote == QStringLiteral("20万元"));
    CHECK(loaded->evidence[0].page == 1);
    CHECK_FALSE(loaded->evidence[0].sha256.isEmpty());
    CHECK_FALSE(loaded->needsRecheck);

    // The source text changes (say an OCR correction): the quote stays as cited, and
    // the verdict asks for a re-check.
    Statement update = c.caseFile->db().prepare(QStringLiteral("UPDATE segments SET text = ? WHERE id = ?"));
    update.bind(1, segmentText.replace(QStringLiteral("20万元"), QStringLiteral("30万元"))).bind(2, segmentId).exec();
    loaded = store.claim(claim);
    CHECK(loaded->evidence[0].quote == QStringLiteral("20万元"));
    CHECK(loaded->evidence[0].changed);
    CHECK(loaded->needsRecheck);
}

TEST_CASE("Markdown drafts split into clean claims", "[factcheck]")
{
    const QStringList claims = ClaimChecker::splitClaims(QStringLiteral(
        "# Chips through the cloud\n\n"
        "- **Shenzhen University** spent [200,000 yuan](https://example.org) on an account.\n"
        "- It reached *500 servers*.\n"));
    CHECK(claims == QStringList{QStringLiteral("Chips through the cloud"),
                                QStringLiteral("Shenzhen University spent 200,000 yuan on an account."),
                                QStringLiteral("It reached 500 servers.")});
}

TEST_CASE("The same value is not the same fact: kind, counted thing and product must agree", "[factcheck][precision]")
{
    FactCheckCase c;
    // A source with the number eight in every other sense: a spaced date, servers, H100 cards.
    const QString decoys = c.dir.filePath(QStringLiteral("decoys.txt"));
    writeFile(decoys, encode(QStringLiteral("之江实验室设备台账\n\n2024年8 月 23 日，实验室新增8台服务器。\n\n"
                                            "另采购8块 H100 加速卡，依据合同第8条执行。\n"),
                             "UTF-8"));
    REQUIRE(ImportService(c.caseFile->db()).importFile(decoys, {}).status == ImportOutcome::Status::Imported);
    ClaimChecker checker(c.caseFile->db());
    const CheckedClaim claim =
        checker.checkClaim(QStringLiteral("Zhejiang Lab planned to buy 500 servers, each with eight Nvidia A100 chips."));
    const ClaimFigure *chips = figureWritten(claim, QStringLiteral("eight Nvidia A100 chips"));
    REQUIRE(chips);
    CHECK(chips->thing == QStringLiteral("chip"));
    REQUIRE(chips->matches.size() == 1);
    CHECK(chips->matches[0].source.figure.text == QStringLiteral("八块"));
    UNSCOPED_INFO(chips->matches[0].why.join(QStringLiteral("; ")).toStdString());
    CHECK(chips->matches[0].supports());
    CHECK(chips->matches[0].why.join(QLatin1Char(' ')).contains(QStringLiteral("A100 named beside it")));
    // 500台 supports 500 servers; the eight servers are no support for chips.
    const ClaimFigure *servers = figureWritten(claim, QStringLiteral("500 servers"));
    REQUIRE(servers);
    REQUIRE_FALSE(servers->matches.empty());
    CHECK(servers->supported());

    // A claim about eight servers finds the 8台 and nothing else.
    const CheckedClaim machines = checker.checkClaim(QStringLiteral("The lab added 8 servers."));
    REQUIRE(machines.figures.size() == 1);
    for (const FigureMatch &m : machines.figures[0].matches)
        CHECK(m.source.figure.text == QStringLiteral("8台"));

    // A right value with nothing to say what it is stays a candidate, never support.
    const CheckedClaim bare = checker.checkClaim(QStringLiteral("Shenzhen University spent 200,000 yuan."));
    REQUIRE(bare.figures.size() == 1);
    CHECK(bare.figures[0].supported());
    const CheckedClaim other = checker.checkClaim(QStringLiteral("Zhejiang Lab spent 200,000 yuan."));
    REQUIRE(other.figures.size() == 1);
    for (const FigureMatch &m : other.figures[0].matches)
        CHECK_FALSE(m.supports()); // the 20万元 is Shenzhen University's, not Zhejiang Lab's
}

TEST_CASE("Exchange rates in every form a newsroom prints them", "[factcheck]")
{
    struct Row { const char16_t *text; const char *base; double rate; };
    const Row rows[] = {
        {u"($1 = 7.1440 Chinese yuan renminbi)", "USD", 7.144},
        {u"(1 美元 = 7.1440 中国人民币)", "USD", 7.144},
        {u"converted at 7.14 yuan to the dollar", "USD", 7.14},
        {u"(£1 = 9.12 yuan)", "GBP", 9.12},
        {u"(€1 = 7.80 yuan)", "EUR", 7.8},
        {u"USD/CNY 7.1440", "USD", 7.144},
        {u"1 US dollar equals 7.1 yuan", "USD", 7.1},
    };
    for (const Row &row : rows) {
        INFO(QString::fromUtf16(row.text).toStdString());
        const auto rates = ExchangeRateFinder::find(QString::fromUtf16(row.text));
        REQUIRE(rates.size() == 1);
        CHECK(rates[0].base == QString::fromLatin1(row.base));
        CHECK(rates[0].quote == QStringLiteral("CNY"));
        CHECK(rates[0].rate == Approx(row.rate));
    }
}

TEST_CASE("Spaced and full-width dates and numbers raise no false translation warning", "[factcheck][translation]")
{
    CHECK(FigureConsistency::missing(QStringLiteral("2024年8 月 23 日，合同金额２０万元。"),
                                     QStringLiteral("On August 23, 2024, the contract was worth 200,000 yuan."))
              .empty());
    CHECK(FigureConsistency::missing(QStringLiteral("采购８ 台服务器"), QStringLiteral("bought eight servers")).empty());
}

TEST_CASE("Outlets reporting the same fact with different conversions are lined up and checked", "[factcheck][outlets]")
{
    FactCheckCase c;
    ClaimChecker checker(c.caseFile->db());
    const auto article = [&](const QString &text) { return checker.checkDraft(text); };
    const std::vector<OutletComparison::Article> articles = {
        {QStringLiteral("Agency"), article(QStringLiteral("Shenzhen University paid 200,000 yuan ($27,996) for an AWS account. "
                                                          "($1 = 7.1440 Chinese yuan renminbi)"))},
        {QStringLiteral("Daily"), article(QStringLiteral("Shenzhen University paid 200,000 yuan (£21,925) for the account. "
                                                         "(£1 = 9.1220 yuan)"))},
        {QStringLiteral("Weekly"), article(QStringLiteral("Shenzhen University spent 200,000 yuan ($28,500) on AWS."))},
    };
    const std::vector<OutletFact> facts = OutletComparison::compare(articles);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].source.figure.text == QStringLiteral("20万元"));
    REQUIRE(facts[0].statements.size() == 3);
    CHECK(facts[0].disagreement);
    const QString notes = facts[0].notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("Agency gives 27,996 USD, Weekly gives 28,500 USD")));
    CHECK(notes.contains(QStringLiteral("Weekly: $28,500 does not follow")));
    CHECK(notes.contains(QStringLiteral("GBP")));
    CHECK_FALSE(notes.contains(QStringLiteral("Daily: £21,925 does not follow")));
}
