#include "support/fixtures.h"

#include "figures/chinesenumerals.h"
#include "figures/figureparser.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QRegularExpression>

#include <random>

using namespace dossier;

namespace {

struct Expected
{
    const char16_t *text;
    double value;
    Figure::Kind kind;
    const char *unit;
    const char16_t *written; // the span that must be found; nullptr = the whole text
};

using K = Figure::Kind;

// Every example of the design notes and the issue, and the forms tender notices use.
const Expected kTable[] = {
    {u"200,000", 200000, K::Number, "", nullptr},
    {u"20万元", 200000, K::Money, "CNY", nullptr},
    {u"20 万元人民币", 200000, K::Money, "CNY", nullptr},
    {u"¥184,000.00", 184000, K::Money, "CNY", nullptr},
    {u"人民币壹拾捌万肆仟元整", 184000, K::Money, "CNY", nullptr},
    {u"4000万个", 4e7, K::Count, "个", nullptr},
    {u"1.2亿", 1.2e8, K::Number, "", nullptr},
    {u"$27,996", 27996, K::Money, "USD", nullptr},
    {u"40 million", 4e7, K::Number, "", nullptr},
    {u"500台", 500, K::Count, "台", nullptr},
    {u"8块", 8, K::Count, "块", nullptr},
    {u"八个", 8, K::Count, "个", nullptr},
    {u"二十台", 20, K::Count, "台", nullptr},
    {u"四千万个", 4e7, K::Count, "个", nullptr},
    {u"贰拾万元整", 200000, K::Money, "CNY", nullptr},
    {u"壹拾捌万肆仟元", 184000, K::Money, "CNY", nullptr},
    {u"２０万元", 200000, K::Money, "CNY", nullptr},
    {u"１８４，０００元", 184, K::Number, "", u"１８４"},
    {u"RMB 200,000", 200000, K::Money, "CNY", nullptr},
    {u"CNY 1.5 million", 1.5e6, K::Money, "CNY", nullptr},
    {u"200,000 yuan", 200000, K::Money, "CNY", nullptr},
    {u"200,000 yuan ($27,996)", 200000, K::Money, "CNY", u"200,000 yuan"},
    {u"spent 200,000 yuan ($27,996) on", 27996, K::Money, "USD", u"$27,996"},
    {u"US$1.2 million", 1.2e6, K::Money, "USD", nullptr},
    {u"$3bn", 3e9, K::Money, "USD", nullptr},
    {u"$1.2m", 1.2e6, K::Money, "USD", nullptr},
    {u"£500", 500, K::Money, "GBP", nullptr},
    {u"€2,500", 2500, K::Money, "EUR", nullptr},
    {u"HK$800", 800, K::Money, "HKD", nullptr},
    {u"100美元", 100, K::Money, "USD", nullptr},
    {u"50万美元", 500000, K::Money, "USD", nullptr},
    {u"3000英镑", 3000, K::Money, "GBP", nullptr},
    {u"10万欧元", 100000, K::Money, "EUR", nullptr},
    {u"500 dollars", 500, K::Money, "USD", nullptr},
    {u"68.79万元", 687900, K::Money, "CNY", nullptr},
    {u"184,000 renminbi", 184000, K::Money, "CNY", nullptr},
    {u"人民币20万元", 200000, K::Money, "CNY", nullptr},
    {u"￥200000", 200000, K::Money, "CNY", nullptr},
    {u"USD 27,996", 27996, K::Money, "USD", nullptr},
    {u"5000元", 5000, K::Money, "CNY", nullptr},
    {u"3万亿元", 3e12, K::Money, "CNY", nullptr},
    {u"一百零五万元", 1050000, K::Money, "CNY", nullptr},
    {u"三亿五千万元", 3.5e8, K::Money, "CNY", nullptr},
    {u"两万元", 20000, K::Money, "CNY", nullptr},
    {u"十五台", 15, K::Count, "台", nullptr},
    {u"40 million tokens", 4e7, K::Count, "tokens", nullptr},
    {u"40 million Microsoft Azure OpenAI tokens", 4e7, K::Count, "tokens", nullptr},
    {u"500 cloud servers", 500, K::Count, "servers", nullptr},
    {u"eight Nvidia A100 chips", 8, K::Count, "chips", nullptr},
    {u"eight A100s", 8, K::Number, "", u"eight"},
    {u"500 servers, each with eight A100s", 500, K::Count, "servers", u"500 servers"},
    {u"12 GPUs", 12, K::Count, "gpus", nullptr},
    {u"1,000 accounts", 1000, K::Count, "accounts", nullptr},
    {u"forty-five servers", 45, K::Count, "servers", nullptr},
    {u"two hundred chips", 200, K::Count, "chips", nullptr},
    {u"forty million tokens", 4e7, K::Count, "tokens", nullptr},
    {u"12个月", 12, K::Count, "个月", nullptr},
    {u"5个工作日", 5, K::Count, "个", u"5个"},
    {u"24小时", 24, K::Count, "小时", nullptr},
    {u"1个账号", 1, K::Count, "个", u"1个"},
    {u"3张显卡", 3, K::Count, "张", u"3张"},
    {u"服务器500台", 500, K::Count, "台", u"500台"},
    {u"每台配备八块英伟达A100芯片", 8, K::Count, "块", u"八块"},
    {u"4000万个词元", 4e7, K::Count, "个", u"4000万个"},
    {u"25%", 25, K::Percent, "", nullptr},
    {u"2.5 percent", 2.5, K::Percent, "", nullptr},
    {u"30 per cent", 30, K::Percent, "", nullptr},
    {u"百分之二十", 20, K::Percent, "", nullptr},
    {u"下浮率12%", 12, K::Percent, "", u"12%"},
    {u"１５％", 15, K::Percent, "", nullptr},
    {u"100至200台", 100, K::Count, "台", nullptr},
    {u"100-200万元", 1e6, K::Money, "CNY", nullptr},
    {u"between 100 and 200 servers", 100, K::Number, "", u"100"},
    {u"1.5", 1.5, K::Number, "", nullptr},
    {u"the 11 entities", 11, K::Count, "entities", u"11 entities"},
    {u"more than 50 tender documents", 50, K::Count, "documents", u"50 tender documents"},
    {u"Prices fell 3.2%", 3.2, K::Percent, "", u"3.2%"},
    {u"成交金额：20万元（人民币贰拾万元整）", 200000, K::Money, "CNY", u"20万元"},
    {u"预算金额：184,000元", 184000, K::Money, "CNY", u"184,000元"},
    {u"中标金额 68.79 万元", 687900, K::Money, "CNY", u"68.79 万元"},
    {u"合同金额为68,790元", 68790, K::Money, "CNY", u"68,790元"},
    {u"about 1,200 GPUs", 1200, K::Count, "gpus", u"1,200 GPUs"},
    {u"five hundred servers", 500, K::Count, "servers", nullptr},
    {u"twelve months", 12, K::Count, "months", nullptr},
};

} // namespace

