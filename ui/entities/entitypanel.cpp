#include "entities/entitypanel.h"

#include "shell/reviewcontrols.h"

#include "session/casesession.h"
#include "operations/entityedits.h"
#include "entities/entitydialog.h"
#include "entities/entitytreemodel.h"

#include "entities/codereport.h"
#include "notices/entitysuggester.h"
#include "entities/screeninglist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dossier {

EntityPanel::EntityPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_model(new EntityTreeModel(this)),
      m_filtered(new QSortFilterProxyModel(this)), m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("entityPanel"));
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    // Any name finds an entity (Chinese, English, an alias); its type's group stays.
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(EntityTreeModel::AllNamesRole);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setRecursiveFilteringEnabled(true);
    m_filtered->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
    });
    m_tree->setModel(m_filtered);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(EntityTreeModel::Name, Qt::AscendingOrder);
    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_tree->header()->setSectionResizeMode(EntityTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(EntityTreeModel::Mentions, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(EntityTreeModel::Lists, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(EntityTreeModel::Review, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.siblingAtColumn(0).data(EntityTreeModel::EntityIdRole).toLongLong())
            Q_EMIT entityActivated(id);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (const qint64 id = currentEntityId())
            m_keep = id;
    });
    connect(m_model, &EntityTreeModel::reloaded, this, [this] {
        m_tree->expandAll();
        selectEntity(m_keep);
    });

    auto *add = new QPushButton(tr("New…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        EntityDialog dialog(Entity(), this);
        if (dialog.exec() == QDialog::Accepted)
            selectEntity(createEntity(dialog.entity()));
    });
    auto *scan = new QPushButton(tr("Find Mentions"), this);
    scan->setToolTip(tr("Look for every name and alias in every document and translation"));
    connect(scan, &QPushButton::clicked, this, &EntityPanel::scanForMentions);
    auto *more = new QToolButton(this);
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Edit…"), this, [this] {
        const qint64 id = currentEntityId();
        std::optional<Entity> entity;
        m_session->read([&](Database &db) { entity = EntityStore(db).get(id); });
        if (!entity)
            return;
        EntityDialog dialog(*entity, this);
        if (dialog.exec() == QDialog::Accepted)
            editEntity(id, dialog.entity());
    });
    menu->addAction(tr("Merge Into Another…"), this, [this] {
        const qint64 from = currentEntityId();
        if (!from)
            return;
        QStringList names;
        std::vector<qint64> ids;
        m_session->read([&](Database &db) {
            for (const Entity &e : EntityStore(db).list())
                if (e.id != from) {
                    names << e.displayName();
                    ids.push_back(e.id);
                }
        });
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Merge Entities"), tr("Merge into:"), names, 0, false, &ok);
        if (ok && names.indexOf(chosen) >= 0)
            mergeEntities(ids[size_t(names.indexOf(chosen))], from);
    });
    menu->addAction(tr("Delete"), this, [this] {
        if (const qint64 id = currentEntityId())
            deleteEntity(id);
    });
    QMenu *review = ReviewControls::menu(this, [this](ReviewState state) {
        ReviewControls::mark(m_session, this, ReviewedKind::Entity, currentEntityId(), state);
    });
    menu->addMenu(review);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this, review](const QPoint &at) {
        if (currentEntityId())
            review->exec(m_tree->viewport()->mapToGlobal(at));
    });
    menu->addSeparator();
    menu->addAction(tr("Suggestions From the Documents…"), this, &EntityPanel::showSuggestions);
    menu->addAction(tr("Network of Entities"), this, &EntityPanel::networkRequested);
    menu->addAction(tr("Credit Codes in the Documents…"), this, [this] {
        QStringList lines;
        m_session->read([&](Database &db) {
            CodeReport report(db);
            EntityStore store(db);
            for (const FoundCode &f : report.codesInDocuments())
                lines << tr("%1 — %2 (document %3, p. %4)")
                             .arg(f.code, f.valid ? tr("check character correct") : tr("check character WRONG: a typo?"))
                             .arg(f.documentId)
                             .arg(f.page);
            for (const SharedCode &s : report.entitiesSharingCodes()) {
                const auto a = store.get(s.firstId);
                const auto b = store.get(s.secondId);
                lines << tr("%1 and %2 share %3: probably one organisation, consider merging them.")
                             .arg(a ? a->displayName() : QString(), b ? b->displayName() : QString(), s.code);
            }
        });
        QMessageBox::information(this, tr("Credit Codes"),
                                 lines.isEmpty() ? tr("No unified social credit codes in the documents.") : lines.join(QLatin1Char('\n')));
    });
    more->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(scan);
    buttons->addWidget(more);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(ReviewControls::filterRow(this, m_filter, [this](std::optional<ReviewState> state) {
        m_model->setReviewFilter(state);
    }));
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    setSession(session);
}

