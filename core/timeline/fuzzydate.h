#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dossier {

// A date as precise as its source: "March 2024" is a month, not 2024-03-01. Ranges keep
// both ends. Written at its precision: 2024-03-15, 2024-03, 2024-Q2, 2024, or
// "2024-03-15/2024-04-22" for a range.
struct FuzzyDate
{
    enum class Precision { Day, Month, Quarter, Year };

    QDate start;           // first day covered
    QDate end;             // last day covered (same precision as start for ranges)
    Precision precision = Precision::Day;
    bool range = false;    // two dates were given

    bool isValid() const { return start.isValid(); }
    QString toIso() const;
    static std::optional<FuzzyDate> fromIso(const QString &iso);
    static QString precisionName(Precision precision);
    static FuzzyDate day(const QDate &date);
    static FuzzyDate month(int year, int month);
    static FuzzyDate quarter(int year, int quarter);
    static FuzzyDate year(int year);
    static FuzzyDate between(const FuzzyDate &from, const FuzzyDate &to);

    bool operator==(const FuzzyDate &other) const
    {
        return start == other.start && end == other.end && precision == other.precision && range == other.range;
    }
};

} // namespace dossier
