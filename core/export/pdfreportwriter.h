#pragma once

#include "../error.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace dossier {

// A report as a PDF an editor can send: A4, the case title and page numbers in every
// footer, table columns sized to their content, table rows kept whole on a page with
// the header repeated, hashes on one line in a monospace font, and a bookmark for each
// section. The text layer copies back as printed (Chinese and digits intact).
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    static Status write(const ReportDocument &report, const QString &path);
};

} // namespace dossier
