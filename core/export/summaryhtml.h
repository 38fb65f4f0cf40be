#pragma once

#include "casesummary.h"

namespace dossier {

// The case summary as one self-contained HTML page (styles inline, nothing fetched).
// Every string from the case is escaped: a document that contains markup shows it as
// text, it cannot add any.
class SummaryHtml
{
public:
    // `forPrint`: simpler markup that QTextDocument lays out well (PDF, ODT).
    static QString render(const CaseSummary &summary, bool forPrint = false);
};

} // namespace dossier
