#include "uscc.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dossier {

namespace {

// The 31 characters of the code alphabet (no I, O, S, V, Z), in value order.
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

} // namespace

bool Uscc::isWellFormed(const QString &code)
{
    if (code.size() != 18)
        return false;
    for (QChar c : code)
        if (!kAlphabet.contains(c))
            return false;
    return true;
}

QChar Uscc::checkCharacter(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += int(kAlphabet.indexOf(first17[i])) * kWeights[i];
    const int check = (31 - sum % 31) % 31;
    return kAlphabet[check];
}

bool Uscc::hasValidCheck(const QString &code)
{
    return isWellFormed(code) && checkCharacter(code.left(17)) == code[17];
}

QString Uscc::normalize(const QString &written)
{
    QString code;
    for (QChar c : written.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace() && c != u'-')
            code += c.toUpper();
    return code;
}

Uscc::Problem Uscc::problemOf(const QString &written)
{
    const QString code = normalize(written);
    if (code.size() != 18)
        return Problem::Length;
    for (QChar c : code)
        if (!kAlphabet.contains(c))
            return Problem::Alphabet;
    // Characters 3 to 8 are the administrative region's code: digits only.
    for (int i = 2; i < 8; ++i)
        if (!code[i].isDigit())
            return Problem::RegionDigits;
    return checkCharacter(code.left(17)) == code[17] ? Problem::None : Problem::Check;
}

QString Uscc::describe(const QString &written)
{
    const QString code = normalize(written);
    switch (problemOf(code)) {
    case Problem::None:
        return QCoreApplication::translate("Uscc", "The check character is correct.");
    case Problem::Length:
        return QCoreApplication::translate("Uscc", "A credit code has 18 characters; this one has %1.").arg(code.size());
    case Problem::Alphabet:
        for (int i = 0; i < code.size(); ++i)
            if (!kAlphabet.contains(code[i]))
                return QCoreApplication::translate("Uscc", "Character %1, “%2”, is never in a credit code (they use digits and "
                                                           "capital letters except I, O, S, V and Z).")
                    .arg(i + 1)
                    .arg(code[i]);
        break;
    case Problem::RegionDigits:
        for (int i = 2; i < 8; ++i)
            if (!code[i].isDigit())
                return QCoreApplication::translate("Uscc", "Character %1, “%2”, should be a digit: characters 3 to 8 are the "
                                                           "region's code.")
                    .arg(i + 1)
                    .arg(code[i]);
        break;
    case Problem::Check:
        return QCoreApplication::translate("Uscc", "The check character should be %1, not %2: a typo in the code?")
            .arg(checkCharacter(code.left(17)))
            .arg(code[17]);
    }
    return {};
}

QStringList Uscc::find(const QString &text)
{
    // Groups apart by single spaces or dashes, as codes are printed on licences.
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9A-Z])(?:[0-9A-HJ-NPQRTUWXY][ \\-]?){17}[0-9A-HJ-NPQRTUWXY](?![0-9A-Z])"));
    QStringList codes;
    for (auto it = pattern.globalMatch(text.toUpper()); it.hasNext();) {
        const QString code = normalize(it.next().captured());
        // At least one digit and one letter position rule: codes start with a register
        // department digit or letter and carry digits; pure letters are words.
        if (code.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 8 && !codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace dossier
