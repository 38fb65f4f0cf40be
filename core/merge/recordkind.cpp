#include "recordkind.h"

#include <QCoreApplication>

#include "entities/relationkind.h"
#include "operations/review.h"

#include <map>

namespace dossier {

namespace {

using Names = std::initializer_list<const char *>;

QStringList names(Names list)
{
    QStringList result;
    for (const char *name : list)
        result << QLatin1String(name);
    return result;
}

RecordReference ref(const char *column, const char *table, bool optional = false)
{
    return {QLatin1String(column), QLatin1String(table), optional};
}

RecordKind make(const char *table, const char *kind, Names content, std::vector<RecordReference> references, Names naturalKey,
                Names labelColumns)
{
    return {QLatin1String(table), QLatin1String(kind), names(content), std::move(references), names(naturalKey),
            names(labelColumns)};
}

} // namespace

const std::vector<RecordKind> &RecordKind::all()
{
    static const std::vector<RecordKind> kinds = {
        make("documents", "document", {"title", "notes", "source_url", "obtained_at", "deleted_at"}, {}, {"sha256"},
             {"title", "file_name"}),
        make("translations", "translation", {"language", "text", "origin", "preferred", "reviewed", "folded"},
             {ref("segment_id", "segments")}, {}, {"text"}),
        make("glossary", "glossary", {"rendering", "note"}, {}, {"term"}, {"term"}),
        make("entities", "entity", {"type", "name_zh", "name_en", "notes", "uscc", "review_state", "review_note"}, {}, {},
             {"name_en", "name_zh"}),
        make("aliases", "alias", {"text"}, {ref("entity_id", "entities")}, {"entity_id", "text"}, {"text"}),
        make("mentions", "mention", {"status"}, {ref("entity_id", "entities"), ref("segment_id", "segments")},
             {"entity_id", "segment_id", "field", "start", "end"}, {"text"}),
        make("relations", "relation", {"from_id", "to_id", "kind", "note"},
             {ref("from_id", "entities"), ref("to_id", "entities")}, {}, {"kind"}),
        make("relation_evidence", "relation evidence", {"quote"},
             {ref("relation_id", "relations"), ref("segment_id", "segments", true)}, {}, {"quote"}),
        make("events", "event",
             {"date", "date_start", "date_end", "title", "description", "tags", "review_state", "review_note"}, {}, {},
             {"title"}),
        make("event_entities", "event entity", {}, {ref("event_id", "events"), ref("entity_id", "entities")},
             {"event_id", "entity_id"}, {}),
        make("event_evidence", "event evidence", {"field", "start", "end", "quote", "translation_quote", "note"},
             {ref("event_id", "events"), ref("segment_id", "segments", true), ref("document_id", "documents", true)}, {},
             {"quote"}),
        make("claims", "claim",
             {"text", "draft", "status", "note", "checked_by", "checked_at", "review_state", "review_note"}, {}, {},
             {"text"}),
        make("claim_evidence", "claim evidence", {"quote"},
             {ref("claim_id", "claims"), ref("segment_id", "segments", true), ref("document_id", "documents", true)}, {},
             {"quote"}),
        make("screening_entries", "screening entry", {"name", "aliases", "source", "details"}, {}, {"list", "name"},
             {"name"}),
    };
    return kinds;
}

const RecordKind *RecordKind::forTable(const QString &table)
{
    for (const RecordKind &kind : all())
        if (kind.table == table)
            return &kind;
    return nullptr;
}

const RecordKind *RecordKind::forKind(const QString &name)
{
    for (const RecordKind &kind : all())
        if (kind.kind == name)
            return &kind;
    return nullptr;
}

QString RecordKind::label(const QString &kind)
{
    static const std::map<QString, const char *> words = {
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("RecordKind", "Document")},
        {QStringLiteral("translation"), QT_TRANSLATE_NOOP("RecordKind", "Translation")},
        {QStringLiteral("segment"), QT_TRANSLATE_NOOP("RecordKind", "Corrected text")},
        {QStringLiteral("glossary"), QT_TRANSLATE_NOOP("RecordKind", "Glossary term")},
        {QStringLiteral("entity"), QT_TRANSLATE_NOOP("RecordKind", "Entity")},
        {QStringLiteral("alias"), QT_TRANSLATE_NOOP("RecordKind", "Alias")},
        {QStringLiteral("mention"), QT_TRANSLATE_NOOP("RecordKind", "Mention")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("RecordKind", "Relation")},
        {QStringLiteral("relation evidence"), QT_TRANSLATE_NOOP("RecordKind", "Relation evidence")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("RecordKind", "Event")},
        {QStringLiteral("event entity"), QT_TRANSLATE_NOOP("RecordKind", "Entity of an event")},
        {QStringLiteral("event evidence"), QT_TRANSLATE_NOOP("RecordKind", "Event evidence")},
        {QStringLiteral("claim"), QT_TRANSLATE_NOOP("RecordKind", "Claim")},
        {QStringLiteral("claim evidence"), QT_TRANSLATE_NOOP("RecordKind", "Claim evidence")},
        {QStringLiteral("screening entry"), QT_TRANSLATE_NOOP("RecordKind", "Screening list entry")},
    };
    const auto found = words.find(kind);
    return found == words.end() ? kind : QCoreApplication::translate("RecordKind", found->second);
}

} // namespace dossier

