// Image import: file sniffing, Qt's PNG/JPEG/TIFF decoders behind QImageReader, the size
// limits checked before decoding. OCR is left out (ParseOptions without a ScanReader):
// Tesseract reads pixels, which the decoders have already produced.
#include "fuzzinput.h"
#include "import/imageimporter.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt finds its JPEG and TIFF decoders (plugins) through the application.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)dossier::ImageImporter::parse(dossier::fuzz::bytes(data, size), QStringLiteral("fuzz.png"));
    return 0;
}
