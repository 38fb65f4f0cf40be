#pragma once

#include <QString>

#include <vector>

namespace dossier {

// Finds many names in a text in one pass (Aho-Corasick over folded text: Traditional
// to Simplified, full-width to half-width, case and spacing), so scanning a case for
// 5,000 names costs about as much as reading it once. Latin names match whole words;
// where names overlap the longest wins ("深圳大学" over "深圳").
class NameMatcher
{
public:
    struct Match
    {
        int pattern = 0; // index of the name as added
        int start = 0;   // [start, end) in the original, unfolded text
        int end = 0;
    };

    int add(const QString &name); // returns the pattern index, -1 for an empty name
    void build();
    std::vector<Match> find(const QString &text) const;
    // On text already folded (as the case stores it): offsets are in the folded text.
    std::vector<Match> findInFolded(const QString &folded) const;
    int size() const { return int(m_patterns.size()); }

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by character
        int fail = 0;
        std::vector<int> outputs; // pattern indexes ending here
    };
    int child(int node, char16_t c) const;

    std::vector<QString> m_patterns; // folded
    std::vector<Node> m_nodes;
    bool m_built = false;
};

} // namespace dossier
