#include "translationchecks.h"

#include "../documents/documentstore.h"
#include "../figures/figureconsistency.h"
#include "../storage/database.h"

namespace dossier {

TranslationIssue TranslationChecks::check(const QString &original, const QString &translation,
                                          const std::vector<GlossaryEntry> &glossary)
{
    TranslationIssue issue;
    issue.original = original;
    issue.translation = translation;
    issue.missingFigures = FigureConsistency::missing(original, translation);
    issue.glossaryMisses = Glossary::violations(original, translation, glossary);
    return issue;
}

QStringList TranslationChecks::describe(const TranslationIssue &issue)
{
    QStringList lines;
    for (const Figure &figure : issue.missingFigures)
        lines << tr("“%1” is not in the translation").arg(figure.text);
    for (const GlossaryEntry &entry : issue.glossaryMisses)
        lines << tr("“%1” should be rendered “%2”").arg(entry.term, entry.rendering);
    return lines;
}

std::vector<TranslationIssue> TranslationChecks::issues(std::optional<qint64> documentId)
{
    const std::vector<GlossaryEntry> glossary = Glossary(m_db).entries();
    DocumentStore store(m_db);
    std::vector<qint64> documents;
    if (documentId)
        documents.push_back(*documentId);
    else
        for (const DocumentInfo &d : store.list())
            documents.push_back(d.id);
    std::vector<TranslationIssue> result;
    for (qint64 id : documents) {
        for (const SegmentInfo &segment : store.segments(id)) {
            if (!segment.translation || segment.translation->isEmpty())
                continue;
            TranslationIssue issue = check(segment.text, *segment.translation, glossary);
            if (issue.missingFigures.empty() && issue.glossaryMisses.empty())
                continue;
            issue.documentId = id;
            issue.segmentId = segment.id;
            issue.page = segment.page;
            result.push_back(std::move(issue));
        }
    }
    return result;
}

} // namespace dossier