namespace dossier {

QString RecordKind::fieldLabel(const QString &column)
{
    static const std::map<QString, const char *> words = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("RecordKind", "Title")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordKind", "Notes")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("RecordKind", "Note")},
        {QStringLiteral("source_url"), QT_TRANSLATE_NOOP("RecordKind", "Obtained from")},
        {QStringLiteral("obtained_at"), QT_TRANSLATE_NOOP("RecordKind", "Obtained on")},
        {QStringLiteral("deleted_at"), QT_TRANSLATE_NOOP("RecordKind", "In the trash since")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("RecordKind", "File")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("RecordKind", "Language")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("RecordKind", "Text")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("RecordKind", "Made by")},
        {QStringLiteral("preferred"), QT_TRANSLATE_NOOP("RecordKind", "Preferred version")},
        {QStringLiteral("reviewed"), QT_TRANSLATE_NOOP("RecordKind", "Reviewed")},
        {QStringLiteral("term"), QT_TRANSLATE_NOOP("RecordKind", "Term")},
        {QStringLiteral("rendering"), QT_TRANSLATE_NOOP("RecordKind", "Rendering")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("RecordKind", "Type")},
        {QStringLiteral("name_zh"), QT_TRANSLATE_NOOP("RecordKind", "Chinese name")},
        {QStringLiteral("name_en"), QT_TRANSLATE_NOOP("RecordKind", "English name")},
        {QStringLiteral("uscc"), QT_TRANSLATE_NOOP("RecordKind", "Credit code")},
        {QStringLiteral("review_state"), QT_TRANSLATE_NOOP("RecordKind", "Review")},
        {QStringLiteral("review_note"), QT_TRANSLATE_NOOP("RecordKind", "Review note")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RecordKind", "Status")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("RecordKind", "Relation")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("RecordKind", "Date")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("RecordKind", "Description")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("RecordKind", "Tags")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("RecordKind", "Quote")},
        {QStringLiteral("translation_quote"), QT_TRANSLATE_NOOP("RecordKind", "Quote in translation")},
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("RecordKind", "Draft it comes from")},
        {QStringLiteral("checked_by"), QT_TRANSLATE_NOOP("RecordKind", "Checked by")},
        {QStringLiteral("checked_at"), QT_TRANSLATE_NOOP("RecordKind", "Checked on")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("RecordKind", "Name")},
        {QStringLiteral("aliases"), QT_TRANSLATE_NOOP("RecordKind", "Other names")},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("RecordKind", "Details")},
    };
    const auto found = words.find(column);
    return found == words.end() ? QString() : QCoreApplication::translate("RecordKind", found->second);
}

QString RecordKind::valueLabel(const QString &column, const QString &value)
{
    if (column == QLatin1String("review_state"))
        if (const std::optional<ReviewState> state = reviewFromCode(value))
            return reviewLabel(*state);
    if (column == QLatin1String("kind") && RelationKind::known().contains(value))
        return RelationKind::label(value);
    return value;
}

} // namespace dossier
