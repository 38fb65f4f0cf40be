#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace dossier {

struct OutlineEntry
{
    QString title;
    int page = 0;   // from 0
    double top = 0; // where the heading is on its page
};

// Adds bookmarks (the PDF outline readers show beside the pages) to a PDF Qt wrote,
// which has no API for them, through qpdf, and writes the result to `to`.
class PdfOutline
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutline)

public:
    static Status add(const QString &from, const std::vector<OutlineEntry> &entries, const QString &to);
};

} // namespace dossier
