#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dossier::test {

// Writes a real PDF with one page per entry of `pages`, in a CJK font, through
// QPdfWriter: the text layer is what poppler will have to read back.
QByteArray makePdf(const QStringList &pages, const QString &title = {});
// A PDF whose pages carry only a drawn image, like a scan: no text layer.
QByteArray makeImageOnlyPdf();
// A page as a scanner sees it at `dpi`: A4, black 11-point CJK text on white, 2 cm margins.
QImage renderScan(const QStringList &lines, int dpi);
// What a photocopier and a scanner do to a page: a grey cast, specks, a slight blur.
// Deterministic for a seed, so OCR of it is repeatable.
QImage degradeScan(const QImage &page, quint32 seed = 1);
// A scanned tender: each entry of `pages` (lines joined by newlines) is rendered with
// renderScan at `dpi` and printed to an A4 PDF page as an image, with no text layer.
// Entries starting with "text:" are written as a real text layer instead.
QByteArray makeScannedPdf(const QStringList &pages, int dpi = 200);
// Encrypts a PDF with a user password using qpdf.
QByteArray encryptPdf(const QByteArray &pdf, const QString &password);

QByteArray encode(const QString &text, const char *encoding);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
QString sha256(const QByteArray &bytes);

// A tender notice written for these tests, in Chinese.
QString tenderNoticeText();

} // namespace dossier::test

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
