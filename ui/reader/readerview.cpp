#include "reader/readerview.h"

#include "session/casesession.h"
#include "translations/glossary.h"
#include "ocr/ocrproofreader.h"
#include "reader/readercaptions.h"
#include "reader/readertoolbar.h"
#include "search/searchservice.h"
#include "reader/segmentmarks.h"
#include "reader/segmentpane.h"
#include "reader/translationtools.h"
#include "translation/translationeditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dossier {

ReaderView::ReaderView(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_header(ReaderCaptions::headerLabel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_left(new OriginalPageStack(m_splitter)), m_original(new SegmentPane(SegmentPane::Side::Original, m_left)),
      m_translation(new SegmentPane(SegmentPane::Side::Translation, m_splitter)),
      m_editor(new TranslationEditor(m_translation->viewport())),
      m_proofreader(new OcrProofreader(session, m_splitter, m_original, this)),
      m_translationTools(new TranslationTools(this)), m_aligner(new RowAligner(m_original, m_translation, this)),
      m_status(ReaderCaptions::statusLabel(this))
{
    setObjectName(QStringLiteral("reader"));
    QWidget *toolbar = createToolbar();
    connect(m_translationTools, &TranslationTools::machineTranslationRequested, this,
            &ReaderView::machineTranslationRequested);
    connect(m_translationTools, &TranslationTools::reported, m_status, &QLabel::setText);
    for (SegmentPane *pane : {m_original, m_translation}) {
        pane->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(pane, &QWidget::customContextMenuRequested, this, [this, pane](const QPoint &at) {
            std::unique_ptr<QMenu> menu(contextMenuFor(pane));
            menu->exec(pane->viewport()->mapToGlobal(at));
        });
    }

    m_left->setTextPane(m_original);
    m_original->setMinimumWidth(160);
    m_translation->setMinimumWidth(160);
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
    layout->addWidget(m_status);

    connect(m_splitter, &QSplitter::splitterMoved, m_aligner, &RowAligner::schedule);
    for (auto [a, b] : {std::pair{m_original, m_translation}, std::pair{m_translation, m_original}}) {
        connect(a, &SegmentPane::segmentHovered, b, &SegmentPane::setHoveredSegment);
        connect(a, &SegmentPane::segmentClicked, this, &ReaderView::selectSegment);
    }
    m_aligner->linkScrolling(m_linkAction);
    connect(m_translation, &SegmentPane::segmentDoubleClicked, this, &ReaderView::editTranslation);
    connect(m_editor, &TranslationEditor::committed, m_translationTools, &TranslationTools::setTranslation);
    setSession(session);
}

QWidget *ReaderView::createToolbar()
{
    auto *toolbar = new ReaderToolbar(m_proofreader->correctAction(), m_translationTools->menu(), this);
    m_toolbar = toolbar;
    // Shortcuts of the reader, not of its toolbar: they act while a pane has the focus.
    addActions(toolbar->selectionActions());
    m_linkAction = toolbar->linkScrolling();
    m_copyCitation = toolbar->copyWithCitation();
    m_showPage = toolbar->originalPage();
    connect(m_copyCitation, &QAction::triggered, this, [this] {
        if (const QString text = selectionWithCitation(); !text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    connect(toolbar->tag(), &QAction::triggered, this, &ReaderView::requestTag);
    connect(toolbar->addToTimeline(), &QAction::triggered, this, &ReaderView::requestTimeline);
    connect(m_showPage, &QAction::toggled, this, &ReaderView::setShowOriginalPage);
    connect(toolbar->searchCase(), &QAction::triggered, this, [this] {
        if (const QString words = ReaderSelection(m_original, m_translation, m_segments).text(); !words.isEmpty())
            Q_EMIT searchRequested(words);
    });
    connect(toolbar->checkFigure(), &QAction::triggered, this, [this] {
        if (const QString words = ReaderSelection(m_original, m_translation, m_segments).text(); !words.isEmpty())
            Q_EMIT figureCheckRequested(words);
    });
    // The segment where the reporter's cursor is, in either pane, else the current one.
    connect(toolbar->editTranslation(), &QAction::triggered, this, [this] {
        const int atCursor = (m_translation->hasFocus() ? m_translation : m_original)->segmentAtCursor();
        editTranslation(atCursor >= 0 ? atCursor : currentSegmentIndex());
    });
    m_original->addAction(m_proofreader->correctAction());
    connect(m_proofreader, &OcrProofreader::segmentRequested, this, &ReaderView::selectSegment);
    return toolbar;
}

ReaderView::~ReaderView()
{
    // A translation still being typed was saved when the window took the case away.
    m_editor->disconnect();
}

void ReaderView::setSession(CaseSession *session)
{
    m_editor->commitPending(); // what the reporter typed goes to the case it was typed in
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_proofreader->setSession(session);
    // A document id of the previous case may name another document in this one.
    m_left->forget();
    if (m_session) {
        // An OCR correction changes one segment; translations change many, in place.
        connect(m_session, &CaseSession::segmentChanged, this, [this](qint64 documentId, qint64 segmentId) {
            if (m_documentId && documentId == m_documentId)
                refreshSegments(segmentId);
        });
        connect(m_session, &CaseSession::translationsChanged, this, [this](qint64 documentId) {
            if (m_documentId && (documentId == 0 || documentId == m_documentId))
                refreshSegments(0);
        });
        connect(m_session, &CaseSession::entitiesChanged, this, &ReaderView::updateMentions);
        connect(m_session, &CaseSession::glossaryChanged, this, [this] {
            updateFlags();
            updateStatus();
        });
        connect(m_session, &CaseSession::documentsChanged, this, [this] {
            if (!m_documentId)
                return;
            m_document = m_session->document(m_documentId);
            if (!m_document || m_document->inTrash)
                clear();
            else
                updateHeader();
        });
    }
    clear();
}

void ReaderView::clear()
{
    m_documentId = 0;
    m_document.reset();
    m_segments.clear();
    m_original->setSegments({});
    m_translation->setSegments({});
    m_proofreader->setDocument(std::nullopt, {});
    m_header->setText(tr("<i>Choose a document to read it beside its translation.</i>"));
    m_showPage->setEnabled(false);
    m_left->showText();
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
    // A scan is shown beside its OCR text, not instead of it: the reporter compares them.
    const bool scanned = m_document && m_document->ocrPages > 0;
    m_proofreader->setPageShown(scanned && m_showPage->isChecked());
    if (scanned || !m_document) {
        m_left->showText();
        return;
    }
    const int index = currentSegmentIndex();
    m_left->show(m_session, *m_document, m_showPage->isChecked(), index >= 0 ? m_segments[size_t(index)].page : 1);
}

void ReaderView::updateHeader()
{
    if (m_document)
        m_header->setText(ReaderCaptions::header(*m_document));
}

void ReaderView::showDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_document = m_session ? m_session->document(documentId) : std::nullopt;
    if (!m_document) {
        clear();
        return;
    }
    m_documentId = documentId;
    m_segments = m_session->segments(documentId);
    std::vector<SegmentPane::Ranges> figures;
    m_session->read([&](Database &db) { figures = SegmentMarks::figures(db, documentId, m_segments); });
    m_original->setSegments(m_segments, figures);
    m_translation->setSegments(m_segments);
    m_proofreader->setDocument(m_document, m_segments);
    updateHeader();
    updateFlags();
    updateStatus();
    updateMentions();
    m_showPage->setEnabled(m_document->kind == QLatin1String("pdf") || m_document->kind == QLatin1String("html") ||
                           m_document->ocrPages > 0);
    updateOriginalPage();
    m_aligner->alignAll();
}

void ReaderView::showSpan(qint64 documentId, qint64 segmentId, int start, int end)
{
    showDocument(documentId);
    for (size_t i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].id != segmentId)
            continue;
        m_aligner->ensureAligned(int(i));
        m_original->setMatches(int(i), end > start ? std::vector<std::pair<int, int>>{{start, end}}
                                                   : std::vector<std::pair<int, int>>());
        m_translation->setMatches(-1, {});
        selectSegment(int(i));
        return;
    }
}

void ReaderView::showHit(const SearchHit &hit, const QString &query)
{
    showDocument(hit.documentId);
    const auto found = std::find_if(m_segments.begin(), m_segments.end(),
                                    [&](const SegmentInfo &s) { return s.id == hit.segmentId; });
    if (found == m_segments.end())
        return;
    const int index = int(found - m_segments.begin());
    m_aligner->ensureAligned(index);
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
    // The words found are selected, with the focus, for Ctrl+T, Ctrl+E and Ctrl+K.
    if (!hit.matches.empty())
        matched->selectInSegment(index, hit.matches.front().first, hit.matches.front().second);
}

int ReaderView::currentSegmentIndex() const
{
    return m_original->currentSegment();
}

void ReaderView::selectSegment(int index)
{
    if (index < 0 || size_t(index) >= m_segments.size())
        return;
    m_aligner->ensureAligned(index);
    m_original->setCurrentSegment(index);
    m_translation->setCurrentSegment(index);
    updateStatus();
    m_original->scrollToSegment(index);
    if (!m_linkAction->isChecked())
        m_translation->scrollToSegment(index);
    m_left->followPage(m_segments[size_t(index)].page);
    m_proofreader->setCurrentSegment(index);
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

void ReaderView::refreshSegments(qint64 segmentId)
{
    const std::vector<SegmentInfo> fresh = m_session->segments(m_documentId);
    if (fresh.size() != m_segments.size()) { // realigned: read the document afresh
        showDocument(std::exchange(m_documentId, 0));
        return;
    }
    for (size_t i = 0; i < fresh.size(); ++i) {
        const bool changed = segmentId ? fresh[i].id == segmentId
                                       : fresh[i].translation != m_segments[i].translation ||
                                             fresh[i].translationOrigin != m_segments[i].translationOrigin;
        if (!changed)
            continue;
        m_segments[i] = fresh[i];
        m_translation->updateSegment(int(i), fresh[i]);
        if (segmentId)
            m_original->updateSegment(int(i), fresh[i]);
    }
    m_proofreader->setSegments(m_segments);
    m_document = m_session->document(m_documentId);
    updateHeader();
    updateFlags();
    updateStatus();
    m_aligner->schedule();
}

void ReaderView::updateFlags()
{
    std::vector<GlossaryEntry> glossary;
    if (m_session)
        m_session->read([&](Database &db) { glossary = Glossary(db).entries(); });
    m_translation->setFlags(SegmentMarks::translationFlags(m_segments, glossary));
}

QMenu *ReaderView::contextMenuFor(SegmentPane *pane) const
{
    return m_toolbar->contextMenu(pane);
}

std::vector<int> ReaderView::selectedSegmentIndexes() const
{
    return ReaderSelection(m_original, m_translation, m_segments).segmentIndexes();
}


bool ReaderView::requestTag()
{
    const auto words = ReaderSelection(m_original, m_translation, m_segments).words();
    if (words)
        Q_EMIT tagRequested(words->segmentId, words->field, words->start, words->end, words->text);
    return words.has_value();
}

std::optional<ReaderSelection::Words> ReaderView::currentSpan() const
{
    return ReaderSelection(m_original, m_translation, m_segments).originalSpan();
}

bool ReaderView::requestTimeline()
{
    const ReaderSelection selection(m_original, m_translation, m_segments);
    // The words selected, or else the whole current segment.
    auto words = selection.words();
    if (!words)
        words = selection.originalSpan();
    if (words)
        Q_EMIT timelineRequested(words->segmentId, words->field, words->start, words->end, words->text);
    return words.has_value();
}

void ReaderView::updateMentions()
{
    SegmentMarks::Tints tints{std::vector<std::vector<SegmentPane::Tint>>(m_segments.size()),
                              std::vector<std::vector<SegmentPane::Tint>>(m_segments.size())};
    if (m_documentId && m_session)
        m_session->read([&](Database &db) { tints = SegmentMarks::mentions(db, m_documentId, m_segments); });
    m_original->setTints(tints.original);
    m_translation->setTints(tints.translation);
}

QString ReaderView::currentSegmentStatus() const
{
    return m_status->text();
}

void ReaderView::updateStatus()
{
    const int index = currentSegmentIndex();
    if (index < 0 || size_t(index) >= m_segments.size()) {
        m_status->clear();
        return;
    }
    std::vector<GlossaryEntry> glossary;
    if (m_session)
        m_session->read([&](Database &db) { glossary = Glossary(db).entries(); });
    m_status->setText(ReaderCaptions::segmentStatus(m_segments[size_t(index)], glossary, m_translation->flagOf(index)));
}

QString ReaderView::selectionWithCitation() const
{
    return m_document ? ReaderSelection(m_original, m_translation, m_segments).withCitation(*m_document) : QString();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_aligner->schedule();
}

} // namespace dossier
