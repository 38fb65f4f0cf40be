#pragma once

#include <QByteArray>
#include <QString>

namespace dossier {

// Decides what a file is from its bytes, never from its name: a tender saved as
// "notice.pdf" may really be HTML, and "scan.txt" may be a PNG.
class FileSniffer
{
public:
    enum class Type { Pdf, Html, Text, Image, Empty, Unsupported };

    struct Verdict
    {
        Type type = Type::Unsupported;
        QString description; // for unsupported files: what they look like ("a PNG image")
    };

    static Verdict sniff(const QByteArray &bytes);
};

} // namespace dossier
