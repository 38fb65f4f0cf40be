#pragma once

namespace dossier {

class Database;

// Migration 10: what lets copies of one case on several laptops come back together.
// Every record people make gets a stable identifier (uuid) that travels with exports
// and copies, and a revision that changes whenever its content changes; the revisions
// a record had before are kept (`revisions`), and a deleted record leaves a tombstone,
// so a merge can tell "changed here only" from "changed on both sides" and "deleted"
// from "never had it". Entities, events and claims get a review state.
//
// The bookkeeping is done by triggers, so every writer of the case (today's edits, an
// older importer, sqlite3 by hand) keeps it without knowing about it.
void addRecordIdentity(Database &db);

} // namespace dossier
