#include "documentkind.h"

#include <QCoreApplication>

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

QString documentKindLabel(const QString &kind)
{
    switch (documentKindFromString(kind).value_or(DocumentKind::Text)) {
    case DocumentKind::Pdf:
        return QCoreApplication::translate("DocumentKind", "PDF");
    case DocumentKind::Html:
        return QCoreApplication::translate("DocumentKind", "Web page");
    case DocumentKind::Bilingual:
        return QCoreApplication::translate("DocumentKind", "Bilingual text");
    case DocumentKind::Image:
        return QCoreApplication::translate("DocumentKind", "Scan (image)");
    case DocumentKind::Text:
        break;
    }
    return QCoreApplication::translate("DocumentKind", "Text");
}

} // namespace dossier
