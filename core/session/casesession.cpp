#include "casesession.h"

#include "editcommand.h"
#include "export/caseimport.h"
#include "documents/documentstore.h"
#include "search/searchservice.h"
#include "casefile/casefile.h"
#include "storage/sqlerror.h"

#include <QDebug>
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace dossier {

namespace {

// A read whose failure is reported like any other (CaseSession::read) and gives T().
template <typename T>
T reading(CaseSession &session, const std::function<T(Database &)> &read)
{
    T result{};
    session.read([&](Database &db) { result = read(db); });
    return result;
}

Result<std::unique_ptr<CaseSession>> session(Result<std::unique_ptr<CaseFile>> caseFile)
{
    if (!caseFile)
        return caseFile.error();
    return std::make_unique<CaseSession>(std::move(caseFile.value()));
}

} // namespace

CaseSession::CaseSession(std::unique_ptr<CaseFile> caseFile, QObject *parent)
    : QObject(parent), m_case(std::move(caseFile))
{
}

Result<std::unique_ptr<CaseSession>> CaseSession::open(const QString &path)
{
    return session(CaseFile::open(path));
}

Result<std::unique_ptr<CaseSession>> CaseSession::create(const QString &path)
{
    return session(CaseFile::create(path));
}

Result<std::unique_ptr<CaseSession>> CaseSession::fromExport(const QString &jsonPath, const QString &casePath)
{
    return session(CaseImport::fromExport(jsonPath, casePath));
}

CaseSession::~CaseSession()
{
    // Work on other connections ends first (its outcome is not delivered any more).
    for (BackgroundJob *job : m_jobs)
        job->cancel();
    for (BackgroundJob *job : m_jobs)
        job->wait();
    m_undoStack.clear(); // commands refer to the case; drop them first
}

QString CaseSession::path() const
{
    return m_case->path();
}

std::vector<DocumentInfo> CaseSession::documents()
{
    return reading<std::vector<DocumentInfo>>(*this, [&](Database &db) { return DocumentStore(db).list(); });
}

std::optional<DocumentInfo> CaseSession::document(qint64 id)
{
    return reading<std::optional<DocumentInfo>>(*this, [&](Database &db) { return DocumentStore(db).get(id); });
}

std::vector<SegmentInfo> CaseSession::segments(qint64 documentId)
{
    return reading<std::vector<SegmentInfo>>(*this, [&](Database &db) { return DocumentStore(db).segments(documentId); });
}

std::vector<PageInfo> CaseSession::pages(qint64 documentId)
{
    return reading<std::vector<PageInfo>>(*this, [&](Database &db) { return DocumentStore(db).pages(documentId); });
}

std::vector<StoredOcrWord> CaseSession::ocrWords(qint64 documentId)
{
    return reading<std::vector<StoredOcrWord>>(*this, [&](Database &db) { return OcrStore(db).words(documentId); });
}

QByteArray CaseSession::original(qint64 documentId)
{
    return reading<QByteArray>(*this, [&](Database &db) { return DocumentStore(db).original(documentId); });
}

std::vector<SearchHit> CaseSession::search(const QString &query, int limit)
{
    return reading<std::vector<SearchHit>>(*this, [&](Database &db) {
        SearchService::Options options;
        options.limit = limit;
        // Control characters cannot occur in segment text, so views can escape the
        // snippet and then turn these into highlighting safely.
        options.markStart = QString(kMarkStart);
        options.markEnd = QString(kMarkEnd);
        return SearchService(db).search(query, options);
    });
}

bool CaseSession::read(const std::function<void(Database &)> &reading)
{
    try {
        reading(m_case->db());
        return true;
    } catch (const SqlError &error) {
        qWarning() << "Reading from" << path() << "failed:" << error.message() << error.sql();
        Q_EMIT errorOccurred(error.error().fullText());
        return false;
    }
}

QString CaseSession::readOnlyReason() const
{
    return m_case->readOnlyReason();
}

Result<std::shared_ptr<Database>> CaseSession::openConnection()
{
    try {
        return std::shared_ptr<Database>(m_case->openConnection());
    } catch (const SqlError &error) {
        qWarning() << "Opening a second connection to" << path() << "failed:" << error.message();
        return error.error();
    }
}

Status CaseSession::saveCopyAs(const QString &target)
{
    return m_case->saveCopyAs(target);
}

BackgroundJob *CaseSession::runInBackground(const QString &title,
                                            const std::function<Status(Database &, BackgroundJob::Context &)> &work)
{
    Result<std::shared_ptr<Database>> connection = openConnection();
    auto *job = new BackgroundJob(title, [connection, work](BackgroundJob::Context &context) -> Status {
        if (!connection)
            return connection.error();
        try {
            return work(**connection, context);
        } catch (const SqlError &error) {
            return error.error();
        }
    }, this);
    m_jobs.push_back(job);
    connect(job, &BackgroundJob::finished, this, [this, job] {
        m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), job), m_jobs.end());
        job->deleteLater();
    });
    Q_EMIT jobStarted(job);
    job->start();
    return job;
}

