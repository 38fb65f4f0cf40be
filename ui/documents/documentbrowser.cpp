#include "documents/documentbrowser.h"

#include "session/casesession.h"
#include "operations/auditlog.h"
#include "operations/documentedits.h"
#include "documents/documentlistmodel.h"
#include "documents/documentpropertiesdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dossier {

DocumentBrowser::DocumentBrowser(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_model(new DocumentListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DocumentListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("documentTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::Title, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::Title, QHeaderView::Stretch);
    for (int column = DocumentListModel::Kind; column < DocumentListModel::ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Right-click the header to choose columns; Language starts hidden to leave room
    // for titles, since most cases are Chinese sources.
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = DocumentListModel::Kind; column < DocumentListModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(column != DocumentListModel::Language);
        m_view->setColumnHidden(column, !toggle->isChecked());
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        header->addAction(toggle);
    }

    auto *open = new QAction(tr("Open in Reader"), this);
    auto *properties = new QAction(tr("Details…"), this);
    auto *remove = new QAction(tr("Move to Trash"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] {
        if (qint64 id = currentDocumentId())
            Q_EMIT documentOpened(id);
    });
    connect(properties, &QAction::triggered, this, &DocumentBrowser::editProperties);
    connect(remove, &QAction::triggered, this, &DocumentBrowser::deleteSelected);
    m_view->addActions({open, properties, remove});

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT documentOpened(index.data(DocumentListModel::DocumentIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT documentOpened(current.data(DocumentListModel::DocumentIdRole).toLongLong());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setSession(session);
}

void DocumentBrowser::setSession(CaseSession *session)
{
    m_session = session;
    m_filter->clear();
    m_model->setSession(session);
}

std::vector<qint64> DocumentBrowser::selectedDocumentIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.push_back(index.data(DocumentListModel::DocumentIdRole).toLongLong());
    return ids;
}

qint64 DocumentBrowser::currentDocumentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DocumentListModel::DocumentIdRole).toLongLong() : 0;
}

void DocumentBrowser::selectDocument(qint64 documentId)
{
    const int row = m_model->rowOf(documentId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void DocumentBrowser::deleteSelected()
{
    std::vector<qint64> ids = selectedDocumentIds();
    if (!ids.empty() && m_session)
        m_session->perform(TrashEdit::moveToTrash(std::move(ids)));
}

void DocumentBrowser::editProperties()
{
    const qint64 id = currentDocumentId();
    if (!m_session || !id)
        return;
    const std::optional<DocumentInfo> document = m_session->document(id);
    if (!document)
        return;
    std::vector<AuditEntry> history;
    m_session->read([&](Database &db) { history = AuditLog(db).history(QStringLiteral("document"), id); });
    DocumentPropertiesDialog dialog(*document, history, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DocumentEdit before{document->title, document->sourceUrl, document->obtainedAt, document->notes};
    const DocumentEdit after = dialog.edit();
    if (!(after == before))
        m_session->perform(DocumentDetailsEdit::change(id, after));
}

} // namespace dossier
