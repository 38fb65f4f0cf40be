#pragma once

#include <QString>

#include <optional>

namespace dossier {

// What an imported file was; stored in the case as its lower-case name.
enum class DocumentKind { Pdf, Html, Text, Bilingual };

QString toString(DocumentKind kind);
std::optional<DocumentKind> documentKindFromString(const QString &name);

} // namespace dossier
