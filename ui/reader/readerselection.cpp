#include "reader/readerselection.h"

#include "reader/segmentpane.h"

#include <QTextBlock>

namespace dossier {

ReaderSelection::ReaderSelection(const SegmentPane *original, const SegmentPane *translation,
                                 const std::vector<SegmentInfo> &segments)
    : m_original(original), m_translation(translation), m_segments(segments)
{
}

std::optional<ReaderSelection::Words> ReaderSelection::words() const
{
    for (const SegmentPane *pane : {m_original, m_translation}) {
        int index = -1, start = 0, end = 0;
        if (!pane->selectionInSegment(&index, &start, &end) || index < 0 || size_t(index) >= m_segments.size())
            continue;
        const SegmentInfo &segment = m_segments[size_t(index)];
        const bool original = pane == m_original;
        if (!original && !segment.translation)
            continue;
        const QString text = original ? segment.text : *segment.translation;
        return Words{segment.id, original ? QStringLiteral("original") : QStringLiteral("translation"), start, end,
                     text.mid(start, end - start)};
    }
    return std::nullopt;
}

std::optional<ReaderSelection::Words> ReaderSelection::originalSpan() const
{
    int index = -1, start = 0, end = 0;
    if (!m_original->selectionInSegment(&index, &start, &end)) {
        index = m_original->currentSegment();
        if (index < 0 || size_t(index) >= m_segments.size())
            return std::nullopt;
        start = 0;
        end = int(m_segments[size_t(index)].text.size());
    }
    if (index < 0 || size_t(index) >= m_segments.size())
        return std::nullopt;
    const SegmentInfo &segment = m_segments[size_t(index)];
    return Words{segment.id, QStringLiteral("original"), start, end, segment.text.mid(start, end - start)};
}

std::vector<int> ReaderSelection::segmentIndexes() const
{
    for (const SegmentPane *pane : {m_original, m_translation}) {
        const QTextCursor cursor = pane->textCursor();
        if (!cursor.hasSelection())
            continue;
        QTextCursor start(pane->document());
        start.setPosition(cursor.selectionStart());
        QTextCursor end(pane->document());
        end.setPosition(cursor.selectionEnd());
        std::vector<int> indexes;
        for (QTextBlock block = start.block(); block.isValid(); block = block.next()) {
            if (block.userState() >= 0)
                indexes.push_back(block.userState());
            if (block == end.block())
                break;
        }
        if (!indexes.empty())
            return indexes;
    }
    const int current = m_original->currentSegment();
    return current >= 0 ? std::vector<int>{current} : std::vector<int>{};
}

const SegmentPane *ReaderSelection::selectingPane() const
{
    return m_translation->textCursor().hasSelection() ? m_translation : m_original;
}

QString ReaderSelection::text() const
{
    return selectingPane()->selectedTextPlain().trimmed();
}

QString ReaderSelection::withCitation(const DocumentInfo &document) const
{
    const SegmentPane *pane = selectingPane();
    const QString text = this->text();
    if (text.isEmpty())
        return {};
    const int index = pane->segmentAtCursor();
    const bool known = index >= 0 && size_t(index) < m_segments.size();
    const int page = known ? m_segments[size_t(index)].page : 1;
    // A quote read off a scan says so, as the exported citations do.
    if (known && pane == m_original && m_segments[size_t(index)].fromOcr)
        return (m_segments[size_t(index)].machineText ? tr("“%1” (%2, p. %3, OCR, corrected by hand)")
                                                      : tr("“%1” (%2, p. %3, OCR)"))
            .arg(text, document.title)
            .arg(page);
    return tr("“%1” (%2, p. %3)").arg(text, document.title).arg(page);
}

} // namespace dossier
