#include "readingsuite.h"

#include "figures/figureparser.h"
#include "timeline/dateparser.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <map>
#include <random>

namespace dossier::test {

namespace {

QString section(int n, bool financial, bool zeroFirst)
{
    const QString digits = financial ? QStringLiteral("零壹贰叁肆伍陆柒捌玖") : QStringLiteral("零一二三四五六七八九");
    const QStringList units = financial ? QStringList{QStringLiteral("仟"), QStringLiteral("佰"), QStringLiteral("拾"), QString()}
                                        : QStringList{QStringLiteral("千"), QStringLiteral("百"), QStringLiteral("十"), QString()};
    QString s;
    bool zero = false;
    for (int i = 0, div = 1000; i < 4; ++i, div /= 10) {
        const int d = n / div % 10;
        if (d == 0) {
            zero = !s.isEmpty() || zeroFirst;
            continue;
        }
        if (zero)
            s += digits[0];
        zero = false;
        s += digits[d] + units[i];
    }
    return s;
}

QString grouped(double value, int decimals)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(value, 'f', decimals);
}

QString plain(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

struct Suite
{
    std::mt19937 rng{20261202};
    std::vector<ReadingCase> cases;

    int between(int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }

    void add(const QString &cls, const QString &sentence, const QString &written, double value, double high,
             const QString &kind, const QString &unit)
    {
        cases.push_back({cls, sentence.arg(written), written, value, high, kind, unit, QString()});
    }
    void addDate(const QString &cls, const QString &sentence, const QString &written, const QString &iso)
    {
        ReadingCase c;
        c.cls = cls;
        c.text = sentence.arg(written);
        c.written = written;
        c.iso = iso;
        cases.push_back(c);
    }
};

const QStringList kMoneySentences = {QStringLiteral("成交金额：%1"), QStringLiteral("中标（成交）金额：%1。"),
                                     QStringLiteral("预算金额为%1，资金已落实。"), QStringLiteral("合同总价%1（含税）")};

} // namespace

QString chineseNumber(qint64 n, bool financial)
{
    if (n == 0)
        return financial ? QStringLiteral("零") : QStringLiteral("零");
    const qint64 yi = n / 100000000, wan = n / 10000 % 10000, rest = n % 10000;
    QString s;
    if (yi)
        s += section(int(yi), financial, false) + (financial ? QStringLiteral("亿") : QStringLiteral("亿"));
    if (wan)
        s += section(int(wan), financial, yi > 0 && wan < 1000) + QStringLiteral("万");
    if (rest) {
        // A skipped 万 section (一亿零一千) is read as a zero too.
        const bool skipped = yi && !wan;
        if (skipped && rest >= 1000)
            s += QStringLiteral("零");
        s += section(int(rest), financial, (yi || wan) && rest < 1000);
    }
    return s;
}

std::vector<ReadingCase> figureSuite()
{
    Suite s;
    const auto sentence = [&] { return kMoneySentences[s.between(0, int(kMoneySentences.size()) - 1)]; };
    for (int i = 0; i < 40; ++i) { // 元 amounts with separators and decimals, ¥ and 人民币 before
        const double v = s.between(100, 99999999);
        const QString forms[] = {grouped(v, 0) + QStringLiteral("元"), grouped(v, 2) + QStringLiteral("元"),
                                 QStringLiteral("人民币") + plain(v, 2) + QStringLiteral("元"), QStringLiteral("￥") + grouped(v, 2)};
        s.add(QStringLiteral("元 amounts"), sentence(), forms[i % 4], v, 0, QStringLiteral("money"), QStringLiteral("CNY"));
    }
    for (int i = 0; i < 40; ++i) { // 万元 with decimals, as portals print them
        const int decimals = s.between(0, 4);
        const double wan = s.between(1, 999999) / std::pow(10.0, decimals);
        const QString forms[] = {plain(wan, decimals) + QStringLiteral("万元"), plain(wan, 6) + QStringLiteral(" 万元（人民币）"),
                                 QStringLiteral("人民币") + plain(wan, decimals) + QStringLiteral("万元")};
        s.add(QStringLiteral("万元 amounts"), sentence(), forms[i % 3], std::round(wan * 1e4 * 100) / 100, 0,
              QStringLiteral("money"), QStringLiteral("CNY"));
    }
    for (int i = 0; i < 20; ++i) { // 亿
        const double yi = s.between(11, 999) / 10.0;
        s.add(QStringLiteral("亿 amounts"), sentence(), plain(yi, 1) + QStringLiteral("亿元"), yi * 1e8, 0,
              QStringLiteral("money"), QStringLiteral("CNY"));
    }
    for (int i = 0; i < 60; ++i) { // financial numerals, with 角 and 分 for some
        const qint64 yuan = s.between(1, 99999999);
        const int jiao = i % 3 == 0 ? s.between(0, 9) : 0;
        const int fen = i % 3 == 0 ? s.between(1, 9) : 0;
        QString written = QStringLiteral("人民币") + chineseNumber(yuan, true) + QStringLiteral("元");
        if (jiao || fen) {
            const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
            written += jiao ? digits[jiao] + QStringLiteral("角") : QStringLiteral("零");
            written += digits[fen] + QStringLiteral("分");
        } else {
            written += QStringLiteral("整");
        }
        s.add(QStringLiteral("financial numerals"), sentence(), written, double(yuan) + jiao * 0.1 + fen * 0.01, 0,
              QStringLiteral("money"), QStringLiteral("CNY"));
    }
    for (int i = 0; i < 20; ++i) { // 圆 as older contracts write it
        const qint64 yuan = s.between(1, 9999999);
        s.add(QStringLiteral("圆 amounts"), sentence(), chineseNumber(yuan, true) + QStringLiteral("圆整"), double(yuan), 0,
              QStringLiteral("money"), QStringLiteral("CNY"));
    }
    for (int i = 0; i < 40; ++i) { // ranges
        const int a = s.between(1, 500), b = a + s.between(1, 500);
        switch (i % 4) {
        case 0:
            s.add(QStringLiteral("ranges"), QStringLiteral("预算%1"), QStringLiteral("%1-%2万元").arg(a).arg(b), a * 1e4, b * 1e4,
                  QStringLiteral("money"), QStringLiteral("CNY"));
            break;
        case 1:
            s.add(QStringLiteral("ranges"), QStringLiteral("报价区间为%1"), QStringLiteral("%1至%2元").arg(a * 100).arg(b * 100),
                  a * 100.0, b * 100.0, QStringLiteral("money"), QStringLiteral("CNY"));
            break;
        case 2:
            s.add(QStringLiteral("ranges"), QStringLiteral("预计%1"),
                  chineseNumber(a, false) + QStringLiteral("到") + chineseNumber(b, false) + QStringLiteral("万元"), a * 1e4, b * 1e4,
                  QStringLiteral("money"), QStringLiteral("CNY"));
            break;
        default:
            s.add(QStringLiteral("ranges"), QStringLiteral("采购%1"), QStringLiteral("%1～%2台").arg(a).arg(b), a, b,
                  QStringLiteral("count"), QStringLiteral("台"));
        }
    }
    for (int i = 0; i < 40; ++i) { // everyday numerals: 十二万元, 三万五千元, and the short 三万五
        const int head = s.between(1, 9), next = s.between(1, 9);
        const QString digits = QStringLiteral("一二三四五六七八九");
        switch (i % 4) {
        case 0: {
            const qint64 v = s.between(11, 9999) * 10000LL;
            s.add(QStringLiteral("everyday numerals"), sentence(), chineseNumber(v, false) + QStringLiteral("元"), double(v), 0,
                  QStringLiteral("money"), QStringLiteral("CNY"));
            break;
        }
        case 1:
            s.add(QStringLiteral("everyday numerals"), QStringLiteral("约%1"),
                  QString(digits[head - 1]) + QStringLiteral("万") + digits[next - 1] + QStringLiteral("元"), head * 1e4 + next * 1e3, 0,
                  QStringLiteral("money"), QStringLiteral("CNY"));
            break;
        case 2:
            s.add(QStringLiteral("everyday numerals"), QStringLiteral("共%1"),
                  QString(digits[head - 1]) + QStringLiteral("千") + digits[next - 1] + QStringLiteral("百元"),
                  head * 1e3 + next * 1e2, 0, QStringLiteral("money"), QStringLiteral("CNY"));
            break;
        default: {
            const qint64 v = s.between(101, 99999);
            s.add(QStringLiteral("everyday numerals"), QStringLiteral("合计%1"), chineseNumber(v, false) + QStringLiteral("元"),
                  double(v), 0, QStringLiteral("money"), QStringLiteral("CNY"));
        }
        }
    }
    const QStringList measures = {QStringLiteral("台"), QStringLiteral("个"), QStringLiteral("块"), QStringLiteral("套"),
                                  QStringLiteral("张")};
    for (int i = 0; i < 40; ++i) { // counts
        const QString unit = measures[i % measures.size()];
        const int n = s.between(1, 5000);
        if (i % 2)
            s.add(QStringLiteral("counts"), QStringLiteral("数量：%1"), QString::number(n) + unit, n, 0, QStringLiteral("count"), unit);
        else
            s.add(QStringLiteral("counts"), QStringLiteral("采购服务器%1"), chineseNumber(n, false) + unit, n, 0,
                  QStringLiteral("count"), unit);
    }
    for (int i = 0; i < 20; ++i) { // percentages and rates
        const double p = s.between(1, 999) / 10.0;
        if (i % 2)
            s.add(QStringLiteral("percentages"), QStringLiteral("下浮率：%1"), plain(p, 1) + QStringLiteral("%"), p, 0,
                  QStringLiteral("percent"), QString());
        else
            s.add(QStringLiteral("percentages"), QStringLiteral("占比%1"), QStringLiteral("百分之") + chineseNumber(qint64(p), false),
                  std::floor(p), 0, QStringLiteral("percent"), QString());
    }
    return s.cases;
}

std::vector<ReadingCase> dateSuite()
{
    Suite s;
    const QStringList sentences = {QStringLiteral("发布时间：%1"), QStringLiteral("公告日期：%1。"),
                                   QStringLiteral("本项目于%1开标"), QStringLiteral("%1 来源：中国政府采购网")};
    const auto day = [&] {
        const QDate d(s.between(2005, 2030), s.between(1, 12), 1);
        return d.addDays(s.between(0, d.daysInMonth() - 1));
    };
    const auto sentence = [&] { return sentences[s.between(0, int(sentences.size()) - 1)]; };
    const auto cnDigits = [](int n) {
        const QString digits = QStringLiteral("〇一二三四五六七八九");
        QString out;
        for (QChar c : QString::number(n))
            out += digits[c.digitValue()];
        return out;
    };
    for (int i = 0; i < 60; ++i) {
        const QDate d = day();
        const QString forms[] = {QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()),
                                 d.toString(QStringLiteral("yyyy年MM月dd日")),
                                 QStringLiteral("%1 年 %2 月 %3 日").arg(d.year()).arg(d.month()).arg(d.day())};
        s.addDate(QStringLiteral("年月日"), sentence(), forms[i % 3], d.toString(Qt::ISODate));
    }
    for (int i = 0; i < 60; ++i) {
        const QDate d = day();
        const QString forms[] = {d.toString(Qt::ISODate), QStringLiteral("%1.%2.%3").arg(d.year()).arg(d.month()).arg(d.day()),
                                 QStringLiteral("%1/%2/%3").arg(d.year()).arg(d.month()).arg(d.day()),
                                 QStringLiteral("%1-%2-%3").arg(d.year()).arg(d.month()).arg(d.day())};
        s.addDate(QStringLiteral("numeric days"), sentence(), forms[i % 4], d.toString(Qt::ISODate));
    }
    for (int i = 0; i < 40; ++i) {
        const QDate d = day();
        const QString written = cnDigits(d.year()) + QStringLiteral("年") + chineseNumber(d.month(), false) + QStringLiteral("月") +
                                chineseNumber(d.day(), false) + QStringLiteral("日");
        s.addDate(QStringLiteral("Chinese numerals"), sentence(), written, d.toString(Qt::ISODate));
    }
    for (int i = 0; i < 60; ++i) {
        const QDate a = day();
        const QDate b = a.addDays(s.between(1, 20));
        QString written;
        if (i % 3 == 0)
            written = QStringLiteral("%1年%2月%3日至%4年%5月%6日").arg(a.year()).arg(a.month()).arg(a.day()).arg(b.year()).arg(b.month()).arg(b.day());
        else if (i % 3 == 1 || b.month() != a.month())
            written = QStringLiteral("%1年%2月%3日至%4月%5日").arg(a.year()).arg(a.month()).arg(a.day()).arg(b.month()).arg(b.day());
        else
            written = QStringLiteral("%1年%2月%3-%4日").arg(a.year()).arg(a.month()).arg(a.day()).arg(b.day());
        if (b.year() != a.year())
            written = QStringLiteral("%1年%2月%3日至%4年%5月%6日").arg(a.year()).arg(a.month()).arg(a.day()).arg(b.year()).arg(b.month()).arg(b.day());
        s.addDate(QStringLiteral("day ranges"), QStringLiteral("公告期限：%1"), written,
                  a.toString(Qt::ISODate) + QLatin1Char('/') + b.toString(Qt::ISODate));
    }
    for (int i = 0; i < 60; ++i) {
        const int y = s.between(2005, 2030);
        const int m1 = s.between(1, 11), m2 = s.between(m1 + 1, 12), q = s.between(1, 4);
        const QString qn = QStringLiteral("一二三四");
        switch (i % 4) {
        case 0:
            s.addDate(QStringLiteral("months and quarters"), QStringLiteral("服务期：%1"), QStringLiteral("%1年%2-%3月").arg(y).arg(m1).arg(m2),
                      QStringLiteral("%1-%2/%1-%3").arg(y).arg(m1, 2, 10, QLatin1Char('0')).arg(m2, 2, 10, QLatin1Char('0')));
            break;
        case 1:
            s.addDate(QStringLiteral("months and quarters"), QStringLiteral("计划于%1实施"), QStringLiteral("%1年第%2季度").arg(y).arg(qn[q - 1]),
                      QStringLiteral("%1-Q%2").arg(y).arg(q));
            break;
        case 2:
            s.addDate(QStringLiteral("months and quarters"), QStringLiteral("于%1完成"), QStringLiteral("%1年%2月").arg(y).arg(m1),
                      QStringLiteral("%1-%2").arg(y).arg(m1, 2, 10, QLatin1Char('0')));
            break;
        default:
            s.addDate(QStringLiteral("months and quarters"), QStringLiteral("服务期：%1"),
                      QStringLiteral("%1年%2月至%3月").arg(y).arg(m1).arg(m2),
                      QStringLiteral("%1-%2/%1-%3").arg(y).arg(m1, 2, 10, QLatin1Char('0')).arg(m2, 2, 10, QLatin1Char('0')));
        }
    }
    for (int i = 0; i < 20; ++i) {
        const QDate d = day();
        s.addDate(QStringLiteral("compact and ISO ranges"), QStringLiteral("日期：%1"), d.toString(QStringLiteral("yyyyMMdd")),
                  d.toString(Qt::ISODate));
        const QDate e = d.addDays(s.between(1, 30));
        s.addDate(QStringLiteral("compact and ISO ranges"), QStringLiteral("自%1止"),
                  d.toString(Qt::ISODate) + QStringLiteral("至") + e.toString(Qt::ISODate),
                  d.toString(Qt::ISODate) + QLatin1Char('/') + e.toString(Qt::ISODate));
    }
    return s.cases;
}

