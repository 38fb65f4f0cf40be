#include "casesession.h"

#include "documents/documentstore.h"
#include "search/searchservice.h"
#include "storage/casefile.h"
#include "storage/sqlerror.h"

#include <QDebug>

namespace dossier {

namespace {

template <typename T>
T reading(CaseSession &session, const char *what, const std::function<T()> &read)
{
    try {
        return read();
    } catch (const SqlError &error) {
        qWarning() << "Reading" << what << "from" << session.path() << "failed:" << error.message();
        Q_EMIT session.errorOccurred(error.userMessage());
        return T();
    }
}

} // namespace

CaseSession::CaseSession(std::unique_ptr<CaseFile> caseFile, QObject *parent)
    : QObject(parent), m_case(std::move(caseFile))
{
}

CaseSession::~CaseSession()
{
    m_undoStack.clear(); // commands refer to the case; drop them first
}

QString CaseSession::path() const
{
    return m_case->path();
}

std::vector<DocumentInfo> CaseSession::documents()
{
    return reading<std::vector<DocumentInfo>>(*this, "documents",
                                              [&] { return DocumentStore(m_case->db()).list(); });
}

std::optional<DocumentInfo> CaseSession::document(qint64 id)
{
    return reading<std::optional<DocumentInfo>>(*this, "a document",
                                                [&] { return DocumentStore(m_case->db()).get(id); });
}

std::vector<SegmentInfo> CaseSession::segments(qint64 documentId)
{
    return reading<std::vector<SegmentInfo>>(
        *this, "segments", [&] { return DocumentStore(m_case->db()).segments(documentId); });
}

std::vector<PageInfo> CaseSession::pages(qint64 documentId)
{
    return reading<std::vector<PageInfo>>(
        *this, "pages", [&] { return DocumentStore(m_case->db()).pages(documentId); });
}

std::vector<StoredOcrWord> CaseSession::ocrWords(qint64 documentId)
{
    return reading<std::vector<StoredOcrWord>>(*this, "OCR words",
                                               [&] { return OcrStore(m_case->db()).words(documentId); });
}

QByteArray CaseSession::original(qint64 documentId)
{
    return reading<QByteArray>(*this, "original bytes",
                               [&] { return DocumentStore(m_case->db()).original(documentId); });
}

std::vector<SearchHit> CaseSession::search(const QString &query, int limit)
{
    return reading<std::vector<SearchHit>>(*this, "search results", [&] {
        SearchService::Options options;
        options.limit = limit;
        // Control characters cannot occur in segment text, so views can escape the
        // snippet and then turn these into highlighting safely.
        options.markStart = QString(kMarkStart);
        options.markEnd = QString(kMarkEnd);
        return SearchService(m_case->db()).search(query, options);
    });
}

bool CaseSession::write(const std::function<void()> &change)
{
    try {
        change();
        return true;
    } catch (const SqlError &error) {
        qWarning() << "Writing to" << path() << "failed:" << error.message();
        Q_EMIT errorOccurred(error.userMessage());
        return false;
    }
}

} // namespace dossier
