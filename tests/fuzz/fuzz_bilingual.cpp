// Bilingual text: detection and pairing of Chinese lines with their English lines.
#include "fuzzinput.h"
#include "import/bilingualimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = dossier::fuzz::text(data, size);
    (void)dossier::BilingualImporter::looksBilingual(text);
    (void)dossier::BilingualImporter::fromText(text, QStringLiteral("fuzz.txt"));
    return 0;
}
