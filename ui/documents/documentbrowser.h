#pragma once

#include <QWidget>

#include <vector>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dossier {

class CaseSession;
class DocumentListModel;

// The case's documents: a filterable, sortable table with multi-selection. Opening a
// row shows it in the reader; Delete moves the selection to the trash (undoable).
class DocumentBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentBrowser(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);

    std::vector<qint64> selectedDocumentIds() const;
    qint64 currentDocumentId() const;
    void selectDocument(qint64 documentId);
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    void deleteSelected();
    void editProperties();

Q_SIGNALS:
    void documentOpened(qint64 documentId);

private:
    CaseSession *m_session = nullptr;
    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace dossier
