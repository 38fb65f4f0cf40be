#include "fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStringEncoder>
#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>

#include <algorithm>

#include <stdexcept>

namespace dossier::test {

QByteArray makePdf(const QStringList &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSize(11);
        // Shaping substitutes glyph variants (digits after Latin letters) that Qt's
        // ToUnicode table does not map back to characters; plain cmap glyphs keep the
        // text layer exact, as a word processor's export would.
        font.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(font);
        const QRect area(40, 40, 500, 760);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(area, Qt::TextWordWrap, pages[i]);
        }
    }
    return bytes;
}

QImage renderScan(const QStringList &lines, int dpi)
{
    const int width = dpi * 827 / 100;
    const int height = dpi * 1169 / 100;
    const int margin = dpi * 79 / 100;
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(11 * dpi / 72);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(margin, margin, width - 2 * margin, height - 2 * margin), Qt::TextWordWrap,
                     lines.join(QLatin1Char('\n')));
    return image;
}

QImage degradeScan(const QImage &page, quint32 seed)
{
    QImage image = page.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            int value = line[x] * 92 / 100 + 8 + int(random.bounded(12)) - 6;
            if (random.bounded(400) == 0)
                value = int(random.bounded(160));
            line[x] = uchar(std::clamp(value, 0, 255));
        }
    }
    // A soft focus: the scanner's optics.
    const QSize size = image.size();
    return image.scaled(size * 3 / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QByteArray makeImageOnlyPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        painter.drawImage(QPoint(40, 40), image);
    }
    return bytes;
}

QByteArray makeScannedPdf(const QStringList &pages, int dpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(dpi);
        QPainter painter(&writer);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const QRect page(QPoint(0, 0), writer.pageLayout().paintRectPixels(dpi).size());
            if (pages[i].startsWith(QLatin1String("text:"))) {
                QFont font(QStringLiteral("Noto Sans CJK SC"));
                font.setPixelSize(11 * dpi / 72);
                painter.setFont(font);
                painter.drawText(page.adjusted(dpi, dpi, -dpi, -dpi), Qt::TextWordWrap, pages[i].mid(5));
            } else {
                painter.drawImage(page, renderScan(pages[i].split(QLatin1Char('\n')), dpi));
            }
        }
    }
    return bytes;
}

QByteArray encryptPdf(const QByteArray &pdf, const QString &password)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    writeFile(in, pdf);
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), password, password,
                                        QStringLiteral("256"), QStringLiteral("--"), in, out});
    if (!qpdf.waitForFinished(30000) || qpdf.exitCode() != 0)
        throw std::runtime_error("qpdf failed: " + qpdf.readAllStandardError().toStdString());
    return readFile(out);
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        throw std::runtime_error(std::string("no encoder for ") + encoding);
    return encoder.encode(text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString tenderNoticeText()
{
    return QStringLiteral(
        "深圳大学云服务采购项目成交结果公告\n"
        "\n"
        "项目编号：SZU-2024-0315\n"
        "采购人：深圳大学\n"
        "成交供应商：云达科技有限公司\n"
        "成交金额：20万元（人民币贰拾万元整）。\n"
        "\n"
        "本项目采购亚马逊云服务（AWS）账号一个，用于访问配备英伟达A100和H100芯片的云服务器。"
        "服务期限为一年；供应商负责开通与维护。\n");
}

} // namespace dossier::test
