#pragma once

#include "../error.h"
#include "../documents/importeddocument.h"
#include "parseoptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dossier {

// Reads a PNG, JPEG or TIFF scan or screenshot as a document of one page whose text
// comes from OCR.
class ImageImporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageImporter)

public:
    // Larger images are refused before they are decoded: a small file can claim a huge
    // size (a decompression bomb), and 100 million pixels is already a 600 dpi A2 scan.
    static constexpr qint64 kMaxPixels = 100'000'000;

    static Result<ImportedDocument> parse(const QByteArray &bytes, const QString &fileName,
                                          const ParseOptions &options = {});
};

} // namespace dossier
