#include "segmenter.h"

#include "textfolder.h"

#include <QSet>

#include <algorithm>

namespace dossier {

namespace {

// A paragraph's text with a map from each of its characters to the page.
struct Joined
{
    QString text;
    std::vector<int> source;
};

bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'；':
    case u'!':
    case u'?':
    case u';':
    case u'：':
    case u':':
    case u'.':
        return true;
    default:
        return false;
    }
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'”':
    case u'’':
    case u'"':
    case u'\'':
    case u'）':
    case u')':
    case u'」':
    case u'』':
    case u'】':
    case u'》':
        return true;
    default:
        return false;
    }
}

void appendLine(const QString &page, const TextSpan &line, Joined &joined)
{
    const int a = line.start;
    const int b = line.end;
    if (a == b)
        return;
    if (!joined.text.isEmpty()) {
        // A wrap between Chinese characters is no space; between words it is one.
        const bool chinese = TextFolder::isHan(joined.text.back().unicode()) ||
                             TextFolder::isHan(page[a].unicode());
        if (!chinese) {
            joined.text.append(QLatin1Char(' '));
            joined.source.push_back(a);
        }
    }
    for (int i = a; i < b; ++i) {
        joined.text.append(page[i]);
        joined.source.push_back(i);
    }
}

std::vector<Joined> joinParagraphs(const QString &page)
{
    const std::vector<TextSpan> lines = Segmenter::lines(page);
    int longest = 0;
    for (const TextSpan &line : lines)
        longest = std::max(longest, line.end - line.start);
    const int wrapWidth = std::max(20, longest * 4 / 5);

    std::vector<Joined> paragraphs;
    Joined current;
    auto flush = [&] {
        if (!current.text.isEmpty())
            paragraphs.push_back(std::move(current));
        current = Joined{};
    };
    for (const TextSpan &line : lines) {
        if (line.start == line.end) {
            flush();
            continue;
        }
        appendLine(page, line, current);
        const QChar last = current.text.back();
        const bool wraps = line.end - line.start >= wrapWidth && !endsSentence(last);
        if (!wraps)
            flush();
    }
    flush();
    return paragraphs;
}

