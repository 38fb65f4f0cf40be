#include "noticeamount.h"

#include "../figures/figureparser.h"

#include <QRegularExpression>

namespace dossier {

std::optional<NoticeAmountValue> NoticeAmount::read(const QString &value, double contextMultiplier)
{
    const std::vector<Figure> figures = FigureParser::parse(value);
    for (const Figure &f : figures) {
        if (f.kind == Figure::Kind::Money)
            return f.unit == QLatin1String("CNY") ? std::optional<NoticeAmountValue>({f.value, f.high}) : std::nullopt;
        if (f.kind == Figure::Kind::Percent)
            return std::nullopt;
    }
    for (const Figure &f : figures) {
        if (f.kind != Figure::Kind::Number)
            continue;
        // "569800.00(元)", "121.5（万元）": the unit in brackets after the number.
        static const QRegularExpression bracketUnit(QStringLiteral("^\\s*[（(]\\s*(?:人民币)?\\s*(万元|万|元)\\s*[)）]"));
        double multiplier = contextMultiplier;
        if (const QRegularExpressionMatch m = bracketUnit.match(QStringView(value).mid(f.end)); m.hasMatch())
            multiplier = m.captured(1).startsWith(QChar(u'万')) ? 1e4 : 1;
        NoticeAmountValue amount{f.value * multiplier, std::nullopt};
        if (f.high)
            amount.high = *f.high * multiplier;
        return amount;
    }
    return std::nullopt;
}

std::optional<double> NoticeAmount::unitOf(const QString &text)
{
    // 价格单位：万元, （单位：元）, 金额（万元）, 报价(元)
    static const QRegularExpression note(QStringLiteral("(?:单位\\s*[：:]\\s*(?:人民币)?|[（(]\\s*(?:人民币)?)\\s*(万元|元)(?![/每])"));
    const QRegularExpressionMatch m = note.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) == QStringLiteral("万元") ? 1e4 : 1.0;
}

} // namespace dossier
