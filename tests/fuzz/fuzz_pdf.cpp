// PDF import: poppler parsing, text layer extraction, ideograph repair, segmentation.
#include "fuzzinput.h"
#include "import/pdfimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)dossier::PdfImporter::parse(dossier::fuzz::bytes(data, size), QStringLiteral("fuzz.pdf"));
    return 0;
}
