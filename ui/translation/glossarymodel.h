#pragma once

#include "translations/glossary.h"

#include <QAbstractTableModel>

#include <vector>

namespace dossier {

class CaseSession;

// The case glossary as a two-column table (term, rendering). Editing a cell is an
// undoable GlossaryEdit; the model refreshes itself when the session says the glossary
// changed.
class GlossaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Term, Rendering, ColumnCount };

    explicit GlossaryModel(QObject *parent = nullptr);

    void setSession(CaseSession *session);
    void reload();
    const GlossaryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    CaseSession *m_session = nullptr;
    std::vector<GlossaryEntry> m_entries;
};

} // namespace dossier
