#pragma once

#include "documents/documentinfo.h"
#include "documents/ocrstore.h"

#include <QObject>

#include <optional>
#include <vector>

class QAction;
class QSplitter;

namespace dossier {

class CaseSession;
class ScanPageView;
class SegmentPane;
class TranslationEditor;

// Proofreading OCR text in the reader: marks the words OCR was unsure of, shows the
// scanned page beside the text (F4), and lets the reporter correct a passage in place
// (Shift+F2 or double-click), each correction an undoable edit kept apart from the
// machine's reading.
class OcrProofreader : public QObject
{
    Q_OBJECT

public:
    OcrProofreader(CaseSession *session, QSplitter *splitter, SegmentPane *original, QObject *parent = nullptr);

    void setSession(CaseSession *session) { m_session = session; }

    // The reader opened a document (or nothing); segments are its current ones.
    void setDocument(const std::optional<DocumentInfo> &document, const std::vector<SegmentInfo> &segments);
    // A segment's text changed (a correction or its undo).
    void setSegments(const std::vector<SegmentInfo> &segments);
    bool isScanned() const { return m_scanned; }
    // Shows or hides the page image beside the text.
    void setPageShown(bool shown);
    void setCurrentSegment(int index);
    // Opens the in-place editor on a segment read by OCR; false for other segments.
    bool correct(int index);

    QAction *correctAction() const { return m_correctAction; }
    ScanPageView *scanView() const { return m_scanView; }
    TranslationEditor *editor() const { return m_editor; }

Q_SIGNALS:
    // The reporter clicked a word on the page image: go to its segment.
    void segmentRequested(int index);

private:
    void updateMarks();
    void ensureScanView();
    void showCurrentPage();
    int segmentAt(int page, int offset) const;

    CaseSession *m_session;
    QSplitter *m_splitter;
    SegmentPane *m_original;
    TranslationEditor *m_editor;
    ScanPageView *m_scanView = nullptr;
    QAction *m_correctAction;
    std::optional<DocumentInfo> m_document;
    std::vector<SegmentInfo> m_segments;
    std::vector<PageInfo> m_pages;
    std::vector<StoredOcrWord> m_words;
    bool m_scanned = false;
    bool m_pageShown = false;
    qint64 m_scanViewDocument = 0;
    int m_current = -1;
    SegmentInfo m_editing; // the passage in the editor
};

} // namespace dossier
