#include "factcheck/figurelistmodel.h"

#include "figures/figureparser.h"
#include "session/casesession.h"

namespace dossier {

namespace {

QString kindLabel(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Money:
        return FigureListModel::tr("money");
    case Figure::Kind::Count:
        return FigureListModel::tr("count");
    case Figure::Kind::Percent:
        return FigureListModel::tr("percent");
    case Figure::Kind::Number:
        return FigureListModel::tr("number");
    }
    return {};
}

QString valueText(const Figure &figure)
{
    QString value = FigureParser::formatValue(figure.value);
    if (figure.high)
        value += QStringLiteral("–") + FigureParser::formatValue(*figure.high);
    if (!figure.unit.isEmpty())
        value += QLatin1Char(' ') + figure.unit;
    return value;
}

} // namespace

FigureListModel::FigureListModel(QObject *parent) : QAbstractTableModel(parent) {}

void FigureListModel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // An OCR correction or a trashed document changes what the index holds.
    if (m_session) {
        connect(m_session, &CaseSession::segmentChanged, this, [this](qint64 documentId, qint64) {
            if (documentId == m_documentId)
                showDocument(m_documentId);
        });
        connect(m_session, &CaseSession::documentsChanged, this, [this] { showDocument(m_documentId); });
    }
    showDocument(0);
}

void FigureListModel::showDocument(qint64 documentId)
{
    beginResetModel();
    m_documentId = documentId;
    m_figures.clear();
    if (m_session && documentId)
        m_session->read([&](Database &db) { m_figures = FigureIndex(db).figures(documentId); });
    endResetModel();
}

const IndexedFigure *FigureListModel::figureAt(int row) const
{
    return row >= 0 && size_t(row) < m_figures.size() ? &m_figures[size_t(row)] : nullptr;
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    const IndexedFigure *f = figureAt(index.row());
    if (!f)
        return {};
    if (role == Qt::ToolTipRole)
        return f->segmentText;
    if (role == SortRole) {
        switch (index.column()) {
        case Value:
            return f->figure.value;
        case Page:
            return f->page;
        default:
            break; // the text itself
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case AsWritten:
        return f->figure.text;
    case Value:
        return valueText(f->figure);
    case Kind:
        return kindLabel(f->figure.kind);
    case Page:
        return f->page;
    }
    return {};
}

QVariant FigureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AsWritten:
        return tr("As written");
    case Value:
        return tr("Value");
    case Kind:
        return tr("Kind");
    case Page:
        return tr("Page");
    }
    return {};
}

} // namespace dossier
