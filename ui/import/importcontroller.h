#pragma once

#include "import/importservice.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <utility>
#include <vector>

class QWidget;

namespace dossier {

class BackgroundJob;
class CaseSession;

// Imports files as a background job of the session (its own connection, progress and
// Cancel in the status bar). Each document is committed on its own, so cancelling keeps
// what finished and leaves nothing half-imported. Files given while an import runs are
// queued behind it (Cancel drops the queue too). Errors are listed at the end.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget *window);

    // The case imported into; an import must have ended before it changes.
    void setSession(CaseSession *session) { m_session = session; }
    bool isRunning() const { return m_running; }
    int queuedBatches() const { return int(m_queue.size()); }
    void setShowReport(bool show) { m_showReport = show; }
    void importPaths(const QStringList &paths, const ImportOptions &options = {});
    void cancel();

    static QString reportText(const std::vector<ImportOutcome> &outcomes);

Q_SIGNALS:
    // Once the import and everything queued behind it has ended: every file's outcome.
    void finished(const std::vector<dossier::ImportOutcome> &outcomes);

private:
    void start(const QStringList &paths, const ImportOptions &options);
    void onFinished(const std::vector<ImportOutcome> &outcomes, bool cancelled);

    CaseSession *m_session = nullptr;
    QWidget *m_window;
    QPointer<BackgroundJob> m_job; // the session owns and deletes it
    bool m_running = false;
    bool m_cancelled = false;
    bool m_showReport = true;
    std::vector<std::pair<QStringList, ImportOptions>> m_queue;
    std::vector<ImportOutcome> m_outcomes; // of the batches run so far
};

} // namespace dossier
