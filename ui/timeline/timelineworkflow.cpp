#include "timeline/timelineworkflow.h"

#include "operations/auditlog.h"
#include "shell/historytext.h"
#include "shell/reviewcontrols.h"

#include "documents/documentbrowser.h"
#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "notices/noticeparties.h"
#include "notices/procurementfields.h"
#include "operations/entityedits.h"
#include "operations/eventedits.h"
#include "reader/readerview.h"
#include "session/casesession.h"
#include "shell/casedocks.h"
#include "timeline/dateparser.h"
#include "timeline/eventdialog.h"
#include "timeline/eventstore.h"
#include "timeline/proposalsdialog.h"

#include <QDockWidget>
#include <QUndoStack>

#include <algorithm>

namespace dossier {

TimelineWorkflow::TimelineWorkflow(CaseDocks *docks, QWidget *window) : QObject(window), m_docks(docks), m_window(window) {}

void TimelineWorkflow::addToTimeline(qint64 segmentId, const QString &field, int start, int end, const QString &text)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    std::vector<Entity> entities;
    std::vector<Event> events;
    Event event;
    session->read([&](Database &db) {
        entities = EntityStore(db).list();
        events = EventStore(db).list();
        // The quote is in the document open in the reader.
        std::optional<SegmentInfo> segment;
        for (const SegmentInfo &s : DocumentStore(db).segments(m_docks->reader()->documentId()))
            if (s.id == segmentId)
                segment = s;
        if (!segment)
            return;
        // The date and the entities are proposed from the segment itself.
        const std::optional<DocumentInfo> document = DocumentStore(db).get(segment->documentId);
        DateParser::Options options = DateParser::defaults();
        if (document && document->obtainedAt)
            options.referenceYear = QDate::fromString(*document->obtainedAt, Qt::ISODate).year();
        if (std::optional<FuzzyDate> date = DateParser::parse(text, options))
            event.date = *date;
        else if (std::optional<FuzzyDate> date = DateParser::parse(segment->text, options))
            event.date = *date;
        for (const Mention &m : EntityStore(db).mentionsInDocument(segment->documentId))
            if (m.segmentId == segmentId &&
                std::find(event.entityIds.begin(), event.entityIds.end(), m.entityId) == event.entityIds.end())
                event.entityIds.push_back(m.entityId);
        event.title = text.left(80);
    });
    EventDialog dialog(event, entities, events, text, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 existing = dialog.existingEventId();
    const Citation citation{segmentId, field, start, end, {}};
    session->perform(existing ? EventEdit::cite(existing, citation) : EventEdit::create(dialog.event(), {citation}));
    m_docks->timelineDock()->show();
}

void TimelineWorkflow::editEvent(qint64 eventId)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    std::vector<Entity> entities;
    std::optional<Event> event;
    std::vector<AuditEntry> history;
    session->read([&](Database &db) {
        entities = EntityStore(db).list();
        event = EventStore(db).get(eventId);
        history = AuditLog(db).history(QStringLiteral("event"), eventId);
    });
    if (!event)
        return;
    EventDialog dialog(*event, entities, {}, QString(), m_window);
    dialog.showHistory(ReviewControls::text(event->review), historyHtml(history));
    if (dialog.exec() == QDialog::Accepted)
        session->perform(EventEdit::update(dialog.event()));
}

void TimelineWorkflow::openEventEvidence(qint64 eventId)
{
    std::optional<Event> event;
    if (CaseSession *session = m_docks->session())
        session->read([&](Database &db) { event = EventStore(db).get(eventId); });
    if (!event || event->evidence.empty() || !event->evidence.front().segmentId || event->evidence.front().missing) {
        Q_EMIT statusMessage(tr("This event has no evidence to open."));
        return;
    }
    const EventEvidence &evidence = event->evidence.front();
    // A quote of the translation opens its segment; the original's span is marked.
    const bool original = evidence.field != QLatin1String("translation");
    m_docks->showSpan(evidence.documentId, *evidence.segmentId, original ? evidence.start : 0, original ? evidence.end : 0);
}

void TimelineWorkflow::proposeEvents(qint64 documentId)
{
    CaseSession *session = m_docks->session();
    if (!session || !documentId) {
        Q_EMIT statusMessage(tr("Open a notice first."));
        return;
    }
    std::vector<ProcurementField> fields;
    std::vector<ProposedEvent> proposals;
    NoticeSuggestions suggestions;
    session->read([&](Database &db) {
        const NoticeReading reading = ProcurementFields(db).read(documentId);
        fields = reading.fields;
        const std::optional<DocumentInfo> document = DocumentStore(db).get(documentId);
        proposals = ProcurementFields::propose(reading, document ? document->title : QString());
        suggestions = NoticeParties::suggest(db, documentId, reading);
    });
    ProposalsDialog dialog(fields, proposals, suggestions, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session->undoStack()->beginMacro(tr("Keep what the notice says"));
    // Parties and awards first, so that the events can link the entities they name.
    const std::vector<bool> parties = dialog.partiesChosen();
    const std::vector<bool> deals = dialog.dealsChosen();
    if (std::find(parties.begin(), parties.end(), true) != parties.end() ||
        std::find(deals.begin(), deals.end(), true) != deals.end())
        session->perform(EntityEdit::acceptNoticeParties(suggestions, parties, deals));
    std::vector<Entity> entities;
    session->read([&](Database &db) { entities = EntityStore(db).list(); });
    for (const ProposedEvent &p : dialog.accepted()) {
        Event event;
        event.date = p.date;
        event.title = p.title;
        event.description = p.description;
        for (const QString &name : p.entityNames)
            for (const Entity &e : entities)
                if (e.allNames().contains(name))
                    event.entityIds.push_back(e.id);
        session->perform(EventEdit::create(event, {Citation{p.segmentId, QStringLiteral("original"), p.start, p.end, {}}}));
    }
    session->undoStack()->endMacro();
    m_docks->timelineDock()->show();
}

} // namespace dossier
