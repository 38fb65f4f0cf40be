#include "support/fixtures.h"

#include "timeline/dateparser.h"

#include <catch2/catch.hpp>

using namespace dossier;

namespace {

struct Row
{
    const char16_t *text;
    const char *iso;      // expected, at its precision
    const char16_t *written; // nullptr: the whole text
};

// Real formats from tender notices, news reports and notes. Reference year 2024,
// day-first numeric dates.
const Row kRows[] = {
    {u"2024年3月15日", "2024-03-15", nullptr},
    {u"2024年03月05日", "2024-03-05", nullptr},
    {u"2024年3月15号", "2024-03-15", nullptr},
    {u"2024 年 3 月 15 日", "2024-03-15", nullptr},
    {u"二〇二四年三月十五日", "2024-03-15", nullptr},
    {u"二〇二四年十二月三十一日", "2024-12-31", nullptr},
    {u"2024年3月", "2024-03", nullptr},
    {u"二〇二四年三月", "2024-03", nullptr},
    {u"2024年", "2024", nullptr},
    {u"2024年第一季度", "2024-Q1", nullptr},
    {u"2024年二季度", "2024-Q2", nullptr},
    {u"2024年Q3", "2024-Q3", nullptr},
    {u"2024年上半年", "2024-Q1/2024-Q2", nullptr},
    {u"2024年下半年", "2024-Q3/2024-Q4", nullptr},
    {u"2024年3月15日至2024年4月22日", "2024-03-15/2024-04-22", nullptr},
    {u"2024年3月15日至4月22日", "2024-03-15/2024-04-22", nullptr},
    {u"2024年3月至5月", "2024-03/2024-05", nullptr},
    {u"3月15日", "2024-03-15", nullptr},
    {u"发布时间：2024年7月3日", "2024-07-03", u"2024年7月3日"},
    {u"开标时间：2024年4月22日9时30分", "2024-04-22", u"2024年4月22日"},
    {u"公告日期：2024-04-08", "2024-04-08", u"2024-04-08"},
    {u"2024-03-15", "2024-03-15", nullptr},
    {u"2024.3.15", "2024-03-15", nullptr},
    {u"2024/3/15", "2024-03-15", nullptr},
    {u"2024-03", "2024-03", nullptr},
    {u"15/03/2024", "2024-03-15", nullptr},
    {u"05/03/2024", "2024-03-05", nullptr},
    {u"03/25/2024", "2024-03-25", nullptr},
    {u"15.03.2024", "2024-03-15", nullptr},
    {u"March 15, 2024", "2024-03-15", nullptr},
    {u"March 15 2024", "2024-03-15", nullptr},
    {u"Mar. 15, 2024", "2024-03-15", nullptr},
    {u"15 March 2024", "2024-03-15", nullptr},
    {u"15th March 2024", "2024-03-15", nullptr},
    {u"August 23rd, 2024", "2024-08-23", nullptr},
    {u"March 2024", "2024-03", nullptr},
    {u"Sept 2024", "2024-09", nullptr},
    {u"Q2 2024", "2024-Q2", nullptr},
    {u"the second quarter of 2024", "2024-Q2", u"second quarter of 2024"},
    {u"between March and May 2024", "2024-03/2024-05", u"March and May 2024"},
    {u"in May", "2024-05", u"May"},
    {u"since June", "2024-06", u"June"},
    {u"on Aug. 23", "2024-08-23", u"Aug. 23"},
    {u"in 2024", "2024", u"2024"},
    {u"BEIJING, Aug 23 (Reuters)", "2024-08-23", u"Aug 23"},
    // Ranges keep both ends; forms the reference suites found refused (issue 20).
    {u"自2020-05-26至2020-05-29止", "2020-05-26/2020-05-29", u"2020-05-26至2020-05-29"},
    {u"从2018年12月九号到十五号", "2018-12-09/2018-12-15", u"2018年12月九号到十五号"},
    {u"2017年8月11日至8月22日", "2017-08-11/2017-08-22", nullptr},
    {u"2019年4月12-19日", "2019-04-12/2019-04-19", nullptr},
    {u"2024年1-9月", "2024-01/2024-09", nullptr},
    {u"2018年1－9月份", "2018-01/2018-09", nullptr},
    {u"20240307", "2024-03-07", nullptr},
    {u"1999.08-2002.02", "1999-08/2002-02", nullptr},
    {u"2022年首季度", "2022-Q1", nullptr},
    {u"公告期限：2025年05月27日至2025年05月30日", "2025-05-27/2025-05-30", u"2025年05月27日至2025年05月30日"},
};

} // namespace

TEST_CASE("Dates are read in more than 40 Chinese and English formats at their precision", "[dates]")
{
    REQUIRE(std::size(kRows) >= 40);
    DateParser::Options options = DateParser::defaults();
    options.referenceYear = 2024;
    for (const Row &row : kRows) {
        const QString text = QString::fromUtf16(row.text);
        INFO(text.toStdString());
        const auto found = DateParser::find(text, options);
        REQUIRE(found.size() == 1);
        CHECK(found[0].date.toIso() == QString::fromLatin1(row.iso));
        CHECK(found[0].text == (row.written ? QString::fromUtf16(row.written) : text));
        CHECK(text.mid(found[0].start, found[0].end - found[0].start) == found[0].text);
    }
}

TEST_CASE("Lunar dates and codes that look like dates are not read as Gregorian days", "[dates]")
{
    CHECK(DateParser::find(QStringLiteral("农历2023年8月15日")).empty());
    CHECK(DateParser::find(QStringLiteral("阴历二〇二三年八月十五日")).empty());
    CHECK(DateParser::find(QStringLiteral("项目编号：LNJC20190703002")).empty());
    CHECK(DateParser::find(QStringLiteral("ZB-20240307-01")).empty());
}

TEST_CASE("Month-first numeric dates follow the setting unless a part is impossible", "[dates]")
{
    DateParser::Options us = DateParser::defaults();
    us.dayFirst = false;
    CHECK(DateParser::parse(QStringLiteral("05/03/2024"), us)->toIso() == QStringLiteral("2024-05-03"));
    CHECK(DateParser::parse(QStringLiteral("25/03/2024"), us)->toIso() == QStringLiteral("2024-03-25"));
}

TEST_CASE("Without a reference year, dates that lack one are not guessed", "[dates]")
{
    CHECK(DateParser::find(QStringLiteral("in May")).empty());
    CHECK(DateParser::find(QStringLiteral("3月15日")).empty());
    CHECK(DateParser::find(QStringLiteral("项目编号：SZU-2024-0315，500台")).empty());
    CHECK(DateParser::find(QStringLiteral("2024年3月32日")).empty());
}

TEST_CASE("Precision survives a round trip through its ISO form", "[dates]")
{
    for (const char *iso : {"2024-03-15", "2024-03", "2024-Q2", "2024", "2024-03-15/2024-04-22", "2024-03/2024-05",
                            "2024-Q1/2024-Q2"}) {
        const std::optional<FuzzyDate> date = FuzzyDate::fromIso(QString::fromLatin1(iso));
        REQUIRE(date);
        CHECK(date->toIso() == QString::fromLatin1(iso));
    }
    const FuzzyDate march = *FuzzyDate::fromIso(QStringLiteral("2024-03"));
    CHECK(march.precision == FuzzyDate::Precision::Month);
    CHECK(march.start == QDate(2024, 3, 1));
    CHECK(march.end == QDate(2024, 3, 31));
    CHECK_FALSE(FuzzyDate::fromIso(QStringLiteral("2024-13")));
}
