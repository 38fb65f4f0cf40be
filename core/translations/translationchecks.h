#pragma once

#include "../figures/figure.h"
#include "glossary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dossier {

class Database;

// A segment whose translation does not carry all of its original's figures, or renders
// a glossary term differently from the case's agreed rendering.
struct TranslationIssue
{
    qint64 documentId = 0;
    qint64 segmentId = 0;
    int page = 0;
    QString original;
    QString translation;
    std::vector<Figure> missingFigures;
    std::vector<GlossaryEntry> glossaryMisses;
};

// Checks preferred translations against their originals, for a document or the case.
class TranslationChecks
{
    Q_DECLARE_TR_FUNCTIONS(TranslationChecks)

public:
    explicit TranslationChecks(Database &db) : m_db(db) {}

    std::vector<TranslationIssue> issues(std::optional<qint64> documentId = std::nullopt);
    static TranslationIssue check(const QString &original, const QString &translation,
                                  const std::vector<GlossaryEntry> &glossary);
    // What is wrong with it, one line per figure or term, as the reader and the exports say it.
    static QStringList describe(const TranslationIssue &issue);

private:
    Database &m_db;
};

} // namespace dossier
