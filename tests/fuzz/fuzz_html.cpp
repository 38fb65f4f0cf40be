// Saved procurement pages: charset sniffing (meta, BOM, uchardet), libxml2 parsing and
// text extraction, segmentation.
#include "fuzzinput.h"
#include "import/htmlimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)dossier::HtmlImporter::parse(dossier::fuzz::bytes(data, size), QStringLiteral("fuzz.html"));
    return 0;
}
