#include "namematcher.h"

#include "../text/textfolder.h"

#include <algorithm>
#include <queue>

namespace dossier {

namespace {

bool isWordCharacter(QChar c)
{
    return c.unicode() < 0x3000 && c.isLetterOrNumber();
}

} // namespace

int NameMatcher::add(const QString &name)
{
    const QString folded = TextFolder::foldedString(name).trimmed();
    if (folded.isEmpty())
        return -1;
    m_patterns.push_back(folded);
    m_built = false;
    return int(m_patterns.size()) - 1;
}

int NameMatcher::child(int node, char16_t c) const
{
    const auto &next = m_nodes[size_t(node)].next;
    const auto found = std::lower_bound(next.begin(), next.end(), std::make_pair(c, 0),
                                        [](const auto &a, const auto &b) { return a.first < b.first; });
    return found != next.end() && found->first == c ? found->second : -1;
}

void NameMatcher::build()
{
    m_nodes.assign(1, Node());
    for (int p = 0; p < int(m_patterns.size()); ++p) {
        int node = 0;
        for (QChar qc : m_patterns[size_t(p)]) {
            const char16_t c = qc.unicode();
            int next = child(node, c);
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes.emplace_back();
                auto &edges = m_nodes[size_t(node)].next;
                edges.insert(std::upper_bound(edges.begin(), edges.end(), std::make_pair(c, 0),
                                              [](const auto &a, const auto &b) { return a.first < b.first; }),
                             {c, next});
            }
            node = next;
        }
        m_nodes[size_t(node)].outputs.push_back(p);
    }
    // Breadth-first failure links, outputs merged along them.
    std::queue<int> queue;
    for (const auto &[c, next] : m_nodes[0].next) {
        m_nodes[size_t(next)].fail = 0;
        queue.push(next);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop();
        for (const auto &[c, next] : m_nodes[size_t(node)].next) {
            int fail = m_nodes[size_t(node)].fail;
            while (fail > 0 && child(fail, c) < 0)
                fail = m_nodes[size_t(fail)].fail;
            const int target = child(fail, c);
            m_nodes[size_t(next)].fail = target >= 0 && target != next ? target : 0;
            const auto &inherited = m_nodes[size_t(m_nodes[size_t(next)].fail)].outputs;
            m_nodes[size_t(next)].outputs.insert(m_nodes[size_t(next)].outputs.end(), inherited.begin(), inherited.end());
            queue.push(next);
        }
    }
    m_built = true;
}

std::vector<NameMatcher::Match> NameMatcher::find(const QString &text) const
{
    const FoldedText folded = TextFolder::fold(text);
    std::vector<Match> found = findInFolded(folded.text);
    for (Match &m : found) {
        const int end = m.end;
        m.start = folded.sourcePosition(m.start);
        m.end = folded.sourcePosition(end - 1) + 1;
    }
    return found;
}

std::vector<NameMatcher::Match> NameMatcher::findInFolded(const QString &t) const
{
    std::vector<Match> found;
    if (!m_built || m_patterns.empty())
        return found;
    std::vector<Match> raw;
    int node = 0;
    for (int i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        while (node > 0 && child(node, c) < 0)
            node = m_nodes[size_t(node)].fail;
        const int next = child(node, c);
        node = next >= 0 ? next : 0;
        for (int p : m_nodes[size_t(node)].outputs) {
            const int length = int(m_patterns[size_t(p)].size());
            const int start = i + 1 - length;
            const QString &pattern = m_patterns[size_t(p)];
            if (isWordCharacter(pattern.front()) && start > 0 && isWordCharacter(t[start - 1]))
                continue;
            if (isWordCharacter(pattern.back()) && i + 1 < t.size() && isWordCharacter(t[i + 1]))
                continue;
            raw.push_back({p, start, i + 1});
        }
    }
    // Leftmost, then longest, without overlaps.
    std::sort(raw.begin(), raw.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    int coveredUntil = 0;
    for (const Match &m : raw) {
        if (m.start < coveredUntil)
            continue;
        coveredUntil = m.end;
        found.push_back(m);
    }
    return found;
}

} // namespace dossier
