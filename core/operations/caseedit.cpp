#include "caseedit.h"

#include "auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDebug>

namespace dossier {

CaseEdit::CaseEdit(QString description, CaseAreas areas) : m_description(std::move(description)), m_areas(areas) {}

CaseEdit::~CaseEdit() = default;

Status CaseEdit::apply(Database &db)
{
    if (m_state == State::Applied)
        return {};
    return m_state == State::New ? run(db, QStringLiteral("edit"), &CaseEdit::perform, State::Applied)
                                 : run(db, QStringLiteral("redo"), &CaseEdit::performAgain, State::Applied);
}

Status CaseEdit::revert(Database &db)
{
    if (m_state != State::Applied)
        return {};
    return run(db, QStringLiteral("undo"), &CaseEdit::takeBack, State::Reverted);
}

void CaseEdit::noteItemBefore(Database &db, const EditTarget &item)
{
    m_itemBefore = AuditLog(db).snapshot(item.kind, item.id);
}

Status CaseEdit::run(Database &db, const QString &action, void (CaseEdit::*step)(Database &), State after)
{
    try {
        Transaction transaction(db);
        // The item as the step finds it (an edit that creates it has none yet).
        const EditTarget known = target();
        const QJsonObject before = AuditLog(db).snapshot(known.kind, known.id);
        m_itemBefore.reset();
        (this->*step)(db);
        const EditTarget item = target();
        AuditLog(db).record(action, m_description, item.kind, item.id,
                            m_itemBefore ? *m_itemBefore
                            : item.kind == known.kind && item.id == known.id ? before
                                                                              : QJsonObject());
        transaction.commit();
        m_state = after;
        return {};
    } catch (const EditRefused &refusal) {
        qInfo().noquote() << "Refused" << action << m_description << "in" << db.path() << ":" << refusal.message();
        return Error{refusal.message()};
    } catch (const SqlError &error) {
        qWarning().noquote() << "Could not" << action << m_description << "in" << db.path() << ":" << error.message()
                             << error.sql();
        return Error{QCoreApplication::translate("CaseEdit", "“%1” could not be saved: %2")
                         .arg(m_description, error.userMessage()),
                     error.message()};
    }
}

} // namespace dossier
