#include "backgroundjob.h"

#include <QDebug>
#include <QtConcurrent/QtConcurrentRun>

namespace dossier {

void BackgroundJob::Context::progress(int done, int total, const QString &what)
{
    BackgroundJob *job = m_job;
    QMetaObject::invokeMethod(job, [job, done, total, what] { Q_EMIT job->progressed(done, total, what); }, Qt::QueuedConnection);
}

BackgroundJob::BackgroundJob(const QString &title, Work work, QObject *parent)
    : QObject(parent), m_title(title), m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    m_future.waitForFinished();
}

void BackgroundJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled.store(false);
    m_future = QtConcurrent::run([this] {
        Context context(this);
        Status status;
        try {
            status = m_work(context);
        } catch (const std::exception &error) {
            // Work reports its failures as a Status; anything else is a bug, kept visible.
            qWarning() << "Background job" << m_title << "failed:" << error.what();
            status = Error{tr("“%1” stopped on an unexpected error.").arg(m_title), QString::fromUtf8(error.what())};
        }
        QMetaObject::invokeMethod(this, [this, status] {
            m_running = false;
            Q_EMIT finished(status);
        }, Qt::QueuedConnection);
    });
}

void BackgroundJob::wait()
{
    m_future.waitForFinished();
}

} // namespace dossier
