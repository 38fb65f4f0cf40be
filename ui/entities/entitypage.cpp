#include "entities/entitypage.h"

#include "session/casesession.h"

#include "documents/documentstore.h"
#include "shell/historytext.h"
#include "operations/auditlog.h"
#include "operations/entityedits.h"
#include "entities/entitydialog.h"

#include "entities/entitystore.h"
#include "entities/screeninglist.h"
#include "entities/uscc.h"
#include "timeline/eventstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dossier {

namespace {

enum Role { MentionRole = Qt::UserRole + 1, DocumentRole, SegmentRole, FieldRole, StartRole, EndRole };

QString statusLabel(Mention::Status status)
{
    switch (status) {
    case Mention::Status::Proposed:
        return EntityPage::tr("proposed");
    case Mention::Status::Confirmed:
        return EntityPage::tr("confirmed");
    case Mention::Status::Rejected:
        return EntityPage::tr("rejected");
    }
    return {};
}

} // namespace

EntityPage::EntityPage(CaseSession *session, qint64 entityId, QWidget *parent)
    : QDialog(parent), m_session(session), m_entityId(entityId), m_header(new QLabel(this)),
      m_mentions(new QTreeWidget(this)), m_relations(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("entityPage"));
    m_header->setObjectName(QStringLiteral("entityHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mentions->setHeaderLabels({tr("Mention"), tr("Status"), tr("Document"), tr("Context")});
    m_mentions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mentions->setRootIsDecorated(false);
    m_mentions->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_mentions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT mentionActivated(item->data(0, DocumentRole).toLongLong(), item->data(0, SegmentRole).toLongLong(),
                                item->data(0, FieldRole).toString(), item->data(0, StartRole).toInt(),
                                item->data(0, EndRole).toInt());
    });
    m_relations->setHeaderLabels({tr("Relation"), tr("Evidence")});
    m_relations->setRootIsDecorated(false);
    m_relations->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *confirm = new QPushButton(tr("Confirm Selected"), this);
    auto *reject = new QPushButton(tr("Reject Selected"), this);
    connect(confirm, &QPushButton::clicked, this, [this] { setStatusOfSelected(true); });
    connect(reject, &QPushButton::clicked, this, [this] { setStatusOfSelected(false); });
    auto *row = new QHBoxLayout;
    row->addWidget(confirm);
    row->addWidget(reject);
    row->addStretch();
    auto *relate = new QPushButton(tr("Add Relation…"), this);
    relate->setToolTip(tr("Relate this entity to another; the words selected in the reader become the evidence"));
    connect(relate, &QPushButton::clicked, this, [this] {
        QStringList names;
        std::vector<qint64> ids;
        m_session->read([&](Database &db) {
            for (const Entity &e : EntityStore(db).list())
                if (e.id != m_entityId) {
                    names << e.displayName();
                    ids.push_back(e.id);
                }
        });
        if (names.isEmpty())
            return;
        bool ok = false;
        const QString other = QInputDialog::getItem(this, tr("Add Relation"), tr("Related to:"), names, 0, false, &ok);
        if (!ok)
            return;
        const QStringList kinds = {QStringLiteral("procured_from"), QStringLiteral("supplied_by"), QStringLiteral("resells"),
                                   QStringLiteral("subsidiary_of"), QStringLiteral("uses"), QStringLiteral("listed_on")};
        const QString kind = QInputDialog::getItem(this, tr("Add Relation"), tr("This entity … the other:"), kinds, 0, true, &ok);
        if (ok && !kind.trimmed().isEmpty())
            addRelation(ids[size_t(names.indexOf(other))], kind.trimmed(), true);
    });
    row->addWidget(relate);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(new QLabel(tr("<b>Mentions</b>"), this));
    layout->addWidget(m_mentions, 3);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("<b>Events and relations</b>"), this));
    layout->addWidget(m_relations, 1);
    layout->addWidget(close);
    resize(900, 620);
    connect(session, &CaseSession::entitiesChanged, this, &EntityPage::reload);
    reload();
}

