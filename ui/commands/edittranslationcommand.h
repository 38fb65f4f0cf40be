#pragma once

#include "translations/translationstore.h"

#include <QUndoCommand>

namespace dossier {

class CaseSession;

// A reporter's edit of one segment's translation. Redo stores it as the preferred
// manual translation; undo restores exactly what was preferred before.
class EditTranslationCommand : public QUndoCommand
{
public:
    EditTranslationCommand(CaseSession *session, qint64 documentId, qint64 segmentId,
                           const QString &text);

    void redo() override;
    void undo() override;

private:
    CaseSession *m_session;
    qint64 m_documentId;
    qint64 m_segmentId;
    QString m_text;
    TranslationEditRecord m_record;
    bool m_applied = false;
};

} // namespace dossier
