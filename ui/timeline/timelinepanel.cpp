#include "timeline/timelinepanel.h"

#include "shell/reviewcontrols.h"

#include "session/casesession.h"
#include "operations/eventedits.h"
#include "entities/entitydialog.h"

#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "text/textfolder.h"
#include "timeline/eventstore.h"
#include "timeline/eventlistmodel.h"
#include "timeline/timelineaxis.h"

#include <QComboBox>
#include <QMenu>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace dossier {

namespace {

QString normalizedTitle(const QString &title)
{
    return TextFolder::foldedString(title).remove(QLatin1Char(' '));
}

} // namespace

TimelinePanel::TimelinePanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_entity(new QComboBox(this)),
      m_document(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_lanes(new QComboBox(this)),
      m_review(ReviewControls::filter(this)), m_tabs(new QTabWidget(this)), m_eventModel(new EventListModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_list(new QTreeView(this)), m_axis(new TimelineAxis(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_filter->setPlaceholderText(tr("Filter by title or tag"));
    m_filter->setClearButtonEnabled(true);
    m_from->setPlaceholderText(tr("from 2024-01"));
    m_to->setPlaceholderText(tr("to 2024-12"));
    m_from->setMaximumWidth(110);
    m_to->setMaximumWidth(110);
    m_lanes->addItem(tr("Lanes by entity"));
    m_lanes->addItem(tr("Lanes by tag"));
    for (QLineEdit *edit : {m_filter, m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, &TimelinePanel::reload);
    for (QComboBox *box : {m_entity, m_document, m_lanes, m_review})
        connect(box, &QComboBox::activated, this, &TimelinePanel::reload);

    m_sorted->setSourceModel(m_eventModel);
    m_sorted->setSortRole(EventListModel::SortRole);
    m_list->setModel(m_sorted);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(EventListModel::Date, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    connect(m_list, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT eventActivated(index.data(EventListModel::EventIdRole).toLongLong()); });
    connect(m_axis, &TimelineAxis::eventActivated, this, &TimelinePanel::eventActivated);
    m_tabs->addTab(m_axis, tr("Time Axis"));
    m_tabs->addTab(m_list, tr("List"));

    auto *edit = new QPushButton(tr("Edit…"), this);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_list->currentIndex().data(EventListModel::EventIdRole).toLongLong())
            Q_EMIT editRequested(id);
    });
    auto *remove = new QPushButton(tr("Delete"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const qint64 id = m_list->currentIndex().data(EventListModel::EventIdRole).toLongLong();
        if (!id)
            return;
        if (m_session)
            m_session->perform(EventEdit::remove(id));
    });
    auto *review = new QPushButton(tr("Review"), this);
    review->setMenu(ReviewControls::menu(this, [this](ReviewState state) {
        ReviewControls::mark(m_session, this, ReviewedKind::Event,
                             m_list->currentIndex().data(EventListModel::EventIdRole).toLongLong(), state);
    }));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, review](const QPoint &at) {
        if (m_list->currentIndex().isValid())
            review->menu()->exec(m_list->viewport()->mapToGlobal(at));
    });
    auto *propose = new QPushButton(tr("What This Notice Says…"), this);
    connect(propose, &QPushButton::clicked, this, &TimelinePanel::proposeRequested);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_entity);
    filters->addWidget(m_document);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_review);
    filters->addWidget(m_lanes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(propose);
    buttons->addStretch();
    buttons->addWidget(review);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    setSession(session);
}

void TimelinePanel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &CaseSession::eventsChanged, this, &TimelinePanel::reload);
        connect(m_session, &CaseSession::entitiesChanged, this, &TimelinePanel::reload);
        connect(m_session, &CaseSession::translationsChanged, this, &TimelinePanel::reload);
        connect(m_session, &CaseSession::documentsChanged, this, &TimelinePanel::reload);
    }
    m_entity->clear();
    m_document->clear();
    reload();
}

