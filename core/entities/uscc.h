#pragma once

#include <QString>
#include <QStringList>

namespace dossier {

// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) every
// Chinese organisation carries. Its last character is a check character, so a typo in a
// tender document or in a reporter's notes can be caught.
class Uscc
{
public:
    static bool isWellFormed(const QString &code); // right length and alphabet
    static bool hasValidCheck(const QString &code);
    static QChar checkCharacter(const QString &first17);
    // Every well-formed code in a text, valid or not (callers flag the invalid ones).
    static QStringList find(const QString &text);
};

} // namespace dossier
