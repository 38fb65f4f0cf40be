#include "chineseconverter.h"

#include <QDebug>

#include <opencc/opencc.h>

#include <memory>

namespace dossier {

namespace {

struct OpenCCHandle
{
    opencc_t handle = reinterpret_cast<opencc_t>(-1);

    OpenCCHandle()
    {
        handle = opencc_open("t2s.json");
        if (handle == reinterpret_cast<opencc_t>(-1))
            qWarning() << "OpenCC t2s.json could not be loaded:" << opencc_error()
                       << "- Traditional characters will not match Simplified ones";
    }
    ~OpenCCHandle()
    {
        if (valid())
            opencc_close(handle);
    }
    bool valid() const { return handle != reinterpret_cast<opencc_t>(-1); }
};

bool hasNonAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return true;
    return false;
}

} // namespace

QString ChineseConverter::toSimplified(const QString &text)
{
    if (!hasNonAscii(text))
        return text;
    thread_local OpenCCHandle converter;
    if (!converter.valid())
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(converter.handle, utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return text;
    QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

} // namespace dossier
