#include "shell/mainmenus.h"
#include "merge/mergeworkflow.h"
#include "operations/author.h"

#include "documents/documentbrowser.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "shell/casedocks.h"
#include "shell/casefiledialogs.h"
#include "shell/guidedialog.h"
#include "shell/mainwindow.h"
#include "shell/recentcases.h"
#include "timeline/timelineworkflow.h"
#include "translation/translationsettingsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>

#include <functional>

namespace dossier {

MainMenus::MainMenus(MainWindow *window, CaseDocks *docks, CaseFileDialogs *files, QUndoGroup *undo)
    : QObject(window), m_window(window), m_docks(docks), m_files(files)
{
    createFileMenu();
    createEditMenu(undo);
    createViewMenu();
    QMenu *settings = window->menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Your &Name…"), window, [window] {
        bool ok = false;
        const QString name = QInputDialog::getText(window, tr("Your Name"),
                                                   tr("Every change you make in a case is recorded with this name, so "
                                                      "colleagues merging your copy see who did what:"),
                                                   QLineEdit::Normal, Author::current(), &ok)
                                 .trimmed();
        if (!ok)
            return;
        QSettings().setValue(QStringLiteral("author/name"), name);
        Author::set(name);
    });
    settings->addAction(tr("&Translation Services…"), window, [window] { TranslationSettingsDialog(window).exec(); });
    createHelpMenu();
    updateRecent();
}

QAction *MainMenus::caseAction(QMenu *menu, const QString &text, const QKeySequence &keys, const std::function<void()> &work)
{
    QAction *action = menu->addAction(text, m_window, work);
    action->setShortcut(keys);
    m_caseActions.push_back(action);
    return action;
}

void MainMenus::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Case…"), m_files, &CaseFileDialogs::newCase)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open Case…"), m_files, &CaseFileDialogs::openCase)->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(tr("Open &Recent"));
    caseAction(file, tr("Save a &Copy As…"), QKeySequence::SaveAs, [this] { m_files->saveCopy(); });
    file->addSeparator();
    caseAction(file, tr("&Import Files…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { m_files->importFiles(); });
    caseAction(file, tr("Import &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { m_files->importFolder(); });
    caseAction(file, tr("Import &Screening List…"), {}, [this] { m_files->importScreeningList(); });
    file->addSeparator();
    caseAction(file, tr("&Export Case Summary…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { m_files->exportSummary(); });
    file->addAction(tr("New Case From &JSON Export…"), m_files, &CaseFileDialogs::newCaseFromExport);
    file->addSeparator();
    auto *merging = new MergeWorkflow(m_docks, m_window);
    connect(merging, &MergeWorkflow::statusMessage, m_window, [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
    caseAction(file, tr("&Merge a Copy of This Case…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [merging] { merging->mergeCase(); })
        ->setStatusTip(tr("Bring in what a colleague's copy (a case file or its JSON export) holds"));
    caseAction(file, tr("Resolve Merge &Conflicts…"), {}, [merging] { merging->resolveConflicts(); });
    caseAction(file, tr("&Verify Case"), {}, [this] { m_files->verifyOriginals(true); });
    file->addSeparator();
    caseAction(file, tr("&Close Case"), QKeySequence::Close, [this] { m_window->closeCase(); });
    file->addAction(tr("&Quit"), m_window, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainMenus::createEditMenu(QUndoGroup *undo)
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = undo->createUndoAction(m_window, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(m_window, tr("&Redo"));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    // Their text names the step to undo; the guide names what the key does.
    undoAction->setProperty("guideName", tr("Undo"));
    redoAction->setProperty("guideName", tr("Redo"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    caseAction(edit, tr("&Find in Case"), QKeySequence::Find, [this] {
        m_docks->searchDock()->show();
        m_docks->searchDock()->raise();
        m_docks->search()->queryEdit()->setFocus();
        m_docks->search()->queryEdit()->selectAll();
    });
    edit->addSeparator();
    caseAction(edit, tr("Document &Details…"), QKeySequence(Qt::ALT | Qt::Key_Return), [this] { m_docks->browser()->editProperties(); });
    caseAction(edit, tr("Move Document to &Trash"), {}, [this] { m_docks->browser()->deleteSelected(); });
    edit->addSeparator();
    QAction *readNotice = caseAction(edit, tr("&What This Notice Says…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                     [this] { m_window->timelineWorkflow()->proposeEvents(m_docks->reader()->documentId()); });
    readNotice->setStatusTip(tr("The notice's buyer, winner, amounts and dates, as events, entities and relations to keep"));
}

void MainMenus::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    if (fullScreen->shortcut().isEmpty())
        fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::toggled, m_window, [this](bool on) { on ? m_window->showFullScreen() : m_window->showNormal(); });
    QMenu *language = view->addMenu(tr("Interface &Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("interface/language")).toString();
    for (const auto &[code, name] : {std::pair{QString(), tr("System Language")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, m_window, [this, code = code] {
            QSettings().setValue(QStringLiteral("interface/language"), code);
            QMessageBox::information(m_window, tr("Interface Language"),
                                     tr("The new language is used the next time Dossier starts."));
        });
    }
    view->addSeparator();
    for (QAction *toggle : m_docks->toggleActions())
        view->addAction(toggle);
}

void MainMenus::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Dossier &Guide"), m_window, [this] {
        auto *dialog = new GuideDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Dossier"), m_window, [this] {
        QMessageBox::about(
            m_window, tr("About Dossier"),
            tr("<h3>Dossier %1</h3><p>A workbench for investigations built on documents: import "
               "tenders and reports, read Chinese originals beside their translations, and keep "
               "every quote traceable to its source.</p><p>Case files are SQLite databases; "
               "nothing leaves this computer unless you configure a translation service.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainMenus::setCaseOpen(bool open)
{
    for (QAction *action : m_caseActions)
        action->setEnabled(open);
}

void MainMenus::updateRecent()
{
    m_recent->clear();
    const QStringList recent = RecentCases::list();
    for (const QString &path : recent)
        m_recent->addAction(QDir::toNativeSeparators(path), m_window, [this, path] { m_window->openCase(path); });
    m_recent->setEnabled(!recent.isEmpty());
}

} // namespace dossier
