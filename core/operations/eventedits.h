#pragma once

#include "caseedit.h"
#include "timeline/event.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace dossier {

// A span of a segment cited as evidence: [start, end) of its original or its
// translation; start == end cites the whole segment.
struct Citation
{
    qint64 segmentId = 0;
    QString field = QStringLiteral("original");
    int start = 0;
    int end = 0;
    QString note;
};

// An edit of one event of the timeline: adding it with its evidence, changing it,
// citing more evidence, deleting it. Undone by putting back the event as it was,
// evidence and all.
class EventEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(EventEdit)

public:
    static std::unique_ptr<EventEdit> create(const Event &event, std::vector<Citation> evidence);
    static std::unique_ptr<EventEdit> update(const Event &event); // date, title, description, tags, entities
    static std::unique_ptr<EventEdit> remove(qint64 eventId);
    static std::unique_ptr<EventEdit> cite(qint64 eventId, const Citation &citation);

    qint64 eventId() const { return m_eventId; }

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return {QStringLiteral("event"), m_eventId}; }

private:
    enum class Kind { Create, Update, Remove, Cite };
    EventEdit(Kind kind, const QString &description);

    Kind m_kind;
    Event m_event;
    std::vector<Citation> m_evidence;
    qint64 m_eventId = 0;
    std::optional<Event> m_before;
    std::optional<Event> m_after;
};

} // namespace dossier
