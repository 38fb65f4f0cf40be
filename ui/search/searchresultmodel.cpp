#include "search/searchresultmodel.h"

#include "session/casesession.h"

namespace dossier {

void SearchResultModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const SearchHit *SearchResultModel::hitAt(int row) const
{
    return row >= 0 && size_t(row) < m_hits.size() ? &m_hits[size_t(row)] : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::snippetHtml(const QString &markedSnippet)
{
    QString html = markedSnippet.toHtmlEscaped();
    html.replace(CaseSession::kMarkStart, QStringLiteral("<b style='background:#ffd27f'>"));
    html.replace(CaseSession::kMarkEnd, QStringLiteral("</b>"));
    return html;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    const SearchHit *hit = hitAt(index.row());
    if (!hit)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString where = hit->field == SearchHit::Field::Translation ? tr("translation") : tr("original");
        return QStringLiteral("<span style='color:#555'>%1 · %2 · %3</span><br>%4")
            .arg(hit->documentTitle.toHtmlEscaped(), tr("p. %1").arg(hit->page), where,
                 snippetHtml(hit->snippet));
    }
    case Qt::ToolTipRole:
        return hit->text;
    default:
        return {};
    }
}

} // namespace dossier
