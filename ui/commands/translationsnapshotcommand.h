#pragma once

#include "translations/translationstore.h"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace dossier {

class CaseSession;
class Database;

// An edit of many translations at once (importing a translation file, re-aligning):
// the first redo runs the change and records the translations before and after; undo
// and later redos put back exactly one of those two states.
class TranslationSnapshotCommand : public QUndoCommand
{
public:
    using Change = std::function<void(Database &)>;

    TranslationSnapshotCommand(CaseSession *session, qint64 documentId, std::vector<qint64> segmentIds,
                               const QString &text, Change change);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_applied; }

private:
    CaseSession *m_session;
    qint64 m_documentId;
    std::vector<qint64> m_segmentIds;
    Change m_change;
    std::vector<TranslationVersion> m_before;
    std::vector<TranslationVersion> m_after;
    bool m_done = false;
    bool m_applied = false;
};

} // namespace dossier
