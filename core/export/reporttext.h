#pragma once

#include "reportdocument.h"

#include <QFont>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace dossier {

// Report paragraphs as Qt text documents measured for one paint device (the PDF
// writer's resolution, not the screen's), in the fonts a printed report uses.
class ReportText
{
public:
    explicit ReportText(QPaintDevice *device);

    // A font whose text layer copies back as the characters shown, Chinese and digits.
    static QFont bodyFont();
    static QFont monoFont();

    std::unique_ptr<QTextDocument> make(const std::vector<ReportParagraph> &paragraphs, const QFont &base) const;
    std::unique_ptr<QTextDocument> make(const ReportParagraph &paragraph, const QFont &base) const;
    // Where to end a page inside `document`: the lowest line bottom at or above `limit`.
    static double lineBreakAbove(const QTextDocument &document, double limit);
    double points(double pt) const; // device units for a length in points

private:
    QPaintDevice *m_device;
};

} // namespace dossier
