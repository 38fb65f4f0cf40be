#include "translationaligner.h"

#include "../figures/figureparser.h"
#include "../text/textfolder.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace dossier {

namespace {

struct Features
{
    double length = 0;      // letters, digits and ideographs
    QSet<QString> numbers;  // figure values, so 20万 meets 200,000
    QSet<QString> names;    // Latin words: AWS, A100, Claude
};

Features featuresOf(const QString &text)
{
    Features f;
    for (QChar c : text) {
        if (TextFolder::isHan(c.unicode()))
            f.length += 1;
        else if (c.isLetterOrNumber())
            f.length += 1;
    }
    for (const Figure &figure : FigureParser::parse(text))
        f.numbers.insert(FigureParser::formatValue(figure.value));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z][A-Za-z0-9]*[0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z]*|[A-Z][a-z]+"));
    for (auto it = latin.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        if (word.size() >= 2)
            f.names.insert(word);
    }
    return f;
}

Features merge(const Features &a, const Features &b)
{
    Features f = a;
    f.length += b.length;
    f.numbers.unite(b.numbers);
    f.names.unite(b.names);
    return f;
}

class Aligner
{
public:
    Aligner(const QStringList &original, const QStringList &translation)
    {
        for (const QString &s : original)
            m_original.push_back(featuresOf(s));
        for (const QString &s : translation)
            m_translation.push_back(featuresOf(s));
        double a = 0, b = 0;
        for (const Features &f : m_original)
            a += f.length;
        for (const Features &f : m_translation)
            b += f.length;
        // The document's own ratio: English runs ~3 letters per Chinese character, but
        // a Chinese-to-Chinese or English-to-English pair is 1.
        m_ratio = a > 0 && b > 0 ? b / a : 1.0;
    }

    std::vector<AlignmentBead> run() const
    {
        const int n = int(m_original.size());
        const int m = int(m_translation.size());
        const double infinity = std::numeric_limits<double>::infinity();
        std::vector<std::vector<double>> cost(size_t(n) + 1, std::vector<double>(size_t(m) + 1, infinity));
        std::vector<std::vector<std::pair<int, int>>> step(size_t(n) + 1, std::vector<std::pair<int, int>>(size_t(m) + 1));
        cost[0][0] = 0;
        const std::pair<int, int> moves[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
        for (int i = 0; i <= n; ++i) {
            for (int j = 0; j <= m; ++j) {
                if (i == 0 && j == 0)
                    continue;
                for (const auto &[di, dj] : moves) {
                    if (di > i || dj > j || cost[size_t(i - di)][size_t(j - dj)] == infinity)
                        continue;
                    const double c = cost[size_t(i - di)][size_t(j - dj)] + beadCost(i - di, di, j - dj, dj);
                    if (c < cost[size_t(i)][size_t(j)]) {
                        cost[size_t(i)][size_t(j)] = c;
                        step[size_t(i)][size_t(j)] = {di, dj};
                    }
                }
            }
        }
        std::vector<AlignmentBead> beads;
        for (int i = n, j = m; i > 0 || j > 0;) {
            const auto [di, dj] = step[size_t(i)][size_t(j)];
            beads.push_back({i - di, di, j - dj, dj});
            i -= di;
            j -= dj;
        }
        std::reverse(beads.begin(), beads.end());
        return beads;
    }

private:
    double beadCost(int i, int di, int j, int dj) const
    {
        static const double kPenalty[3][3] = {{0, 4.0, 9}, {4.0, 0, 2.3}, {9, 2.3, 9}};
        if (di == 0 || dj == 0)
            return kPenalty[di][dj];
        Features a = m_original[size_t(i)];
        for (int k = 1; k < di; ++k)
            a = merge(a, m_original[size_t(i + k)]);
        Features b = m_translation[size_t(j)];
        for (int k = 1; k < dj; ++k)
            b = merge(b, m_translation[size_t(j + k)]);
        // Gale and Church: the length difference, scaled by its expected spread, as the
        // negative log of its two-sided probability under a normal distribution.
        constexpr double kVariance = 12.0;
        const double spread = std::sqrt(std::max(1.0, (a.length + b.length / m_ratio) / 2.0 * kVariance));
        const double delta = std::abs(b.length - a.length * m_ratio) / spread;
        const double length = -std::log(std::max(1e-12, std::erfc(delta / std::sqrt(2.0))));
        // Numbers must match on both sides. A Latin name in the original (AWS in a
        // Chinese notice) should reappear in its translation; the translation's own
        // capitalised words say nothing.
        int shared = 0;
        for (const QString &number : a.numbers)
            shared += b.numbers.contains(number) ? 1 : 0;
        int unmatched = int(a.numbers.size() + b.numbers.size()) - 2 * shared;
        for (const QString &name : a.names) {
            const bool found = b.names.contains(name);
            shared += found ? 1 : 0;
            unmatched += found ? 0 : 1;
        }
        return kPenalty[di][dj] + length + 1.0 * unmatched - 1.5 * shared;
    }

    std::vector<Features> m_original;
    std::vector<Features> m_translation;
    double m_ratio = 1.0;
};

} // namespace

