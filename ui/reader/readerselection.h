#pragma once

#include "documents/documentinfo.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace dossier {

class SegmentPane;

// What the reporter has selected in the reader's two panes, in the case's terms: which
// segments, which words of which segment and field, and the quote with its citation.
class ReaderSelection
{
    Q_DECLARE_TR_FUNCTIONS(ReaderSelection)

public:
    ReaderSelection(const SegmentPane *original, const SegmentPane *translation, const std::vector<SegmentInfo> &segments);

    // Words selected within one segment of either pane, the original first.
    struct Words
    {
        qint64 segmentId;
        QString field; // "original" or "translation"
        int start;
        int end;
        QString text;
    };
    std::optional<Words> words() const;
    // The words selected in the original, or the whole current segment.
    std::optional<Words> originalSpan() const;
    // The segments a text selection touches in either pane, or the current one.
    std::vector<int> segmentIndexes() const;
    // The words selected, in the translation if it has a selection, else in the original.
    QString text() const;
    // "«quote» (Title, p. 3)", marked as OCR when read off a scan; empty when nothing is selected.
    QString withCitation(const DocumentInfo &document) const;

private:
    const SegmentPane *selectingPane() const;

    const SegmentPane *m_original;
    const SegmentPane *m_translation;
    const std::vector<SegmentInfo> &m_segments;
};

} // namespace dossier
