#pragma once

#include <QString>

namespace dossier {

// Where a passage's text came from. A citation says so: a reader of the summary should
// know that a quote was read off a scan by a machine (and whether a person corrected it).
enum class TextOrigin { Document, Ocr, CorrectedOcr };

// For SQL over `segments s LEFT JOIN pages p ON p.document_id = s.document_id AND
// p.number = s.page`: 0, 1 or 2 as in TextOrigin.
inline constexpr const char *kTextOriginSql =
    "CASE WHEN p.ocr_confidence IS NULL THEN 0 WHEN s.machine_text IS NULL THEN 1 ELSE 2 END";

TextOrigin textOriginFromInt(int value);
// "document", "ocr", "ocr-corrected": for JSON and CSV.
QString textOriginName(TextOrigin origin);
// "Title, p. 3", "Title, p. 3 (OCR)", "Title, p. 3 (OCR, corrected by hand)".
QString citation(const QString &documentTitle, int page, TextOrigin origin);

} // namespace dossier
