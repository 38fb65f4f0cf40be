#pragma once

#include "clicontext.h"

#include <functional>
#include <memory>
#include <optional>

namespace dossier {
class CaseFile;
}

namespace dossier::cli {

constexpr int kUsageError = 2;

// Opens a case for a command, printing why when it cannot.
std::unique_ptr<CaseFile> openCase(CliContext &context, const QString &path);
// Opens the case and runs `work` on it; a storage failure becomes a readable error.
int withCase(CliContext &context, const QString &path, const std::function<int(CaseFile &)> &work);
// A cited span of a segment: SEGMENT:START:END, or SEGMENT alone for the whole segment;
// "t" before the segment number cites its translation.
struct SpanArgument
{
    qint64 segment = 0;
    QString field = QStringLiteral("original");
    int start = 0;
    int end = 0;
    bool wholeSegment = false;
};
std::optional<SpanArgument> parseSpan(const QString &text);

// A document number argument; prints the usage error when it is not one.
std::optional<qint64> documentArgument(CliContext &context, const QString &text);
// An optional DOC at positional `index`: false (after printing why) when it is given
// but is not a document number.
bool optionalDocumentArgument(CliContext &context, int index, std::optional<qint64> &documentId);

} // namespace dossier::cli
