#include "englishnumberwords.h"

#include <QHash>

namespace dossier {

std::optional<int> EnglishNumberWords::wordValue(const QString &word)
{
    static const QHash<QString, int> values = {
        {QStringLiteral("one"), 1},        {QStringLiteral("two"), 2},        {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4},       {QStringLiteral("five"), 5},       {QStringLiteral("six"), 6},
        {QStringLiteral("seven"), 7},      {QStringLiteral("eight"), 8},      {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10},       {QStringLiteral("eleven"), 11},    {QStringLiteral("twelve"), 12},
        {QStringLiteral("thirteen"), 13},  {QStringLiteral("fourteen"), 14},  {QStringLiteral("fifteen"), 15},
        {QStringLiteral("sixteen"), 16},   {QStringLiteral("seventeen"), 17}, {QStringLiteral("eighteen"), 18},
        {QStringLiteral("nineteen"), 19},  {QStringLiteral("twenty"), 20},    {QStringLiteral("thirty"), 30},
        {QStringLiteral("forty"), 40},     {QStringLiteral("fifty"), 50},     {QStringLiteral("sixty"), 60},
        {QStringLiteral("seventy"), 70},   {QStringLiteral("eighty"), 80},    {QStringLiteral("ninety"), 90},
        {QStringLiteral("hundred"), 100},  {QStringLiteral("dozen"), 12}};
    const auto found = values.constFind(word);
    if (found == values.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<double> EnglishNumberWords::scale(const QString &word)
{
    if (word == QLatin1String("thousand") || word == QLatin1String("k"))
        return 1e3;
    if (word == QLatin1String("million") || word == QLatin1String("millions") || word == QLatin1String("mn") ||
        word == QLatin1String("m"))
        return 1e6;
    if (word == QLatin1String("billion") || word == QLatin1String("billions") || word == QLatin1String("bn") ||
        word == QLatin1String("b"))
        return 1e9;
    if (word == QLatin1String("trillion"))
        return 1e12;
    return std::nullopt;
}

} // namespace dossier
