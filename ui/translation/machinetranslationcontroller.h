#pragma once

#include "session/backgroundjob.h"
#include "translations/machinetranslator.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <optional>
#include <vector>

class QWidget;

namespace dossier {

class CaseSession;

// Runs a machine translation as a background job of the session (its own connection,
// progress and Cancel in the status bar); tells the views which documents changed.
class MachineTranslationController : public QObject
{
    Q_OBJECT

public:
    explicit MachineTranslationController(QWidget *window);

    // The case translated; a translation must have ended before it changes.
    void setSession(CaseSession *session) { m_session = session; }

    bool isRunning() const { return m_job && m_job->isRunning(); }
    void setShowReport(bool show) { m_showReport = show; }
    // The default service from the user's settings, if one is configured.
    static std::optional<ProviderConfig> defaultProvider();
    void translate(const ProviderConfig &provider, const std::vector<qint64> &segmentIds, qint64 documentId);
    void cancel();
    // What the reader asks for: these segments (none: every untranslated segment of the
    // case) with the default service, first asking to set one up when there is none.
    void request(const std::vector<qint64> &segmentIds, qint64 documentId);

    static QString reportText(const MachineTranslationReport &report);

Q_SIGNALS:
    void finished(const dossier::MachineTranslationReport &report);

private:
    CaseSession *m_session = nullptr;
    QWidget *m_window;
    QPointer<BackgroundJob> m_job; // the session owns and deletes it
    bool m_showReport = true;
};

} // namespace dossier
