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
    enum class Problem { None, Length, Alphabet, RegionDigits, Check };

    static bool isWellFormed(const QString &code); // right length and alphabet
    static bool hasValidCheck(const QString &code);
    static QChar checkCharacter(const QString &first17);
    // A code as people write it ("91 110000 600037341L", full-width, lower case) in its
    // 18 characters.
    static QString normalize(const QString &written);
    // What is wrong with a code, the first thing a reader would fix.
    static Problem problemOf(const QString &code);
    // That problem in words: which position, which character, what it should be.
    static QString describe(const QString &code);
    // Every well-formed code in a text, valid or not (callers flag the invalid ones),
    // also when written in groups with spaces.
    static QStringList find(const QString &text);
};

} // namespace dossier
