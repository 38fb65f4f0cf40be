#include "shell/mainwindow.h"

#include "documents/documentbrowser.h"
#include "entities/entitypanel.h"
#include "entities/entityworkflow.h"
#include "import/importcontroller.h"
#include "reader/readerview.h"
#include "session/casesession.h"
#include "shell/casedocks.h"
#include "shell/casefiledialogs.h"
#include "shell/jobprogress.h"
#include "shell/mainmenus.h"
#include "shell/recentcases.h"
#include "shell/welcomewidget.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineworkflow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace dossier {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_docks(new CaseDocks(this)),
      m_files(new CaseFileDialogs(this, m_docks)), m_timelineWorkflow(new TimelineWorkflow(m_docks, this)),
      m_entityWorkflow(new EntityWorkflow(m_docks, this)), m_menus(new MainMenus(this, m_docks, m_files, m_undoGroup)),
      m_central(new QStackedWidget(this)), m_statusCase(new QLabel(this)), m_jobProgress(new JobProgress(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_central->addWidget(reader());
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_statusCase);
    statusBar()->addPermanentWidget(m_jobProgress);

    const auto say = [this](const QString &message) { statusBar()->showMessage(message, 8000); };
    connect(m_timelineWorkflow, &TimelineWorkflow::statusMessage, this, say);
    connect(m_entityWorkflow, &EntityWorkflow::statusMessage, this, say);
    connect(m_entityWorkflow, &EntityWorkflow::failed, this, &MainWindow::showError);
    connect(entityPanel(), &EntityPanel::statusMessage, this, say);
    connect(entityPanel(), &EntityPanel::entityActivated, m_entityWorkflow, &EntityWorkflow::openEntityPage);
    connect(entityPanel(), &EntityPanel::networkRequested, m_entityWorkflow, &EntityWorkflow::openNetwork);
    connect(reader(), &ReaderView::tagRequested, m_entityWorkflow, &EntityWorkflow::tagMention);
    connect(reader(), &ReaderView::timelineRequested, m_timelineWorkflow, &TimelineWorkflow::addToTimeline);
    connect(timelinePanel(), &TimelinePanel::eventActivated, m_timelineWorkflow, &TimelineWorkflow::openEventEvidence);
    connect(timelinePanel(), &TimelinePanel::editRequested, m_timelineWorkflow, &TimelineWorkflow::editEvent);
    connect(timelinePanel(), &TimelinePanel::proposeRequested, this,
            [this] { m_timelineWorkflow->proposeEvents(reader()->documentId()); });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setSession(nullptr);
}

MainWindow::~MainWindow()
{
    // The views go before the case they show; the session's jobs end with it.
    m_docks->setSession(nullptr);
    m_session.reset();
}

DocumentBrowser *MainWindow::browser() const { return m_docks->browser(); }
ReaderView *MainWindow::reader() const { return m_docks->reader(); }
SearchPanel *MainWindow::searchPanel() const { return m_docks->search(); }
ImportController *MainWindow::importController() const { return m_docks->importer(); }
MachineTranslationController *MainWindow::translationController() const { return m_docks->translator(); }
GlossaryPanel *MainWindow::glossaryPanel() const { return m_docks->glossary(); }
FactCheckPanel *MainWindow::factCheckPanel() const { return m_docks->factCheck(); }
FiguresPanel *MainWindow::figuresPanel() const { return m_docks->figures(); }
EntityPanel *MainWindow::entityPanel() const { return m_docks->entities(); }
TimelinePanel *MainWindow::timelinePanel() const { return m_docks->timeline(); }

