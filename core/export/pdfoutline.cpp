#include "pdfoutline.h"

#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace dossier {

Status PdfOutline::add(const QString &from, const std::vector<OutlineEntry> &entries, const QString &to)
{
    const QString partial = to + QStringLiteral(".outlined.partial");
    // qpdf keeps the file names it is given until it writes: they live as long as it does.
    const QByteArray fromName = QFile::encodeName(from);
    const QByteArray partialName = QFile::encodeName(partial);
    try {
        QPDF pdf;
        pdf.processFile(fromName.constData());
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        std::vector<QPDFObjectHandle> items;
        for (const OutlineEntry &entry : entries) {
            if (entry.page < 0 || size_t(entry.page) >= pages.size())
                continue;
            QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(entry.title.toStdString()));
            item.replaceKey("/Parent", outlines);
            item.replaceKey("/Dest", QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{
                                         pages[size_t(entry.page)].getObjectHandle(), QPDFObjectHandle::newName("/XYZ"),
                                         QPDFObjectHandle::newNull(), QPDFObjectHandle::newReal(entry.top, 2),
                                         QPDFObjectHandle::newNull()}));
            if (!items.empty()) {
                item.replaceKey("/Prev", items.back());
                items.back().replaceKey("/Next", item);
            }
            items.push_back(item);
        }
        if (!items.empty()) {
            outlines.replaceKey("/First", items.front());
            outlines.replaceKey("/Last", items.back());
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(qint64(items.size())));
            QPDFObjectHandle root = pdf.getRoot();
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFWriter writer(pdf, partialName.constData());
        writer.write();
    } catch (const std::exception &e) {
        QFile::remove(partial);
        return Error(tr("The PDF could not be written."), QString::fromLocal8Bit(e.what()));
    }
    QFile::remove(to);
    if (!QFile::rename(partial, to)) {
        QFile::remove(partial);
        return Error(tr("The PDF could not be written."), to);
    }
    return {};
}

} // namespace dossier
