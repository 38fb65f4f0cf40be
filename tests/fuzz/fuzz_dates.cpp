// Dates in tender notices (2024年3月15日, 二〇二四年三月, 15 March 2024) and the notice
// fields that carry them.
#include "fuzzinput.h"
#include "timeline/dateparser.h"
#include "notices/procurementfields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = dossier::fuzz::text(data, size);
    (void)dossier::DateParser::find(text);
    (void)dossier::DateParser::parse(text);
    (void)dossier::ProcurementFields::readText(text, 1);
    return 0;
}
