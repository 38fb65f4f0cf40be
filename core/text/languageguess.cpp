#include "languageguess.h"

#include "textfolder.h"

namespace dossier {

QString LanguageGuess::of(const QString &text)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (QChar c : text) {
        if (TextFolder::isHan(c.unicode()))
            ++han;
        else if (c.isLetter() && c.unicode() < 0x0250)
            ++latin;
    }
    if (han == 0 && latin == 0)
        return QStringLiteral("und");
    return han * 3 >= latin ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace dossier
