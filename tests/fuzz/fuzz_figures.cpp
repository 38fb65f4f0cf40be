// Amounts in Chinese and English: 20万元, 壹拾捌万肆仟元整, $27,996, "40 million tokens".
#include "figures/figureparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const dossier::Figure &figure : dossier::FigureParser::parse(dossier::fuzz::text(data, size)))
        (void)dossier::FigureParser::formatValue(figure.value);
    return 0;
}
