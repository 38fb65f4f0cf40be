#pragma once

#include "documents/documentinfo.h"
#include "translations/glossary.h"

#include <QCoreApplication>

#include <vector>

class QLabel;
class QWidget;

namespace dossier {

// The words around the reader's text: the document's header line and the status line of
// the current segment (whose translation it is, the glossary terms in it, its flag).
class ReaderCaptions
{
    Q_DECLARE_TR_FUNCTIONS(ReaderCaptions)

public:
    // The labels that carry them, above and below the panes.
    static QLabel *headerLabel(QWidget *parent);
    static QLabel *statusLabel(QWidget *parent);
    static QString header(const DocumentInfo &document);
    static QString segmentStatus(const SegmentInfo &segment, const std::vector<GlossaryEntry> &glossary, const QString &flag);
};

} // namespace dossier
