#pragma once

#include "../error.h"
#include "reportdocument.h"

namespace dossier {

// A report as an OpenDocument text LibreOffice and Word (through LibreOffice's DOCX
// conversion) open as written: real headings (the navigator lists the sections),
// tables whose rows carry exactly one cell per column and do not break across pages,
// a repeated header row, styles and metadata, Chinese set in a Simplified Chinese
// font with the Asian language set to zh-CN (otherwise Japanese glyph forms are used).
class OdtReportWriter
{
public:
    static Status write(const ReportDocument &report, const QString &path);
    static QByteArray content(const ReportDocument &report);
    static QByteArray styles(const ReportDocument &report);
    static QByteArray meta(const ReportDocument &report);
};

} // namespace dossier