TEST_CASE("The figure parser reads every written form in the table", "[figures]")
{
    REQUIRE(std::size(kTable) >= 80);
    for (const Expected &row : kTable) {
        const QString text = QString::fromUtf16(row.text);
        const QString written = row.written ? QString::fromUtf16(row.written) : text;
        INFO(text.toStdString());
        const std::vector<Figure> figures = FigureParser::parse(text);
        const auto found = std::find_if(figures.begin(), figures.end(),
                                        [&](const Figure &f) { return f.text == written; });
        if (found == figures.end()) {
            for (const Figure &f : figures)
                UNSCOPED_INFO("found: " << f.text.toStdString() << " = " << f.value);
            FAIL("no figure written as " << written.toStdString());
            continue;
        }
        CHECK(found->value == Approx(row.value));
        CHECK(Figure::kindName(found->kind) == Figure::kindName(row.kind));
        CHECK(found->unit == QString::fromUtf8(row.unit));
        CHECK(text.mid(found->start, found->end - found->start) == written);
    }
}

TEST_CASE("Dates and identifiers are not figures", "[figures]")
{
    for (const char16_t *text : {u"2024年3月15日", u"SZU-2024-0315", u"2024-03-15", u"Nvidia A100 and H100",
                                 u"统一社会信用代码", u"千万不要", u"发布时间：2024年7月3日", u"5G network"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(FigureParser::parse(QString::fromUtf16(text)).empty());
    }
}

TEST_CASE("Ranges keep both ends", "[figures]")
{
    const auto figures = FigureParser::parse(QStringLiteral("预算100-200万元"));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].value == 1e6);
    REQUIRE(figures[0].high.has_value());
    CHECK(*figures[0].high == 2e6);
}

