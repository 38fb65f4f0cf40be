#pragma once

#include <QString>

namespace dossier {

// Where an entity is named: a span of a segment's original or translation. Found
// mentions are proposals until a person confirms them; rejected ones stay rejected.
struct Mention
{
    enum class Status { Proposed, Confirmed, Rejected };

    qint64 id = 0;
    qint64 entityId = 0;
    qint64 segmentId = 0;
    qint64 documentId = 0;
    int page = 0;
    QString field = QStringLiteral("original"); // or "translation"
    int start = 0;
    int end = 0;
    QString text;
    QString origin = QStringLiteral("manual"); // or "found"
    Status status = Status::Confirmed;
    QString context; // the segment text, for listings

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
};

} // namespace dossier
