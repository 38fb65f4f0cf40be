#include "recordhistory.h"

#include "storage/database.h"

namespace dossier {

namespace {

QString key(const QString &uuid, const QString &revision)
{
    return uuid + QLatin1Char('\n') + revision;
}

} // namespace

RecordHistory RecordHistory::read(Database &db)
{
    RecordHistory history;
    Statement revisions = db.prepare(QStringLiteral("SELECT uuid, revision FROM revisions"));
    while (revisions.step())
        history.m_known.insert(key(revisions.text(0), revisions.text(1)));
    Statement tombstones = db.prepare(QStringLiteral("SELECT uuid, kind, revision FROM tombstones"));
    while (tombstones.step())
        history.m_tombstones[tombstones.text(0)] = {tombstones.text(1), tombstones.text(2)};
    return history;
}

bool RecordHistory::had(const QString &uuid, const QString &revision) const
{
    return m_known.count(key(uuid, revision)) > 0;
}

std::optional<QString> RecordHistory::deletedAt(const QString &uuid) const
{
    const auto found = m_tombstones.find(uuid);
    return found == m_tombstones.end() ? std::nullopt : std::optional<QString>(found->second.second);
}

std::optional<QString> RecordHistory::deletedKind(const QString &uuid) const
{
    const auto found = m_tombstones.find(uuid);
    return found == m_tombstones.end() ? std::nullopt : std::optional<QString>(found->second.first);
}

void RecordHistory::add(const QString &uuid, const QString &revision)
{
    m_known.insert(key(uuid, revision));
}

} // namespace dossier
