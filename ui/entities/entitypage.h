#pragma once

#include "entities/entitystore.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace dossier {

class CaseSession;
class MentionListModel;
class RelationListModel;

// Everything the case knows of one entity: its names and code, screening-list entries
// it matches (with the entry as evidence), every mention with its context (proposed
// ones to confirm or reject in bulk), and its relations with their evidence.
class EntityPage : public QDialog
{
    Q_OBJECT

public:
    EntityPage(CaseSession *session, qint64 entityId, QWidget *parent = nullptr);

    QTreeView *mentions() const { return m_mentions; }
    QTreeView *relations() const { return m_relations; }
    void setStatusOfSelected(bool confirm);
    // Where "Add Relation" takes its evidence from: the reader's selection.
    void setEvidenceSource(std::function<std::optional<Relation::Evidence>()> source) { m_evidence = std::move(source); }
    // Asks whether the reader's selection is the evidence (or whether to go without);
    // false when the reporter cancelled or the case refused.
    bool addRelation(qint64 otherId, const QString &kind, bool outgoing);

Q_SIGNALS:
    void mentionActivated(qint64 documentId, qint64 segmentId, const QString &field, int start, int end);

private:
    void reload();

    CaseSession *m_session;
    qint64 m_entityId;
    QLabel *m_header;
    MentionListModel *m_mentionModel;
    QSortFilterProxyModel *m_mentionFilter;
    QTreeView *m_mentions;
    RelationListModel *m_relationModel;
    QTreeView *m_relations;
    std::function<std::optional<Relation::Evidence>()> m_evidence;
};

} // namespace dossier
