#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace dossier {

class CaseSession;
class FigureListModel;

// Every figure of the document open in the reader, with its value, unit and page; a
// figure opens at its place in the original.
class FiguresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FiguresPanel(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);
    void showDocument(qint64 documentId);
    QTreeView *view() const { return m_view; }
    FigureListModel *model() const { return m_model; }

Q_SIGNALS:
    void figureActivated(qint64 documentId, qint64 segmentId, int start, int end);

private:
    FigureListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
};

} // namespace dossier
