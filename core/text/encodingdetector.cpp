#include "encodingdetector.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include "chineseconverter.h"

#include <uchardet/uchardet.h>

#include <memory>
#include <optional>

namespace dossier {

namespace {

struct UchardetDeleter
{
    void operator()(uchardet *detector) const { uchardet_delete(detector); }
};

QString detectWithUchardet(const QByteArray &bytes)
{
    std::unique_ptr<uchardet, UchardetDeleter> detector(uchardet_new());
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

// The share of a text's Han characters that are among the 3,755 most common (GB2312
// level 1, after simplification): high for real Chinese in any script, low for bytes
// read in the wrong encoding. 1 when there are too few to judge.
double commonShare(const QString &text)
{
    QString han;
    for (QChar c : text)
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            han += QChar(char16_t(ChineseConverter::toSimplified(char32_t(c.unicode()))));
    if (han.size() < 20)
        return 1;
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(han);
    int common = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b1 = static_cast<unsigned char>(bytes[i]);
        if (b1 < 0x80) {
            ++i;
            continue;
        }
        if (i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x30 && static_cast<unsigned char>(bytes[i + 1]) <= 0x39) {
            i += 4; // a four-byte sequence: a rare character
            continue;
        }
        const auto b2 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        if (b1 >= 0xB0 && b1 <= 0xD7 && b2 >= 0xA1 && b2 <= 0xFE && !(b1 == 0xD7 && b2 > 0xF9))
            ++common;
        i += 2;
    }
    return double(common) / double(han.size());
}

// UTF-8 with a few invalid sequences among many valid multi-byte characters.
std::optional<DecodedText> almostUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless); // a cut-off end counts too
    const QString text = decoder.decode(bytes);
    const qsizetype literal = bytes.count("\xEF\xBF\xBD");
    const qsizetype replaced = text.count(QChar(QChar::ReplacementCharacter)) - literal;
    qsizetype multiByte = 0;
    for (QChar c : text)
        multiByte += c.unicode() >= 0x80 && c != QChar(QChar::ReplacementCharacter) ? 1 : 0;
    // Valid text outnumbers the bad bytes many times over: it is UTF-8 with damage, not
    // another encoding.
    if (replaced <= 0 || multiByte < 4 || replaced * 5 > multiByte)
        return std::nullopt;
    DecodedText decoded;
    decoded.text = text;
    decoded.encoding = QStringLiteral("UTF-8");
    decoded.method = QStringLiteral("repaired");
    decoded.replaced = int(replaced);
    return decoded;
}

QString stripBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

QString DecodedText::warning() const
{
    if (replaced == 0)
        return {};
    return EncodingDetector::tr("%n byte sequence(s) of this file were not valid %1 and are shown as �; the original bytes "
                                "are kept unchanged in the case.", nullptr, replaced)
        .arg(encoding);
}

QString EncodingDetector::canonicalName(const QString &label)
{
    const QString name = label.trimmed().toLower();
    if (name == QLatin1String("gb2312") || name == QLatin1String("gbk") ||
        name == QLatin1String("x-gbk") || name == QLatin1String("gb_2312-80") ||
        name == QLatin1String("cp936") || name == QLatin1String("gb18030") ||
        name == QLatin1String("euc-cn") || name == QLatin1String("hz-gb-2312"))
        return QStringLiteral("GB18030");
    if (name == QLatin1String("big5") || name == QLatin1String("big5-hkscs") ||
        name == QLatin1String("x-x-big5") || name == QLatin1String("cp950"))
        return QStringLiteral("Big5");
    if (name == QLatin1String("utf8") || name == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    if (name == QLatin1String("ascii") || name == QLatin1String("us-ascii"))
        return QStringLiteral("UTF-8");
    return label.trimmed().toUpper();
}

QString EncodingDetector::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(
        QStringLiteral(R"(<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-:.]+))"),
        QRegularExpression::CaseInsensitiveOption);
    // Declarations sit in the head; Latin-1 maps every byte, so the ASCII markup reads.
    const QString head = QString::fromLatin1(bytes.left(8192));
    for (const QRegularExpression *pattern : {&meta, &xml}) {
        const QRegularExpressionMatch match = pattern->match(head);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

bool EncodingDetector::tryDecode(const QByteArray &bytes, const QString &encoding, QString &out)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    out = stripBom(std::move(text));
    return true;
}

Result<DecodedText> EncodingDetector::decode(const QByteArray &bytes, bool isHtml)
{
    if (const auto bom = QStringConverter::encodingForData(bytes); bom) {
        QStringDecoder decoder(*bom);
        const QString text = stripBom(decoder.decode(bytes));
        return DecodedText{text, QString::fromLatin1(QStringConverter::nameForEncoding(*bom)),
                           QStringLiteral("bom")};
    }

    QString text;
    if (isHtml) {
        const QString declared = declaredCharset(bytes);
        if (!declared.isEmpty()) {
            const QString name = canonicalName(declared);
            if (tryDecode(bytes, name, text)) {
                // A declaration is a hint: GB18030 accepts Big5 bytes and Big5 most GBK
                // ones. Keep it unless another reading is plainly more ordinary Chinese.
                const double declaredShare = commonShare(text);
                QString best = name;
                double bestShare = declaredShare;
                QString other;
                for (const QString &candidate : {QStringLiteral("UTF-8"), QStringLiteral("GB18030"), QStringLiteral("Big5")}) {
                    if (candidate == name || !tryDecode(bytes, candidate, other))
                        continue;
                    if (const double share = commonShare(other); share > bestShare) {
                        best = candidate;
                        bestShare = share;
                    }
                }
                if (best == name || declaredShare >= 0.9 || bestShare < declaredShare + 0.25)
                    return DecodedText{text, name, QStringLiteral("declared")};
                tryDecode(bytes, best, text);
                return DecodedText{text, best, QStringLiteral("detected")};
            }
        }
    }
    if (tryDecode(bytes, QStringLiteral("UTF-8"), text))
        return DecodedText{text, QStringLiteral("UTF-8"), QStringLiteral("utf-8")};
    // A scraped page in UTF-8 with a stray byte (a Latin-1 é, a cut-off last character):
    // read it as a browser does, the bad bytes replaced, rather than refuse the page.
    if (const std::optional<DecodedText> almost = almostUtf8(bytes))
        return *almost;

    const QString detected = detectWithUchardet(bytes);
    if (!detected.isEmpty()) {
        const QString name = canonicalName(detected);
        if (tryDecode(bytes, name, text))
            return DecodedText{text, name, QStringLiteral("detected")};
    }
    // Chinese sources are the common case; GB18030 maps every byte sequence it accepts.
    for (const QString &fallback : {QStringLiteral("GB18030"), QStringLiteral("Big5")}) {
        if (tryDecode(bytes, fallback, text))
            return DecodedText{text, fallback, QStringLiteral("fallback")};
    }
    return Error{tr("The text encoding of this file could not be recognised."),
                 detected.isEmpty() ? QString() : tr("detector suggested %1").arg(detected)};
}

} // namespace dossier
