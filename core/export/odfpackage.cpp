#include "odfpackage.h"

#include <QFile>

#include <zip.h>

namespace dossier {

QByteArray OdfPackage::manifest() const
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
                     " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" +
                     m_mimeType + "\"/>\n";
    for (const auto &[name, bytes] : m_parts)
        xml += " <manifest:file-entry manifest:full-path=\"" + name.toUtf8() + "\" manifest:media-type=\"text/xml\"/>\n";
    return xml + "</manifest:manifest>\n";
}

Status OdfPackage::write(const QString &path) const
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error(tr("The document could not be written: %1").arg(reason), path);
    }
    // libzip reads the buffers when the archive is closed: they live until then.
    const QByteArray manifestXml = manifest();
    std::vector<std::pair<QString, const QByteArray *>> entries{{QStringLiteral("mimetype"), &m_mimeType}};
    for (const auto &[name, bytes] : m_parts)
        entries.emplace_back(name, &bytes);
    entries.emplace_back(QStringLiteral("META-INF/manifest.xml"), &manifestXml);
    for (const auto &[name, bytes] : entries) {
        zip_source_t *source = zip_source_buffer(zip, bytes->constData(), zip_uint64_t(bytes->size()), 0);
        const zip_int64_t index = source ? zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString reason = QString::fromLocal8Bit(zip_strerror(zip));
            zip_discard(zip);
            return Error(tr("The document could not be written: %1").arg(reason), path);
        }
        zip_set_file_compression(zip, zip_uint64_t(index), name == QLatin1String("mimetype") ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(zip) != 0) {
        const QString reason = QString::fromLocal8Bit(zip_strerror(zip));
        zip_discard(zip);
        return Error(tr("The document could not be written: %1").arg(reason), path);
    }
    return {};
}

} // namespace dossier