// Words that almost always open a sentence: after "Co." or "Ltd." they mean the
// company name ended the sentence.
bool startsSentence(const QString &text, int at)
{
    static const QSet<QString> starters = {
        QStringLiteral("the"), QStringLiteral("it"), QStringLiteral("its"), QStringLiteral("this"),
        QStringLiteral("they"), QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("a"),
        QStringLiteral("an"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("but"),
        QStringLiteral("we"), QStringLiteral("there"), QStringLiteral("these"), QStringLiteral("that")};
    int end = at;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return starters.contains(text.mid(at, end - at).toLower());
}

bool isAbbreviation(const QString &text, int dot)
{
    static const QSet<QString> known = {
        QStringLiteral("mr"),  QStringLiteral("mrs"), QStringLiteral("ms"),  QStringLiteral("dr"),
        QStringLiteral("no"),  QStringLiteral("co"),  QStringLiteral("ltd"), QStringLiteral("inc"),
        QStringLiteral("corp"), QStringLiteral("st"), QStringLiteral("vs"),  QStringLiteral("etc"),
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("aug"), QStringLiteral("sept"),
        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"), QStringLiteral("e.g"),
        QStringLiteral("i.e"), QStringLiteral("u.s"), QStringLiteral("u.k"), QStringLiteral("prof")};
    int start = dot;
    while (start > 0 && (text[start - 1].isLetterOrNumber() || text[start - 1] == QLatin1Char('.')))
        --start;
    const QString word = text.mid(start, dot - start).toLower();
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
        return false; // "A100s." ends a sentence
    // Single letters are initials ("J. Smith"); a digit before the dot is a decimal
    // or a list number, handled by the caller requiring a following space.
    return word.size() == 1 || known.contains(word);
}

// "Ltd." and "Inc." close a company name; a capital after them starts a sentence.
bool isCompanySuffix(const QString &text, int dot)
{
    for (const char *suffix : {"Ltd", "Inc", "Corp", "LLC"}) {
        const QString s = QString::fromLatin1(suffix);
        if (dot >= s.size() && text.mid(dot - s.size(), s.size()) == s)
            return true;
    }
    return false;
}

// Where a sentence may end in `text`, as exclusive end offsets.
std::vector<int> sentenceEnds(const QString &text)
{
    std::vector<int> ends;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const ushort u = c.unicode();
        const bool chineseStop = u == u'。' || u == u'！' || u == u'？' || u == u'；';
        const bool latinStop = u == u'.' || u == u'!' || u == u'?';
        if (!chineseStop && !latinStop)
            continue;
        int end = i + 1;
        while (end < text.size() && (isClosing(text[end]) || endsSentence(text[end])))
            ++end;
        if (u == u'.') {
            // "2. Project name": list numbering opens a sentence rather than ending one.
            int digits = i;
            while (digits > 0 && text[digits - 1].isDigit())
                --digits;
            if (i - digits >= 1 && i - digits <= 3 && (digits == 0 || text[digits - 1].isSpace()) &&
                end < text.size() && text[end].isSpace()) {
                int before = digits;
                while (before > 0 && text[before - 1].isSpace())
                    --before;
                if (before > 0 && (ends.empty() || ends.back() < before))
                    ends.push_back(before);
                i = end - 1;
                continue;
            }
        }
        if (latinStop) {
            // ". " followed by a capital, a digit or Chinese text starts a sentence.
            if (end >= text.size() || !text[end].isSpace())
                continue;
            int next = end;
            while (next < text.size() && text[next].isSpace())
                ++next;
            if (next < text.size() && text[next].isLower())
                continue;
            if (u == u'.' && isAbbreviation(text, i) && !(next < text.size() && isCompanySuffix(text, i) &&
                                                            text[next].isUpper()) &&
                !startsSentence(text, next))
                continue;
        }
        if (end < text.size())
            ends.push_back(end);
        i = end - 1;
    }
    ends.push_back(int(text.size()));
    return ends;
}

TextSpan toSpan(const Joined &paragraph, int from, int to)
{
    while (from < to && paragraph.text[from].isSpace())
        ++from;
    while (to > from && paragraph.text[to - 1].isSpace())
        --to;
    TextSpan span;
    if (from == to)
        return span;
    span.start = paragraph.source[size_t(from)];
    span.end = paragraph.source[size_t(to - 1)] + 1;
    span.text = paragraph.text.mid(from, to - from);
    return span;
}

} // namespace

std::vector<TextSpan> Segmenter::lines(const QString &text)
{
    std::vector<TextSpan> result;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != QLatin1Char('\n'))
            continue;
        int a = start;
        int b = i;
        start = i + 1;
        while (a < b && text[a].isSpace())
            ++a;
        while (b > a && text[b - 1].isSpace())
            --b;
        result.push_back({a, b, text.mid(a, b - a)});
    }
    return result;
}

std::vector<TextSpan> Segmenter::paragraphs(const QString &pageText)
{
    std::vector<TextSpan> spans;
    for (const Joined &paragraph : joinParagraphs(pageText)) {
        TextSpan span = toSpan(paragraph, 0, int(paragraph.text.size()));
        if (!span.text.isEmpty())
            spans.push_back(std::move(span));
    }
    return spans;
}

static bool hasWords(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

std::vector<TextSpan> Segmenter::segment(const QString &pageText)
{
    std::vector<TextSpan> spans;
    for (const Joined &paragraph : joinParagraphs(pageText)) {
        int from = 0;
        for (int end : sentenceEnds(paragraph.text)) {
            // "1." or "(2)" alone is list numbering: it opens the next sentence.
            if (!hasWords(QStringView(paragraph.text).mid(from, end - from)) && end < paragraph.text.size())
                continue;
            TextSpan span = toSpan(paragraph, from, end);
            if (!span.text.isEmpty())
                spans.push_back(std::move(span));
            from = end;
        }
    }
    return spans;
}

} // namespace dossier
