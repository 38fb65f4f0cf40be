#pragma once

#include "documents/documentinfo.h"
#include "search/searchhit.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace dossier {

class CaseSession;
class OcrProofreader;
class PdfPageView;
class SegmentPane;
class WebPageView;
class TranslationEditor;

// The side-by-side reader: the original on the left, its translation on the right,
// segment by segment. Rows are padded to line up; hovering or selecting a segment marks
// its counterpart; scrolling is linked unless the reporter unlinks it.
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(CaseSession *session, QWidget *parent = nullptr);

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
    PdfPageView *pdfView() const { return m_pdfView; }
    OcrProofreader *proofreader() const { return m_proofreader; }
    WebPageView *webView() const { return m_webView; }
    void setShowOriginalPage(bool show);

    bool isAligning() const;
    void selectSegment(int index);
    void editTranslation(int index);
    // Text selected in either pane with its citation: "«quote» (Title, p. 3)".
    QString selectionWithCitation() const;

    // Translation tools, each an undoable edit of the case.
    void importTranslationFile(const QString &path);
    void joinWithNext(int index);
    void splitTranslationAt(int index, int position);
    void shiftTranslationsDown(int index);
    void shiftTranslationsUp(int index);
    void preferVersion(int index, qint64 translationId, bool reviewed);
    QString currentSegmentStatus() const;
    // Emits tagRequested for the current selection, if it lies within one segment.
    bool requestTag();
    bool requestTimeline();
    // The words selected in the original (or the whole current segment) as a citable span.
    bool currentSpan(qint64 *segmentId, int *start, int *end, QString *quote) const;
    void updateMentions();
    std::vector<int> selectedSegmentIndexes() const;
    QMenu *translateMenu() const { return m_translateMenu; }

Q_SIGNALS:
    void currentSegmentChanged(qint64 segmentId);
    void machineTranslationRequested(const std::vector<qint64> &segmentIds, qint64 documentId);
    // The reporter asked to tag the selected words [start, end) of a segment's field.
    void tagRequested(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    // Add the selected words (or the current segment) to the timeline.
    void timelineRequested(qint64 segmentId, const QString &field, int start, int end, const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Words selected within one segment of either pane, the original first.
    struct SelectedWords
    {
        qint64 segmentId;
        QString field; // "original" or "translation"
        int start;
        int end;
        QString text;
    };
    std::optional<SelectedWords> selectedWords() const;

    // Rows are lined up in chunks on idle time, so a 20,000-segment document paints
    // at once and stays responsive while the rest is aligned.
    void align();
    void alignStep();
    void ensureAligned(int segmentIndex);
    void scheduleAlign();
    void syncScroll(SegmentPane *from, SegmentPane *to);
    void onSegmentChanged(qint64 documentId, qint64 segmentId);
    void updateHeader();
    void updateOriginalPage();
    void reloadTranslations();
    void updateFlags();
    void updateStatus();
    void realign(int index, const QStringList &after, const QString &description);
    void fillVersionsMenu();

    CaseSession *m_session;
    QLabel *m_header;
    QSplitter *m_splitter;
    QStackedWidget *m_left;
    SegmentPane *m_original;
    PdfPageView *m_pdfView = nullptr;
    WebPageView *m_webView = nullptr;
    qint64 m_pageViewDocument = 0;
    SegmentPane *m_translation;
    TranslationEditor *m_editor;
    OcrProofreader *m_proofreader;
    QAction *m_linkAction;
    QAction *m_copyCitation;
    QAction *m_showPage;
    QMenu *m_translateMenu;
    QMenu *m_versionsMenu;
    QLabel *m_status;
    QTimer *m_alignTimer;
    QTimer *m_alignStepTimer;
    int m_alignNext = 0;
    qint64 m_documentId = 0;
    std::optional<DocumentInfo> m_document;
    std::vector<SegmentInfo> m_segments;
    bool m_syncing = false;
};

} // namespace dossier
