#include "merge/mergeworkflow.h"

#include "merge/conflictsdialog.h"
#include "merge/mergecaseedit.h"
#include "merge/mergedialog.h"
#include "session/casesession.h"
#include "shell/casedocks.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace dossier {

MergeWorkflow::MergeWorkflow(CaseDocks *docks, QWidget *window) : QObject(window), m_docks(docks), m_window(window) {}

void MergeWorkflow::mergeCase()
{
    const QString folder = QSettings()
                               .value(QStringLiteral("merge/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge a Copy of This Case"), folder,
                                                      tr("Dossier cases and case exports (*.dossier *.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("merge/folder"), QFileInfo(path).absolutePath());
    mergeCase(path);
}

void MergeWorkflow::mergeCase(const QString &path)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    std::optional<Result<MergeReport>> preview;
    session->read([&](Database &db) { preview = MergeCaseEdit::preview(db, path, session->path()); });
    if (!preview)
        return; // the read failed and was reported
    if (!*preview) {
        QMessageBox::warning(m_window, tr("Merge Case"), (*preview).error().message);
        return;
    }
    MergeDialog dialog(path, **preview, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<std::unique_ptr<MergeCaseEdit>> edit = MergeCaseEdit::from(path, session->path());
    if (!edit) {
        QMessageBox::warning(m_window, tr("Merge Case"), edit.error().message);
        return;
    }
    session->performInBackground(std::move(*edit), [this](const CaseEdit *done) {
        if (!done)
            return;
        const MergeReport &report = static_cast<const MergeCaseEdit *>(done)->report();
        Q_EMIT statusMessage(report.summary().join(QLatin1Char(' ')));
        if (report.count(MergeChange::Action::Conflict) > 0)
            resolveConflicts();
    });
}

void MergeWorkflow::resolveConflicts()
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    ConflictsDialog dialog(session, m_window);
    dialog.exec();
}

} // namespace dossier
