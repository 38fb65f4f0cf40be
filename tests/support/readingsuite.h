#pragma once

#include <QString>

#include <vector>

namespace dossier::test {

// A suite of figures and dates written as tender notices write them, each with the value
// it states, generated deterministically so that every class has enough cases. It
// measures the readers per class: exact, wrong (a value that is not the one written,
// the worst outcome) and missed.
struct ReadingCase
{
    QString cls;     // the class: "元 amounts", "financial numerals", "day ranges"…
    QString text;    // the phrase, in a sentence as notices write it
    QString written; // the part that states the figure or the date
    double value = 0;
    double high = 0;     // a range's upper end, 0 if none
    QString kind;        // figures: money, count, percent, number
    QString unit;        // figures: CNY, 台…
    QString iso;         // dates: the ISO form at its precision
};

std::vector<ReadingCase> figureSuite();
std::vector<ReadingCase> dateSuite();

struct ClassScore
{
    QString cls;
    int total = 0;
    int exact = 0;
    int wrong = 0;
    int missed = 0;
};

std::vector<ClassScore> scoreFigures(const std::vector<ReadingCase> &cases, QStringList *failures = nullptr);
std::vector<ClassScore> scoreDates(const std::vector<ReadingCase> &cases, QStringList *failures = nullptr);

// Chinese numerals for a whole number, everyday (三万五千) or financial (叁万伍仟).
QString chineseNumber(qint64 n, bool financial);

} // namespace dossier::test
