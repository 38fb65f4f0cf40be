#include "fuzzydate.h"

#include <QRegularExpression>
#include <QStringList>

namespace dossier {

namespace {

QString isoAt(const QDate &date, FuzzyDate::Precision precision)
{
    switch (precision) {
    case FuzzyDate::Precision::Day:
        return date.toString(Qt::ISODate);
    case FuzzyDate::Precision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case FuzzyDate::Precision::Quarter:
        return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
    case FuzzyDate::Precision::Year:
        return QString::number(date.year());
    }
    return {};
}

std::optional<FuzzyDate> single(const QString &text)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    if (const auto m = day.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<FuzzyDate>(FuzzyDate::day(d)) : std::nullopt;
    }
    if (const auto m = month.match(text); m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12)
        return FuzzyDate::month(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = quarter.match(text); m.hasMatch())
        return FuzzyDate::quarter(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = year.match(text); m.hasMatch())
        return FuzzyDate::year(m.captured(1).toInt());
    return std::nullopt;
}

} // namespace

FuzzyDate FuzzyDate::day(const QDate &date)
{
    return {date, date, Precision::Day, false};
}

FuzzyDate FuzzyDate::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1), Precision::Month, false};
}

FuzzyDate FuzzyDate::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1), Precision::Quarter, false};
}

FuzzyDate FuzzyDate::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31), Precision::Year, false};
}

FuzzyDate FuzzyDate::between(const FuzzyDate &from, const FuzzyDate &to)
{
    FuzzyDate d = from;
    d.end = to.end;
    d.range = true;
    // A range is as precise as its coarser end.
    d.precision = std::max(from.precision, to.precision);
    return d;
}

QString FuzzyDate::toIso() const
{
    if (!isValid())
        return {};
    if (!range)
        return isoAt(start, precision);
    QDate last = end;
    if (precision == Precision::Month)
        last = QDate(end.year(), end.month(), 1);
    return isoAt(start, precision) + QLatin1Char('/') + isoAt(last, precision);
}

std::optional<FuzzyDate> FuzzyDate::fromIso(const QString &iso)
{
    const QStringList parts = iso.trimmed().split(QLatin1Char('/'));
    if (parts.size() == 1)
        return single(parts[0]);
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<FuzzyDate> from = single(parts[0]);
    const std::optional<FuzzyDate> to = single(parts[1]);
    if (!from || !to)
        return std::nullopt;
    return between(*from, *to);
}

QString FuzzyDate::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Quarter:
        return QStringLiteral("quarter");
    case Precision::Year:
        return QStringLiteral("year");
    }
    return {};
}

} // namespace dossier
