#include "translationstore.h"

#include "../storage/database.h"
#include "../text/textfolder.h"

#include <QDateTime>

namespace dossier {

std::optional<qint64> TranslationStore::preferredId(qint64 segmentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT id FROM translations WHERE segment_id = ? "
        "ORDER BY preferred DESC, id DESC LIMIT 1"));
    query.bind(1, segmentId);
    if (query.step())
        return query.int64(0);
    return std::nullopt;
}

void TranslationStore::setPreferred(qint64 segmentId, std::optional<qint64> translationId)
{
    Statement statement = m_db.prepare(QStringLiteral(
        "UPDATE translations SET preferred = (id IS ?) WHERE segment_id = ?"));
    statement.bind(1, translationId.value_or(-1))
        .bind(2, segmentId)
        .exec();
}

TranslationEditRecord TranslationStore::setManual(qint64 segmentId, const QString &text,
                                                  const QString &language)
{
    Transaction transaction(m_db);
    TranslationEditRecord record;
    record.segmentId = segmentId;
    const std::optional<qint64> current = preferredId(segmentId);

    if (current) {
        Statement origin = m_db.prepare(QStringLiteral("SELECT origin, text FROM translations WHERE id = ?"));
        origin.bind(1, *current);
        if (origin.step() && origin.text(0) == QLatin1String("manual")) {
            record.translationId = *current;
            record.previousText = origin.text(1);
            Statement update = m_db.prepare(QStringLiteral(
                "UPDATE translations SET text = ?, folded = ?, created_at = ? WHERE id = ?"));
            update.bind(1, text)
                .bind(2, TextFolder::foldedString(text))
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                .bind(4, *current)
                .exec();
            transaction.commit();
            return record;
        }
    }
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO translations(segment_id, language, text, origin, created_at, preferred, "
        "reviewed, folded) VALUES (?, ?, ?, 'manual', ?, 1, 1, ?)"));
    insert.bind(1, segmentId)
        .bind(2, language)
        .bind(3, text)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(5, TextFolder::foldedString(text))
        .exec();
    record.translationId = m_db.lastInsertId();
    record.inserted = true;
    record.previousPreferred = current;
    setPreferred(segmentId, record.translationId);
    transaction.commit();
    return record;
}

void TranslationStore::undo(const TranslationEditRecord &record)
{
    Transaction transaction(m_db);
    if (record.inserted) {
        Statement remove = m_db.prepare(QStringLiteral("DELETE FROM translations WHERE id = ?"));
        remove.bind(1, record.translationId).exec();
        setPreferred(record.segmentId, record.previousPreferred);
    } else {
        Statement update = m_db.prepare(QStringLiteral(
            "UPDATE translations SET text = ?, folded = ? WHERE id = ?"));
        update.bind(1, record.previousText)
            .bind(2, TextFolder::foldedString(record.previousText))
            .bind(3, record.translationId)
            .exec();
    }
    transaction.commit();
}

qint64 TranslationStore::add(qint64 segmentId, const QString &text, const QString &language,
                             const QString &origin)
{
    Statement person = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM translations WHERE segment_id = ? AND preferred = 1 "
        "AND (origin = 'manual' OR reviewed = 1)"));
    person.bind(1, segmentId);
    const bool keepPerson = person.step() && person.int64(0) > 0;

    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO translations(segment_id, language, text, origin, created_at, preferred, folded) "
        "VALUES (?, ?, ?, ?, ?, 0, ?)"));
    insert.bind(1, segmentId)
        .bind(2, language)
        .bind(3, text)
        .bind(4, origin)
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(6, TextFolder::foldedString(text))
        .exec();
    const qint64 id = m_db.lastInsertId();
    if (!keepPerson)
        setPreferred(segmentId, id);
    return id;
}

std::vector<TranslationVersion> TranslationStore::versions(qint64 segmentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT id, segment_id, text, language, origin, created_at, preferred, reviewed "
        "FROM translations WHERE segment_id = ? ORDER BY id"));
    query.bind(1, segmentId);
    std::vector<TranslationVersion> versions;
    while (query.step())
        versions.push_back({query.int64(0), query.int64(1), query.text(2), query.text(3), query.text(4),
                            query.text(5), query.integer(6) != 0, query.integer(7) != 0});
    return versions;
}

void TranslationStore::prefer(qint64 segmentId, qint64 translationId)
{
    setPreferred(segmentId, translationId);
}

void TranslationStore::setReviewed(qint64 translationId, bool reviewed)
{
    Statement update = m_db.prepare(QStringLiteral("UPDATE translations SET reviewed = ? WHERE id = ?"));
    update.bind(1, reviewed ? 1 : 0).bind(2, translationId).exec();
}

std::optional<QString> TranslationStore::existingFor(const QString &originalText, const QString &language)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT t.text FROM segments s JOIN translations t ON t.segment_id = s.id "
        "WHERE s.text = ? AND t.language = ? ORDER BY t.preferred DESC, t.reviewed DESC, t.id DESC LIMIT 1"));
    query.bind(1, originalText).bind(2, language);
    if (query.step())
        return query.text(0);
    return std::nullopt;
}

std::vector<TranslationVersion> TranslationStore::snapshot(const std::vector<qint64> &segmentIds)
{
    std::vector<TranslationVersion> rows;
    for (qint64 id : segmentIds) {
        std::vector<TranslationVersion> versionsOfSegment = versions(id);
        rows.insert(rows.end(), versionsOfSegment.begin(), versionsOfSegment.end());
    }
    return rows;
}

void TranslationStore::restore(const std::vector<qint64> &segmentIds, const std::vector<TranslationVersion> &rows)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM translations WHERE segment_id = ?"));
    for (qint64 id : segmentIds)
        remove.bind(1, id).exec();
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO translations(id, segment_id, language, text, origin, created_at, preferred, reviewed, folded) "
        "VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const TranslationVersion &row : rows) {
        insert.bind(1, row.id)
            .bind(2, row.segmentId)
            .bind(3, row.language)
            .bind(4, row.text)
            .bind(5, row.origin)
            .bind(6, row.createdAt)
            .bind(7, row.preferred ? 1 : 0)
            .bind(8, row.reviewed ? 1 : 0)
            .bind(9, TextFolder::foldedString(row.text))
            .exec();
    }
}

void TranslationStore::setPreferredText(qint64 segmentId, const QString &text, const QString &language,
                                        const QString &origin)
{
    const std::optional<qint64> current = preferredId(segmentId);
    if (text.isEmpty()) {
        if (current) {
            Statement remove = m_db.prepare(QStringLiteral("DELETE FROM translations WHERE id = ?"));
            remove.bind(1, *current).exec();
            if (const std::optional<qint64> next = preferredId(segmentId))
                setPreferred(segmentId, next);
        }
        return;
    }
    if (!current) {
        add(segmentId, text, language, origin);
        return;
    }
    Statement update = m_db.prepare(QStringLiteral("UPDATE translations SET text = ?, folded = ? WHERE id = ?"));
    update.bind(1, text).bind(2, TextFolder::foldedString(text)).bind(3, *current).exec();
}

} // namespace dossier
