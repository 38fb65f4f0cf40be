#pragma once

#include <QString>

namespace dossier {

class Database;
class RowJournal;

// Writes another copy's correction of a segment's OCR text here, with its revision:
// through OcrCorrections, so mentions and figures follow the text as they do for a
// correction typed here; the journal can put text and revision back. Throws
// EditRefused when the correction cannot be made.
void takeCorrection(Database &db, RowJournal &journal, qint64 segmentId, const QString &text, const QString &revision);

} // namespace dossier
