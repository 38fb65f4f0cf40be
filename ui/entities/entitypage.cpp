#include "entities/entitypage.h"

#include "session/casesession.h"

#include "shell/historytext.h"
#include "operations/auditlog.h"
#include "operations/entityedits.h"
#include "entities/entitydialog.h"
#include "entities/mentionlistmodel.h"
#include "entities/relationlistmodel.h"

#include "entities/entitystore.h"
#include "entities/relationkind.h"
#include "entities/screeninglist.h"
#include "entities/uscc.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QComboBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dossier {

EntityPage::EntityPage(CaseSession *session, qint64 entityId, QWidget *parent)
    : QDialog(parent), m_session(session), m_entityId(entityId), m_header(new QLabel(this)),
      m_mentionModel(new MentionListModel(this)),
      m_mentionFilter(new QSortFilterProxyModel(this)), m_mentions(new QTreeView(this)),
      m_relationModel(new RelationListModel(this)), m_relations(new QTreeView(this))
{
    setObjectName(QStringLiteral("entityPage"));
    m_header->setObjectName(QStringLiteral("entityHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Proposals are what a reporter works through: show one status at a time if wished.
    m_mentionFilter->setSourceModel(m_mentionModel);
    m_mentionFilter->setFilterKeyColumn(MentionListModel::Status);
    m_mentions->setModel(m_mentionFilter);
    m_mentions->setSortingEnabled(true);
    m_mentions->sortByColumn(-1, Qt::AscendingOrder); // reading order until a header is clicked
    m_mentions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mentions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mentions->setRootIsDecorated(false);
    m_mentions->header()->setSectionResizeMode(MentionListModel::Context, QHeaderView::Stretch);
    connect(m_mentions, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Mention *m = m_mentionModel->mentionAt(m_mentionFilter->mapToSource(index).row()))
            Q_EMIT mentionActivated(m->documentId, m->segmentId, m->field, m->start, m->end);
    });
    m_relations->setModel(m_relationModel);
    m_relations->setRootIsDecorated(false);
    m_relations->header()->setSectionResizeMode(RelationListModel::Evidence, QHeaderView::Stretch);
    auto *shown = new QComboBox(this);
    shown->setObjectName(QStringLiteral("mentionStatusFilter"));
    shown->addItem(tr("All mentions"), QString());
    for (Mention::Status status : {Mention::Status::Proposed, Mention::Status::Confirmed, Mention::Status::Rejected})
        shown->addItem(MentionListModel::statusLabel(status), MentionListModel::statusLabel(status));
    connect(shown, &QComboBox::currentIndexChanged, this, [this, shown] {
        const QString status = shown->currentData().toString();
        m_mentionFilter->setFilterRegularExpression(status.isEmpty() ? QString()
                                                                     : QStringLiteral("^%1$").arg(QRegularExpression::escape(status)));
    });

    auto *confirm = new QPushButton(tr("Confirm Selected"), this);
    auto *reject = new QPushButton(tr("Reject Selected"), this);
    connect(confirm, &QPushButton::clicked, this, [this] { setStatusOfSelected(true); });
    connect(reject, &QPushButton::clicked, this, [this] { setStatusOfSelected(false); });
    auto *row = new QHBoxLayout;
    row->addWidget(shown);
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
        QStringList kinds;
        for (const QString &kind : RelationKind::known())
            kinds << RelationKind::label(kind);
        const QString kind = QInputDialog::getItem(this, tr("Add Relation"), tr("This entity … the other:"), kinds, 0, true, &ok);
        if (ok && !kind.trimmed().isEmpty())
            addRelation(ids[size_t(names.indexOf(other))], RelationKind::fromLabel(kind), true);
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
    m_session->read([&](Database &db) {
        m_mentionModel->load(db, m_entityId);
        m_relationModel->load(db, m_entityId);
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
    });
}

bool EntityPage::addRelation(qint64 otherId, const QString &kind, bool outgoing)
{
    Relation relation;
    relation.fromId = outgoing ? m_entityId : otherId;
    relation.toId = outgoing ? otherId : m_entityId;
    relation.kind = kind;
    // The evidence is what is selected in the reader: shown, and attached only when the
    // reporter says so; a relation without it is made only when they say that.
    const std::optional<Relation::Evidence> evidence = m_evidence ? m_evidence() : std::nullopt;
    QMessageBox ask(QMessageBox::Question, tr("Add Relation"), QString(), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("relationEvidence"));
    QPushButton *attach = nullptr;
    if (evidence) {
        ask.setText(tr("Attach this quote from the reader as the relation's evidence?"));
        ask.setInformativeText(QStringLiteral("“%1”").arg(evidence->quote));
        attach = ask.addButton(tr("Attach as Evidence"), QMessageBox::AcceptRole);
    } else {
        ask.setText(tr("No words are selected in the reader, so this relation would have no evidence."));
    }
    QPushButton *without = ask.addButton(tr("Add Without Evidence"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(attach ? attach : without);
    ask.exec();
    if (ask.clickedButton() != attach && ask.clickedButton() != without)
        return false;
    if (attach && ask.clickedButton() == attach)
        relation.evidence.push_back(*evidence);
    return m_session->perform(EntityEdit::addRelation(relation)) != nullptr;
}

void EntityPage::setStatusOfSelected(bool confirm)
{
    std::vector<qint64> mentionIds;
    for (const QModelIndex &index : m_mentions->selectionModel()->selectedRows())
        mentionIds.push_back(index.data(MentionListModel::MentionIdRole).toLongLong());
    if (mentionIds.empty())
        return;
    const Mention::Status status = confirm ? Mention::Status::Confirmed : Mention::Status::Rejected;
    m_session->perform(EntityEdit::setMentionStatus(m_entityId, mentionIds, status));
}

} // namespace dossier
