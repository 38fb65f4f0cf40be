#include "shell/mainwindow.h"

#include "session/casesession.h"
#include "documents/originalcheck.h"
#include "shell/jobprogress.h"
#include "documents/documentbrowser.h"
#include "operations/entityedits.h"
#include "entities/entitydialog.h"
#include "entities/entitypage.h"
#include "entities/entitypanel.h"
#include "export/exportdialog.h"
#include "factcheck/factcheckpanel.h"
#include "entities/networkview.h"
#include "operations/eventedits.h"
#include "timeline/eventdialog.h"
#include "timeline/proposalsdialog.h"
#include "entities/tagdialog.h"
#include "timeline/timelinepanel.h"
#include "factcheck/figurespanel.h"
#include "translation/glossarypanel.h"
#include "import/importcontroller.h"
#include "translation/machinetranslationcontroller.h"
#include "translations/machinetranslator.h"
#include "translation/translationsettingsdialog.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "shell/welcomewidget.h"

#include "entities/screeninglist.h"
#include "export/casejson.h"
#include "timeline/dateparser.h"
#include "timeline/eventstore.h"
#include "timeline/procurementfields.h"
#include "documents/documentstore.h"
#include "notices/noticeparties.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QCheckBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace dossier {

namespace {

constexpr int kMaxRecent = 8;

QString caseFilter()
{
    return MainWindow::tr("Dossier cases (*.dossier)");
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createActions();
    createMenus();
    m_statusCase = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCase);
    m_jobProgress = new JobProgress(this);
    statusBar()->addPermanentWidget(m_jobProgress);
    setSession(nullptr);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Layout was saved by closeEvent; a window destroyed without closing saves nothing.
    // The import worker goes first: it writes to the case the session holds open.
    delete m_import;
    m_import = nullptr;
    delete m_translator;
    m_translator = nullptr;
    m_session.reset();
}