void EntityPanel::setSession(CaseSession *session)
{
    m_session = session;
    m_keep = 0;
    m_filter->clear();
    m_model->setSession(session);
}

qint64 EntityPanel::currentEntityId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(EntityTreeModel::EntityIdRole).toLongLong();
}

void EntityPanel::selectEntity(qint64 id)
{
    const QModelIndex index = m_filtered->mapFromSource(m_model->indexOfEntity(id));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

qint64 EntityPanel::createEntity(const Entity &entity)
{
    const EntityEdit *edit = m_session->perform(EntityEdit::create(entity));
    return edit && !edit->created().empty() ? edit->created().front() : 0;
}

void EntityPanel::editEntity(qint64 id, const Entity &entity)
{
    Entity edited = entity;
    edited.id = id;
    m_session->perform(EntityEdit::update(edited));
}

void EntityPanel::deleteEntity(qint64 id)
{
    m_session->perform(EntityEdit::remove(id));
}

void EntityPanel::mergeEntities(qint64 into, qint64 from)
{
    m_session->perform(EntityEdit::merge(into, from));
}

BackgroundJob *EntityPanel::scanForMentions()
{
    // On a worker: reading every text of a large case takes seconds, and the window stays live.
    return m_session->performInBackground(EntityEdit::scanMentions(), [this](const CaseEdit *edit) {
        if (!edit)
            return;
        const ScanReport &report = static_cast<const EntityEdit *>(edit)->report();
        // Told, not asked: the window's status bar says it and the work goes on.
        Q_EMIT statusMessage(tr("Found %1 mentions; %2 are new proposals to confirm or reject on each entity's page.")
                                 .arg(report.found)
                                 .arg(report.proposed));
    });
}

void EntityPanel::showSuggestions()
{
    std::vector<EntitySuggestion> suggestions;
    m_session->read([&](Database &db) { suggestions = EntitySuggester(db).suggest(); });
    if (suggestions.empty()) {
        QMessageBox::information(this, tr("Suggestions"), tr("No new names found in the documents."));
        return;
    }
    QStringList items;
    // The suggester's reasons are the CLI's words; a person reads them translated.
    const auto reasonLabel = [](const QString &reason) {
        if (reason == QLatin1String("buyer in a notice"))
            return tr("buyer in a notice");
        if (reason == QLatin1String("winner in a notice"))
            return tr("winner in a notice");
        if (reason == QLatin1String("agent in a notice"))
            return tr("procurement agent in a notice");
        if (reason == QLatin1String("organisation name"))
            return tr("named like an organisation");
        if (reason == QLatin1String("chip model"))
            return tr("chip model");
        return reason;
    };
    for (const EntitySuggestion &s : suggestions)
        items << tr("%1 — %2 (%3, ×%4)").arg(s.name, entityTypeLabel(s.type), reasonLabel(s.reason)).arg(s.occurrences);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Suggestions"), tr("Add as an entity:"), items, 0, false, &ok);
    const int index = int(items.indexOf(chosen));
    if (!ok || index < 0)
        return;
    Entity entity;
    entity.type = suggestions[size_t(index)].type;
    const QString name = suggestions[size_t(index)].name;
    bool chinese = false;
    for (QChar c : name)
        chinese = chinese || c.unicode() >= 0x3000;
    (chinese ? entity.nameZh : entity.nameEn) = name;
    EntityDialog dialog(entity, this);
    if (dialog.exec() == QDialog::Accepted)
        selectEntity(createEntity(dialog.entity()));
}

} // namespace dossier