namespace {

// Formats a value in one of the written styles the parser must read back.
QString formatIn(int style, qint64 value)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    switch (style) {
    case 0:
        return QLocale::c().toString(value) + QStringLiteral("元"); // 184,000元
    case 1:
        return QStringLiteral("$") + QLocale::c().toString(value);
    case 2:
        return QString::number(value) + QStringLiteral(" yuan");
    case 3: { // financial numerals, as on a contract: 壹拾捌万肆仟元整
        QString out = QStringLiteral("人民币");
        const qint64 wan = value / 10000, rest = value % 10000;
        auto four = [&](qint64 n, bool leadingZero) {
            const QString units[] = {QStringLiteral("仟"), QStringLiteral("佰"), QStringLiteral("拾"), QString()};
            QString s;
            bool zero = false;
            for (int i = 0, div = 1000; i < 4; ++i, div /= 10) {
                const int d = int(n / div % 10);
                if (d == 0) {
                    zero = !s.isEmpty() || leadingZero;
                    continue;
                }
                if (zero)
                    s += QStringLiteral("零");
                zero = false;
                s += digits[d] + units[i];
            }
            return s;
        };
        if (wan > 0)
            out += four(wan, false) + QStringLiteral("万");
        if (rest > 0)
            out += four(rest, wan > 0);
        return out + QStringLiteral("元整");
    }
    default: // 万 with decimals: 18.4万元
        return QString::number(double(value) / 10000.0, 'f', 4).remove(QRegularExpression(QStringLiteral("\\.?0+$"))) +
               QStringLiteral("万元");
    }
}

} // namespace

TEST_CASE("Random values formatted in each style parse back to themselves", "[figures][property]")
{
    std::mt19937 random(42);
    std::uniform_int_distribution<qint64> values(1, 99999999);
    for (int style = 0; style < 5; ++style) {
        for (int i = 0; i < 200; ++i) {
            const qint64 value = values(random);
            const QString text = formatIn(style, value);
            INFO(text.toStdString());
            const auto figures = FigureParser::parse(text);
            REQUIRE(figures.size() == 1);
            CHECK(figures[0].text == text);
            CHECK(figures[0].value == Approx(double(value)));
            CHECK(figures[0].kind == Figure::Kind::Money);
        }
    }
}

TEST_CASE("Chinese numerals", "[figures]")
{
    CHECK(ChineseNumerals::parse(u"二〇二四") == 2024);
    CHECK(ChineseNumerals::parse(u"一万亿") == 1e12);
    CHECK(ChineseNumerals::parse(u"十") == 10);
    CHECK(ChineseNumerals::parse(u"零") == 0);
    CHECK_FALSE(ChineseNumerals::parse(u"万").has_value());
    CHECK_FALSE(ChineseNumerals::parse(u"亿万").has_value());
}

TEST_CASE("Forms the reference suites found misread are read right", "[figures]")
{
    struct Case
    {
        const char16_t *text;
        double value;
        double high; // 0: no range
        Figure::Kind kind;
        const char *unit;
    };
    const Case cases[] = {
        {u"壹佰壹拾壹圆整", 111, 0, K::Money, "CNY"},
        {u"壹仟玖佰圆整", 1900, 0, K::Money, "CNY"},
        {u"壹拾壹元壹角", 11.1, 0, K::Money, "CNY"},
        {u"六十四万零一百四十三元一角七分", 640143.17, 0, K::Money, "CNY"},
        {u"人民币贰拾万元零伍分", 200000.05, 0, K::Money, "CNY"},
        {u"三万五", 35000, 0, K::Number, ""},
        {u"两千六", 2600, 0, K::Number, ""},
        {u"一万零五", 10005, 0, K::Number, ""},
        {u"一百二十到一百五十万元", 1200000, 1500000, K::Money, "CNY"},
        {u"两到三万元", 20000, 30000, K::Money, "CNY"},
        {u"从8500到3万港元", 8500, 30000, K::Money, "HKD"},
        {u"零点一元", 0.1, 0, K::Money, "CNY"},
        {u"三点五亿元", 3.5e8, 0, K::Money, "CNY"},
        {u"负十元", -10, 0, K::Money, "CNY"},
        {u"2000余元", 2000, 0, K::Money, "CNY"},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO(text.toStdString());
        const std::vector<Figure> figures = FigureParser::parse(text);
        REQUIRE(figures.size() == 1);
        CHECK(figures[0].value == Approx(c.value));
        CHECK(figures[0].high.value_or(0) == Approx(c.high));
        CHECK(Figure::kindName(figures[0].kind) == Figure::kindName(c.kind));
        CHECK(figures[0].unit == QString::fromLatin1(c.unit));
    }
    CHECK(FigureParser::parse(QStringLiteral("2000余元")).front().approximate);
    CHECK_FALSE(FigureParser::parse(QStringLiteral("2000元")).front().approximate);
    // Words, not numbers: 万一, 一点点, 三点 (o'clock).
    for (const char16_t *text : {u"万一出现问题", u"有一点点", u"下午三点开会"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(FigureParser::parse(QString::fromUtf16(text)).empty());
    }
}