void MainWindow::createActions()
{
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    m_saveCopy = new QAction(tr("Save a &Copy As…"), this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopyDialog);
    m_importFiles = new QAction(tr("&Import Files…"), this);
    m_importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    m_importFolder = new QAction(tr("Import &Folder…"), this);
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    m_find = new QAction(tr("&Find in Case"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (!m_search)
            return;
        m_searchDock->show();
        m_searchDock->raise();
        m_search->queryEdit()->setFocus();
        m_search->queryEdit()->selectAll();
    });
    m_delete = new QAction(tr("Move Document to &Trash"), this);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_browser)
            m_browser->deleteSelected();
    });
    m_details = new QAction(tr("Document &Details…"), this);
    m_details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    connect(m_details, &QAction::triggered, this, [this] {
        if (m_browser)
            m_browser->editProperties();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCase = file->addAction(tr("&New Case…"), this, &MainWindow::newCaseDialog);
    newCase->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Case…"), this, &MainWindow::openCaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_saveCopy);
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addAction(tr("Import &Screening List…"), this, &MainWindow::importScreeningList);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Case Summary…"), this, [this] {
        if (!m_session)
            return;
        ExportDialog dialog(m_session.get(), this);
        if (dialog.exec() != QDialog::Accepted || !dialog.job())
            return;
        BackgroundJob *job = dialog.job();
        connect(job, &BackgroundJob::finished, this, [this, job](const Status &status) {
            if (!status)
                showError(tr("Export"), status.error().message);
            else if (job->wasCancelled())
                statusBar()->showMessage(tr("Export cancelled; nothing was kept."), 5000);
            else
                statusBar()->showMessage(tr("Exported."), 5000);
        });
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("New Case From &JSON Export…"), this, [this] {
        if (!backgroundWorkStopped()) // it replaces the open case, like New and Open
            return;
        const QString json = QFileDialog::getOpenFileName(this, tr("Case Export"), defaultFolder(), tr("JSON (*.json)"));
        if (json.isEmpty())
            return;
        QString path = QFileDialog::getSaveFileName(this, tr("New Case"), defaultFolder(), caseFilter());
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".dossier")))
            path += QStringLiteral(".dossier");
        auto created = CaseSession::fromExport(json, path);
        if (!created) {
            showError(tr("New Case"), created.error().message);
            return;
        }
        setSession(std::move(created.value()));
        rememberRecent(path);
    });
    file->addAction(tr("&Verify Case"), this, [this] {
        if (m_session)
            verifyOriginals(true);
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Case"), this, &MainWindow::closeCase);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_details);
    m_editMenu->addAction(m_delete);
    m_editMenu->addSeparator();
    QAction *readNotice = m_editMenu->addAction(tr("&What This Notice Says…"), this, [this] {
        if (m_reader->documentId())
            proposeEvents(m_reader->documentId());
        else
            statusBar()->showMessage(tr("Open a notice first."), 5000);
    });
    readNotice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    readNotice->setStatusTip(tr("The notice's buyer, winner, amounts and dates, as events, entities and relations to keep"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    if (fullScreen->shortcut().isEmpty())
        fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });
    QMenu *language = m_viewMenu->addMenu(tr("Interface &Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("interface/language")).toString();
    for (const auto &[code, name] : {std::pair{QString(), tr("System Language")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("interface/language"), code);
            QMessageBox::information(this, tr("Interface Language"),
                                     tr("The new language is used the next time Dossier starts."));
        });
    }
    m_viewMenu->addSeparator();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Translation Services…"), this, &MainWindow::translationSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dossier"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setSession(std::unique_ptr<CaseSession> session)
{
    if (m_session) {
        if (isVisible())
            QSettings().setValue(QStringLiteral("window/state"), saveState());
        m_undoGroup->removeStack(m_session->undoStack());
    }
    delete m_import;
    delete m_translator;
    delete m_documentsDock;
    delete m_searchDock;
    delete m_glossaryDock;
    delete m_factCheckDock;
    delete m_figuresDock;
    delete m_entitiesDock;
    delete m_timelineDock;
    delete centralWidget();
    m_import = nullptr;
    m_translator = nullptr;
    m_glossary = nullptr;
    m_factCheck = nullptr;
    m_figures = nullptr;
    m_figuresDock = nullptr;
    m_entities = nullptr;
    m_entitiesDock = nullptr;
    m_timeline = nullptr;
    m_timelineDock = nullptr;
    m_documentsDock = m_searchDock = m_glossaryDock = m_factCheckDock = nullptr;
    m_browser = nullptr;
    m_reader = nullptr;
    m_search = nullptr;
    m_session = std::move(session);

    const bool open = m_session != nullptr;
    for (QAction *action : {m_saveCopy, m_importFiles, m_importFolder, m_find, m_delete, m_details, m_exportAction})
        action->setEnabled(open);
    for (QAction *action : m_viewMenu->actions())
        if (action->property("dockToggle").toBool())
            m_viewMenu->removeAction(action);

    if (!open) {
        auto *welcome = new WelcomeWidget(recentCases(), this);
        connect(welcome, &WelcomeWidget::newCaseRequested, this, &MainWindow::newCaseDialog);
        connect(welcome, &WelcomeWidget::openCaseRequested, this, &MainWindow::openCaseDialog);
        connect(welcome, &WelcomeWidget::recentCaseRequested, this, &MainWindow::openCase);
        setCentralWidget(welcome);
        updateTitle();
        return;
    }

    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &CaseSession::errorOccurred, this,
            [this](const QString &message) { showError(tr("Case file"), message); });
    connect(m_session.get(), &CaseSession::jobStarted, m_jobProgress, &JobProgress::track);
    if (const QString reason = m_session->readOnlyReason(); !reason.isEmpty())
        statusBar()->showMessage(reason);
    verifyOriginals(false);

    m_reader = new ReaderView(m_session.get(), this);
    m_reader->setMinimumWidth(520);
    setCentralWidget(m_reader);

    m_browser = new DocumentBrowser(m_session.get(), this);
    m_documentsDock = new QDockWidget(tr("Documents"), this);
    m_documentsDock->setObjectName(QStringLiteral("documentsDock"));
    m_documentsDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_documentsDock);

    m_search = new SearchPanel(m_session.get(), this);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);

    m_glossary = new GlossaryPanel(m_session.get(), this);
    m_glossaryDock = new QDockWidget(tr("Glossary"), this);
    m_glossaryDock->setObjectName(QStringLiteral("glossaryDock"));
    m_glossaryDock->setWidget(m_glossary);
    addDockWidget(Qt::LeftDockWidgetArea, m_glossaryDock);
    tabifyDockWidget(m_searchDock, m_glossaryDock);
    m_searchDock->raise();

    m_factCheck = new FactCheckPanel(m_session.get(), this);
    m_factCheckDock = new QDockWidget(tr("Fact-Check"), this);
    m_factCheckDock->setObjectName(QStringLiteral("factCheckDock"));
    m_factCheckDock->setWidget(m_factCheck);
    addDockWidget(Qt::RightDockWidgetArea, m_factCheckDock);
    m_factCheckDock->hide(); // opened from View or Ctrl+Shift+K when needed
    connect(m_factCheck, &FactCheckPanel::sourceActivated, this,
            [this](qint64 documentId, qint64 segmentId, int start, int end) {
                m_browser->selectDocument(documentId);
                m_reader->showSpan(documentId, segmentId, start, end);
            });

    m_figures = new FiguresPanel(m_session.get(), this);
    m_figuresDock = new QDockWidget(tr("Figures"), this);
    m_figuresDock->setObjectName(QStringLiteral("figuresDock"));
    m_figuresDock->setWidget(m_figures);
    addDockWidget(Qt::LeftDockWidgetArea, m_figuresDock);
    tabifyDockWidget(m_glossaryDock, m_figuresDock);
    m_searchDock->raise();
    connect(m_figures, &FiguresPanel::figureActivated, m_reader, &ReaderView::showSpan);
    connect(m_browser, &DocumentBrowser::documentOpened, m_figures, &FiguresPanel::showDocument);

    m_entities = new EntityPanel(m_session.get(), this);
    m_entitiesDock = new QDockWidget(tr("Entities"), this);
    m_entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    m_entitiesDock->setWidget(m_entities);
    addDockWidget(Qt::LeftDockWidgetArea, m_entitiesDock);
    tabifyDockWidget(m_figuresDock, m_entitiesDock);
    m_searchDock->raise();
    connect(m_entities, &EntityPanel::entityActivated, this, &MainWindow::openEntityPage);
    connect(m_entities, &EntityPanel::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_entities, &EntityPanel::networkRequested, this, &MainWindow::openNetwork);
    connect(m_reader, &ReaderView::tagRequested, this, &MainWindow::tagMention);

    m_timeline = new TimelinePanel(m_session.get(), this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_timelineDock->hide(); // View → Timeline or Ctrl+Shift+L
    connect(m_reader, &ReaderView::timelineRequested, this, &MainWindow::addToTimeline);
    connect(m_timeline, &TimelinePanel::eventActivated, this, &MainWindow::openEventEvidence);
    connect(m_timeline, &TimelinePanel::editRequested, this, &MainWindow::editEvent);
    connect(m_timeline, &TimelinePanel::proposeRequested, this, [this] {
        if (m_reader->documentId())
            proposeEvents(m_reader->documentId());
    });

    for (QDockWidget *dock :
         {m_documentsDock, m_searchDock, m_glossaryDock, m_figuresDock, m_entitiesDock, m_timelineDock, m_factCheckDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setProperty("dockToggle", true);
        if (dock == m_factCheckDock)
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        if (dock == m_timelineDock)
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        m_viewMenu->addAction(toggle);
    }
    m_import = new ImportController(m_session.get(), this);
    m_translator = new MachineTranslationController(m_session.get(), this);
    connect(m_reader, &ReaderView::machineTranslationRequested, this, &MainWindow::machineTranslate);

    connect(m_browser, &DocumentBrowser::documentOpened, m_reader, &ReaderView::showDocument);
    connect(m_search, &SearchPanel::hitActivated, this, [this](const SearchHit &hit) {
        m_browser->selectDocument(hit.documentId);
        m_reader->showHit(hit, m_search->lastQuery());
    });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] {
        statusBar()->showMessage(tr("Saved"), 2000);
    });

    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    resizeDocks({m_documentsDock}, {500}, Qt::Horizontal);
    updateTitle();
    const int documents = int(m_session->documents().size());
    statusBar()->showMessage(tr("Opened %1 (%n document(s))", nullptr, documents)
                                 .arg(QFileInfo(m_session->path()).fileName()),
                             5000);
    if (documents > 0)
        m_browser->view()->selectRow(0);
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

void MainWindow::verifyOriginals(bool sayWhenSound)
{
    if (!m_session)
        return;
    auto mismatches = std::make_shared<std::vector<OriginalMismatch>>();
    BackgroundJob *job = m_session->runInBackground(tr("Checking the originals"), [mismatches](Database &db, BackgroundJob::Context &context) {
        *mismatches = OriginalCheck::verify(db, [&](int done, int total) {
            context.progress(done, total);
            return !context.cancelled();
        });
        return Status();
    });
    connect(job, &BackgroundJob::finished, this, [this, job, mismatches, sayWhenSound](const Status &status) {
        if (!status) {
            showError(tr("Verify Case"), status.error().fullText());
            return;
        }
        if (job->wasCancelled())
            return;
        if (mismatches->empty()) {
            if (sayWhenSound)
                statusBar()->showMessage(tr("Every original is the file that was imported."), 8000);
            return;
        }
        showError(tr("Verify Case"), tr("%n document(s) of this case cannot be trusted:", nullptr, int(mismatches->size())) +
                                         QStringLiteral("\n\n") + OriginalCheck::describe(*mismatches).join(QStringLiteral("\n\n")));
    });
}

bool MainWindow::backgroundWorkStopped()
{
    // The import and the session's background jobs (translation, scan, export, the
    // originals check) run on their own connections to this case: they must end before
    // the case is swapped or closed. Asked to stop, not waited for: the window stays live.
    const bool importing = m_import && m_import->isRunning();
    const bool working = m_session && m_session->hasRunningJobs();
    if (!importing && !working)
        return true;
    if (importing)
        m_import->cancel();
    if (working)
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
    if (!backgroundWorkStopped())
        return false;
    auto opened = CaseSession::open(path);
    if (!opened) {
        showError(tr("Open Case"), opened.error().message + QStringLiteral("\n\n") + opened.error().detail);
        return false;
    }
    setSession(std::move(opened.value()));
    rememberRecent(path);
    return true;
}

bool MainWindow::createCase(const QString &path)
{
    if (!backgroundWorkStopped())
        return false;
    auto created = CaseSession::create(path);
    if (!created) {
        showError(tr("New Case"), created.error().message + QStringLiteral("\n\n") + created.error().detail);
        return false;
    }
    setSession(std::move(created.value()));
    rememberRecent(path);
    return true;
}

void MainWindow::closeCase()
{
    if (backgroundWorkStopped())
        setSession(nullptr);
}

void MainWindow::newCaseDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Case"), defaultFolder(), caseFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".dossier")))
        path += QStringLiteral(".dossier");
    createCase(path);
}

