#pragma once

// Shared by the libFuzzer targets: turns the fuzzer's bytes into the inputs our parsers
// see in real use (raw file bytes, or text decoded as UTF-8 the way a pasted string is).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace dossier::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace dossier::fuzz
