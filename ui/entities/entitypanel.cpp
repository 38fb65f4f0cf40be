#include "entities/entitypanel.h"

#include "session/casesession.h"
#include "operations/entityedits.h"
#include "entities/entitydialog.h"

#include "entities/codereport.h"
#include "notices/entitysuggester.h"
#include "entities/screeninglist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

EntityPanel::EntityPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("entityPanel"));
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &EntityPanel::reload);
    m_tree->setHeaderLabels({tr("Entity"), tr("Mentions"), tr("Lists")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kIdRole).toLongLong())
            Q_EMIT entityActivated(id);
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
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    setSession(session);
}

void EntityPanel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &CaseSession::entitiesChanged, this, &EntityPanel::reload);
        connect(m_session, &CaseSession::documentsChanged, this, &EntityPanel::reload);
    }
    m_filter->clear(); // reloads
    reload();
}

qint64 EntityPanel::currentEntityId() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void EntityPanel::selectEntity(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == id)
            m_tree->setCurrentItem(*it);
}

void EntityPanel::reload()
{
    const qint64 keep = currentEntityId();
    m_tree->clear();
    const QString filter = m_filter->text().trimmed();
    if (!m_session)
        return;
    m_session->read([&](Database &db) {
        EntityStore store(db);
        ScreeningList screening(db);
        std::map<EntityType, QTreeWidgetItem *> groups;
        for (const Entity &e : store.list()) {
            if (!filter.isEmpty() && !e.allNames().join(QLatin1Char(' ')).contains(filter, Qt::CaseInsensitive))
                continue;
            QTreeWidgetItem *&group = groups[e.type];
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {entityTypeLabel(e.type)});
                group->setForeground(0, entityTypeColor(e.type));
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            const std::vector<Mention> mentions = store.mentionsOf(e.id);
            const int confirmed = int(std::count_if(mentions.begin(), mentions.end(), [](const Mention &m) {
                return m.status == Mention::Status::Confirmed;
            }));
            const auto hits = screening.check(e);
            auto *item = new QTreeWidgetItem(group, {e.displayName(),
                                                     tr("%1 (%2 confirmed)").arg(mentions.size()).arg(confirmed),
                                                     hits.empty() ? QString() : QStringLiteral("⚑ %1").arg(hits.size())});
            item->setData(0, kIdRole, e.id);
            if (!hits.empty()) {
                item->setForeground(2, QColor(180, 0, 0));
                item->setToolTip(2, hits.front().entry.list + QStringLiteral(": ") + hits.front().entry.name +
                                        QStringLiteral(" — ") + hits.front().entry.source);
            }
        }
    });
    m_tree->expandAll();
    selectEntity(keep);
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
