#pragma once

#include "../error.h"
#include "../documents/importeddocument.h"

#include <QByteArray>

namespace dossier {

// A web page saved from a procurement portal: decoded with its real encoding, reduced
// to visible text with its paragraph structure, kept as one page.
class HtmlImporter
{
public:
    static Result<ImportedDocument> parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace dossier
