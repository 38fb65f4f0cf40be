#include "htmlimporter.h"

#include <QRegularExpression>
#include <QStringList>

#include "../text/encodingdetector.h"
#include "../text/htmltextextractor.h"

namespace dossier {

Result<ImportedDocument> HtmlImporter::parse(const QByteArray &bytes, const QString &fileName)
{
    Result<DecodedText> decoded = EncodingDetector::decode(bytes, true);
    if (!decoded)
        return decoded.error();
    const HtmlText html = HtmlTextExtractor::extract(decoded->text);

    ImportedDocument document;
    document.kind = DocumentKind::Html;
    document.encoding = decoded->encoding;
    ImportedPage page;
    page.text = html.text;
    page.hasTextLayer = !html.text.trimmed().isEmpty();
    document.pages.push_back(page);
    segmentPages(document);
    document.title = titleFor(html.title, document, fileName);
    document.warning = QStringList{decoded->warning(), html.warning}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QLatin1Char(' '));
    return document;
}

} // namespace dossier
