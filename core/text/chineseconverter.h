#pragma once

#include <QString>

namespace dossier {

// Traditional and variant characters to Simplified, one character at a time, so that a
// query and a document are folded by the same rule whatever stands around them (OpenCC's
// phrase tables would turn 乾县 into 干县 alone but leave it in a sentence). The table is
// read once from OpenCC's own dictionaries (Taiwan and Hong Kong variants, then t2s), with
// the variants OpenCC leaves alone (著/着, 擡/抬, 噁/恶, 衞/卫).
class ChineseConverter
{
public:
    static char32_t toSimplified(char32_t c);
    static QString toSimplified(const QString &text);
};

} // namespace dossier
