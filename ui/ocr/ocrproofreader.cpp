#include "ocr/ocrproofreader.h"

#include "session/casesession.h"
#include "operations/ocredit.h"
#include "ocr/doubtfulspans.h"
#include "reader/scanpageview.h"
#include "reader/segmentpane.h"
#include "translation/translationeditor.h"

#include <QAction>
#include <QSplitter>

namespace dossier {

OcrProofreader::OcrProofreader(CaseSession *session, QSplitter *splitter, SegmentPane *original, QObject *parent)
    : QObject(parent), m_session(session), m_splitter(splitter), m_original(original),
      m_editor(new TranslationEditor(original->viewport())), m_correctAction(new QAction(tr("Correct OCR Text"), this))
{
    m_editor->setObjectName(QStringLiteral("ocrEditor"));
    m_correctAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_correctAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_correctAction->setToolTip(tr("Correct the text OCR read for the selected passage (Shift+F2)"));
    m_correctAction->setEnabled(false);
    connect(m_correctAction, &QAction::triggered, this, [this] { correct(m_original->currentSegment()); });
    connect(m_original, &SegmentPane::segmentDoubleClicked, this, [this](int index) { correct(index); });
    connect(m_editor, &TranslationEditor::committed, this, [this](int, const QString &text) {
        // The passage being edited, by id: the reader may have moved on to another document.
        if (text.isEmpty() || text == m_editing.text)
            return;
        m_session->perform(OcrCorrectionEdit::correct(m_editing.id, text));
    });
}

void OcrProofreader::setDocument(const std::optional<DocumentInfo> &document, const std::vector<SegmentInfo> &segments)
{
    m_document = document;
    m_scanned = document && document->ocrPages > 0;
    m_pages = m_scanned ? m_session->pages(document->id) : std::vector<PageInfo>();
    m_words = m_scanned ? m_session->ocrWords(document->id) : std::vector<StoredOcrWord>();
    m_current = -1;
    m_correctAction->setEnabled(m_scanned);
    m_correctAction->setVisible(m_scanned); // only scans have a machine reading to correct
    m_original->setDoubleClickEdits(m_scanned);
    setSegments(segments);
    setPageShown(m_pageShown);
}

void OcrProofreader::setSegments(const std::vector<SegmentInfo> &segments)
{
    m_segments = segments;
    updateMarks();
    if (m_scanView && m_scanView->isVisible())
        showCurrentPage();
}

void OcrProofreader::updateMarks()
{
    if (!m_scanned) {
        m_original->setDoubtful({});
        m_original->setNotes({});
        return;
    }
    m_original->setDoubtful(doubtfulSpans(m_segments, m_pages, m_words));
    std::vector<QString> notes(m_segments.size());
    for (size_t i = 0; i < m_segments.size(); ++i) {
        const SegmentInfo &segment = m_segments[i];
        if (!segment.fromOcr)
            continue;
        notes[i] = segment.machineText
                       ? tr("Corrected by hand. OCR had read: “%1”").arg(*segment.machineText)
                       : tr("Read by OCR from the page image; words it was unsure of are underlined in "
                            "orange. Double-click or press Shift+F2 to correct it.");
    }
    m_original->setNotes(notes);
}

void OcrProofreader::ensureScanView()
{
    if (m_scanView)
        return;
    m_scanView = new ScanPageView(m_splitter);
    m_scanView->setObjectName(QStringLiteral("scanPageView"));
    m_scanView->setMinimumWidth(160);
    m_splitter->insertWidget(0, m_scanView);
    m_splitter->setStretchFactor(0, 1);
    // The scan gets the most room: it is what the reporter reads the text against.
    const int total = m_splitter->width();
    m_splitter->setSizes({total * 2 / 5, total * 3 / 10, total * 3 / 10});
    connect(m_scanView, &ScanPageView::wordClicked, this, [this](int page, int offset) {
        const int index = segmentAt(page, offset);
        if (index >= 0)
            Q_EMIT segmentRequested(index);
    });
}

void OcrProofreader::setPageShown(bool shown)
{
    m_pageShown = shown;
    if (!shown || !m_scanned) {
        if (m_scanView)
            m_scanView->hide();
        return;
    }
    ensureScanView();
    if (m_scanViewDocument != m_document->id) {
        m_scanViewDocument = m_document->id;
        m_scanView->setDocument(m_session->original(m_document->id), m_document->kind == QLatin1String("pdf"), m_words);
    }
    m_scanView->show();
    showCurrentPage();
}

void OcrProofreader::setCurrentSegment(int index)
{
    m_current = index;
    if (m_scanView && m_scanView->isVisible())
        showCurrentPage();
}

void OcrProofreader::showCurrentPage()
{
    if (m_current >= 0 && size_t(m_current) < m_segments.size()) {
        const SegmentInfo &segment = m_segments[size_t(m_current)];
        m_scanView->showPage(segment.page, segment.start, segment.end);
    } else if (!m_segments.empty()) {
        m_scanView->showPage(m_segments.front().page);
    } else {
        m_scanView->showPage(1);
    }
}

int OcrProofreader::segmentAt(int page, int offset) const
{
    for (size_t i = 0; i < m_segments.size(); ++i)
        if (m_segments[i].page == page && m_segments[i].start <= offset && offset < m_segments[i].end)
            return int(i);
    return -1;
}

bool OcrProofreader::correct(int index)
{
    if (!m_scanned || index < 0 || size_t(index) >= m_segments.size() || !m_segments[size_t(index)].fromOcr)
        return false;
    m_original->setCurrentSegment(index);
    m_original->scrollToSegment(index);
    const QRect area = m_original->segmentRect(index);
    const auto &spans = m_original->doubtful();
    const std::pair<int, int> firstDoubt =
        size_t(index) < spans.size() && !spans[size_t(index)].empty() ? spans[size_t(index)].front() : std::pair{-1, -1};
    m_editing = m_segments[size_t(index)];
    m_editor->begin(index, m_editing.text,
                    QRect(4, area.top(), m_original->viewport()->width() - 8, area.height()), firstDoubt);
    return true;
}

} // namespace dossier
