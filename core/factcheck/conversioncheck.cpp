#include "conversioncheck.h"

#include "../figures/figureparser.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace dossier {

namespace {

// Half a unit of the last digit as written: "$27,996" ±0.5, "$28.0 million" ±50,000.
double halfUnitOfLastDigit(const Figure &figure)
{
    static const QRegularExpression digits(QStringLiteral("[0-9][0-9,]*(?:\\.([0-9]+))?"));
    const QRegularExpressionMatch match = digits.match(figure.text);
    if (!match.hasMatch())
        return 0.5;
    const double written = match.captured(0).remove(QLatin1Char(',')).toDouble();
    const double scale = written > 0 ? figure.value / written : 1.0; // 万, million
    return 0.5 * std::pow(10.0, -int(match.captured(1).size())) * scale;
}

QString number(double value, int decimals = 2)
{
    return QLocale::c().toString(value, 'f', decimals);
}

} // namespace

std::optional<ConversionResult> ConversionCheck::check(const Figure &from, const Figure &to, const ExchangeRate &rate)
{
    if (from.kind != Figure::Kind::Money || to.kind != Figure::Kind::Money || rate.rate <= 0)
        return std::nullopt;
    ConversionResult result;
    result.from = from;
    result.to = to;
    result.rate = rate;
    const double rateError = 0.5 * std::pow(10.0, -rate.decimals);
    QString operation;
    if (from.unit == rate.quote && to.unit == rate.base) { // CNY → USD: divide
        result.expected = from.value / rate.rate;
        result.tolerance = halfUnitOfLastDigit(to) + from.value * rateError / (rate.rate * rate.rate);
        operation = QStringLiteral("%1 %2 ÷ %3 %2/%4").arg(FigureParser::formatValue(from.value), from.unit,
                                                          QString::number(rate.rate, 'f', rate.decimals), to.unit);
    } else if (from.unit == rate.base && to.unit == rate.quote) { // USD → CNY: multiply
        result.expected = from.value * rate.rate;
        result.tolerance = halfUnitOfLastDigit(to) + from.value * rateError;
        operation = QStringLiteral("%1 %2 × %3 %4/%2").arg(FigureParser::formatValue(from.value), from.unit,
                                                          QString::number(rate.rate, 'f', rate.decimals), to.unit);
    } else {
        return std::nullopt;
    }
    const double difference = std::abs(result.expected - to.value);
    result.consistent = difference <= result.tolerance;
    result.arithmetic = QStringLiteral("%1 = %2 %3; stated %4 %3; difference %5 %6 tolerance %7 (rate “%8”)")
                            .arg(operation, number(result.expected), to.unit, FigureParser::formatValue(to.value),
                                 number(difference), result.consistent ? QStringLiteral("≤") : QStringLiteral(">"),
                                 number(result.tolerance), rate.text);
    return result;
}

} // namespace dossier
