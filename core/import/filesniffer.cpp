#include "filesniffer.h"

#include <QCoreApplication>

namespace dossier {

namespace {

struct Magic
{
    const char *bytes;
    int size;
    const char *description;
};

// Scans and screenshots, read by OCR.
const Magic kImageMagics[] = {
    {"\x89PNG", 4, "PNG"},
    {"\xff\xd8\xff", 3, "JPEG"},
    {"II*\0", 4, "TIFF"},
    {"MM\0*", 4, "TIFF"},
};

const Magic kBinaryMagics[] = {
    {"GIF8", 4, QT_TRANSLATE_NOOP("FileSniffer", "a GIF image")},
    {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("FileSniffer", "a ZIP archive (or a Word/Excel file)")},
    {"\xd0\xcf\x11\xe0", 4, QT_TRANSLATE_NOOP("FileSniffer", "an old Microsoft Office file")},
    {"\x1f\x8b", 2, QT_TRANSLATE_NOOP("FileSniffer", "a gzip archive")},
    {"Rar!", 4, QT_TRANSLATE_NOOP("FileSniffer", "a RAR archive")},
    {"7z\xbc\xaf", 4, QT_TRANSLATE_NOOP("FileSniffer", "a 7-Zip archive")},
    {"\x7f" "ELF", 4, QT_TRANSLATE_NOOP("FileSniffer", "a program")},
    {"SQLite format 3", 15, QT_TRANSLATE_NOOP("FileSniffer", "a database (perhaps a case file)")},
};

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
}

bool looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(4096).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    head = head.trimmed();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html"))
        return true;
    if (!head.startsWith('<'))
        return false;
    for (const char *tag : {"<head", "<body", "<meta", "<title", "<div", "<table", "<p>", "<p "})
        if (head.contains(tag))
            return true;
    return false;
}

} // namespace

FileSniffer::Verdict FileSniffer::sniff(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {Type::Empty, QCoreApplication::translate("FileSniffer", "an empty file")};
    // The PDF header may follow a little junk; readers accept it within the first KiB.
    if (bytes.left(1024).contains("%PDF-"))
        return {Type::Pdf, {}};
    for (const Magic &magic : kImageMagics) {
        if (bytes.startsWith(QByteArray::fromRawData(magic.bytes, magic.size)))
            return {Type::Image, QString::fromLatin1(magic.description)};
    }
    for (const Magic &magic : kBinaryMagics) {
        if (bytes.startsWith(QByteArray::fromRawData(magic.bytes, magic.size)))
            return {Type::Unsupported, QCoreApplication::translate("FileSniffer", magic.description)};
    }
    if (!hasUtf16Bom(bytes) && bytes.left(8192).contains('\0'))
        return {Type::Unsupported, QCoreApplication::translate("FileSniffer", "a binary file")};
    if (looksLikeHtml(bytes))
        return {Type::Html, {}};
    return {Type::Text, {}};
}

} // namespace dossier
