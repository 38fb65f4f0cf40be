#include "factcheck/figurespanel.h"

#include "factcheck/figurelistmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dossier {

FiguresPanel::FiguresPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_model(new FigureListModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("figuresPanel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(FigureListModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FigureListModel::Page, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const IndexedFigure *f = m_model->figureAt(m_sorted->mapToSource(index).row()))
            Q_EMIT figureActivated(f->documentId, f->segmentId, f->figure.start, f->figure.end);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setSession(session);
}

void FiguresPanel::setSession(CaseSession *session)
{
    m_model->setSession(session);
}

void FiguresPanel::showDocument(qint64 documentId)
{
    m_model->showDocument(documentId);
}

} // namespace dossier