QMap<qint64, QString> TimelinePanel::conflicts(const std::vector<Event> &events)
{
    QMap<qint64, QString> problems;
    auto note = [&](qint64 id, const QString &why) {
        problems[id] = problems[id].isEmpty() ? why : problems[id] + QStringLiteral("; ") + why;
    };
    std::map<QString, std::vector<const Event *>> byTitle;
    std::map<qint64, std::vector<const Event *>> bySegment;
    for (const Event &e : events) {
        if (e.evidence.empty())
            note(e.id, tr("no evidence"));
        for (const EventEvidence &evidence : e.evidence) {
            if (evidence.missing)
                note(e.id, tr("evidence source is gone"));
            else if (evidence.changed)
                note(e.id, tr("evidence source changed since it was cited"));
            if (evidence.segmentId)
                bySegment[*evidence.segmentId].push_back(&e);
        }
        byTitle[normalizedTitle(e.title)].push_back(&e);
    }
    // The same thing at different dates: same title, or the same quote behind two dates.
    for (const auto &groups : {byTitle}) {
        for (const auto &[key, list] : groups)
            for (const Event *a : list)
                for (const Event *b : list)
                    if (a != b && !(a->date == b->date))
                        note(a->id, tr("also dated %1 (“%2”)").arg(b->date.toIso(), b->title));
    }
    for (const auto &[segment, list] : bySegment)
        for (const Event *a : list)
            for (const Event *b : list)
                if (a != b && !(a->date == b->date) && normalizedTitle(a->title) != normalizedTitle(b->title))
                    note(a->id, tr("the same quote also dates “%1” to %2").arg(b->title, b->date.toIso()));
    return problems;
}

void TimelinePanel::setEntityFilter(qint64 entityId)
{
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entityId)));
    reload();
}

void TimelinePanel::setLanesByTag(bool byTag)
{
    m_lanes->setCurrentIndex(byTag ? 1 : 0);
    reload();
}

std::vector<Event> TimelinePanel::filtered()
{
    const qint64 entity = m_entity->currentData().toLongLong();
    const qint64 document = m_document->currentData().toLongLong();
    const std::optional<FuzzyDate> from = FuzzyDate::fromIso(m_from->text().trimmed());
    const std::optional<FuzzyDate> to = FuzzyDate::fromIso(m_to->text().trimmed());
    const QString text = m_filter->text().trimmed();
    const std::optional<ReviewState> review = ReviewControls::wanted(m_review);
    std::vector<Event> result;
    for (const Event &e : m_events) {
        if (review && e.review.state != *review)
            continue;
        if (entity && std::find(e.entityIds.begin(), e.entityIds.end(), entity) == e.entityIds.end())
            continue;
        if (document && std::none_of(e.evidence.begin(), e.evidence.end(),
                                     [&](const EventEvidence &ev) { return ev.documentId == document; }))
            continue;
        if (from && e.date.end < from->start)
            continue;
        if (to && e.date.start > to->end)
            continue;
        if (!text.isEmpty() && !e.title.contains(text, Qt::CaseInsensitive) &&
            !e.tags.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive))
            continue;
        result.push_back(e);
    }
    return result;
}

void TimelinePanel::reload()
{
    std::map<qint64, QString> names;
    m_events.clear();
    if (m_session)
        m_session->read([&](Database &db) {
        m_events = EventStore(db).list();
        const qint64 entity = m_entity->currentData().toLongLong();
        const qint64 document = m_document->currentData().toLongLong();
        m_entity->clear();
        m_entity->addItem(tr("All entities"), 0);
        for (const Entity &e : EntityStore(db).list()) {
            m_entity->addItem(e.displayName(), e.id);
            names[e.id] = e.nameZh.isEmpty() ? e.nameEn : e.nameZh;
        }
        m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
        m_document->clear();
        m_document->addItem(tr("All documents"), 0);
        for (const DocumentInfo &d : DocumentStore(db).list())
            m_document->addItem(d.title.left(30), d.id);
        m_document->setCurrentIndex(std::max(0, m_document->findData(document)));
    });
    const QMap<qint64, QString> problems = conflicts(m_events);
    const std::vector<Event> events = filtered();
    m_eventModel->setEvents(events, problems, names);
    drawAxis(events, problems);
}

void TimelinePanel::drawAxis(const std::vector<Event> &events, const QMap<qint64, QString> &problems)
{
    std::vector<Entity> entities;
    if (m_session && !events.empty())
        m_session->read([&](Database &db) { entities = EntityStore(db).list(); });
    m_axis->draw(events, problems, entities, m_lanes->currentIndex() == 1);
}

} // namespace dossier
