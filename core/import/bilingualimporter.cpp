#include "bilingualimporter.h"

#include "../text/languageguess.h"
#include "../text/segmenter.h"

#include <vector>

namespace dossier {

namespace {

struct Unit
{
    bool chinese = false;
    int start = 0;
    int end = 0;
    QString text;
};

// Non-empty lines with their language, consecutive repeats of the same line dropped.
std::vector<Unit> units(const QString &text)
{
    std::vector<Unit> result;
    for (TextSpan &line : Segmenter::lines(text)) {
        if (line.start == line.end)
            continue;
        Unit unit;
        unit.text = std::move(line.text);
        const QString language = LanguageGuess::of(unit.text);
        if (language == QLatin1String("und") && !result.empty()) {
            // Numbers or punctuation alone belong with the line before.
            continue;
        }
        unit.chinese = language == QLatin1String("zh");
        unit.start = line.start;
        unit.end = line.end;
        if (!result.empty() && result.back().text == unit.text)
            continue;
        result.push_back(std::move(unit));
    }
    return result;
}

} // namespace

bool BilingualImporter::looksBilingual(const QString &text)
{
    const std::vector<Unit> list = units(text);
    if (list.size() < 4)
        return false;
    size_t chinese = 0;
    size_t switches = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        chinese += list[i].chinese ? 1 : 0;
        if (i > 0 && list[i].chinese != list[i - 1].chinese)
            ++switches;
    }
    const size_t english = list.size() - chinese;
    return chinese * 10 >= list.size() * 3 && english * 10 >= list.size() * 3 &&
           switches * 10 >= (list.size() - 1) * 6;
}

ImportedDocument BilingualImporter::fromText(const QString &text, const QString &fileName)
{
    const std::vector<Unit> list = units(text);
    ImportedDocument document;
    document.kind = DocumentKind::Bilingual;
    document.language = QStringLiteral("zh");
    ImportedPage page;
    page.text = text;
    page.hasTextLayer = !list.empty();
    document.pages.push_back(page);

    // Pairs run in the order of the first line: (en, zh) or (zh, en).
    const bool chineseFirst = !list.empty() && list.front().chinese;
    for (size_t i = 0; i < list.size();) {
        const Unit &unit = list[i];
        ImportedSegment segment;
        const bool pairs = i + 1 < list.size() && list[i + 1].chinese != unit.chinese &&
                           unit.chinese == chineseFirst;
        const Unit &chinese = pairs && !unit.chinese ? list[i + 1] : unit;
        segment.start = chinese.start;
        segment.end = chinese.end;
        segment.text = chinese.text;
        if (pairs) {
            segment.translation = unit.chinese ? list[i + 1].text : unit.text;
            segment.translationLanguage = QStringLiteral("en");
        }
        document.segments.push_back(std::move(segment));
        i += pairs ? 2 : 1;
    }
    for (const ImportedSegment &segment : document.segments) {
        if (LanguageGuess::of(segment.text) == QLatin1String("zh")) {
            document.title = segment.text.left(120);
            break;
        }
    }
    if (document.title.isEmpty())
        document.title = fileName;
    return document;
}

} // namespace dossier
