#pragma once

#include "documents/documentinfo.h"
#include "error.h"
#include "backgroundjob.h"
#include "operations/caseedit.h"
#include "documents/ocrstore.h"
#include "search/searchhit.h"

#include <QObject>
#include <QByteArray>

#include <functional>
#include <optional>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace dossier {

class CaseFile;
class Database;

// The open case as the UI sees it: the CaseFile, its undo stack, and signals that tell
// views what changed. Views read through core's stores and services (read()) and change
// the case only through core's edits (perform()), which the undo stack replays; only
// core touches SQL.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    explicit CaseSession(std::unique_ptr<CaseFile> caseFile, QObject *parent = nullptr);
    // The ways to get a case: open one, create an empty one, rebuild one from a JSON export.
    static Result<std::unique_ptr<CaseSession>> open(const QString &path);
    static Result<std::unique_ptr<CaseSession>> create(const QString &path);
    static Result<std::unique_ptr<CaseSession>> fromExport(const QString &jsonPath, const QString &casePath);
    ~CaseSession() override;

    QString path() const;
    // Why the case can only be read (a full disk), or empty.
    QString readOnlyReason() const;
    // The case file itself, for tests and tools that inspect it; views use read() and
    // perform() (tests/architecture checks that ui/ does).
    CaseFile &caseFile() { return *m_case; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Reads; failures are logged and shown as an empty result plus lastError().
    std::vector<DocumentInfo> documents();
    std::optional<DocumentInfo> document(qint64 id);
    std::vector<SegmentInfo> segments(qint64 documentId);
    std::vector<PageInfo> pages(qint64 documentId);
    QByteArray original(qint64 documentId);
    static constexpr QChar kMarkStart = QChar(0x0001);
    static constexpr QChar kMarkEnd = QChar(0x0002);
    // Hits with snippets marked by kMarkStart/kMarkEnd.
    std::vector<SearchHit> search(const QString &query, int limit = 200);

    // Makes an edit and puts it on the undo stack. Returns the edit (owned by the stack)
    // for what it reports, or nullptr after reporting why it failed; a failed edit
    // changes nothing and is not on the stack.
    template <typename Edit>
    Edit *perform(std::unique_ptr<Edit> edit)
    {
        Edit *made = edit.get();
        return performEdit(std::unique_ptr<CaseEdit>(std::move(edit))) ? made : nullptr;
    }
    // Makes a long edit (a mention scan) on a worker connection while the window stays
    // live; when it is done it is on the undo stack like any other. `done` gets the edit,
    // or nullptr when it failed (reported) or was cancelled (nothing changed).
    BackgroundJob *performInBackground(std::unique_ptr<CaseEdit> edit, const std::function<void(const CaseEdit *)> &done);
    // Runs `work` with a connection of its own on a worker thread (see BackgroundJob).
    BackgroundJob *runInBackground(const QString &title,
                                   const std::function<Status(Database &, BackgroundJob::Context &)> &work);
    // Whether background work still runs on this case (it must end before the case closes).
    bool hasRunningJobs() const;
    void cancelJobs(); // asks them to stop; their outcomes arrive as usual

    // The undo stack's steps: apply or revert an edit and tell the views. A failure is
    // reported; the undo history, which no longer matches the case, is cleared.
    bool applyEdit(CaseEdit &edit);
    bool revertEdit(CaseEdit &edit);

    // Reads with core's stores and services over the case's connection; a storage
    // failure is reported (errorOccurred) and read() returns false.
    bool read(const std::function<void(Database &)> &reading);
    // A further connection for a worker thread (see CaseFile::openConnection).
    Result<std::shared_ptr<Database>> openConnection(); // shared: destroyed where Database is complete
    Status saveCopyAs(const QString &target);
    // Items changed by work outside the undo stack (an import, a machine translation).
    void notifyDocumentsChanged() { Q_EMIT documentsChanged(); }
    void notifyTranslationsChanged(qint64 documentId) { Q_EMIT translationsChanged(documentId); }
    void notifyEntitiesChanged() { Q_EMIT entitiesChanged(); }
    // A refusal that is not a storage failure (core said no, with its reason).
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }
    std::vector<StoredOcrWord> ocrWords(qint64 documentId);

Q_SIGNALS:
    void jobStarted(dossier::BackgroundJob *job);
    void documentsChanged();
    void segmentChanged(qint64 documentId, qint64 segmentId);
    void translationsChanged(qint64 documentId); // 0: possibly every document
    void glossaryChanged();
    void claimsChanged();
    void entitiesChanged(); // entities, mentions or relations
    void eventsChanged();
    void errorOccurred(const QString &message);

private:
    bool performEdit(std::unique_ptr<CaseEdit> edit);
    void notify(const CaseEdit &edit);
    void failedStep(const QString &step, const Error &error);

    std::unique_ptr<CaseFile> m_case;
    std::vector<BackgroundJob *> m_jobs; // children of the session, deleted when finished
    QUndoStack m_undoStack;
};

} // namespace dossier
