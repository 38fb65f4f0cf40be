#pragma once

#include "storage/database.h"

#include <catch2/catch.hpp>

namespace dossier::test {

// What a killed process must leave behind: a database SQLite finds sound, and search
// indexes that agree with the tables they index.
inline void checkCaseIsSound(Database &db)
{
    Statement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == QStringLiteral("ok"));
    CHECK_NOTHROW(db.exec(QStringLiteral("INSERT INTO segments_fts(segments_fts) VALUES('integrity-check')")));
    CHECK_NOTHROW(db.exec(QStringLiteral("INSERT INTO translations_fts(translations_fts) VALUES('integrity-check')")));
}

} // namespace dossier::test
