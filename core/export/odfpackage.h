#pragma once

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace dossier {

// An OpenDocument file: a zip whose first entry is the stored, uncompressed mimetype
// (how LibreOffice and `file` recognise it), then its XML parts and the manifest.
class OdfPackage
{
    Q_DECLARE_TR_FUNCTIONS(OdfPackage)

public:
    explicit OdfPackage(QByteArray mimeType) : m_mimeType(std::move(mimeType)) {}
    void add(const QString &name, QByteArray xml) { m_parts.emplace_back(name, std::move(xml)); }
    // Written whole or not at all (libzip writes a temporary file and renames it).
    Status write(const QString &path) const;

private:
    QByteArray manifest() const;

    QByteArray m_mimeType;
    std::vector<std::pair<QString, QByteArray>> m_parts;
};

} // namespace dossier
