#include "exchangerate.h"

#include <QRegularExpression>

namespace dossier {

namespace {

QString currencyCode(QString word)
{
    word = word.trimmed().toLower();
    if (word.contains(QLatin1String("usd")) || word.contains(QLatin1String("dollar")) || word == QLatin1String("$") ||
        word == QLatin1String("us$") || word.contains(QStringLiteral("美元")))
        return QStringLiteral("USD");
    if (word.contains(QLatin1String("cny")) || word.contains(QLatin1String("rmb")) || word.contains(QLatin1String("yuan")) ||
        word.contains(QLatin1String("renminbi")) || word == QStringLiteral("¥") || word == QStringLiteral("￥") ||
        word.contains(QStringLiteral("元")) ||
        word.contains(QStringLiteral("人民币")))
        return QStringLiteral("CNY");
    if (word.contains(QLatin1String("eur")) || word == QStringLiteral("€") || word.contains(QStringLiteral("欧元")))
        return QStringLiteral("EUR");
    if (word.contains(QLatin1String("gbp")) || word.contains(QLatin1String("pound")) || word.contains(QLatin1String("sterling")) ||
        word == QStringLiteral("£") ||
        word.contains(QStringLiteral("英镑")))
        return QStringLiteral("GBP");
    return {};
}

int decimalsOf(const QString &number)
{
    const qsizetype dot = number.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(number.size() - dot - 1);
}

} // namespace

std::vector<ExchangeRate> ExchangeRateFinder::find(const QString &text)
{
    // Currencies as newsrooms name them: "Chinese yuan renminbi", "US dollar", "中国人民币".
    static const QString currency = QStringLiteral(
        "(US\\s?dollars?|U\\.S\\.\\s?dollars?|dollars?|USD|US\\$|\\$|CNY|RMB|(?:Chinese\\s+)?yuan(?:\\s+renminbi)?|"
        "(?:Chinese\\s+)?renminbi|¥|￥|EUR|euros?|€|GBP|(?:British\\s+)?pounds?(?:\\s+sterling)?|sterling|£|美元|"
        "中国人民币|人民币|元人民币|元|欧元|英镑)");
    static const QString number = QStringLiteral("(\\d+(?:\\.\\d+)?)");
    // "1 USD = 7.1440 CNY", "$1 = 7.14 yuan", "1美元兑7.1440元人民币", "1美元=7.14元"
    static const QRegularExpression equation(
        QStringLiteral("(?:1\\s*%1|%1\\s*1)\\s*(?:=|＝|兑|兑换|to|equals?|is worth)\\s*(?:约|about\\s+)?%1?\\s*%2\\s*%1?")
            .arg(currency, number),
        QRegularExpression::CaseInsensitiveOption);
    // "7.1440 yuan per dollar", "at 7.14 yuan to the dollar", "7.14 yuan to one US dollar"
    static const QRegularExpression per(
        QStringLiteral("%2\\s*%1\\s*(?:per|to\\s+the|to\\s+one|to\\s+a|for\\s+each|for\\s+one|a)\\s+%1").arg(currency, number),
        QRegularExpression::CaseInsensitiveOption);
    // "USD/CNY 7.1440", "USD/CNY = 7.144"
    static const QRegularExpression pair(
        QStringLiteral("\\b(USD|EUR|GBP|HKD)\\s*/\\s*(CNY|RMB)\\s*(?:=|:|at|of)?\\s*%1").arg(number),
        QRegularExpression::CaseInsensitiveOption);
    // "美元兑人民币汇率为7.1440", "汇率：1美元=7.14元" is caught above
    static const QRegularExpression chineseRate(
        QStringLiteral("(美元|欧元|英镑)兑人民币(?:的)?(?:中间价|汇率)?(?:为|是|：|:)?\\s*%1").arg(number));

    std::vector<ExchangeRate> rates;
    for (auto it = equation.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString base = currencyCode(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        const QString quote = currencyCode(m.captured(5).isEmpty() ? m.captured(3) : m.captured(5));
        if (base.isEmpty() || quote.isEmpty() || base == quote)
            continue;
        rates.push_back({base, quote, m.captured(4).toDouble(), decimalsOf(m.captured(4)), m.captured(0).trimmed(),
                         int(m.capturedStart()), int(m.capturedEnd())});
    }
    for (auto it = per.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString quote = currencyCode(m.captured(2));
        const QString base = currencyCode(m.captured(3));
        if (base.isEmpty() || quote.isEmpty() || base == quote)
            continue;
        rates.push_back({base, quote, m.captured(1).toDouble(), decimalsOf(m.captured(1)), m.captured(0).trimmed(),
                         int(m.capturedStart()), int(m.capturedEnd())});
    }
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rates.push_back({currencyCode(m.captured(1)), currencyCode(m.captured(2)), m.captured(3).toDouble(),
                         decimalsOf(m.captured(3)), m.captured(0), int(m.capturedStart()), int(m.capturedEnd())});
    }
    for (auto it = chineseRate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rates.push_back({currencyCode(m.captured(1)), QStringLiteral("CNY"), m.captured(2).toDouble(),
                         decimalsOf(m.captured(2)), m.captured(0), int(m.capturedStart()), int(m.capturedEnd())});
    }
    return rates;
}

} // namespace dossier
