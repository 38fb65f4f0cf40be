#pragma once

#include "entities/mention.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace dossier {

class Database;

// Every mention of one entity, in reading order: the words, whether a person confirmed
// or rejected them (or they are still a proposal), the document and page, the context.
class MentionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Words, Status, Document, Context, ColumnCount };
    enum Role { MentionIdRole = Qt::UserRole + 1 };

    explicit MentionListModel(QObject *parent = nullptr);

    void load(Database &db, qint64 entityId);
    const Mention *mentionAt(int row) const;
    static QString statusLabel(Mention::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Mention> m_mentions;
    std::map<qint64, QString> m_titles; // document titles by id
};

} // namespace dossier
