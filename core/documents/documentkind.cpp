#include "documentkind.h"

namespace dossier {

QString toString(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf:
        return QStringLiteral("pdf");
    case DocumentKind::Html:
        return QStringLiteral("html");
    case DocumentKind::Text:
        return QStringLiteral("text");
    case DocumentKind::Bilingual:
        return QStringLiteral("bilingual");
    case DocumentKind::Image:
        return QStringLiteral("image");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromString(const QString &name)
{
    for (DocumentKind kind : {DocumentKind::Pdf, DocumentKind::Html, DocumentKind::Text, DocumentKind::Bilingual,
                              DocumentKind::Image})
        if (toString(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace dossier
