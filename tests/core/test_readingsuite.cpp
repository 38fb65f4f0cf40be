// The figures and dates of tender phrasing, class by class: at least 95% exact, and no
// wrong value given with confidence. `dossier-reading-suite` prints the same table for
// the README.
#include "support/fixtures.h"
#include "support/readingsuite.h"

#include <catch2/catch.hpp>

using namespace dossier::test;

namespace {

void checkScores(const std::vector<ClassScore> &scores, const QStringList &failures)
{
    for (const QString &f : failures)
        UNSCOPED_INFO(f.toStdString());
    for (const ClassScore &s : scores) {
        INFO(s.cls.toStdString() << ": " << s.exact << " of " << s.total << " exact, " << s.wrong << " wrong");
        CHECK(s.wrong == 0);
        CHECK(s.exact * 100 >= s.total * 95);
    }
}

} // namespace

TEST_CASE("The suite's figures are read exactly, class by class", "[figures][suite]")
{
    const auto cases = figureSuite();
    REQUIRE(cases.size() >= 300);
    QStringList failures;
    checkScores(scoreFigures(cases, &failures), failures);
}

TEST_CASE("The suite's dates are read exactly, class by class", "[dates][suite]")
{
    const auto cases = dateSuite();
    REQUIRE(cases.size() >= 300);
    QStringList failures;
    checkScores(scoreDates(cases, &failures), failures);
}

TEST_CASE("Chinese numerals are written as people write them", "[figures][suite]")
{
    CHECK(chineseNumber(184000, true) == QStringLiteral("壹拾捌万肆仟"));
    CHECK(chineseNumber(640143, false) == QStringLiteral("六十四万零一百四十三"));
    CHECK(chineseNumber(100001000, false) == QStringLiteral("一亿零一千"));
    CHECK(chineseNumber(20050, false) == QStringLiteral("二万零五十"));
}