BackgroundJob *CaseSession::performInBackground(std::unique_ptr<CaseEdit> edit,
                                                const std::function<void(const CaseEdit *)> &done)
{
    std::shared_ptr<CaseEdit> shared(std::move(edit));
    BackgroundJob *job = runInBackground(shared->description(), [shared](Database &db, BackgroundJob::Context &) {
        return shared->apply(db);
    });
    connect(job, &BackgroundJob::finished, this, [this, job, shared, done](const Status &status) {
        if (!status) {
            Q_EMIT errorOccurred(status.error().fullText());
            done(nullptr);
            return;
        }
        if (job->wasCancelled()) {
            // Cancelled after the work was done: take it back, so cancel means unchanged.
            if (const Status reverted = shared->revert(m_case->db()); !reverted)
                Q_EMIT errorOccurred(reverted.error().fullText());
            done(nullptr);
            return;
        }
        notify(*shared);
        m_undoStack.push(new EditCommand(this, shared));
        done(shared.get());
    });
    return job;
}

bool CaseSession::hasRunningJobs() const
{
    return !m_jobs.empty();
}

void CaseSession::cancelJobs()
{
    for (BackgroundJob *job : m_jobs)
        job->cancel();
}

bool CaseSession::performEdit(std::unique_ptr<CaseEdit> edit)
{
    const Status applied = edit->apply(m_case->db());
    if (!applied) {
        Q_EMIT errorOccurred(applied.error().fullText());
        return false;
    }
    notify(*edit);
    m_undoStack.push(new EditCommand(this, std::move(edit)));
    return true;
}

bool CaseSession::applyEdit(CaseEdit &edit)
{
    const Status applied = edit.apply(m_case->db());
    if (!applied)
        failedStep(tr("Redo"), applied.error());
    notify(edit);
    return applied.ok();
}

bool CaseSession::revertEdit(CaseEdit &edit)
{
    const Status reverted = edit.revert(m_case->db());
    if (!reverted)
        failedStep(tr("Undo"), reverted.error());
    notify(edit);
    return reverted.ok();
}

void CaseSession::failedStep(const QString &step, const Error &error)
{
    Q_EMIT errorOccurred(tr("%1 failed: %2 The undo history was cleared, because it no longer matches the case.")
                             .arg(step, error.fullText()));
    // Not now: the stack is in the middle of the step that failed.
    QTimer::singleShot(0, &m_undoStack, &QUndoStack::clear);
}

void CaseSession::notify(const CaseEdit &edit)
{
    const CaseAreas areas = edit.areas();
    if (areas & CaseArea::Documents)
        Q_EMIT documentsChanged();
    if ((areas & CaseArea::Text) || ((areas & CaseArea::Translations) && edit.segmentId()))
        Q_EMIT segmentChanged(edit.documentId(), edit.segmentId());
    else if (areas & CaseArea::Translations)
        Q_EMIT translationsChanged(edit.documentId());
    if (areas & CaseArea::Glossary)
        Q_EMIT glossaryChanged();
    if (areas & CaseArea::Claims)
        Q_EMIT claimsChanged();
    if (areas & CaseArea::Entities)
        Q_EMIT entitiesChanged();
    if (areas & CaseArea::Events)
        Q_EMIT eventsChanged();
}

} // namespace dossier
