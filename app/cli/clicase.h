#pragma once

#include "clicontext.h"

#include <functional>
#include <memory>
#include <optional>

#include "session/casesession.h"

namespace dossier {
class Database;
}

namespace dossier::cli {

constexpr int kUsageError = 2;

// The case a command works on: it reads with core's stores and services over `db` and
// changes the case only with apply(), the same edits the GUI's undo stack makes.
struct CliCase
{
    CaseSession &session;
    Database &db;

    // Makes the edit; nullptr after printing why it was refused or failed.
    template <typename Edit>
    Edit *apply(std::unique_ptr<Edit> edit)
    {
        return session.perform(std::move(edit));
    }
};

// Opens the case and runs `work` on it; a refusal or a storage failure is printed with
// its reason and the command fails.
int withCase(CliContext &context, const QString &path, const std::function<int(CliCase &)> &work);
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
