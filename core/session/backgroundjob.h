#pragma once

#include "../error.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace dossier {

// Long work (import, OCR, a mention scan, machine translation, export, checking the
// originals) on a worker thread: it reports progress and stops when cancelled, and its
// outcome arrives as a signal on the thread that started it. The one way Dossier runs
// long work, so every such task shows the same progress and can be cancelled the same way.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // What the work sees: report progress, ask whether to stop.
    class Context
    {
    public:
        void progress(int done, int total, const QString &what = {});
        bool cancelled() const { return m_job->m_cancelled.load(); }
        // For code below the session that polls a flag of its own (ImportService, the parsers).
        const std::atomic_bool *cancelFlag() const { return &m_job->m_cancelled; }

    private:
        friend class BackgroundJob;
        explicit Context(BackgroundJob *job) : m_job(job) {}
        BackgroundJob *m_job;
    };
    // Runs on the worker; its Status is the job's outcome. Results travel in what the
    // work captured (a shared_ptr the starter reads when finished() arrives).
    using Work = std::function<Status(Context &)>;

    BackgroundJob(const QString &title, Work work, QObject *parent = nullptr);
    // Cancels and waits: the work never outlives the job.
    ~BackgroundJob() override;

    QString title() const { return m_title; }
    void start();
    void cancel() { m_cancelled.store(true); }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled.load(); }
    // Blocks until the work is done (tests, and closing the window).
    void wait();

Q_SIGNALS:
    void progressed(int done, int total, const QString &what);
    // `status` is the work's outcome; a cancelled job says so with wasCancelled().
    void finished(const dossier::Status &status);

private:
    QString m_title;
    Work m_work;
    std::atomic<bool> m_cancelled{false};
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace dossier
