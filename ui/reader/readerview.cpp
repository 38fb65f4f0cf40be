#include "reader/readerview.h"

#include "session/casesession.h"
#include "operations/translationedits.h"
#include "entities/entitydialog.h"
#include "entities/entitystore.h"
#include "figures/figureindex.h"
#include "translations/glossary.h"
#include "translations/realignment.h"
#include "translations/translationchecks.h"
#include "translations/translationimporter.h"
#include "translations/translationstore.h"
#include "ocr/ocrproofreader.h"
#include "reader/pdfpageview.h"
#include "search/searchservice.h"
#include "reader/webpageview.h"
#include "reader/segmentpane.h"
#include "translation/translationeditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>
#include <QToolButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace dossier {

ReaderView::ReaderView(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_header(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_left(new QStackedWidget(m_splitter)),
      m_original(new SegmentPane(SegmentPane::Side::Original, m_left)),
      m_translation(new SegmentPane(SegmentPane::Side::Translation, m_splitter)),
      m_editor(new TranslationEditor(m_translation->viewport())),
      m_proofreader(new OcrProofreader(session, m_splitter, m_original, this)), m_translateMenu(new QMenu(this)),
      m_versionsMenu(new QMenu(this)), m_status(new QLabel(this)), m_alignTimer(new QTimer(this)),
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
    QAction *tag = toolbar->addAction(tr("Tag Entity"));
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tag->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tag->setToolTip(tr("Tag the selected words as a mention of an entity (Ctrl+T)"));
    connect(tag, &QAction::triggered, this, &ReaderView::requestTag);
    QAction *addEvent = toolbar->addAction(tr("Add to Timeline"));
    addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    addEvent->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addEvent->setToolTip(tr("Make the selected words evidence of a dated event (Ctrl+E)"));
    connect(addEvent, &QAction::triggered, this, &ReaderView::requestTimeline);
    m_showPage = toolbar->addAction(tr("Original Page"));
    m_showPage->setCheckable(true);
    m_showPage->setShortcut(QKeySequence(Qt::Key_F4));
    m_showPage->setToolTip(tr("Show the original as it looked: the PDF page, the saved web page, or the "
                              "scanned page beside its OCR text (F4)"));
    connect(m_showPage, &QAction::toggled, this, &ReaderView::setShowOriginalPage);
    auto *edit = toolbar->addAction(tr("Edit Translation"));
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->setToolTip(tr("Edit the translation of the selected segment (F2)"));
    connect(edit, &QAction::triggered, this, [this] { editTranslation(currentSegmentIndex()); });
    toolbar->addAction(m_proofreader->correctAction());
    m_original->addAction(m_proofreader->correctAction());
    connect(m_proofreader, &OcrProofreader::segmentRequested, this, &ReaderView::selectSegment);

    m_translateMenu->setTitle(tr("Translation"));
    m_translateMenu->setObjectName(QStringLiteral("translateMenu"));
    auto *menuButton = new QToolButton(toolbar);
    menuButton->setText(tr("Translation"));
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setMenu(m_translateMenu);
    toolbar->addWidget(menuButton);
    const auto current = [this] { return currentSegmentIndex(); };
    m_translateMenu->addAction(tr("Machine-Translate This Segment"), this, [this, current] {
        const int index = current();
        if (index >= 0)
            Q_EMIT machineTranslationRequested({m_segments[size_t(index)].id}, m_documentId);
    });
    m_translateMenu->addAction(tr("Machine-Translate Untranslated Segments of This Document"), this, [this] {
        std::vector<qint64> ids;
        for (const SegmentInfo &segment : m_segments)
            if (!segment.translation)
                ids.push_back(segment.id);
        if (!ids.empty())
            Q_EMIT machineTranslationRequested(ids, m_documentId);
    });
    m_translateMenu->addAction(tr("Machine-Translate Selected Segments"), this, [this] {
        std::vector<qint64> ids;
        for (int index : selectedSegmentIndexes())
            ids.push_back(m_segments[size_t(index)].id);
        if (!ids.empty())
            Q_EMIT machineTranslationRequested(ids, m_documentId);
    });
    m_translateMenu->addAction(tr("Machine-Translate Untranslated Segments of the Whole Case"), this, [this] {
        Q_EMIT machineTranslationRequested({}, 0);
    });
    m_translateMenu->addAction(tr("Import Translation File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Translation"), QString(),
                                                          tr("Documents (*.txt *.html *.htm *.pdf);;All files (*)"));
        if (!path.isEmpty())
            importTranslationFile(path);
    });
    m_translateMenu->addSeparator();
    m_versionsMenu->setTitle(tr("Use Version"));
    m_translateMenu->addMenu(m_versionsMenu);
    connect(m_versionsMenu, &QMenu::aboutToShow, this, &ReaderView::fillVersionsMenu);
    m_translateMenu->addSeparator();
    m_translateMenu->addAction(tr("Join With Next Translation"), this, [this, current] { joinWithNext(current()); });
    m_translateMenu->addAction(tr("Split Translation at Cursor"), this, [this, current] {
        splitTranslationAt(current(), m_translation->textCursor().positionInBlock());
    });
    m_translateMenu->addAction(tr("Move Translations Down From Here"), this,
                               [this, current] { shiftTranslationsDown(current()); });
    m_translateMenu->addAction(tr("Move Translations Up Into This Segment"), this,
                               [this, current] { shiftTranslationsUp(current()); });
    m_status->setObjectName(QStringLiteral("segmentStatus"));
    m_status->setContentsMargins(8, 2, 8, 2);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
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
        m_session->perform(TranslationEdit::set(segment.id, text));
    });
    connect(m_session, &CaseSession::segmentChanged, this, &ReaderView::onSegmentChanged);
    connect(m_session, &CaseSession::translationsChanged, this, [this](qint64 documentId) {
        if (m_documentId && (documentId == 0 || documentId == m_documentId))
            reloadTranslations();
    });
    connect(m_session, &CaseSession::entitiesChanged, this, &ReaderView::updateMentions);
    connect(m_session, &CaseSession::glossaryChanged, this, [this] {
        updateFlags();
        updateStatus();
    });
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
    m_proofreader->setDocument(std::nullopt, {});
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
    // A scan is shown beside its OCR text, not instead of it: the reporter compares them.
    const bool scanned = m_document && m_document->ocrPages > 0;
    m_proofreader->setPageShown(scanned && m_showPage->isChecked());
    if (scanned) {
        m_left->setCurrentWidget(m_original);
        return;
    }
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
            m_pdfView->setMinimumWidth(160); // its toolbar must not hold the reader wide
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
            m_webView->setMinimumWidth(160);
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
    // Figures from the case's index, underlined in the original.
    std::vector<SegmentPane::Ranges> figures(m_segments.size());
    m_session->read([&](Database &db) {
        std::map<qint64, size_t> indexOf;
        for (size_t i = 0; i < m_segments.size(); ++i)
            indexOf[m_segments[i].id] = i;
        for (const IndexedFigure &f : FigureIndex(db).figures(documentId))
            if (const auto found = indexOf.find(f.segmentId); found != indexOf.end())
                figures[found->second].emplace_back(f.figure.start, f.figure.end);
    });
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
    align();
}

