#include "entitycommands.h"

#include "../casesession.h"
#include "storage/casefile.h"

namespace dossier {

EntityEditCommand::EntityEditCommand(CaseSession *session, const QString &text, std::vector<qint64> touched,
                                     Change change)
    : m_session(session), m_touched(std::move(touched)), m_change(std::move(change))
{
    setText(text);
}

void EntityEditCommand::redo()
{
    const bool ok = m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        EntityStore store(db);
        if (!m_done) {
            for (qint64 id : m_touched)
                m_before.push_back(store.snapshot(id));
            m_created = m_change(store);
            for (qint64 id : m_touched)
                m_after.push_back(store.snapshot(id));
            for (qint64 id : m_created)
                m_after.push_back(store.snapshot(id));
        } else {
            // Put back the state after the change: entities that no longer exist after it
            // (merged away, deleted) are removed again.
            for (const EntitySnapshot &s : m_before)
                if (std::none_of(m_after.begin(), m_after.end(),
                                 [&](const EntitySnapshot &a) { return a.entity.id == s.entity.id && a.entity.id; }))
                    store.remove(s.entity.id);
            for (const EntitySnapshot &s : m_after)
                if (s.entity.id)
                    store.restore(s);
        }
        transaction.commit();
    });
    m_done = m_done || ok;
    if (!ok)
        setObsolete(true);
    m_session->notifyEntitiesChanged();
}

void EntityEditCommand::undo()
{
    m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        EntityStore store(db);
        for (qint64 id : m_created)
            store.remove(id);
        for (const EntitySnapshot &s : m_before) {
            if (!s.entity.id)
                continue;
            // Mentions and relations the change added to this entity go; the snapshot's come back.
            for (const Mention &m : store.mentionsOf(s.entity.id, true))
                store.removeMention(m.id);
            for (const Relation &r : store.relations(s.entity.id))
                store.removeRelation(r.id);
            store.restore(s);
        }
        transaction.commit();
    });
    m_session->notifyEntitiesChanged();
}

} // namespace dossier