void MainWindow::openCaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), defaultFolder(), caseFilter());
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_session)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Case"), defaultFolder(), caseFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".dossier")))
        path += QStringLiteral(".dossier");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = m_session->saveCopyAs(path);
    QApplication::restoreOverrideCursor();
    if (!saved)
        showError(tr("Save a Copy"), saved.error().message);
    else
        statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::importFilesDialog()
{
    if (!m_import)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QSettings().value(QStringLiteral("import/folder"), defaultFolder()).toString(),
        tr("Documents (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(files.first()).path());
    m_import->importPaths(files);
}

void MainWindow::importFolderDialog()
{
    if (!m_import)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Folder"), QSettings().value(QStringLiteral("import/folder"), defaultFolder()).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/folder"), folder);
    m_import->importPaths({folder});
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
    if (paths.size() == 1 && paths.first().endsWith(QStringLiteral(".dossier"))) {
        openCase(paths.first());
        return;
    }
    if (!m_import) {
        showError(tr("Import"), tr("Open or create a case first, then drop documents on it."));
        return;
    }
    m_import->importPaths(paths);
}

QStringList MainWindow::recentCases()
{
    QStringList recent = QSettings().value(QStringLiteral("recentCases")).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(),
                                [](const QString &path) { return !QFileInfo::exists(path); }),
                 recent.end());
    return recent;
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentCases();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentCases"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentCases();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openCase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message.trimmed(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Dossier"),
        tr("<h3>Dossier %1</h3><p>A workbench for investigations built on documents: import "
           "tenders and reports, read Chinese originals beside their translations, and keep "
           "every quote traceable to its source.</p><p>Case files are SQLite databases; "
           "nothing leaves this computer unless you configure a translation service.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::tagMention(qint64 segmentId, const QString &field, int start, int end, const QString &text)
{
    std::vector<Entity> entities;
    m_session->read([&](Database &db) { entities = EntityStore(db).list(); });
    TagDialog dialog(text, entities, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 existing = dialog.entityId();
    const Entity fresh = dialog.newEntity();
    Mention mention;
    mention.segmentId = segmentId;
    mention.field = field;
    mention.start = start;
    mention.end = end;
    mention.text = text;
    mention.origin = QStringLiteral("manual");
    mention.status = Mention::Status::Confirmed;
    m_session->perform(existing ? EntityEdit::tag(mention, existing) : EntityEdit::tagAsNew(mention, fresh));
}

void MainWindow::addToTimeline(qint64 segmentId, const QString &field, int start, int end, const QString &text)
{
    std::vector<Entity> entities;
    std::vector<Event> events;
    Event event;
    m_session->read([&](Database &db) {
        entities = EntityStore(db).list();
        events = EventStore(db).list();
        // The date and the entities are proposed from the segment itself.
        for (const SegmentInfo &s : DocumentStore(db).segments(m_reader->documentId())) {
            if (s.id != segmentId)
                continue;
            const std::optional<DocumentInfo> document = DocumentStore(db).get(s.documentId);
            DateParser::Options options = DateParser::defaults();
            if (document && document->obtainedAt)
                options.referenceYear = QDate::fromString(*document->obtainedAt, Qt::ISODate).year();
            if (std::optional<FuzzyDate> date = DateParser::parse(text, options))
                event.date = *date;
            else if (std::optional<FuzzyDate> date = DateParser::parse(s.text, options))
                event.date = *date;
            for (const Mention &m : EntityStore(db).mentionsInDocument(s.documentId))
                if (m.segmentId == segmentId &&
                    std::find(event.entityIds.begin(), event.entityIds.end(), m.entityId) == event.entityIds.end())
                    event.entityIds.push_back(m.entityId);
            event.title = text.left(80);
        }
    });
    EventDialog dialog(event, entities, events, text, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 existing = dialog.existingEventId();
    const Event fresh = dialog.event();
    const Citation citation{segmentId, field, start, end, {}};
    m_session->perform(existing ? EventEdit::cite(existing, citation) : EventEdit::create(fresh, {citation}));
    m_timelineDock->show();
}

void MainWindow::editEvent(qint64 eventId)
{
    std::vector<Entity> entities;
    std::optional<Event> event;
    m_session->read([&](Database &db) {
        entities = EntityStore(db).list();
        event = EventStore(db).get(eventId);
    });
    if (!event)
        return;
    EventDialog dialog(*event, entities, {}, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Event edited = dialog.event();
    m_session->perform(EventEdit::update(edited));
}

void MainWindow::openEventEvidence(qint64 eventId)
{
    std::optional<Event> event;
    m_session->read([&](Database &db) { event = EventStore(db).get(eventId); });
    if (!event || event->evidence.empty() || !event->evidence.front().segmentId || event->evidence.front().missing) {
        statusBar()->showMessage(tr("This event has no evidence to open."), 5000);
        return;
    }
    const EventEvidence &evidence = event->evidence.front();
    m_browser->selectDocument(evidence.documentId);
    if (evidence.field == QLatin1String("translation"))
        m_reader->showSpan(evidence.documentId, *evidence.segmentId, 0, 0);
    else
        m_reader->showSpan(evidence.documentId, *evidence.segmentId, evidence.start, evidence.end);
}

void MainWindow::proposeEvents(qint64 documentId)
{
    std::vector<ProcurementField> fields;
    std::vector<ProposedEvent> proposals;
    std::vector<Entity> entities;
    NoticeSuggestions suggestions;
    m_session->read([&](Database &db) {
        ProcurementFields procurement(db);
        const NoticeReading reading = procurement.read(documentId);
        fields = reading.fields;
        const std::optional<DocumentInfo> document = DocumentStore(db).get(documentId);
        proposals = ProcurementFields::propose(reading, document ? document->title : QString());
        suggestions = NoticeParties::suggest(db, documentId, reading);
    });
    ProposalsDialog dialog(fields, proposals, suggestions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->undoStack()->beginMacro(tr("Keep what the notice says"));
    // Parties and awards first, so that the events can link the entities they name.
    const std::vector<bool> parties = dialog.partiesChosen();
    const std::vector<bool> deals = dialog.dealsChosen();
    if (std::find(parties.begin(), parties.end(), true) != parties.end() ||
        std::find(deals.begin(), deals.end(), true) != deals.end()) {
        m_session->perform(EntityEdit::acceptNoticeParties(suggestions, parties, deals));
    }
    m_session->read([&](Database &db) { entities = EntityStore(db).list(); });
    for (const ProposedEvent &p : dialog.accepted()) {
        Event event;
        event.date = p.date;
        event.title = p.title;
        event.description = p.description;
        for (const QString &name : p.entityNames)
            for (const Entity &e : entities)
                if (e.allNames().contains(name))
                    event.entityIds.push_back(e.id);
        m_session->perform(EventEdit::create(event, {Citation{p.segmentId, QStringLiteral("original"), p.start, p.end, {}}}));
    }
    m_session->undoStack()->endMacro();
    m_timelineDock->show();
}

void MainWindow::openEntityPage(qint64 entityId)
{
    auto *page = new EntityPage(m_session.get(), entityId, this);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setEvidenceSource([this]() -> std::optional<Relation::Evidence> {
        qint64 segmentId = 0;
        int start = 0, end = 0;
        QString quote;
        if (!m_reader || !m_reader->currentSpan(&segmentId, &start, &end, &quote))
            return std::nullopt;
        return Relation::Evidence{segmentId, start, end, quote};
    });
    connect(page, &EntityPage::mentionActivated, this,
            [this](qint64 documentId, qint64 segmentId, const QString &, int start, int end) {
                m_browser->selectDocument(documentId);
                m_reader->showSpan(documentId, segmentId, start, end);
            });
    page->show();
}

void MainWindow::openNetwork()
{
    auto *window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Network of Entities"));
    auto *view = new NetworkView(m_session.get(), window);
    auto *layout = new QVBoxLayout(window);
    auto *filters = new QHBoxLayout;
    for (EntityType type : allEntityTypes()) {
        auto *box = new QCheckBox(entityTypeLabel(type), window);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, view, [view, type, window](bool) {
            QSet<EntityType> hidden;
            for (QCheckBox *b : window->findChildren<QCheckBox *>())
                if (!b->isChecked())
                    hidden.insert(entityTypeFromString(b->property("type").toString()).value_or(EntityType::Other));
            view->setHiddenTypes(hidden);
            (void)type;
        });
        box->setProperty("type", toString(type));
        filters->addWidget(box);
    }
    layout->addLayout(filters);
    layout->addWidget(view, 1);
    connect(view, &NetworkView::entityActivated, this, &MainWindow::openEntityPage);
    window->resize(1000, 720);
    window->show();
}

void MainWindow::importScreeningList()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Screening List"), defaultFolder(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<int> imported = Error(QString());
    m_session->read([&](Database &db) { imported = ScreeningList(db).importCsv(path, QFileInfo(path).completeBaseName()); });
    if (!imported) {
        showError(tr("Import Screening List"), imported.error().message);
        return;
    }
    m_session->notifyEntitiesChanged();
    statusBar()->showMessage(tr("Imported %1 list entries; entities on the list are flagged ⚑.").arg(*imported), 8000);
}

void MainWindow::translationSettings()
{
    TranslationSettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::machineTranslate(const std::vector<qint64> &segmentIds, qint64 documentId)
{
    if (!m_translator)
        return;
    std::optional<ProviderConfig> provider = MachineTranslationController::defaultProvider();
    if (!provider) {
        QMessageBox::information(this, tr("Machine Translation"),
                                 tr("No translation service is set up yet. Add one (a local server or a hosted "
                                    "service) and try again."));
        translationSettings();
        provider = MachineTranslationController::defaultProvider();
        if (!provider)
            return;
    }
    std::vector<qint64> ids = segmentIds;
    if (ids.empty()) { // the whole case: every segment without a translation yet
        m_session->read([&](Database &db) {
            ids = MachineTranslator::untranslatedSegments(db, std::nullopt,
                                                          provider->targetLanguage);
        });
    }
    m_translator->translate(*provider, ids, documentId);
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
