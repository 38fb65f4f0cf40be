#pragma once

#include <atomic>
#include <functional>

namespace dossier {

class Database;

struct ScanReport
{
    int segments = 0;  // originals and translations read
    int found = 0;     // name occurrences
    int proposed = 0;  // new proposals (known spans, confirmed or rejected, are kept as they are)
};

// Finds every name and alias of every entity in every segment and preferred translation
// of the case in one pass per text, and records new occurrences as proposed mentions for
// the reporter to confirm or reject. A rejected span stays rejected on the next scan.
class MentionScanner
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit MentionScanner(Database &db) : m_db(db) {}
    ScanReport scan(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
};

} // namespace dossier
