#include "migrations.h"

#include "identitymigration.h"

#include "../figures/figureindex.h"
#include "../text/textfolder.h"
#include "../storage/database.h"
#include "../storage/statement.h"

#include <functional>
#include <vector>

namespace dossier {

namespace {

// Version 1: documents with their original bytes, pages, segments, translations and
// the full-text indexes over folded (normalised) text.
const char *const kMigration1[] = {
    R"(CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        language TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        encoding TEXT,
        source_url TEXT,
        obtained_at TEXT,
        imported_at TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    ))",
    // Kept apart so that listing documents never reads the (large) original bytes.
    R"(CREATE TABLE originals (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
    ))",
    R"(CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        width REAL NOT NULL DEFAULT 0,
        height REAL NOT NULL DEFAULT 0,
        has_text_layer INTEGER NOT NULL,
        text TEXT NOT NULL,
        ocr_confidence REAL,
        UNIQUE (document_id, number)
    ))",
    R"(CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        folded TEXT NOT NULL,
        UNIQUE (document_id, ordinal)
    ))",
    R"(CREATE TABLE translations (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        origin TEXT NOT NULL,
        created_at TEXT NOT NULL,
        preferred INTEGER NOT NULL DEFAULT 1,
        reviewed INTEGER NOT NULL DEFAULT 0,
        folded TEXT NOT NULL
    ))",
    "CREATE INDEX translations_segment ON translations(segment_id)",
    // Trigram matches any substring of three or more characters, which is what Chinese
    // (no spaces between words) needs; shorter queries fall back to instr() on `folded`.
    R"(CREATE VIRTUAL TABLE segments_fts USING fts5(
        folded, content='segments', content_rowid='id', tokenize='trigram'))",
    R"(CREATE VIRTUAL TABLE translations_fts USING fts5(
        folded, content='translations', content_rowid='id', tokenize='trigram'))",
    R"(CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
        INSERT INTO segments_fts(rowid, folded) VALUES (new.id, new.folded); END)",
    R"(CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
        INSERT INTO segments_fts(segments_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END)",
    R"(CREATE TRIGGER segments_au AFTER UPDATE OF folded ON segments BEGIN
        INSERT INTO segments_fts(segments_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO segments_fts(rowid, folded) VALUES (new.id, new.folded); END)",
    R"(CREATE TRIGGER translations_ai AFTER INSERT ON translations BEGIN
        INSERT INTO translations_fts(rowid, folded) VALUES (new.id, new.folded); END)",
    R"(CREATE TRIGGER translations_ad AFTER DELETE ON translations BEGIN
        INSERT INTO translations_fts(translations_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END)",
    R"(CREATE TRIGGER translations_au AFTER UPDATE OF folded ON translations BEGIN
        INSERT INTO translations_fts(translations_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO translations_fts(rowid, folded) VALUES (new.id, new.folded); END)",
    R"(CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
    ))",
};

// Version 2: documents are moved to the case's trash instead of being deleted, so a
// deletion can be undone and nothing is lost until the trash is emptied.
const char *const kMigration2[] = {
    "ALTER TABLE documents ADD COLUMN deleted_at TEXT",
};

// Version 3: the case glossary (a Chinese term and the English rendering the case uses).
const char *const kMigration3[] = {
    R"(CREATE TABLE glossary (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE,
        rendering TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ))",
};

// Version 4: figures found in the originals, and the fact-checker's claims with their
// verdicts and evidence (quotes frozen as cited).
const char *const kMigration4[] = {
    R"(CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        high REAL,
        kind TEXT NOT NULL,
        unit TEXT NOT NULL
    ))",
    "CREATE INDEX figures_value ON figures(value)",
    "CREATE INDEX figures_segment ON figures(segment_id)",
    R"(CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        draft TEXT NOT NULL DEFAULT '',
        ordinal INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'unchecked',
        note TEXT NOT NULL DEFAULT '',
        checked_by TEXT,
        checked_at TEXT,
        created_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE claim_evidence (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
        document_id INTEGER,
        page INTEGER,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,
        segment_text TEXT NOT NULL,
        sha256 TEXT
    ))",
};

