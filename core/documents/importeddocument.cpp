#include "importeddocument.h"

#include "../text/languageguess.h"
#include "documenttitle.h"
#include "../text/segmenter.h"

#include <QList>

namespace dossier {

void segmentPages(ImportedDocument &document)
{
    QString all;
    for (const ImportedPage &page : document.pages) {
        for (TextSpan &span : Segmenter::segment(page.text)) {
            ImportedSegment segment;
            segment.page = page.number;
            segment.start = span.start;
            segment.end = span.end;
            segment.text = std::move(span.text);
            document.segments.push_back(std::move(segment));
        }
        if (all.size() < 20000)
            all += page.text.left(20000);
    }
    document.language = LanguageGuess::of(all);
}

QString titleFor(const QString &declared, const ImportedDocument &document, const QString &fallback)
{
    QStringList lines;
    for (const ImportedSegment &segment : document.segments) {
        if (lines.size() >= 40)
            break;
        lines << segment.text;
    }
    return DocumentTitle::choose(declared, lines, fallback);
}

} // namespace dossier
