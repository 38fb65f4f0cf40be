#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dossier {

class BackgroundJob;

// The status bar's one place for long work: what runs, how far it is, and Cancel.
// Any BackgroundJob is shown here; it hides itself when nothing runs.
class JobProgress : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgress(QWidget *parent = nullptr);
    void track(BackgroundJob *job);

private:
    void show(int done, int total, const QString &what);

    QPointer<BackgroundJob> m_job;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace dossier
