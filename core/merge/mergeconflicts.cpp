#include "mergeconflicts.h"

#include "storage/database.h"

#include <QJsonDocument>

namespace dossier {

namespace {

std::optional<QJsonObject> version(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

} // namespace

QStringList MergeConflict::differingFields() const
{
    QStringList fields;
    const QJsonObject a = mine.value_or(QJsonObject());
    const QJsonObject b = theirs.value_or(QJsonObject());
    QStringList keys = a.keys();
    for (const QString &key : b.keys())
        if (!keys.contains(key))
            keys << key;
    for (const QString &key : keys)
        if (key != QLatin1String("revision") && key != QLatin1String("uuid") && a.value(key) != b.value(key))
            fields << key;
    return fields;
}

std::vector<MergeConflict> MergeConflicts::query(const QString &where, qint64 id)
{
    Statement rows = m_db.prepare(QStringLiteral("SELECT id, kind, uuid, label, mine, theirs, their_revision, source, found_at "
                                                 "FROM merge_conflicts %1 ORDER BY id")
                                      .arg(where));
    if (id)
        rows.bind(1, id);
    std::vector<MergeConflict> result;
    while (rows.step())
        result.push_back({rows.int64(0), rows.text(1), rows.text(2), rows.text(3), version(rows.optionalText(4)),
                          version(rows.optionalText(5)), rows.text(6), rows.text(7), rows.text(8)});
    return result;
}

std::vector<MergeConflict> MergeConflicts::all()
{
    return query({}, 0);
}

std::optional<MergeConflict> MergeConflicts::get(qint64 id)
{
    std::vector<MergeConflict> found = query(QStringLiteral("WHERE id = ?"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace dossier
