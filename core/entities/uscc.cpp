#include "uscc.h"

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

QStringList Uscc::find(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])"));
    QStringList codes;
    for (auto it = pattern.globalMatch(text.toUpper()); it.hasNext();) {
        const QString code = it.next().captured();
        // At least one digit and one letter position rule: codes start with a register
        // department digit or letter and carry digits; pure letters are words.
        if (code.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 8 && !codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace dossier
