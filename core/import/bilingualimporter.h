#pragma once

#include "../documents/importeddocument.h"

#include <QString>

namespace dossier {

// Text where each paragraph is followed by its translation ("English line, Chinese
// line", the Chinese sometimes repeated, as news sites publish bilingual pages). The
// Chinese paragraphs become the document's segments and carry the English as their
// translation, whichever language comes first.
class BilingualImporter
{
public:
    static bool looksBilingual(const QString &text);
    static ImportedDocument fromText(const QString &text, const QString &fileName);
};

} // namespace dossier