void MainWindow::setSession(std::unique_ptr<CaseSession> session)
{
    if (m_session) {
        if (isVisible())
            QSettings().setValue(QStringLiteral("window/state"), saveState());
        m_undoGroup->removeStack(m_session->undoStack());
    }
    // The views let go of the old case before it closes.
    m_docks->setSession(nullptr);
    m_session = std::move(session);
    m_docks->setSession(m_session.get());
    m_menus->setCaseOpen(m_session != nullptr);
    m_docks->setVisible(m_session != nullptr);
    updateTitle();
    if (!m_session) {
        showWelcome();
        return;
    }
    m_central->setCurrentWidget(reader());
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &CaseSession::errorOccurred, this, [this](const QString &message) { showError(tr("Case file"), message); });
    connect(m_session.get(), &CaseSession::jobStarted, m_jobProgress, &JobProgress::track);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] { statusBar()->showMessage(tr("Saved"), 2000); });
    const int documents = int(m_session->documents().size());
    statusBar()->showMessage(tr("Opened %1 (%n document(s))", nullptr, documents).arg(QFileInfo(m_session->path()).fileName()), 5000);
    if (const QString reason = m_session->readOnlyReason(); !reason.isEmpty())
        statusBar()->showMessage(reason);
    m_files->verifyOriginals(false);
    if (documents > 0)
        browser()->view()->selectRow(0);
}

void MainWindow::showWelcome()
{
    delete m_welcome; // the recent cases may have changed since it was made
    auto *welcome = new WelcomeWidget(RecentCases::list(), m_central);
    connect(welcome, &WelcomeWidget::newCaseRequested, m_files, &CaseFileDialogs::newCase);
    connect(welcome, &WelcomeWidget::openCaseRequested, m_files, &CaseFileDialogs::openCase);
    connect(welcome, &WelcomeWidget::recentCaseRequested, this, &MainWindow::openCase);
    m_welcome = welcome;
    m_central->addWidget(welcome);
    m_central->setCurrentWidget(welcome);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Dossier"));
        m_statusCase->clear();
        return;
    }
    setWindowTitle(tr("%1 — Dossier").arg(QFileInfo(m_session->path()).completeBaseName()));
    m_statusCase->setText(QDir::toNativeSeparators(m_session->path()));
}

bool MainWindow::backgroundWorkStopped()
{
    // Background jobs (import, translation, scan, export, the originals check) run on
    // their own connections to this case: they must end before it is swapped or closed.
    // Asked to stop, not waited for: the window stays live.
    if (!m_session || !m_session->hasRunningJobs())
        return true;
    const bool importing = importController()->isRunning();
    importController()->cancel();
    m_session->cancelJobs();
    statusBar()->showMessage(importing ? tr("Stopping the import first; try again when it has stopped.")
                                       : tr("Stopping the work in progress first; try again when it has stopped."),
                             8000);
    return false;
}

bool MainWindow::openCase(const QString &path)
{
    if (m_session && QFileInfo(m_session->path()) == QFileInfo(path))
        return true;
    return backgroundWorkStopped() && adoptCase(CaseSession::open(path), tr("Open Case"));
}

bool MainWindow::createCase(const QString &path)
{
    return backgroundWorkStopped() && adoptCase(CaseSession::create(path), tr("New Case"));
}

bool MainWindow::adoptCase(Result<std::unique_ptr<CaseSession>> made, const QString &title)
{
    if (!made) {
        showError(title, made.error().message + QStringLiteral("\n\n") + made.error().detail);
        return false;
    }
    const QString path = made.value()->path();
    setSession(std::move(made.value()));
    RecentCases::remember(path);
    m_menus->updateRecent();
    return true;
}

void MainWindow::closeCase()
{
    if (backgroundWorkStopped())
        setSession(nullptr);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A single case file dropped opens it; anything else is imported into the open case.
    if (paths.size() == 1 && paths.first().endsWith(QStringLiteral(".dossier")))
        openCase(paths.first());
    else if (!m_session)
        showError(tr("Import"), tr("Open or create a case first, then drop documents on it."));
    else
        m_files->importPaths(paths);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message.trimmed(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!backgroundWorkStopped()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_session)
        settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace dossier
