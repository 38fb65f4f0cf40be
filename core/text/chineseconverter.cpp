#include "chineseconverter.h"

#include <QDebug>
#include <QStringList>

#include <opencc/opencc.h>

#include <vector>

namespace dossier {

namespace {

constexpr char32_t kFirst = 0x3400; // CJK Extension A to the end of the unified block
constexpr char32_t kLast = 0x9FFF;

// Variant forms OpenCC's Traditional-to-Simplified tables keep as they are.
constexpr std::pair<char16_t, char16_t> kVariants[] = {
    {u'著', u'着'}, {u'擡', u'抬'}, {u'噁', u'恶'}, {u'衞', u'卫'}, {u'裡', u'里'}, {u'羣', u'群'},
    {u'峯', u'峰'}, {u'綫', u'线'}, {u'麪', u'面'}, {u'鷄', u'鸡'}, {u'牀', u'床'}, {u'啓', u'启'},
    {u'爲', u'为'}, {u'衆', u'众'}, {u'喫', u'吃'}, {u'纔', u'才'}, {u'秘', u'秘'}, {u'祕', u'秘'},
};

// Converts every character of the block alone (one per line, so that no phrase forms)
// through each OpenCC configuration in turn.
std::vector<char16_t> buildTable()
{
    std::vector<char16_t> table(size_t(kLast - kFirst + 1));
    QString all;
    all.reserve(int(table.size()) * 2);
    for (char32_t c = kFirst; c <= kLast; ++c) {
        table[c - kFirst] = char16_t(c);
        all += QChar(char16_t(c));
        all += QLatin1Char('\n');
    }
    for (const char *config : {"tw2s.json", "hk2s.json", "t2s.json"}) {
        const opencc_t handle = opencc_open(config);
        if (handle == reinterpret_cast<opencc_t>(-1)) {
            qWarning() << "OpenCC" << config << "could not be loaded:" << opencc_error()
                       << "- Traditional characters will not match Simplified ones";
            continue;
        }
        const QByteArray utf8 = all.toUtf8();
        char *converted = opencc_convert_utf8(handle, utf8.constData(), size_t(utf8.size()));
        if (converted) {
            const QStringList lines = QString::fromUtf8(converted).split(QLatin1Char('\n'));
            opencc_convert_utf8_free(converted);
            // Only a one-for-one answer is a character mapping.
            if (lines.size() >= int(table.size()))
                for (size_t i = 0; i < table.size(); ++i)
                    if (lines[int(i)].size() == 1)
                        table[i] = lines[int(i)].front().unicode();
        }
        opencc_close(handle);
        // The next configuration converts what this one produced.
        all.clear();
        for (char16_t c : table) {
            all += QChar(c);
            all += QLatin1Char('\n');
        }
    }
    for (const auto &[variant, simplified] : kVariants)
        for (char16_t &c : table)
            if (c == variant)
                c = simplified;
    return table;
}

} // namespace

char32_t ChineseConverter::toSimplified(char32_t c)
{
    if (c < kFirst || c > kLast)
        return c;
    static const std::vector<char16_t> table = buildTable();
    return table[c - kFirst];
}

QString ChineseConverter::toSimplified(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (!c.isSurrogate())
            c = QChar(char16_t(toSimplified(char32_t(c.unicode()))));
    return out;
}

} // namespace dossier
