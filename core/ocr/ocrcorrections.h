#pragma once

#include "../entities/mention.h"
#include "../error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace dossier {

class Database;

// The text of one segment and what hangs on it, as it was before a correction, so an
// undo puts everything back exactly.
struct SegmentTextState
{
    qint64 segmentId = 0;
    QString text;
    std::optional<QString> machineText;
    std::optional<QString> correctedAt;
    std::vector<Mention> mentions; // in the original text
};

// A person's corrections of OCR text. The segment's text becomes the corrected text, so
// search, tagging, figures and evidence use it; the machine's reading stays in the
// segment's machine_text (and word by word in ocr_words), never overwritten by a second
// correction. Mentions outside the changed span keep their place; those inside it no
// longer read as tagged and are dropped (an undo restores them). Evidence quoting the
// segment is frozen, and is flagged as changed by its own check.
class OcrCorrections
{
    Q_DECLARE_TR_FUNCTIONS(OcrCorrections)

public:
    explicit OcrCorrections(Database &db) : m_db(db) {}

    SegmentTextState snapshot(qint64 segmentId);
    // Corrects the text in one transaction. Refuses segments that were not read by OCR:
    // a text layer or a web page is the source itself, not a reading of it.
    Status correct(qint64 segmentId, const QString &text);
    // Puts back a snapshot (undo), in one transaction.
    void restore(const SegmentTextState &state);

private:
    void writeText(qint64 segmentId, const QString &text, const std::optional<QString> &machineText,
                   const std::optional<QString> &correctedAt);
    Database &m_db;
};

} // namespace dossier
