#pragma once

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dossier {

struct DecodedText
{
    QString text;
    QString encoding; // the name the bytes were decoded with, e.g. "GB18030"
    QString method;   // how it was chosen: "bom", "declared", "utf-8", "detected", "repaired"
    // Byte sequences that were not valid in the encoding and became U+FFFD, as browsers
    // do; the original bytes are kept, so nothing is lost. 0 for a clean decode.
    int replaced = 0;
    QString warning() const;
};

// Turns the bytes of a saved page or text file into text. Chinese procurement portals
// serve GBK, GB2312, GB18030, Big5 and UTF-8, often with a wrong or missing
// declaration, so the order is: byte-order mark, the page's own declaration (if the
// bytes decode cleanly with it and read as ordinary Chinese at least as well as any
// other reading), strict UTF-8, then uchardet.
class EncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(EncodingDetector)

public:
    static Result<DecodedText> decode(const QByteArray &bytes, bool isHtml);

    // The charset an HTML page or XML prolog declares in its first bytes, if any.
    static QString declaredCharset(const QByteArray &bytes);
    // Maps web labels to the decoder we trust for them (gb2312 and gbk -> GB18030).
    static QString canonicalName(const QString &label);
    // Decodes strictly; returns false if any byte sequence is invalid.
    static bool tryDecode(const QByteArray &bytes, const QString &encoding, QString &out);
};

} // namespace dossier
