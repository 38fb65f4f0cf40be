#pragma once

#include "caseedit.h"
#include "ocr/ocrcorrections.h"

#include <memory>

namespace dossier {

// A person's correction of a passage OCR misread. The corrected text becomes the
// segment's text (the machine's reading stays beside it); undo puts back the text and
// the mentions exactly.
class OcrCorrectionEdit : public CaseEdit
{
public:
    static std::unique_ptr<OcrCorrectionEdit> correct(qint64 segmentId, const QString &text);

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return {QStringLiteral("segment"), segmentId()}; }

private:
    OcrCorrectionEdit(qint64 segmentId, const QString &text);
    QString m_text;
    SegmentTextState m_before;
    SegmentTextState m_after;
};

} // namespace dossier
