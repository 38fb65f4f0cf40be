#pragma once

#include <QString>

#include <optional>

namespace dossier {

// What an imported file was; stored in the case as its lower-case name.
// Image: a PNG, JPEG or TIFF scan or screenshot, read by OCR as a document of one page.
enum class DocumentKind { Pdf, Html, Text, Bilingual, Image };

QString toString(DocumentKind kind);
std::optional<DocumentKind> documentKindFromString(const QString &name);
// The stored kind ("bilingual") as a person reads it ("Bilingual text"), translated.
QString documentKindLabel(const QString &kind);

} // namespace dossier
