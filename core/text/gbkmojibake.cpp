#include "gbkmojibake.h"

#include "textfolder.h"

#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace dossier {

namespace {

// Windows-1252's characters for bytes 0x80-0x9F, which WinAnsi fonts show.
std::optional<unsigned char> cp1252Byte(char16_t c)
{
    static const char16_t table[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                       0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    for (int i = 0; i < 32; ++i)
        if (table[i] == c)
            return static_cast<unsigned char>(0x80 + i);
    return std::nullopt;
}

// The bytes a line was drawn from, or nothing if a character cannot be one byte.
std::optional<QByteArray> bytesOf(QStringView line)
{
    QByteArray bytes;
    bytes.reserve(line.size());
    bool expectTrail = false;
    for (QChar qc : line) {
        const char16_t c = qc.unicode();
        unsigned char b;
        if (c < 0x80) {
            // A soft hyphen (0xAD) is drawn as '-': after a lead byte it is a trail byte.
            b = expectTrail && c == u'-' ? 0xAD : static_cast<unsigned char>(c);
        } else if (c <= 0xFF) {
            b = static_cast<unsigned char>(c);
        } else if (const std::optional<unsigned char> w = cp1252Byte(c)) {
            b = *w;
        } else {
            return std::nullopt;
        }
        bytes.append(char(b));
        expectTrail = !expectTrail && b >= 0x81 && b != 0xFF;
    }
    return bytes;
}


} // namespace

bool GbkMojibake::looksLikeMojibake(QStringView line)
{
    int high = 0;
    int other = 0;
    for (QChar c : line) {
        if (c.isSpace() || c.unicode() < 0x80)
            continue;
        if (c.unicode() <= 0xFF || cp1252Byte(c.unicode()))
            ++high;
        else
            ++other;
    }
    // Chinese shown as Latin-1 takes two such characters a word; real Latin text with
    // accents has them one at a time among ASCII letters.
    int letters = 0;
    for (QChar c : line)
        letters += c.unicode() < 0x80 && c.isLetter() ? 1 : 0;
    return high >= 2 && other == 0 && (high >= 4 || letters == 0) &&
           high * 2 >= int(line.size()) - int(line.count(QLatin1Char(' ')));
}

QString GbkMojibake::repair(const QString &text)
{
    if (!looksLikeMojibake(text))
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!looksLikeMojibake(line))
            continue;
        const std::optional<QByteArray> bytes = bytesOf(line);
        if (!bytes)
            continue;
        QStringDecoder decoder("GB18030");
        const QString decoded = decoder.decode(*bytes);
        if (decoder.hasError())
            continue;
        int han = 0;
        int nonAscii = 0;
        for (QChar c : decoded) {
            if (c.unicode() < 0x80)
                continue;
            ++nonAscii;
            han += TextFolder::isHan(c.unicode()) || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
                           (c.unicode() >= 0x2000 && c.unicode() <= 0x206F) ||
                           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF)
                       ? 1
                       : 0;
        }
        if (nonAscii > 0 && han * 10 >= nonAscii * 9)
            line = decoded;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dossier
