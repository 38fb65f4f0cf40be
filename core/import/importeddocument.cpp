#include "importeddocument.h"

#include "../text/languageguess.h"
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

QString titleFromText(const QString &text, const QString &fallback)
{
    constexpr int kMaxTitle = 120;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed().toString().simplified();
        if (trimmed.size() < 2)
            continue;
        return trimmed.size() > kMaxTitle ? trimmed.left(kMaxTitle - 1) + QChar(0x2026) : trimmed;
    }
    return fallback;
}

} // namespace dossier