// Version 5: entities (with Chinese and English names and aliases), their mentions in
// segments, relations backed by evidence, and imported screening lists.
const char *const kMigration5[] = {
    R"(CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        uscc TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        UNIQUE (entity_id, text)
    ))",
    R"(CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        field TEXT NOT NULL DEFAULT 'original',
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        origin TEXT NOT NULL,
        status TEXT NOT NULL,
        UNIQUE (entity_id, segment_id, field, start, "end")
    ))",
    "CREATE INDEX mentions_segment ON mentions(segment_id)",
    "CREATE INDEX mentions_entity ON mentions(entity_id)",
    R"(CREATE TABLE relations (
        id INTEGER PRIMARY KEY,
        from_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        to_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE relation_evidence (
        id INTEGER PRIMARY KEY,
        relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
        segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL
    ))",
    R"(CREATE TABLE screening_entries (
        id INTEGER PRIMARY KEY,
        list TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT ''
    ))",
};

// Version 6: the evidence timeline. Dates keep their precision (ISO at that precision
// plus the first and last day covered, for sorting); evidence freezes the quote.
const char *const kMigration6[] = {
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX events_date ON events(date_start)",
    R"(CREATE TABLE event_entities (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, entity_id)
    ))",
    R"(CREATE TABLE event_evidence (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
        document_id INTEGER,
        page INTEGER NOT NULL DEFAULT 0,
        field TEXT NOT NULL DEFAULT 'original',
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,
        translation_quote TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        segment_text TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    ))",
};

// Version 7: OCR. The words read off scanned pages, with their boxes (fractions of the
// page, so any rendering can draw them) and confidence; and the machine's reading of a
// segment a person corrected, kept beside the corrected text.
const char *const kMigration7[] = {
    R"(CREATE TABLE ocr_words (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        confidence REAL NOT NULL
    ))",
    "CREATE INDEX ocr_words_page ON ocr_words(document_id, page)",
    "ALTER TABLE segments ADD COLUMN machine_text TEXT",
    "ALTER TABLE segments ADD COLUMN corrected_at TEXT",
};

template <size_t N>
std::function<void(Database &)> statements(const char *const (&list)[N])
{
    return [&list](Database &db) {
        for (const char *statement : list)
            db.exec(QString::fromUtf8(statement));
    };
}

// Version 8: text-derived data is derived again with the current readers. Folding went
// character by character (radicals unified before simplifying, variants folded), and
// the figure parser reads more forms right: the search columns and the figure index of
// an older case would disagree with what a new import stores.
void rederiveText(Database &db)
{
    for (const char *table : {"segments", "translations"}) {
        Statement rows = db.prepare(QStringLiteral("SELECT id, text, folded FROM %1").arg(QLatin1String(table)));
        Statement update = db.prepare(QStringLiteral("UPDATE %1 SET folded = ? WHERE id = ?").arg(QLatin1String(table)));
        while (rows.step()) {
            const QString folded = TextFolder::foldedString(rows.text(1));
            if (folded != rows.text(2))
                update.bind(1, folded).bind(2, rows.int64(0)).exec();
        }
    }
    FigureIndex(db).rebuild();
}

// Version 9: the audit trail names who made each change and the item it was about, so
// an item's details can show its history.
const char *const kMigration9[] = {
    "ALTER TABLE audit ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN target_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN target_id INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX audit_target ON audit(target_kind, target_id)",
};

struct Migration
{
    const char *description;
    std::function<void(Database &)> apply;
};

// Migration N is entry N-1; the latest version is the table's length.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {"documents, pages, segments, translations and their full-text indexes", statements(kMigration1)},
        {"the trash for documents", statements(kMigration2)},
        {"the case glossary", statements(kMigration3)},
        {"figures, claims and verdicts", statements(kMigration4)},
        {"entities, aliases, mentions and relations", statements(kMigration5)},
        {"events and their evidence", statements(kMigration6)},
        {"OCR words and corrections", statements(kMigration7)},
        {"text-derived data read again with the current readers", rederiveText},
        {"who made each change, and to which item", statements(kMigration9)},
        {"stable identifiers, revisions and review states, for merging copies of a case", addRecordIdentity},
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return int(migrations().size());
}

QString Migrations::description(int version)
{
    return version >= 1 && version <= latestVersion() ? QString::fromUtf8(migrations()[size_t(version - 1)].description)
                                                       : QString();
}

void Migrations::upgrade(Database &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        Transaction transaction(db);
        migrations()[size_t(version - 1)].apply(db);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace dossier
