#pragma once

#include "casesummary.h"
#include "reportdocument.h"

namespace dossier {

// The case summary as one self-contained HTML page (styles inline, nothing fetched):
// the same report the PDF and ODT print. Every string from the case is escaped: a
// document that contains markup shows it as text, it cannot add any.
class SummaryHtml
{
public:
    static QString render(const CaseSummary &summary);
    static QString render(const ReportDocument &report);
};

} // namespace dossier