void ReaderView::showSpan(qint64 documentId, qint64 segmentId, int start, int end)
{
    showDocument(documentId);
    for (size_t i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].id != segmentId)
            continue;
        ensureAligned(int(i));
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
    updateStatus();
    m_original->scrollToSegment(index);
    if (!m_linkAction->isChecked())
        m_translation->scrollToSegment(index);
    if (m_pdfView && m_left->currentWidget() == m_pdfView)
        m_pdfView->showPage(m_segments[size_t(index)].page);
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
    m_proofreader->setSegments(m_segments);
    m_document = m_session->document(documentId);
    updateHeader();
    updateFlags();
    updateStatus();
    scheduleAlign();
}

void ReaderView::reloadTranslations()
{
    const std::vector<SegmentInfo> fresh = m_session->segments(m_documentId);
    if (fresh.size() != m_segments.size()) {
        const qint64 id = m_documentId;
        m_documentId = 0;
        showDocument(id);
        return;
    }
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (fresh[i].translation == m_segments[i].translation &&
            fresh[i].translationOrigin == m_segments[i].translationOrigin)
            continue;
        m_segments[i] = fresh[i];
        m_translation->updateSegment(int(i), fresh[i]);
    }
    m_document = m_session->document(m_documentId);
    updateHeader();
    updateFlags();
    updateStatus();
    scheduleAlign();
}

void ReaderView::updateFlags()
{
    std::vector<GlossaryEntry> glossary;
    m_session->read([&](Database &db) { glossary = Glossary(db).entries(); });
    std::vector<QString> flags(m_segments.size());
    for (size_t i = 0; i < m_segments.size(); ++i) {
        const SegmentInfo &segment = m_segments[i];
        if (!segment.translation || segment.translation->isEmpty())
            continue;
        const TranslationIssue issue = TranslationChecks::check(segment.text, *segment.translation, glossary);
        QStringList lines;
        for (const Figure &figure : issue.missingFigures)
            lines << tr("“%1” is not in the translation").arg(figure.text);
        for (const GlossaryEntry &entry : issue.glossaryMisses)
            lines << tr("“%1” should be rendered “%2”").arg(entry.term, entry.rendering);
        flags[i] = lines.join(QLatin1Char('\n'));
    }
    m_translation->setFlags(flags);
}

