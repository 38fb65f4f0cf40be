#pragma once

#include "casesummary.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace dossier {

// The case summary an editor sends: a title block with what the case holds and the key
// findings on the first page, then the timeline with every quote, its translation and
// citation, the entities, the checked figures and the sources with their SHA-256.
// OCR text, flagged translations and changed sources are marked where they are printed.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReport)

public:
    static ReportDocument build(const CaseSummary &summary);
};

} // namespace dossier
