#pragma once

#include "documents/documentinfo.h"
#include "reader/originalpagestack.h"
#include "reader/readerselection.h"
#include "reader/rowaligner.h"
#include "search/searchhit.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace dossier {

class CaseSession;
class OcrProofreader;
class OriginalPageStack;
class ReaderToolbar;
class PdfPageView;
class RowAligner;
class SegmentPane;
class WebPageView;
class TranslationEditor;
class TranslationTools;

// The side-by-side reader: the original on the left, its translation on the right,
// segment by segment. Rows are padded to line up; hovering or selecting a segment marks
// its counterpart; scrolling is linked unless the reporter unlinks it.
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(CaseSession *session, QWidget *parent = nullptr);
    ~ReaderView() override;

    // The case read from, or none: the open document is closed either way.
    void setSession(CaseSession *session);
    CaseSession *session() const { return m_session; }

    void showDocument(qint64 documentId);
    // Opens the hit's document at its segment; `query` is highlighted in both panes.
    void showHit(const SearchHit &hit, const QString &query = {});
    // Opens a document at a segment with [start, end) of its original highlighted.
    void showSpan(qint64 documentId, qint64 segmentId, int start, int end);
    void clear();

    qint64 documentId() const { return m_documentId; }
    int currentSegmentIndex() const;
    const std::vector<SegmentInfo> &segments() const { return m_segments; }
    SegmentPane *originalPane() const { return m_original; }
    SegmentPane *translationPane() const { return m_translation; }
    QAction *linkScrollingAction() const { return m_linkAction; }
    QAction *copyWithCitationAction() const { return m_copyCitation; }
    QAction *showPageAction() const { return m_showPage; }
    // The original as it looked (PDF page or saved web page), created on first use.
    PdfPageView *pdfView() const { return m_left->pdfView(); }
    OcrProofreader *proofreader() const { return m_proofreader; }
    WebPageView *webView() const { return m_left->webView(); }
    void setShowOriginalPage(bool show);

    bool isAligning() const { return m_aligner->isAligning(); }
    void selectSegment(int index);
    void editTranslation(int index);
    // Text selected in either pane with its citation: "«quote» (Title, p. 3)".
    QString selectionWithCitation() const;

    // The Translation menu and its tools, each an undoable edit of the case.
    TranslationTools *translationTools() const { return m_translationTools; }
    QString currentSegmentStatus() const;
    // Emits tagRequested for the current selection, if it lies within one segment.
    bool requestTag();
    bool requestTimeline();
    // The words selected in the original (or the whole current segment) as a citable span.
    std::optional<ReaderSelection::Words> currentSpan() const;
    void updateMentions();
    std::vector<int> selectedSegmentIndexes() const;
    // The pane's context menu (the caller owns it): Copy, Select All and every action on
    // a selection, each also reachable by its shortcut wherever the focus is in the reader.
    QMenu *contextMenuFor(SegmentPane *pane) const;

Q_SIGNALS:
    void currentSegmentChanged(qint64 segmentId);
    void machineTranslationRequested(const std::vector<qint64> &segmentIds, qint64 documentId);
    // The reporter asked to tag the selected words [start, end) of a segment's field.
    void tagRequested(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    // Add the selected words (or the current segment) to the timeline.
    void timelineRequested(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    // Search the whole case for the selected words.
    void searchRequested(const QString &words);
    // Trace the selected figure (and the words around it) in the fact-check.
    void figureCheckRequested(const QString &words);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createToolbar();
    // Refills the rows that changed in place, so the reader keeps its place: one
    // segment's text (an OCR correction) or, for 0, every changed translation.
    void refreshSegments(qint64 segmentId);
    void updateHeader();
    void updateOriginalPage();
    void updateFlags();
    void updateStatus();

    CaseSession *m_session = nullptr;
    QLabel *m_header;
    QSplitter *m_splitter;
    OriginalPageStack *m_left;
    SegmentPane *m_original;
    SegmentPane *m_translation;
    TranslationEditor *m_editor;
    OcrProofreader *m_proofreader;
    ReaderToolbar *m_toolbar = nullptr;
    QAction *m_linkAction;
    QAction *m_copyCitation;
    QAction *m_showPage;
    TranslationTools *m_translationTools;
    RowAligner *m_aligner;
    QLabel *m_status;
    qint64 m_documentId = 0;
    std::optional<DocumentInfo> m_document;
    std::vector<SegmentInfo> m_segments;
};

} // namespace dossier
