#include "shell/casedocks.h"

#include "documents/documentbrowser.h"
#include "entities/entitypanel.h"
#include "factcheck/factcheckpanel.h"
#include "factcheck/figurespanel.h"
#include "import/importcontroller.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "timeline/timelinepanel.h"
#include "translation/glossarypanel.h"
#include "translation/machinetranslationcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>

namespace dossier {

CaseDocks::CaseDocks(QMainWindow *window)
    : QObject(window), m_window(window), m_reader(new ReaderView(nullptr, window)),
      m_browser(new DocumentBrowser(nullptr, window)), m_search(new SearchPanel(nullptr, window)),
      m_glossary(new GlossaryPanel(nullptr, window)), m_factCheck(new FactCheckPanel(nullptr, window)),
      m_figures(new FiguresPanel(nullptr, window)), m_entities(new EntityPanel(nullptr, window)),
      m_timeline(new TimelinePanel(nullptr, window)), m_import(new ImportController(window)),
      m_translator(new MachineTranslationController(window))
{
    m_reader->setMinimumWidth(520);
    QDockWidget *documents = addDock(tr("Documents"), QStringLiteral("documentsDock"), m_browser, Qt::LeftDockWidgetArea);
    m_searchDock = addDock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::LeftDockWidgetArea);
    QDockWidget *glossary = addDock(tr("Glossary"), QStringLiteral("glossaryDock"), m_glossary, Qt::LeftDockWidgetArea);
    QDockWidget *figures = addDock(tr("Figures"), QStringLiteral("figuresDock"), m_figures, Qt::LeftDockWidgetArea);
    QDockWidget *entities = addDock(tr("Entities"), QStringLiteral("entitiesDock"), m_entities, Qt::LeftDockWidgetArea);
    m_timelineDock = addDock(tr("Timeline"), QStringLiteral("timelineDock"), m_timeline, Qt::BottomDockWidgetArea);
    m_factCheckDock = addDock(tr("Fact-Check"), QStringLiteral("factCheckDock"), m_factCheck, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(m_searchDock, glossary);
    window->tabifyDockWidget(glossary, figures);
    window->tabifyDockWidget(figures, entities);
    m_searchDock->raise();
    window->resizeDocks({documents}, {500}, Qt::Horizontal);
    m_factCheckDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_timelineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Fact-check and timeline open when needed (View, or their shortcuts); the window's
    // saved state, restored after this, knows better.
    m_factCheckDock->hide();
    m_timelineDock->hide();
    m_shown.assign(m_docks.size(), true);
    connectViews();
}

QDockWidget *CaseDocks::addDock(const QString &title, const QString &name, QWidget *panel, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(panel);
    m_window->addDockWidget(area, dock);
    m_docks.push_back(dock);
    return dock;
}

void CaseDocks::connectViews()
{
    connect(m_browser, &DocumentBrowser::documentOpened, m_reader, &ReaderView::showDocument);
    connect(m_browser, &DocumentBrowser::documentOpened, m_figures, &FiguresPanel::showDocument);
    connect(m_search, &SearchPanel::hitActivated, this, [this](const SearchHit &hit) {
        m_browser->selectDocument(hit.documentId);
        m_reader->showHit(hit, m_search->lastQuery());
    });
    connect(m_figures, &FiguresPanel::figureActivated, this, &CaseDocks::showSpan);
    connect(m_factCheck, &FactCheckPanel::sourceActivated, this, &CaseDocks::showSpan);
    connect(m_reader, &ReaderView::machineTranslationRequested, m_translator, &MachineTranslationController::request);
    // What was just imported is what the reporter wants to read: the first new document opens.
    connect(m_import, &ImportController::finished, this, [this](const std::vector<ImportOutcome> &outcomes) {
        for (const ImportOutcome &outcome : outcomes)
            if (outcome.status == ImportOutcome::Status::Imported) {
                m_browser->selectDocument(outcome.documentId);
                return;
            }
    });
    connect(m_reader, &ReaderView::searchRequested, this, [this](const QString &words) {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->queryEdit()->setText(words);
        m_search->runSearch();
    });
    // A figure goes to the fact-checker's draft, to be checked when they say so; a draft
    // already typed there keeps its words (the figure is added on a line of its own).
    connect(m_reader, &ReaderView::figureCheckRequested, this, [this](const QString &words) {
        m_factCheckDock->show();
        m_factCheckDock->raise();
        QPlainTextEdit *draft = m_factCheck->draftEdit();
        draft->moveCursor(QTextCursor::End);
        draft->insertPlainText(draft->toPlainText().trimmed().isEmpty() ? words : QLatin1Char('\n') + words);
        draft->setFocus();
    });
}

void CaseDocks::showSpan(qint64 documentId, qint64 segmentId, int start, int end)
{
    m_browser->selectDocument(documentId);
    m_reader->showSpan(documentId, segmentId, start, end);
}

void CaseDocks::setSession(CaseSession *session)
{
    m_session = session;
    m_reader->setSession(session);
    m_browser->setSession(session);
    m_search->setSession(session);
    m_glossary->setSession(session);
    m_factCheck->setSession(session);
    m_figures->setSession(session);
    m_entities->setSession(session);
    m_timeline->setSession(session);
    m_import->setSession(session);
    m_translator->setSession(session);
}

std::vector<QAction *> CaseDocks::toggleActions() const
{
    std::vector<QAction *> actions;
    for (QDockWidget *dock : m_docks)
        actions.push_back(dock->toggleViewAction());
    return actions;
}

void CaseDocks::setVisible(bool visible)
{
    for (size_t i = 0; i < m_docks.size(); ++i) {
        if (visible) {
            m_docks[i]->setVisible(m_shown[i]);
        } else if (m_docks[i]->toggleViewAction()->isEnabled()) {
            m_shown[i] = !m_docks[i]->isHidden();
            m_docks[i]->hide();
        }
        // No case, no views to toggle.
        m_docks[i]->toggleViewAction()->setEnabled(visible);
    }
}

} // namespace dossier
