// Any file a reporter drops on Dossier: type sniffing, encoding detection, and the plain
// or bilingual text importers.
#include "fuzzinput.h"
#include "import/importservice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)dossier::ImportService::parse(dossier::fuzz::bytes(data, size), QStringLiteral("fuzz.txt"));
    return 0;
}
