#pragma once

#include "import/importservice.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QProgressDialog;
class QWidget;

namespace dossier {

class CaseSession;

// Imports files on a worker thread with its own connection to the case, showing a
// progress dialog with Cancel. Each document is committed on its own, so cancelling
// keeps what finished and leaves nothing half-imported. Errors are listed at the end.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(CaseSession *session, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    void setShowReport(bool show) { m_showReport = show; }
    void importPaths(const QStringList &paths, const ImportOptions &options = {});
    void cancel() { m_cancel = true; }

    static QString reportText(const std::vector<ImportOutcome> &outcomes);

Q_SIGNALS:
    void progressed(int done, int total, const QString &path);
    void finished(const std::vector<dossier::ImportOutcome> &outcomes);

private:
    void onFinished(const std::vector<ImportOutcome> &outcomes);

    CaseSession *m_session;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_showReport = true;
};

} // namespace dossier