std::vector<AlignmentBead> TranslationAligner::alignSentences(const QStringList &original,
                                                              const QStringList &translation)
{
    return Aligner(original, translation).run();
}

std::vector<AlignmentBead> TranslationAligner::align(const Paragraphed &original, const Paragraphed &translation)
{
    const int paragraphs = original.paragraphOf.empty() ? 0 : original.paragraphOf.back() + 1;
    const int translatedParagraphs = translation.paragraphOf.empty() ? 0 : translation.paragraphOf.back() + 1;
    if (paragraphs <= 1 || paragraphs != translatedParagraphs)
        return alignSentences(original.sentences, translation.sentences);

    std::vector<AlignmentBead> beads;
    int i = 0;
    int j = 0;
    for (int paragraph = 0; paragraph < paragraphs; ++paragraph) {
        QStringList a, b;
        const int i0 = i, j0 = j;
        while (i < original.sentences.size() && original.paragraphOf[size_t(i)] == paragraph)
            a << original.sentences[i++];
        while (j < translation.sentences.size() && translation.paragraphOf[size_t(j)] == paragraph)
            b << translation.sentences[j++];
        for (AlignmentBead bead : alignSentences(a, b)) {
            bead.originalIndex += i0;
            bead.translationIndex += j0;
            beads.push_back(bead);
        }
    }
    return beads;
}

QStringList TranslationAligner::perOriginal(const std::vector<AlignmentBead> &beads, int originalCount,
                                            const QStringList &translation)
{
    QStringList result;
    for (int i = 0; i < originalCount; ++i)
        result << QString();
    // A translation sentence matched to nothing still belongs somewhere: it joins the
    // segment before it (or the first one), so no imported text is dropped.
    int lastOriginal = -1;
    QStringList orphans;
    for (const AlignmentBead &bead : beads) {
        if (bead.translations == 0)
            continue;
        QStringList parts;
        for (int k = 0; k < bead.translations; ++k)
            parts << translation[bead.translationIndex + k];
        const QString text = parts.join(QLatin1Char(' '));
        if (bead.originals == 0) {
            if (lastOriginal >= 0)
                result[lastOriginal] += QLatin1Char(' ') + text;
            else
                orphans << text;
            continue;
        }
        lastOriginal = bead.originalIndex;
        result[bead.originalIndex] = orphans.isEmpty() ? text : orphans.join(QLatin1Char(' ')) + QLatin1Char(' ') + text;
        orphans.clear();
    }
    if (!orphans.isEmpty() && originalCount > 0)
        result[0] = (orphans.join(QLatin1Char(' ')) + QLatin1Char(' ') + result[0]).trimmed();
    return result;
}

} // namespace dossier