namespace {

ClassScore &scoreOf(std::vector<ClassScore> &scores, const QString &cls)
{
    for (ClassScore &s : scores)
        if (s.cls == cls)
            return s;
    scores.push_back({cls, 0, 0, 0, 0});
    return scores.back();
}

} // namespace

std::vector<ClassScore> scoreFigures(const std::vector<ReadingCase> &cases, QStringList *failures)
{
    std::vector<ClassScore> scores;
    for (const ReadingCase &c : cases) {
        ClassScore &score = scoreOf(scores, c.cls);
        ++score.total;
        const std::vector<Figure> figures = FigureParser::parse(c.text);
        const int at = int(c.text.indexOf(c.written));
        const Figure *found = nullptr;
        for (const Figure &f : figures)
            if (f.start < at + c.written.size() && f.end > at)
                found = &f;
        const auto close = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); };
        if (!found) {
            ++score.missed;
            if (failures)
                *failures << QStringLiteral("missed: %1").arg(c.text);
        } else if (close(found->value, c.value) && close(found->high.value_or(0), c.high) &&
                   Figure::kindName(found->kind) == c.kind && found->unit == c.unit) {
            ++score.exact;
        } else {
            ++score.wrong;
            if (failures)
                *failures << QStringLiteral("wrong: %1 -> %2 %3 %4").arg(c.text, FigureParser::formatValue(found->value),
                                                                            Figure::kindName(found->kind), found->unit);
        }
    }
    return scores;
}

std::vector<ClassScore> scoreDates(const std::vector<ReadingCase> &cases, QStringList *failures)
{
    std::vector<ClassScore> scores;
    for (const ReadingCase &c : cases) {
        ClassScore &score = scoreOf(scores, c.cls);
        ++score.total;
        const std::vector<FoundDate> dates = DateParser::find(c.text);
        const int at = int(c.text.indexOf(c.written));
        const FoundDate *found = nullptr;
        for (const FoundDate &d : dates)
            if (d.start < at + c.written.size() && d.end > at)
                found = &d;
        if (!found) {
            ++score.missed;
            if (failures)
                *failures << QStringLiteral("missed: %1").arg(c.text);
        } else if (found->date.toIso() == c.iso) {
            ++score.exact;
        } else {
            ++score.wrong;
            if (failures)
                *failures << QStringLiteral("wrong: %1 -> %2 (want %3)").arg(c.text, found->date.toIso(), c.iso);
        }
    }
    return scores;
}

} // namespace dossier::test
