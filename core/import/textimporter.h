#pragma once

#include "../error.h"
#include "../documents/importeddocument.h"

#include <QByteArray>

namespace dossier {

// A plain text file in any of the encodings Chinese sources use, as one page.
class TextImporter
{
public:
    static Result<ImportedDocument> parse(const QByteArray &bytes, const QString &fileName);
    static ImportedDocument fromText(const QString &text, const QString &fileName);
};

} // namespace dossier
