#pragma once

#include "../error.h"
#include "../documents/importeddocument.h"
#include "parseoptions.h"

#include <QByteArray>
#include <QCoreApplication>


namespace dossier {

// Reads a PDF's text layer page by page with poppler-qt6. Each call loads its own
// Poppler::Document: sharing one across threads is unsafe.
class PdfImporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfImporter)

public:
    // A set cancel flag stops between pages: a PDF may have thousands of them. Pages
    // without a text layer are rendered and read by options.ocr, when given.
    static Result<ImportedDocument> parse(const QByteArray &bytes, const QString &fileName,
                                          const ParseOptions &options = {});
};

} // namespace dossier
