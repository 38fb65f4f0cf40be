#include "textfolder.h"

#include "chineseconverter.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace dossier {

namespace {

bool isKangxiOrCompatibility(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x2F800 && c <= 0x2FA1F);
}

struct RadicalMapping
{
    char32_t radical;
    char32_t ideograph;
};

constexpr RadicalMapping kRadicals[] = {
#include "radicaltable.inc"
};

// The unified ideograph a radical or compatibility ideograph stands for. Most CJK
// Radicals Supplement characters (⻢ ⺠ ⻓) have no NFKC decomposition, hence the table.
QString unifiedIdeograph(char32_t c)
{
    const auto *end = std::end(kRadicals);
    const auto *found = std::lower_bound(std::begin(kRadicals), end, c,
                                         [](const RadicalMapping &m, char32_t v) { return m.radical < v; });
    if (found != end && found->radical == c)
        return QString::fromUcs4(&found->ideograph, 1);
    return QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
}

bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

// Appends the folded form of one code point that came from source position `source`.
void appendFolded(char32_t c, int source, FoldedText &out)
{
    auto push = [&](char32_t f) {
        if (QChar::requiresSurrogates(f)) {
            out.text.append(QChar(QChar::highSurrogate(f)));
            out.text.append(QChar(QChar::lowSurrogate(f)));
            out.sourceIndex.push_back(source);
            out.sourceIndex.push_back(source);
        } else {
            out.text.append(QChar(char16_t(f)));
            out.sourceIndex.push_back(source);
        }
    };
    if (c < 0x80) {
        push(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    if (TextFolder::isHan(c) && !isKangxiOrCompatibility(c)) {
        push(c);
        return;
    }
    const QString normalized = isKangxiOrCompatibility(c)
                                   ? unifiedIdeograph(c)
                                   : QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
    for (char32_t n : normalized.toUcs4())
        push(QChar::toCaseFolded(n));
}

} // namespace

int FoldedText::sourcePosition(int foldedPosition) const
{
    if (sourceIndex.empty())
        return 0;
    if (foldedPosition < 0)
        return sourceIndex.front();
    if (size_t(foldedPosition) >= sourceIndex.size())
        return sourceIndex.back();
    return sourceIndex[size_t(foldedPosition)];
}

bool TextFolder::isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || isKangxiOrCompatibility(c) || c == 0x3007;
}

FoldedText TextFolder::fold(const QString &source)
{
    // Character by character, so that a query folds as the same words in a document do:
    // first the radicals and compatibility ideographs of PDF fonts become the unified
    // ideographs they stand for (⾞ → 車), then those are simplified (車 → 车).
    FoldedText out;
    out.text.reserve(source.size());
    out.sourceIndex.reserve(size_t(source.size()) + 1);

    bool pendingSpace = false;
    int pendingSpaceSource = 0;
    char32_t previous = 0;
    const QStringView view(source);
    for (qsizetype i = 0; i < view.size();) {
        const int position = int(i);
        char32_t c = view[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(char16_t(c)) && i + 1 < view.size() &&
            view[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(view[i], view[i + 1]);
            width = 2;
        }
        i += width;

        if (QChar::isSpace(c) || c == 0x3000) {
            if (!out.text.isEmpty() && !pendingSpace) {
                pendingSpace = true;
                pendingSpaceSource = position;
            }
            continue;
        }
        if (isKangxiOrCompatibility(c)) {
            const QList<uint> unified = unifiedIdeograph(c).toUcs4();
            if (unified.size() == 1)
                c = unified.front();
        }
        if (isHan(c))
            c = ChineseConverter::toSimplified(c);
        if (pendingSpace) {
            const bool nextToChinese = isHan(previous) || isCjkPunctuation(previous) ||
                                       isHan(c) || isCjkPunctuation(c);
            if (!nextToChinese) {
                out.text.append(QLatin1Char(' '));
                out.sourceIndex.push_back(pendingSpaceSource);
            }
            pendingSpace = false;
        }
        appendFolded(c, position, out);
        previous = c;
    }
    out.sourceIndex.push_back(int(source.size()));
    return out;
}

QString TextFolder::normalizeIdeographs(const QString &text)
{
    QString out;
    const QStringView view(text);
    qsizetype copiedUpTo = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        char32_t c = view[i].unicode();
        qsizetype width = 1;
        if (view[i].isHighSurrogate() && i + 1 < view.size() && view[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(view[i], view[i + 1]);
            width = 2;
        }
        if (isKangxiOrCompatibility(c)) {
            out += view.mid(copiedUpTo, i - copiedUpTo);
            out += unifiedIdeograph(c);
            copiedUpTo = i + width;
        }
        i += width - 1;
    }
    if (copiedUpTo == 0)
        return text;
    out += view.mid(copiedUpTo);
    return out;
}

} // namespace dossier
