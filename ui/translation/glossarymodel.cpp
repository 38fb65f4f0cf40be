#include "translation/glossarymodel.h"

#include "operations/glossaryedit.h"
#include "session/casesession.h"

namespace dossier {

GlossaryModel::GlossaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void GlossaryModel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &CaseSession::glossaryChanged, this, &GlossaryModel::reload);
    reload();
}

void GlossaryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_session)
        m_session->read([&](Database &db) { m_entries = Glossary(db).entries(); });
    endResetModel();
}

const GlossaryEntry *GlossaryModel::entryAt(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? &m_entries[size_t(row)] : nullptr;
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GlossaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    const GlossaryEntry *entry = entryAt(index.row());
    if (!entry || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole)
        return entry->note.isEmpty() ? QVariant() : QVariant(entry->note);
    return index.column() == Term ? entry->term : entry->rendering;
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Term ? tr("Term") : tr("Rendering");
}

Qt::ItemFlags GlossaryModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool GlossaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const GlossaryEntry *entry = entryAt(index.row());
    if (!entry || role != Qt::EditRole || !m_session)
        return false;
    GlossaryEntry after = *entry;
    (index.column() == Term ? after.term : after.rendering) = value.toString().trimmed();
    // An emptied cell would leave half a glossary entry: refused, the old text stays.
    if (after.term.isEmpty() || after.rendering.isEmpty() ||
        (after.term == entry->term && after.rendering == entry->rendering))
        return false;
    return m_session->perform(GlossaryEdit::change(*entry, after)) != nullptr;
}

} // namespace dossier
