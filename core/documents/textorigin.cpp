#include "textorigin.h"

namespace dossier {

TextOrigin textOriginFromInt(int value)
{
    switch (value) {
    case 1:
        return TextOrigin::Ocr;
    case 2:
        return TextOrigin::CorrectedOcr;
    default:
        return TextOrigin::Document;
    }
}

QString textOriginName(TextOrigin origin)
{
    switch (origin) {
    case TextOrigin::Document:
        return QStringLiteral("document");
    case TextOrigin::Ocr:
        return QStringLiteral("ocr");
    case TextOrigin::CorrectedOcr:
        return QStringLiteral("ocr-corrected");
    }
    return {};
}

QString citation(const QString &documentTitle, int page, TextOrigin origin)
{
    QString text = QStringLiteral("%1, p. %2").arg(documentTitle).arg(page);
    if (origin == TextOrigin::Ocr)
        text += QStringLiteral(" (OCR)");
    else if (origin == TextOrigin::CorrectedOcr)
        text += QStringLiteral(" (OCR, corrected by hand)");
    return text;
}

} // namespace dossier
