#include "shell/jobprogress.h"

#include "session/backgroundjob.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace dossier {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobProgress"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this work; nothing is left half-done."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_label->setText(tr("Stopping %1…").arg(m_job->title()));
        }
    });
    setVisible(false);
}

void JobProgress::track(BackgroundJob *job)
{
    m_job = job;
    m_bar->setRange(0, 0); // busy until the work says how far it is
    m_label->setText(job->title() + QStringLiteral("…"));
    connect(job, &BackgroundJob::progressed, this, [this, job](int done, int total, const QString &what) {
        if (m_job == job)
            show(done, total, what);
    });
    connect(job, &BackgroundJob::finished, this, [this, job] {
        if (m_job == job)
            setVisible(false);
    });
    setVisible(true);
}

void JobProgress::show(int done, int total, const QString &what)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_label->setText(what.isEmpty() ? m_job->title() : QStringLiteral("%1: %2").arg(m_job->title(), what));
}

} // namespace dossier
