#include "ocrcorrections.h"

#include "../entities/entitystore.h"
#include "../figures/figureindex.h"
#include "../storage/database.h"
#include "../text/textfolder.h"

#include <QDateTime>
#include <QDebug>

namespace dossier {

SegmentTextState OcrCorrections::snapshot(qint64 segmentId)
{
    Statement query = m_db.prepare(
        QStringLiteral("SELECT text, machine_text, corrected_at FROM segments WHERE id = ?"));
    query.bind(1, segmentId);
    SegmentTextState state;
    state.segmentId = segmentId;
    if (query.step()) {
        state.text = query.text(0);
        state.machineText = query.optionalText(1);
        state.correctedAt = query.optionalText(2);
    }
    state.mentions = EntityStore(m_db).mentionsInSegment(segmentId);
    return state;
}

Status OcrCorrections::correct(qint64 segmentId, const QString &text)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT s.text, s.machine_text, p.ocr_confidence IS NOT NULL FROM segments s "
        "JOIN pages p ON p.document_id = s.document_id AND p.number = s.page WHERE s.id = ?"));
    query.bind(1, segmentId);
    if (!query.step())
        return Error(tr("This passage is no longer in the case."));
    if (query.integer(2) == 0)
        return Error(tr("Only text read by OCR can be corrected: this passage is the document's own text."));
    const QString before = query.text(0);
    const std::optional<QString> machineText = query.optionalText(1);
    query.reset();
    const QString after = text.trimmed();
    if (after.isEmpty())
        return Error(tr("A corrected passage cannot be empty."));
    if (after == before)
        return {};

    // The changed span: what lies before and after it keeps its offsets (shifted).
    int prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const int changedEnd = int(before.size()) - suffix;
    const int shift = int(after.size() - before.size());

    Transaction transaction(m_db);
    Statement move = m_db.prepare(QStringLiteral("UPDATE mentions SET start = ?, \"end\" = ? WHERE id = ?"));
    Statement drop = m_db.prepare(QStringLiteral("DELETE FROM mentions WHERE id = ?"));
    for (const Mention &mention : EntityStore(m_db).mentionsInSegment(segmentId)) {
        if (mention.end <= prefix)
            continue;
        if (mention.start >= changedEnd)
            move.bind(1, mention.start + shift).bind(2, mention.end + shift).bind(3, mention.id).exec();
        else
            drop.bind(1, mention.id).exec();
    }
    // The first correction keeps the machine's reading; later ones leave it alone.
    writeText(segmentId, after, machineText ? machineText : std::optional<QString>(before),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    transaction.commit();
    qInfo() << "OCR text of segment" << segmentId << "corrected";
    return {};
}

void OcrCorrections::restore(const SegmentTextState &state)
{
    Transaction transaction(m_db);
    Statement drop = m_db.prepare(
        QStringLiteral("DELETE FROM mentions WHERE segment_id = ? AND field = 'original'"));
    drop.bind(1, state.segmentId).exec();
    writeText(state.segmentId, state.text, state.machineText, state.correctedAt);
    EntityStore entities(m_db);
    for (const Mention &mention : state.mentions)
        entities.addMention(mention);
    transaction.commit();
}

void OcrCorrections::writeText(qint64 segmentId, const QString &text, const std::optional<QString> &machineText,
                               const std::optional<QString> &correctedAt)
{
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE segments SET text = ?, folded = ?, machine_text = ?, corrected_at = ? WHERE id = ?"));
    update.bind(1, text)
        .bind(2, TextFolder::foldedString(text))
        .bind(3, machineText)
        .bind(4, correctedAt)
        .bind(5, segmentId)
        .exec();
    // Figures are read from the text: the corrected one is what the fact-checker cites.
    Statement forget = m_db.prepare(QStringLiteral("DELETE FROM figures WHERE segment_id = ?"));
    forget.bind(1, segmentId).exec();
    FigureIndex(m_db).indexSegment(segmentId, text);
}

} // namespace dossier
