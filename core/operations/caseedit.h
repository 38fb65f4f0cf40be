#pragma once

#include "../error.h"

#include <QFlags>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

namespace dossier {

class Database;

// The parts of a case an edit can change; views listening for them refresh.
enum class CaseArea {
    Documents = 0x01,
    Text = 0x02, // a segment's original text (OCR corrections)
    Translations = 0x04,
    Glossary = 0x08,
    Claims = 0x10,
    Entities = 0x20, // entities, mentions and relations
    Events = 0x40,
};
Q_DECLARE_FLAGS(CaseAreas, CaseArea)
Q_DECLARE_OPERATORS_FOR_FLAGS(CaseAreas)

// The item an edit is about, as the audit trail and an item's history name it.
struct EditTarget
{
    QString kind; // "document", "entity", "event", "claim", "segment", "glossary"
    qint64 id = 0;
};

// Thrown inside an edit when it cannot be made as asked; the message says why in
// words a journalist can act on. The edit's transaction is rolled back.
class EditRefused : public std::runtime_error
{
public:
    explicit EditRefused(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// One user-level edit of a case: the one path by which the GUI (through its undo
// stack) and the CLI change what a case holds. The first apply() checks the request,
// makes the change and remembers what undo needs; revert() puts back the case as it
// was, a later apply() the case as the edit left it. Each runs in one transaction and
// writes one row of the audit trail with the author, so a failure changes nothing and
// every change says who made it.
class CaseEdit
{
public:
    virtual ~CaseEdit();
    CaseEdit(const CaseEdit &) = delete;
    CaseEdit &operator=(const CaseEdit &) = delete;

    QString description() const { return m_description; }
    CaseAreas areas() const { return m_areas; }
    // The document and segment the edit changed, when it was one (0 otherwise).
    qint64 documentId() const { return m_documentId; }
    qint64 segmentId() const { return m_segmentId; }
    bool isApplied() const { return m_state == State::Applied; }

    [[nodiscard]] Status apply(Database &db);
    [[nodiscard]] Status revert(Database &db);

protected:
    CaseEdit(QString description, CaseAreas areas);

    // The first application: check, change, remember the states before and after.
    // Throws EditRefused (or lets SqlError through) to fail.
    virtual void perform(Database &db) = 0;
    // Puts back the state after the first application.
    virtual void performAgain(Database &db) = 0;
    // Puts back the state before it.
    virtual void takeBack(Database &db) = 0;
    virtual EditTarget target() const = 0;

    void setPlace(qint64 documentId, qint64 segmentId = 0)
    {
        m_documentId = documentId;
        m_segmentId = segmentId;
    }
    void setDescription(const QString &description) { m_description = description; }
    // For an edit that learns its item only while it runs: records the item as it is
    // now, before the change, for the item's history (old and new values).
    void noteItemBefore(Database &db, const EditTarget &item);

private:
    enum class State { New, Applied, Reverted };
    Status run(Database &db, const QString &action, void (CaseEdit::*step)(Database &), State after);

    QString m_description;
    CaseAreas m_areas;
    qint64 m_documentId = 0;
    qint64 m_segmentId = 0;
    State m_state = State::New;
    std::optional<QJsonObject> m_itemBefore;
};

} // namespace dossier
