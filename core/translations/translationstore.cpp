#include "translationstore.h"

#include "../storage/database.h"
#include "../text/textfolder.h"

#include <QDateTime>

namespace dossier {

std::optional<qint64> TranslationStore::preferredId(qint64 segmentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT id FROM translations WHERE segment_id = ? "
        "ORDER BY preferred DESC, created_at DESC, id DESC LIMIT 1"));
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

} // namespace dossier
