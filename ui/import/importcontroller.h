#pragma once

#include "import/importservice.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

class QProgressDialog;
class QWidget;

namespace dossier {

class CaseSession;

// Imports files on a worker thread with its own connection to the case, showing a
// progress dialog with Cancel. Each document is committed on its own, so cancelling
// keeps what finished and leaves nothing half-imported. Files given while an import runs
// are queued behind it (Cancel drops the queue too). Errors are listed at the end.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(CaseSession *session, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    int queuedBatches() const { return int(m_queue.size()); }
    void setShowReport(bool show) { m_showReport = show; }
    void importPaths(const QStringList &paths, const ImportOptions &options = {});
    void cancel() { m_cancel = true; }

    static QString reportText(const std::vector<ImportOutcome> &outcomes);

Q_SIGNALS:
    void progressed(int done, int total, const QString &path);
    // Once the import and everything queued behind it has ended: every file's outcome.
    void finished(const std::vector<dossier::ImportOutcome> &outcomes);

private:
    void start(const QStringList &paths, const ImportOptions &options);
    void onFinished(const std::vector<ImportOutcome> &outcomes);

    CaseSession *m_session;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_showReport = true;
    std::vector<std::pair<QStringList, ImportOptions>> m_queue;
    std::vector<ImportOutcome> m_outcomes; // of the batches run so far
};

} // namespace dossier
