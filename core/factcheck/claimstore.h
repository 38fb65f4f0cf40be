#pragma once

#include "../reviewstate.h"

#include <QCoreApplication>
#include "../documents/textorigin.h"

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

class Database;

// The verdict vocabulary of Meedan Check and ClaimReview.
enum class Verdict { Unchecked, InProgress, Supported, Contradicted, Unverifiable };

QString toString(Verdict verdict);
std::optional<Verdict> verdictFromString(const QString &name);

// A quote cited as evidence, frozen as it was when cited.
struct Evidence
{
    qint64 id = 0;
    qint64 claimId = 0;
    std::optional<qint64> segmentId; // gone if the document was deleted for good
    qint64 documentId = 0;
    int page = 0;
    int start = 0;
    int end = 0;
    QString quote;       // the cited words
    QString segmentText; // the whole segment as it was
    QString sha256;      // of the document's original bytes
    bool changed = false; // the source no longer reads as cited
    TextOrigin origin = TextOrigin::Document;
};

struct Claim
{
    qint64 id = 0;
    QString text;
    QString draft; // the article or draft it was taken from
    QString createdAt; // when it was taken into the case, ISO date-time
    int ordinal = 0;
    Verdict verdict = Verdict::Unchecked;
    QString note;
    QString checkedBy;
    QString checkedAt;
    std::vector<Evidence> evidence;
    bool needsRecheck = false; // a verdict rests on evidence that changed
    Review review;
};

// The state of a claim's verdict, to put back on undo.
struct VerdictState
{
    Verdict verdict = Verdict::Unchecked;
    QString note;
    QString checkedBy;
    QString checkedAt;
};

// The fact-checker's claims, verdicts and evidence in the case.
class ClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStore)

public:
    explicit ClaimStore(Database &db) : m_db(db) {}

    qint64 add(const QString &text, const QString &draft = {}, int ordinal = 0);
    void remove(qint64 claimId);
    std::vector<Claim> claims();
    std::optional<Claim> claim(qint64 claimId);

    VerdictState verdict(qint64 claimId);
    void setVerdict(qint64 claimId, const VerdictState &state);

    // Freezes the quote [start, end) of a segment as evidence for a claim.
    qint64 addEvidence(qint64 claimId, qint64 segmentId, int start, int end);
    void removeEvidence(qint64 evidenceId);

private:
    std::vector<Evidence> evidenceOf(qint64 claimId);
    Database &m_db;
};

} // namespace dossier