std::vector<int> ReaderView::selectedSegmentIndexes() const
{
    // The segments a text selection touches in either pane, or the current one.
    for (SegmentPane *pane : {m_original, m_translation}) {
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
    const int current = currentSegmentIndex();
    return current >= 0 ? std::vector<int>{current} : std::vector<int>{};
}

std::optional<ReaderView::SelectedWords> ReaderView::selectedWords() const
{
    for (SegmentPane *pane : {m_original, m_translation}) {
        int index = -1, start = 0, end = 0;
        if (!pane->selectionInSegment(&index, &start, &end) || size_t(index) >= m_segments.size())
            continue;
        const SegmentInfo &segment = m_segments[size_t(index)];
        const bool original = pane == m_original;
        if (!original && !segment.translation)
            continue;
        const QString text = original ? segment.text : *segment.translation;
        return SelectedWords{segment.id, original ? QStringLiteral("original") : QStringLiteral("translation"), start,
                             end, text.mid(start, end - start)};
    }
    return std::nullopt;
}

bool ReaderView::requestTag()
{
    const std::optional<SelectedWords> words = selectedWords();
    if (words)
        Q_EMIT tagRequested(words->segmentId, words->field, words->start, words->end, words->text);
    return words.has_value();
}

bool ReaderView::currentSpan(qint64 *segmentId, int *start, int *end, QString *quote) const
{
    int index = -1;
    if (!m_original->selectionInSegment(&index, start, end)) {
        index = currentSegmentIndex();
        if (index < 0 || size_t(index) >= m_segments.size())
            return false;
        *start = 0;
        *end = int(m_segments[size_t(index)].text.size());
    }
    if (size_t(index) >= m_segments.size())
        return false;
    *segmentId = m_segments[size_t(index)].id;
    *quote = m_segments[size_t(index)].text.mid(*start, *end - *start);
    return true;
}

bool ReaderView::requestTimeline()
{
    if (const std::optional<SelectedWords> words = selectedWords()) {
        Q_EMIT timelineRequested(words->segmentId, words->field, words->start, words->end, words->text);
        return true;
    }
    const int index = currentSegmentIndex();
    if (index < 0 || size_t(index) >= m_segments.size())
        return false;
    const SegmentInfo &segment = m_segments[size_t(index)];
    Q_EMIT timelineRequested(segment.id, QStringLiteral("original"), 0, int(segment.text.size()), segment.text);
    return true;
}

void ReaderView::updateMentions()
{
    std::vector<std::vector<SegmentPane::Tint>> original(m_segments.size()), translation(m_segments.size());
    if (m_documentId) {
        m_session->read([&](Database &db) {
            EntityStore store(db);
            std::map<qint64, EntityType> types;
            for (const Entity &e : store.list())
                types[e.id] = e.type;
            std::map<qint64, size_t> indexOf;
            for (size_t i = 0; i < m_segments.size(); ++i)
                indexOf[m_segments[i].id] = i;
            for (const Mention &m : store.mentionsInDocument(m_documentId)) {
                const auto found = indexOf.find(m.segmentId);
                if (found == indexOf.end())
                    continue;
                QColor color = entityTypeColor(types[m.entityId]);
                if (m.status == Mention::Status::Proposed)
                    color.setAlpha(120); // proposals are paler until confirmed
                (m.field == QLatin1String("translation") ? translation : original)[found->second].push_back(
                    {m.start, m.end, color});
            }
        });
    }
    m_original->setTints(original);
    m_translation->setTints(translation);
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
    const SegmentInfo &segment = m_segments[size_t(index)];
    QStringList parts;
    if (!segment.translation) {
        parts << tr("Not translated");
    } else {
        const QString origin = segment.translationOrigin.value_or(QString());
        if (origin == QLatin1String("manual"))
            parts << tr("Translation: yours");
        else if (origin == QLatin1String("imported"))
            parts << tr("Translation: imported");
        else if (origin.startsWith(QLatin1String("machine")))
            parts << tr("Translation: machine (%1)").arg(origin.section(QLatin1Char(':'), 1));
    }
    std::vector<GlossaryEntry> glossary;
    m_session->read([&](Database &db) { glossary = Glossary(db).entries(); });
    for (const GlossaryEntry &entry : Glossary::occurringIn(segment.text, glossary))
        parts << tr("Glossary: %1 = %2").arg(entry.term, entry.rendering);
    const QString flag = m_translation->flagOf(index);
    if (!flag.isEmpty())
        parts << QStringLiteral("⚠ ") + QString(flag).replace(QLatin1Char('\n'), QStringLiteral("; "));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void ReaderView::fillVersionsMenu()
{
    m_versionsMenu->clear();
    const int index = currentSegmentIndex();
    if (index < 0)
        return;
    std::vector<TranslationVersion> versions;
    m_session->read([&](Database &db) { versions = TranslationStore(db).versions(m_segments[size_t(index)].id); });
    if (versions.empty()) {
        m_versionsMenu->addAction(tr("(no translation yet)"))->setEnabled(false);
        return;
    }
    for (const TranslationVersion &version : versions) {
        QString label = version.text.left(60);
        if (version.text.size() > 60)
            label += QChar(0x2026);
        QAction *action = m_versionsMenu->addAction(QStringLiteral("%1 — %2").arg(version.origin, label));
        action->setCheckable(true);
        action->setChecked(version.preferred);
        action->setToolTip(version.createdAt);
        connect(action, &QAction::triggered, this, [this, index, id = version.id, reviewed = version.reviewed] {
            preferVersion(index, id, reviewed);
        });
    }
    m_versionsMenu->addSeparator();
    for (const TranslationVersion &version : versions) {
        if (!version.preferred)
            continue;
        QAction *reviewed = m_versionsMenu->addAction(tr("Reviewed by a Person"));
        reviewed->setCheckable(true);
        reviewed->setChecked(version.reviewed);
        connect(reviewed, &QAction::triggered, this, [this, index, id = version.id](bool on) { preferVersion(index, id, on); });
    }
}

void ReaderView::preferVersion(int index, qint64 translationId, bool reviewed)
{
    if (index < 0 || size_t(index) >= m_segments.size())
        return;
    const qint64 segmentId = m_segments[size_t(index)].id;
    m_session->perform(TranslationBatchEdit::chooseVersion(m_documentId, segmentId, translationId, reviewed));
}

void ReaderView::importTranslationFile(const QString &path)
{
    if (!m_documentId)
        return;
    const TranslationBatchEdit *edit = m_session->perform(TranslationBatchEdit::importFile(m_documentId, path));
    if (!edit)
        return;
    const TranslationImportReport &report = edit->importReport();
    m_status->setText(tr("Aligned %1 translated sentences to %2 segments: %3 one to one, %4 joined or split, %5 unmatched.")
                          .arg(report.translationSentences)
                          .arg(report.alignedSegments)
                          .arg(report.oneToOne)
                          .arg(report.merged)
                          .arg(report.unmatched));
}

void ReaderView::realign(int index, const QStringList &after, const QString &description)
{
    if (index < 0 || !m_documentId)
        return;
    m_session->perform(TranslationBatchEdit::realign(m_documentId, m_segments, after, description));
}

namespace {
QStringList translationsOf(const std::vector<SegmentInfo> &segments)
{
    QStringList texts;
    for (const SegmentInfo &segment : segments)
        texts << segment.translation.value_or(QString());
    return texts;
}
} // namespace

void ReaderView::joinWithNext(int index)
{
    realign(index, Realignment::joinWithNext(translationsOf(m_segments), index), tr("Join translations"));
}

void ReaderView::splitTranslationAt(int index, int position)
{
    realign(index, Realignment::splitAt(translationsOf(m_segments), index, position), tr("Split translation"));
}

void ReaderView::shiftTranslationsDown(int index)
{
    realign(index, Realignment::shiftDown(translationsOf(m_segments), index), tr("Move translations down"));
}

void ReaderView::shiftTranslationsUp(int index)
{
    realign(index, Realignment::shiftUp(translationsOf(m_segments), index), tr("Move translations up"));
}

QString ReaderView::selectionWithCitation() const
{
    SegmentPane *pane = m_translation->textCursor().hasSelection() ? m_translation : m_original;
    const QString text = pane->selectedTextPlain().trimmed();
    if (text.isEmpty() || !m_document)
        return {};
    const int index = pane->segmentAtCursor();
    const int page = index >= 0 ? m_segments[size_t(index)].page : 1;
    // A quote read off a scan says so, as the exported citations do.
    if (index >= 0 && pane == m_original && m_segments[size_t(index)].fromOcr)
        return (m_segments[size_t(index)].machineText ? tr("“%1” (%2, p. %3, OCR, corrected by hand)")
                                                      : tr("“%1” (%2, p. %3, OCR)"))
            .arg(text, m_document->title)
            .arg(page);
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
