// A claim set written against the demo case: true figures and wrong ones (wrong values,
// and right values said of the wrong buyer or product). "Supported" must never be said of
// a wrong one; the README reports precision and recall from this test's output.
#include "support/fixtures.h"

#include "demo/democase.h"
#include "factcheck/claimchecker.h"
#include "casefile/casefile.h"
#include "translations/glossary.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dossier;

namespace {

struct LabelledClaim
{
    const char16_t *text;
    const char16_t *figure; // the figure of the claim that is checked, as written
    bool true_;             // whether the sources state it of that subject
};

const LabelledClaim kClaims[] = {
    {u"Shenzhen University paid 200,000 yuan for an AWS account.", u"200,000 yuan", true},
    {u"The Shenzhen University account ran for 12 months.", u"12 months", true},
    {u"Zhejiang Lab's tender had a budget of 184,000 yuan.", u"184,000 yuan", true},
    {u"Zhejiang Lab wanted 500 cloud servers.", u"500 cloud servers", true},
    {u"Each Zhejiang Lab server was to carry eight Nvidia A100 chips.", u"eight Nvidia A100 chips", true},
    {u"Zhejiang Lab sought 40 million tokens of model calls.", u"40 million tokens", true},
    {u"Sichuan University paid 68,790 yuan for Claude access.", u"68,790 yuan", true},
    {u"Sichuan University's contract covered 40 million tokens.", u"40 million tokens", true},
    {u"The Suzhou institute paid 184,000 yuan to the Hefei Advanced Computing Center.", u"184,000 yuan", true},
    {u"The Suzhou institute's lease ran for 6 months.", u"6 months", true},
    {u"Shenzhen University could end the contract after an outage of 24 hours.", u"24 hours", true},
    {u"Shenzhen University's supplier had 5 working days to open the account.", u"5 working days", true},
    {u"Shenzhen University paid 148,000 yuan.", u"148,000 yuan", false},
    {u"Zhejiang Lab's budget was 200,000 yuan.", u"200,000 yuan", false},
    {u"Zhejiang Lab wanted 8 servers.", u"8 servers", false},
    {u"Each Zhejiang Lab server carried eight Nvidia H100 chips.", u"eight Nvidia H100 chips", false},
    {u"Sichuan University's contract covered 4 million tokens.", u"4 million tokens", false},
    {u"Sichuan University paid 184,000 yuan.", u"184,000 yuan", false},
    {u"The Suzhou institute paid 200,000 yuan.", u"200,000 yuan", false},
    {u"The Suzhou institute's lease ran for 12 months.", u"12 months", false},
    {u"The Shenzhen University account ran for 6 months.", u"6 months", false},
    {u"Zhejiang Lab wanted 5,000 servers.", u"5,000 servers", false},
    {u"Sichuan University bought 500 servers.", u"500 servers", false},
    {u"Shenzhen University paid 68,790 yuan.", u"68,790 yuan", false},
    {u"The Hefei Advanced Computing Center supplied 500 servers.", u"500 servers", false},
    {u"Zhejiang Lab sought 4 billion tokens.", u"4 billion tokens", false},
    {u"Sichuan University paid 200,000 yuan.", u"200,000 yuan", false},
    {u"Zhejiang Lab's servers carried 8 chips each.", u"8 chips", true},
    {u"Shenzhen University's account covered 8 servers.", u"8 servers", false},
    {u"Zhejiang Lab's budget was 68,790 yuan.", u"68,790 yuan", false},
};

} // namespace

TEST_CASE("On a claim set, no wrong figure is reported as supported", "[factcheck][claimset]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claims.dossier"));
    REQUIRE(DemoCase::create(path).ok());
    auto caseFile = std::move(CaseFile::open(path).value());
    Glossary glossary(caseFile->db());
    glossary.add(QStringLiteral("深圳大学"), QStringLiteral("Shenzhen University"));
    glossary.add(QStringLiteral("之江实验室"), QStringLiteral("Zhejiang Lab"));
    glossary.add(QStringLiteral("四川大学"), QStringLiteral("Sichuan University"));
    glossary.add(QStringLiteral("苏州高等研究院"), QStringLiteral("Suzhou institute"));
    glossary.add(QStringLiteral("合肥先进计算中心"), QStringLiteral("Hefei Advanced Computing Center"));
    ClaimChecker checker(caseFile->db());

    int truePositive = 0, falsePositive = 0, trueClaims = 0, candidatesOnly = 0;
    for (const LabelledClaim &c : kClaims) {
        const CheckedClaim checked = checker.checkClaim(QString::fromUtf16(c.text));
        const auto figure = std::find_if(checked.figures.begin(), checked.figures.end(), [&](const ClaimFigure &f) {
            return f.figure.text == QString::fromUtf16(c.figure);
        });
        INFO(QString::fromUtf16(c.text).toStdString());
        REQUIRE(figure != checked.figures.end());
        trueClaims += c.true_ ? 1 : 0;
        if (figure->supported()) {
            (c.true_ ? truePositive : falsePositive) += 1;
            CHECK(c.true_); // a wrong figure reported as supported
        } else if (c.true_) {
            candidatesOnly += figure->matches.empty() ? 0 : 1;
            UNSCOPED_INFO("true but not supported: " << QString::fromUtf16(c.text).toStdString());
        }
    }
    const int supported = truePositive + falsePositive;
    WARN("claim set: " << std::size(kClaims) << " claims, " << trueClaims << " true; supported " << supported
                       << " (precision " << (supported ? 100 * truePositive / supported : 100) << "%), recall "
                       << 100 * truePositive / trueClaims << "% (" << truePositive << " of " << trueClaims << "); "
                       << candidatesOnly << " true ones left as candidates");
    CHECK(falsePositive == 0);
    CHECK(truePositive * 10 >= trueClaims * 9);
}
