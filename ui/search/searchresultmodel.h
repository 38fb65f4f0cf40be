#pragma once

#include "search/searchhit.h"

#include <QAbstractListModel>

#include <vector>

namespace dossier {

// Search hits for a list view. DisplayRole is rich text with the matched words in
// bold; all document text in it is escaped first.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setHits(std::vector<SearchHit> hits);
    const SearchHit *hitAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QString snippetHtml(const QString &markedSnippet);

private:
    std::vector<SearchHit> m_hits;
};

} // namespace dossier
