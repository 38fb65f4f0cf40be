#include "readerview.h"

#include "casesession.h"
#include "commands/edittranslationcommand.h"
#include "pdfpageview.h"
#include "search/searchservice.h"
#include "webpageview.h"
#include "segmentpane.h"
#include "translationeditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace dossier {

ReaderView::ReaderView(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_header(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_left(new QStackedWidget(m_splitter)),
      m_original(new SegmentPane(SegmentPane::Side::Original, m_left)),
      m_translation(new SegmentPane(SegmentPane::Side::Translation, m_splitter)),
      m_editor(new TranslationEditor(m_translation->viewport())), m_alignTimer(new QTimer(this)),
      m_alignStepTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reader"));
    m_header->setObjectName(QStringLiteral("readerHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(8, 4, 8, 4);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_linkAction = toolbar->addAction(tr("Link Scrolling"));
    m_linkAction->setCheckable(true);
    m_linkAction->setChecked(true);
    m_linkAction->setToolTip(tr("Scroll the original and the translation together"));
    m_copyCitation = toolbar->addAction(tr("Copy with Citation"));
    m_copyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitation->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCitation->setToolTip(tr("Copy the selected text with its document and page (Ctrl+Shift+C)"));
    m_showPage = toolbar->addAction(tr("Original Page"));
    m_showPage->setCheckable(true);
    m_showPage->setShortcut(QKeySequence(Qt::Key_F4));
    m_showPage->setToolTip(tr("Show the original as it looked: the PDF page or the saved web page (F4)"));
    connect(m_showPage, &QAction::toggled, this, &ReaderView::setShowOriginalPage);
    auto *edit = toolbar->addAction(tr("Edit Translation"));
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->setToolTip(tr("Edit the translation of the selected segment (F2)"));
    connect(edit, &QAction::triggered, this, [this] { editTranslation(currentSegmentIndex()); });
    connect(m_copyCitation, &QAction::triggered, this, [this] {
        const QString text = selectionWithCitation();
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    for (SegmentPane *pane : {m_original, m_translation}) {
        pane->addAction(m_copyCitation);
        pane->setContextMenuPolicy(Qt::DefaultContextMenu);
    }

    m_left->addWidget(m_original);
    m_splitter->addWidget(m_translation);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_splitter, &QSplitter::splitterMoved, this, &ReaderView::scheduleAlign);
    m_alignTimer->setSingleShot(true);
    m_alignTimer->setInterval(60);
    connect(m_alignTimer, &QTimer::timeout, this, &ReaderView::align);
    m_alignStepTimer->setSingleShot(true);
    m_alignStepTimer->setInterval(0);
    connect(m_alignStepTimer, &QTimer::timeout, this, &ReaderView::alignStep);

    for (auto [a, b] : {std::pair{m_original, m_translation}, std::pair{m_translation, m_original}}) {
        SegmentPane *from = a;
        SegmentPane *to = b;
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, from, to] { syncScroll(from, to); });
        connect(from, &SegmentPane::segmentHovered, to, &SegmentPane::setHoveredSegment);
        connect(from, &SegmentPane::segmentClicked, this, &ReaderView::selectSegment);
    }
    connect(m_translation, &SegmentPane::segmentDoubleClicked, this, &ReaderView::editTranslation);
    connect(m_editor, &TranslationEditor::committed, this, [this](int index, const QString &text) {
        if (index < 0 || size_t(index) >= m_segments.size())
            return;
        const SegmentInfo &segment = m_segments[size_t(index)];
        if (text == segment.translation.value_or(QString()) || text.isEmpty())
            return;
        m_session->undoStack()->push(
            new EditTranslationCommand(m_session, m_documentId, segment.id, text));
    });
    connect(m_session, &CaseSession::segmentChanged, this, &ReaderView::onSegmentChanged);
    connect(m_session, &CaseSession::documentsChanged, this, [this] {
        if (m_documentId && !m_session->document(m_documentId).value_or(DocumentInfo{}).id)
            clear();
        else if (m_documentId) {
            m_document = m_session->document(m_documentId);
            if (m_document && m_document->inTrash)
                clear();
            else
                updateHeader();
        }
    });
    clear();
}

void ReaderView::clear()
{
    m_documentId = 0;
    m_document.reset();
    m_segments.clear();
    m_original->setSegments({});
    m_translation->setSegments({});
    m_header->setText(tr("<i>Choose a document to read it beside its translation.</i>"));
    m_showPage->setEnabled(false);
    m_left->setCurrentWidget(m_original);
}

void ReaderView::setShowOriginalPage(bool show)
{
    if (m_showPage->isChecked() != show)
        m_showPage->setChecked(show); // comes back here through toggled()
    else
        updateOriginalPage();
}

void ReaderView::updateOriginalPage()
{
    const bool pdf = m_document && m_document->kind == QLatin1String("pdf");
    const bool html = m_document && m_document->kind == QLatin1String("html");
    if (!m_showPage->isChecked() || !(pdf || html)) {
        m_left->setCurrentWidget(m_original);
        return;
    }
    const bool fresh = m_pageViewDocument != m_documentId;
    m_pageViewDocument = m_documentId;
    if (pdf) {
        if (!m_pdfView) {
            m_pdfView = new PdfPageView(m_left);
            m_left->addWidget(m_pdfView);
        }
        if (fresh)
            m_pdfView->setPdf(m_session->original(m_documentId));
        const int index = currentSegmentIndex();
        m_pdfView->showPage(index >= 0 ? m_segments[size_t(index)].page : 1);
        m_left->setCurrentWidget(m_pdfView);
    } else {
        if (!m_webView) {
            m_webView = new WebPageView(m_left);
            m_left->addWidget(m_webView);
        }
        if (fresh)
            m_webView->showPage(m_documentId, m_session->original(m_documentId), m_document->encoding);
        m_left->setCurrentWidget(m_webView);
    }
}

void ReaderView::updateHeader()
{
    if (!m_document)
        return;
    const DocumentInfo &d = *m_document;
    QString line = QStringLiteral("<b>%1</b><br><span style='color:#666'>").arg(d.title.toHtmlEscaped());
    line += tr("%n page(s)", nullptr, d.pages) + QStringLiteral(" · ") +
            tr("%1 of %2 segments translated").arg(d.translatedSegments).arg(d.segments);
    if (d.sourceUrl)
        line += QStringLiteral(" · ") + d.sourceUrl->toHtmlEscaped();
    if (d.obtainedAt)
        line += QStringLiteral(" · ") + tr("obtained %1").arg(*d.obtainedAt);
    line += QStringLiteral("</span>");
    m_header->setText(line);
}

void ReaderView::showDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_document = m_session->document(documentId);
    if (!m_document) {
        clear();
        return;
    }
    m_documentId = documentId;
    m_segments = m_session->segments(documentId);
    m_original->setSegments(m_segments);
    m_translation->setSegments(m_segments);
    updateHeader();
    m_showPage->setEnabled(m_document->kind == QLatin1String("pdf") || m_document->kind == QLatin1String("html"));
    updateOriginalPage();
    align();
}

void ReaderView::showHit(const SearchHit &hit, const QString &query)
{
    showDocument(hit.documentId);
    const auto found = std::find_if(m_segments.begin(), m_segments.end(),
                                    [&](const SegmentInfo &s) { return s.id == hit.segmentId; });
    if (found == m_segments.end())
        return;
    const int index = int(found - m_segments.begin());
    ensureAligned(index);
    SegmentPane *matched = hit.field == SearchHit::Field::Original ? m_original : m_translation;
    SegmentPane *other = matched == m_original ? m_translation : m_original;
    matched->setMatches(index, hit.matches);
    // The same words may stand in the other language too (names, A100, AWS).
    const SegmentInfo &segment = m_segments[size_t(index)];
    const QString otherText = other == m_original ? segment.text : segment.translation.value_or(QString());
    other->setMatches(index, query.isEmpty() ? std::vector<std::pair<int, int>>()
                                             : SearchService::findMatches(otherText, SearchQuery(query)));
    selectSegment(index);
    matched->scrollToSegment(index);
}

int ReaderView::currentSegmentIndex() const
{
    return m_original->currentSegment();
}

void ReaderView::selectSegment(int index)
{
    if (index < 0 || size_t(index) >= m_segments.size())
        return;
    ensureAligned(index);
    m_original->setCurrentSegment(index);
    m_translation->setCurrentSegment(index);
    m_original->scrollToSegment(index);
    if (!m_linkAction->isChecked())
        m_translation->scrollToSegment(index);
    if (m_pdfView && m_left->currentWidget() == m_pdfView)
        m_pdfView->showPage(m_segments[size_t(index)].page);
    Q_EMIT currentSegmentChanged(m_segments[size_t(index)].id);
}

void ReaderView::editTranslation(int index)
{
    if (index < 0 || size_t(index) >= m_segments.size())
        return;
    selectSegment(index);
    m_translation->scrollToSegment(index);
    const QRect area = m_translation->segmentRect(index);
    m_editor->begin(index, m_segments[size_t(index)].translation.value_or(QString()),
                    QRect(4, area.top(), m_translation->viewport()->width() - 8, area.height()));
}

void ReaderView::onSegmentChanged(qint64 documentId, qint64 segmentId)
{
    if (documentId != m_documentId)
        return;
    const std::vector<SegmentInfo> fresh = m_session->segments(documentId);
    for (size_t i = 0; i < fresh.size() && i < m_segments.size(); ++i) {
        if (fresh[i].id != segmentId)
            continue;
        m_segments[i] = fresh[i];
        m_translation->updateSegment(int(i), fresh[i]);
        m_original->updateSegment(int(i), fresh[i]);
    }
    m_document = m_session->document(documentId);
    updateHeader();
    scheduleAlign();
}

QString ReaderView::selectionWithCitation() const
{
    SegmentPane *pane = m_translation->textCursor().hasSelection() ? m_translation : m_original;
    const QString text = pane->selectedTextPlain().trimmed();
    if (text.isEmpty() || !m_document)
        return {};
    const int index = pane->segmentAtCursor();
    const int page = index >= 0 ? m_segments[size_t(index)].page : 1;
    return tr("“%1” (%2, p. %3)").arg(text, m_document->title).arg(page);
}

namespace {
constexpr int kAlignChunk = 200; // blocks per step: a few tens of milliseconds
} // namespace

void ReaderView::align()
{
    m_alignNext = 0;
    alignStep();
}

void ReaderView::alignStep()
{
    const int first = m_alignNext;
    const std::vector<qreal> a = m_original->naturalHeights(first, kAlignChunk);
    const std::vector<qreal> b = m_translation->naturalHeights(first, kAlignChunk);
    std::vector<qreal> heights(std::max(a.size(), b.size()), 0);
    for (size_t i = 0; i < heights.size(); ++i)
        heights[i] = std::max(i < a.size() ? a[i] : 0, i < b.size() ? b[i] : 0);
    m_original->padToHeights(first, heights);
    m_translation->padToHeights(first, heights);
    m_alignNext = first + kAlignChunk;
    if (m_alignNext < std::max(m_original->blockCount(), m_translation->blockCount()))
        m_alignStepTimer->start();
    else
        m_alignStepTimer->stop();
}

bool ReaderView::isAligning() const
{
    return m_alignStepTimer->isActive();
}

void ReaderView::ensureAligned(int segmentIndex)
{
    const int block = m_original->blockOfSegmentIndex(segmentIndex);
    while (m_alignStepTimer->isActive() && m_alignNext <= block + kAlignChunk)
        alignStep();
}

void ReaderView::scheduleAlign()
{
    m_alignTimer->start();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleAlign();
}

void ReaderView::syncScroll(SegmentPane *from, SegmentPane *to)
{
    if (m_syncing || !m_linkAction->isChecked())
        return;
    m_syncing = true;
    to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
    m_syncing = false;
}

} // namespace dossier
