#include "segmentcorrection.h"

#include "rowjournal.h"

#include "ocr/ocrcorrections.h"
#include "operations/caseedit.h"
#include "storage/database.h"

namespace dossier {

void takeCorrection(Database &db, RowJournal &journal, qint64 segmentId, const QString &text, const QString &revision)
{
    OcrCorrections corrections(db);
    const SegmentTextState before = corrections.snapshot(segmentId);
    Statement current = db.prepare(QStringLiteral("SELECT revision FROM segments WHERE id = ?"));
    current.bind(1, segmentId).step();
    journal.onUndo([before, old = current.optionalText(0), segmentId](Database &undoDb) {
        OcrCorrections(undoDb).restore(before);
        Statement back = undoDb.prepare(QStringLiteral("UPDATE segments SET revision = ? WHERE id = ?"));
        back.bind(1, old).bind(2, segmentId).exec();
    });
    if (const Status corrected = corrections.correct(segmentId, text); !corrected)
        throw EditRefused(corrected.error().message);
    Statement revise = db.prepare(QStringLiteral("UPDATE segments SET revision = ? WHERE id = ?"));
    revise.bind(1, revision).bind(2, segmentId).exec();
}

} // namespace dossier
