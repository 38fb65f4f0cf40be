#include "jsonformat.h"

#include <QJsonArray>

namespace dossier {

namespace {

QJsonValue optional(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject JsonFormat::document(const DocumentInfo &info)
{
    return QJsonObject{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("kind"), info.kind},
        {QStringLiteral("language"), info.language},
        {QStringLiteral("sha256"), info.sha256},
        {QStringLiteral("file_name"), info.fileName},
        {QStringLiteral("size"), info.size},
        {QStringLiteral("encoding"), info.encoding.isEmpty() ? QJsonValue() : QJsonValue(info.encoding)},
        {QStringLiteral("pages"), info.pages},
        {QStringLiteral("pages_without_text"), info.pagesWithoutText},
        {QStringLiteral("ocr_pages"), info.ocrPages},
        {QStringLiteral("segments"), info.segments},
        {QStringLiteral("translated_segments"), info.translatedSegments},
        {QStringLiteral("source_url"), optional(info.sourceUrl)},
        {QStringLiteral("obtained_at"), optional(info.obtainedAt)},
        {QStringLiteral("imported_at"), info.importedAt},
        {QStringLiteral("notes"), info.notes},
        {QStringLiteral("in_trash"), info.inTrash},
    };
}

QJsonObject JsonFormat::segment(const SegmentInfo &segment)
{
    return QJsonObject{
        {QStringLiteral("id"), segment.id},
        {QStringLiteral("page"), segment.page},
        {QStringLiteral("ordinal"), segment.ordinal},
        {QStringLiteral("text"), segment.text},
        {QStringLiteral("start"), segment.start},
        {QStringLiteral("end"), segment.end},
        {QStringLiteral("translation"), optional(segment.translation)},
        {QStringLiteral("translation_origin"), optional(segment.translationOrigin)},
        {QStringLiteral("translation_reviewed"), segment.translationReviewed},
        {QStringLiteral("from_ocr"), segment.fromOcr},
        {QStringLiteral("machine_text"), optional(segment.machineText)},
    };
}

QJsonObject JsonFormat::documentWithSegments(const DocumentInfo &info,
                                             const std::vector<SegmentInfo> &segments)
{
    QJsonObject object = document(info);
    QJsonArray array;
    for (const SegmentInfo &segment : segments)
        array.append(JsonFormat::segment(segment));
    object.insert(QStringLiteral("segments"), array);
    object.insert(QStringLiteral("segment_count"), info.segments);
    return object;
}

QJsonObject JsonFormat::importOutcome(const ImportOutcome &outcome)
{
    const bool hasDocument = outcome.documentId > 0;
    return QJsonObject{
        {QStringLiteral("path"), outcome.path},
        {QStringLiteral("status"), ImportOutcome::statusName(outcome.status)},
        {QStringLiteral("id"), hasDocument ? QJsonValue(outcome.documentId) : QJsonValue()},
        {QStringLiteral("title"), outcome.title.isEmpty() ? QJsonValue() : QJsonValue(outcome.title)},
        {QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error)},
    };
}

QJsonObject JsonFormat::searchHit(const SearchHit &hit)
{
    QJsonArray matches;
    for (const auto &[start, end] : hit.matches)
        matches.append(QJsonArray{start, end});
    return QJsonObject{
        {QStringLiteral("document_id"), hit.documentId},
        {QStringLiteral("document_title"), hit.documentTitle},
        {QStringLiteral("segment_id"), hit.segmentId},
        {QStringLiteral("page"), hit.page},
        {QStringLiteral("ordinal"), hit.ordinal},
        {QStringLiteral("field"), SearchHit::fieldName(hit.field)},
        {QStringLiteral("snippet"), hit.snippet},
        {QStringLiteral("text"), hit.text},
        {QStringLiteral("matches"), matches},
    };
}

} // namespace dossier
