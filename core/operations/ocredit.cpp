#include "ocredit.h"

#include "documents/documentstore.h"

#include <QCoreApplication>

namespace dossier {

// The text changed under mentions, figures and frozen evidence: every view of them.
OcrCorrectionEdit::OcrCorrectionEdit(qint64 segmentId, const QString &text)
    : CaseEdit(QCoreApplication::translate("OcrCorrectionEdit", "Correct OCR text"),
               CaseArea::Text | CaseArea::Entities | CaseArea::Events | CaseArea::Claims),
      m_text(text)
{
    setPlace(0, segmentId);
}

std::unique_ptr<OcrCorrectionEdit> OcrCorrectionEdit::correct(qint64 segmentId, const QString &text)
{
    return std::unique_ptr<OcrCorrectionEdit>(new OcrCorrectionEdit(segmentId, text));
}

void OcrCorrectionEdit::perform(Database &db)
{
    const std::optional<qint64> document = DocumentStore(db).documentOfSegment(segmentId());
    if (!document)
        throw EditRefused(QCoreApplication::translate("OcrCorrectionEdit", "There is no segment %1 in this case.")
                              .arg(segmentId()));
    setPlace(*document, segmentId());
    OcrCorrections corrections(db);
    m_before = corrections.snapshot(segmentId());
    const Status corrected = corrections.correct(segmentId(), m_text);
    if (!corrected)
        throw EditRefused(corrected.error().message);
    m_after = corrections.snapshot(segmentId());
}

void OcrCorrectionEdit::performAgain(Database &db)
{
    OcrCorrections(db).restore(m_after);
}

void OcrCorrectionEdit::takeBack(Database &db)
{
    OcrCorrections(db).restore(m_before);
}

} // namespace dossier
