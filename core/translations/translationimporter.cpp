#include "translationimporter.h"

#include "../documents/documentstore.h"
#include "../import/importservice.h"
#include "../import/textimporter.h"
#include "../storage/database.h"
#include "../storage/sqlerror.h"
#include "../text/segmenter.h"
#include "translationstore.h"

#include <QFile>
#include <QFileInfo>

#include <map>

namespace dossier {

namespace {

// Numbers each sentence by the paragraph (of its page) it falls in.
template <typename Segment>
TranslationAligner::Paragraphed paragraphed(const std::vector<Segment> &segments,
                                            const std::map<int, QString> &pageTexts)
{
    TranslationAligner::Paragraphed result;
    std::map<int, std::vector<TextSpan>> paragraphsOfPage;
    for (const auto &[page, text] : pageTexts)
        paragraphsOfPage[page] = Segmenter::paragraphs(text);
    int paragraph = -1;
    int lastPage = -1;
    int lastSpan = -1;
    for (const Segment &segment : segments) {
        const std::vector<TextSpan> &spans = paragraphsOfPage[segment.page];
        int span = -1;
        for (size_t k = 0; k < spans.size(); ++k)
            if (segment.start >= spans[k].start && segment.start < std::max(spans[k].end, spans[k].start + 1))
                span = int(k);
        if (segment.page != lastPage || span != lastSpan || span < 0)
            ++paragraph;
        lastPage = segment.page;
        lastSpan = span;
        result.sentences << segment.text;
        result.paragraphOf.push_back(paragraph);
    }
    return result;
}

} // namespace

Result<TranslationImportReport> TranslationImporter::importFile(qint64 documentId, const QString &path,
                                                                const QString &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The translation file cannot be read: %1").arg(file.errorString()), path};
    Result<ImportedDocument> parsed = ImportService::parse(file.readAll(), QFileInfo(path).fileName());
    if (!parsed)
        return parsed.error();
    // A translation is one language; never pair its lines as a bilingual text.
    if (parsed->kind == DocumentKind::Bilingual)
        parsed = TextImporter::fromText(parsed->pages.front().text, QFileInfo(path).fileName());
    std::map<int, QString> pages;
    for (const ImportedPage &page : parsed->pages)
        pages[page.number] = page.text;
    return store(documentId, paragraphed(parsed->segments, pages), language);
}

Result<TranslationImportReport> TranslationImporter::importText(qint64 documentId, const QString &text,
                                                                const QString &language)
{
    const ImportedDocument parsed = TextImporter::fromText(text, QString());
    return store(documentId, paragraphed(parsed.segments, {{1, text}}), language);
}

Result<TranslationImportReport> TranslationImporter::store(qint64 documentId,
                                                           const TranslationAligner::Paragraphed &translation,
                                                           const QString &language)
{
    try {
        DocumentStore documents(m_db);
        if (!documents.get(documentId))
            return Error{tr("There is no document %1 in this case.").arg(documentId)};
        if (translation.sentences.isEmpty())
            return Error{tr("The translation file contains no text.")};
        const std::vector<SegmentInfo> segments = documents.segments(documentId);
        std::map<int, QString> pages;
        for (const PageInfo &page : documents.pages(documentId))
            pages[page.number] = page.text;
        const TranslationAligner::Paragraphed original = paragraphed(segments, pages);

        const std::vector<AlignmentBead> beads = TranslationAligner::align(original, translation);
        const QStringList perSegment =
            TranslationAligner::perOriginal(beads, int(segments.size()), translation.sentences);

        TranslationImportReport report;
        report.translationSentences = int(translation.sentences.size());
        for (const AlignmentBead &bead : beads) {
            if (bead.originals == 1 && bead.translations == 1)
                ++report.oneToOne;
            else if (bead.originals == 0 || bead.translations == 0)
                ++report.unmatched;
            else
                ++report.merged;
        }
        Transaction transaction(m_db);
        TranslationStore store(m_db);
        for (size_t i = 0; i < segments.size(); ++i) {
            if (perSegment[int(i)].isEmpty())
                continue;
            store.add(segments[i].id, perSegment[int(i)], language, QStringLiteral("imported"));
            ++report.alignedSegments;
        }
        transaction.commit();
        return report;
    } catch (const SqlError &error) {
        return error.error();
    }
}

} // namespace dossier
