#pragma once

#include <QString>

namespace dossier {

// A coarse language label for a text: "zh" when Chinese characters carry it, "en" for
// Latin script, "und" when there are no letters. Chinese packs several times more
// meaning per character than English, hence the weighting.
class LanguageGuess
{
public:
    static QString of(const QString &text);
    static bool isMostlyChinese(const QString &text) { return of(text) == QLatin1String("zh"); }
};

} // namespace dossier