void EntityPage::reload()
{
    m_mentions->clear();
    m_relations->clear();
    m_session->read([&](Database &db) {
        EntityStore store(db);
        const std::optional<Entity> entity = store.get(m_entityId);
        if (!entity) {
            m_header->setText(tr("This entity no longer exists."));
            return;
        }
        setWindowTitle(entity->displayName());
        QString header = QStringLiteral("<h3 style='color:%1'>%2</h3>")
                             .arg(entityTypeColor(entity->type).name(), entity->displayName().toHtmlEscaped());
        header += tr("Type: %1").arg(entityTypeLabel(entity->type));
        if (!entity->aliases.isEmpty())
            header += QStringLiteral("<br>") + tr("Also: %1").arg(entity->aliases.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!entity->uscc.isEmpty())
            header += QStringLiteral("<br>") + tr("Credit code: %1 (%2)")
                                                   .arg(entity->uscc, Uscc::hasValidCheck(entity->uscc)
                                                                          ? tr("check character correct")
                                                                          : tr("check character WRONG"));
        for (const ScreeningHit &hit : ScreeningList(db).check(*entity))
            header += QStringLiteral("<br><span style='color:#b00'>⚑ ") +
                      tr("On %1: “%2” — %3").arg(hit.entry.list, hit.entry.name, hit.entry.source).toHtmlEscaped() +
                      QStringLiteral("</span>");
        if (!entity->notes.isEmpty())
            header += QStringLiteral("<br>") + entity->notes.toHtmlEscaped();
        const std::vector<AuditEntry> history = AuditLog(db).history(QStringLiteral("entity"), m_entityId);
        if (!history.empty())
            header += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("History"), historyHtml(history));
        m_header->setText(header);

        std::map<qint64, QString> titles;
        for (const DocumentInfo &d : DocumentStore(db).list(true))
            titles[d.id] = d.title;
        for (const Mention &m : store.mentionsOf(m_entityId, true)) {
            auto *item = new QTreeWidgetItem(m_mentions, {m.text, statusLabel(m.status),
                                                          tr("%1, p. %2").arg(titles[m.documentId]).arg(m.page), m.context});
            item->setData(0, MentionRole, m.id);
            item->setData(0, DocumentRole, m.documentId);
            item->setData(0, SegmentRole, m.segmentId);
            item->setData(0, FieldRole, m.field);
            item->setData(0, StartRole, m.start);
            item->setData(0, EndRole, m.end);
            item->setToolTip(3, m.context);
            if (m.status == Mention::Status::Rejected)
                item->setForeground(1, QColor(150, 150, 150));
            else if (m.status == Mention::Status::Confirmed)
                item->setForeground(1, QColor(0, 120, 40));
        }
        for (const Event &e : EventStore(db).involving(m_entityId))
            new QTreeWidgetItem(m_relations, {tr("Event %1: %2").arg(e.date.toIso(), e.title),
                                              e.evidence.empty() ? QString() : QStringLiteral("“%1”").arg(e.evidence.front().quote)});
        for (const Relation &r : store.relations(m_entityId)) {
            const std::optional<Entity> from = store.get(r.fromId);
            const std::optional<Entity> to = store.get(r.toId);
            QStringList quotes;
            for (const Relation::Evidence &e : r.evidence)
                quotes << QStringLiteral("“%1”").arg(e.quote);
            new QTreeWidgetItem(m_relations, {QStringLiteral("%1 —%2→ %3").arg(from ? from->displayName() : QString(), r.kind,
                                                                              to ? to->displayName() : QString()),
                                              quotes.join(QStringLiteral(" "))});
        }
    });
}

void EntityPage::addRelation(qint64 otherId, const QString &kind, bool outgoing)
{
    Relation relation;
    relation.fromId = outgoing ? m_entityId : otherId;
    relation.toId = outgoing ? otherId : m_entityId;
    relation.kind = kind;
    if (m_evidence)
        if (const std::optional<Relation::Evidence> evidence = m_evidence())
            relation.evidence.push_back(*evidence);
    m_session->perform(EntityEdit::addRelation(relation));
}

void EntityPage::setStatusOfSelected(bool confirm)
{
    std::vector<qint64> mentionIds;
    for (QTreeWidgetItem *item : m_mentions->selectedItems())
        mentionIds.push_back(item->data(0, MentionRole).toLongLong());
    if (mentionIds.empty())
        return;
    const Mention::Status status = confirm ? Mention::Status::Confirmed : Mention::Status::Rejected;
    m_session->perform(EntityEdit::setMentionStatus(m_entityId, mentionIds, status));
}

} // namespace dossier
