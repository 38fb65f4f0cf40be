#pragma once

#include "documents/documentinfo.h"
#include "error.h"
#include "ocr/ocrstore.h"
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

// The open case as the UI sees it: the CaseFile, its undo stack, and signals that tell
// views what changed. Views read through it and edit through undo commands; only core
// touches SQL.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    explicit CaseSession(std::unique_ptr<CaseFile> caseFile, QObject *parent = nullptr);
    ~CaseSession() override;

    CaseFile &caseFile() { return *m_case; }
    QString path() const;
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

    // Called by undo commands after they changed the case.
    void notifyDocumentsChanged() { Q_EMIT documentsChanged(); }
    void notifySegmentChanged(qint64 documentId, qint64 segmentId)
    {
        Q_EMIT segmentChanged(documentId, segmentId);
    }
    // Translations of many segments changed (import, machine run, re-alignment).
    void notifyTranslationsChanged(qint64 documentId) { Q_EMIT translationsChanged(documentId); }
    void notifyGlossaryChanged() { Q_EMIT glossaryChanged(); }
    void notifyClaimsChanged() { Q_EMIT claimsChanged(); }
    void notifyEntitiesChanged() { Q_EMIT entitiesChanged(); }
    void notifyEventsChanged() { Q_EMIT eventsChanged(); }

    // Runs a write; on failure emits errorOccurred with a readable message.
    bool write(const std::function<void()> &change);
    // A refusal that is not a storage failure (core said no, with its reason).
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }
    std::vector<StoredOcrWord> ocrWords(qint64 documentId);

Q_SIGNALS:
    void documentsChanged();
    void segmentChanged(qint64 documentId, qint64 segmentId);
    void translationsChanged(qint64 documentId); // 0: possibly every document
    void glossaryChanged();
    void claimsChanged();
    void entitiesChanged(); // entities, mentions or relations
    void eventsChanged();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<CaseFile> m_case;
    QUndoStack m_undoStack;
};

} // namespace dossier
