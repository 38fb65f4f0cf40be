#include "shell/casefiledialogs.h"

#include "documents/originalcheck.h"
#include "entities/entityworkflow.h"
#include "export/exportdialog.h"
#include "import/importcontroller.h"
#include "import/provenancedialog.h"
#include "session/casesession.h"
#include "shell/casedocks.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>

namespace dossier {

namespace {

QString caseFilter()
{
    return CaseFileDialogs::tr("Dossier cases (*.dossier)");
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString lastImportFolder()
{
    return QSettings().value(QStringLiteral("import/folder"), defaultFolder()).toString();
}

} // namespace

CaseFileDialogs::CaseFileDialogs(MainWindow *window, CaseDocks *docks) : QObject(window), m_window(window), m_docks(docks) {}

QString CaseFileDialogs::askNewCasePath(const QString &title)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, defaultFolder(), caseFilter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".dossier")))
        path += QStringLiteral(".dossier");
    return path;
}

void CaseFileDialogs::newCase()
{
    if (const QString path = askNewCasePath(tr("New Case")); !path.isEmpty())
        m_window->createCase(path);
}

void CaseFileDialogs::openCase()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Case"), defaultFolder(), caseFilter());
    if (!path.isEmpty())
        m_window->openCase(path);
}

void CaseFileDialogs::newCaseFromExport()
{
    if (!m_window->backgroundWorkStopped()) // it replaces the open case, like New and Open
        return;
    const QString json = QFileDialog::getOpenFileName(m_window, tr("Case Export"), defaultFolder(), tr("JSON (*.json)"));
    if (json.isEmpty())
        return;
    if (const QString path = askNewCasePath(tr("New Case")); !path.isEmpty())
        m_window->adoptCase(CaseSession::fromExport(json, path), tr("New Case"));
}

void CaseFileDialogs::saveCopy()
{
    CaseSession *session = m_docks->session();
    const QString path = session ? askNewCasePath(tr("Save a Copy of the Case")) : QString();
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = session->saveCopyAs(path);
    QApplication::restoreOverrideCursor();
    if (!saved)
        m_window->showError(tr("Save a Copy"), saved.error().message);
    else
        m_window->statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void CaseFileDialogs::importPaths(const QStringList &paths)
{
    if (!m_docks->session() || paths.isEmpty())
        return;
    ProvenanceDialog ask(int(ImportService::expandPaths(paths).size()), m_window);
    if (ask.exec() == QDialog::Accepted)
        m_docks->importer()->importPaths(paths, ask.options());
}

void CaseFileDialogs::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Files"), lastImportFolder(),
        tr("Documents (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(files.first()).path());
    importPaths(files);
}

void CaseFileDialogs::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"), lastImportFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/folder"), folder);
    importPaths({folder});
}

void CaseFileDialogs::importScreeningList()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Screening List"), defaultFolder(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_window->entityWorkflow()->importScreeningList(path);
}

void CaseFileDialogs::exportSummary()
{
    ExportDialog dialog(m_docks->session(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.job())
        return;
    BackgroundJob *job = dialog.job();
    connect(job, &BackgroundJob::finished, m_window, [window = m_window, job](const Status &status) {
        if (!status)
            window->showError(tr("Export"), status.error().message);
        else if (job->wasCancelled())
            window->statusBar()->showMessage(tr("Export cancelled; nothing was kept."), 5000);
        else
            window->statusBar()->showMessage(tr("Exported."), 5000);
    });
}

void CaseFileDialogs::verifyOriginals(bool sayWhenSound)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    auto mismatches = std::make_shared<std::vector<OriginalMismatch>>();
    BackgroundJob *job = session->runInBackground(tr("Checking the originals"), [mismatches](Database &db, BackgroundJob::Context &context) {
        *mismatches = OriginalCheck::verify(db, [&](int done, int total) {
            context.progress(done, total);
            return !context.cancelled();
        });
        return Status();
    });
    connect(job, &BackgroundJob::finished, m_window, [window = m_window, job, mismatches, sayWhenSound](const Status &status) {
        if (!status) {
            window->showError(tr("Verify Case"), status.error().fullText());
            return;
        }
        if (job->wasCancelled())
            return;
        if (mismatches->empty()) {
            if (sayWhenSound)
                window->statusBar()->showMessage(tr("Every original is the file that was imported."), 8000);
            return;
        }
        window->showError(tr("Verify Case"), tr("%n document(s) of this case cannot be trusted:", nullptr, int(mismatches->size())) +
                                                 QStringLiteral("\n\n") + OriginalCheck::describe(*mismatches).join(QStringLiteral("\n\n")));
    });
}

} // namespace dossier
