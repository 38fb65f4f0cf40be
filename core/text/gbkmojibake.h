#pragma once

#include <QString>

namespace dossier {

// Repairs Chinese text that a PDF's font mapping turned into Latin-1: GBK bytes drawn
// through a WinAnsi font without a ToUnicode map come out as "Ä¿Â¼" for 目录. Each line
// whose characters are mostly such Latin-1 letters is mapped back to its bytes and read
// as GB18030; a line is changed only when that reading is clean Chinese.
class GbkMojibake
{
public:
    static QString repair(const QString &text);
    // Whether a line reads as GBK bytes shown as Latin-1.
    static bool looksLikeMojibake(QStringView line);
};

} // namespace dossier
