#include "translationedits.h"

#include "documents/documentstore.h"

#include <QCoreApplication>

namespace dossier {

TranslationEdit::TranslationEdit(qint64 segmentId, const QString &text)
    : CaseEdit(tr("Edit translation"), CaseArea::Translations), m_text(text)
{
    setPlace(0, segmentId);
}

std::unique_ptr<TranslationEdit> TranslationEdit::set(qint64 segmentId, const QString &text)
{
    return std::unique_ptr<TranslationEdit>(new TranslationEdit(segmentId, text));
}

void TranslationEdit::perform(Database &db)
{
    if (m_text.trimmed().isEmpty())
        throw EditRefused(tr("A translation cannot be empty; choose another version instead."));
    const std::optional<qint64> document = DocumentStore(db).documentOfSegment(segmentId());
    if (!document)
        throw EditRefused(tr("There is no segment %1 in this case.").arg(segmentId()));
    setPlace(*document, segmentId());
    m_record = TranslationStore(db).setManual(segmentId(), m_text);
}

void TranslationEdit::performAgain(Database &db)
{
    m_record = TranslationStore(db).setManual(segmentId(), m_text);
}

void TranslationEdit::takeBack(Database &db)
{
    TranslationStore(db).undo(m_record);
}

TranslationBatchEdit::TranslationBatchEdit(qint64 documentId, const QString &description, Change change)
    : CaseEdit(description, CaseArea::Translations), m_change(std::move(change))
{
    setPlace(documentId);
}

std::unique_ptr<TranslationBatchEdit> TranslationBatchEdit::importFile(qint64 documentId, const QString &path,
                                                                       const QString &language)
{
    return std::unique_ptr<TranslationBatchEdit>(new TranslationBatchEdit(
        documentId, tr("Import translation"), [documentId, path, language](Database &db, TranslationBatchEdit &self) {
            Result<TranslationImportReport> result = TranslationImporter(db).importFile(documentId, path, language);
            if (!result)
                throw EditRefused(result.error().message);
            self.m_report = *result;
        }));
}

std::unique_ptr<TranslationBatchEdit> TranslationBatchEdit::chooseVersion(qint64 documentId, qint64 segmentId,
                                                                          qint64 translationId, bool reviewed)
{
    return std::unique_ptr<TranslationBatchEdit>(new TranslationBatchEdit(
        documentId, tr("Choose translation version"), [segmentId, translationId, reviewed](Database &db, TranslationBatchEdit &) {
            TranslationStore store(db);
            bool known = false;
            for (const TranslationVersion &v : store.versions(segmentId))
                known = known || v.id == translationId;
            if (!known)
                throw EditRefused(tr("Segment %1 has no translation version %2.").arg(segmentId).arg(translationId));
            store.prefer(segmentId, translationId);
            store.setReviewed(translationId, reviewed);
        }));
}

std::unique_ptr<TranslationBatchEdit> TranslationBatchEdit::realign(qint64 documentId, const std::vector<SegmentInfo> &segments,
                                                                    const QStringList &after, const QString &description)
{
    return std::unique_ptr<TranslationBatchEdit>(new TranslationBatchEdit(
        documentId, description, [segments, after](Database &db, TranslationBatchEdit &) {
            if (size_t(after.size()) != segments.size())
                throw EditRefused(tr("The re-aligned translation does not fit the document's segments."));
            TranslationStore store(db);
            for (size_t i = 0; i < segments.size(); ++i) {
                if (segments[i].translation.value_or(QString()) == after[int(i)])
                    continue;
                store.setPreferredText(segments[i].id, after[int(i)], QStringLiteral("en"),
                                       segments[i].translationOrigin.value_or(QStringLiteral("imported")));
            }
        }));
}

void TranslationBatchEdit::perform(Database &db)
{
    DocumentStore documents(db);
    if (!documents.get(documentId()))
        throw EditRefused(tr("There is no document %1 in this case.").arg(documentId()));
    for (const SegmentInfo &segment : documents.segments(documentId()))
        m_segmentIds.push_back(segment.id);
    TranslationStore store(db);
    m_before = store.snapshot(m_segmentIds);
    m_change(db, *this);
    m_after = store.snapshot(m_segmentIds);
}

void TranslationBatchEdit::performAgain(Database &db)
{
    TranslationStore(db).restore(m_segmentIds, m_after);
}

void TranslationBatchEdit::takeBack(Database &db)
{
    TranslationStore(db).restore(m_segmentIds, m_before);
}

} // namespace dossier
