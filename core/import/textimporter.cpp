#include "textimporter.h"

#include "../text/encodingdetector.h"

namespace dossier {

Result<ImportedDocument> TextImporter::parse(const QByteArray &bytes, const QString &fileName)
{
    Result<DecodedText> decoded = EncodingDetector::decode(bytes, false);
    if (!decoded)
        return decoded.error();
    ImportedDocument document = fromText(decoded->text, fileName);
    document.encoding = decoded->encoding;
    return document;
}

ImportedDocument TextImporter::fromText(const QString &text, const QString &fileName)
{
    ImportedDocument document;
    document.kind = DocumentKind::Text;
    ImportedPage page;
    page.text = text;
    page.hasTextLayer = !text.trimmed().isEmpty();
    document.pages.push_back(page);
    segmentPages(document);
    document.title = titleFor(QString(), document, fileName);
    return document;
}

} // namespace dossier
