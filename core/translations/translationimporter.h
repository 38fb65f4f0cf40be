#pragma once

#include "../error.h"
#include "translationaligner.h"

#include <QCoreApplication>
#include <QString>

namespace dossier {

class Database;

struct TranslationImportReport
{
    int translationSentences = 0;
    int alignedSegments = 0;   // segments that received a translation
    int oneToOne = 0;
    int merged = 0;            // 2-1 and 1-2 beads
    int unmatched = 0;         // 1-0 and 0-1 beads
};

// Imports a translation file (text, web page or PDF, in any encoding Dossier reads) for
// a document already in the case, aligns it to the document's segments and stores the
// result as imported translations, in one transaction. A person's translations stay
// preferred.
class TranslationImporter
{
    Q_DECLARE_TR_FUNCTIONS(TranslationImporter)

public:
    explicit TranslationImporter(Database &db) : m_db(db) {}

    Result<TranslationImportReport> importFile(qint64 documentId, const QString &path,
                                               const QString &language = QStringLiteral("en"));
    Result<TranslationImportReport> importText(qint64 documentId, const QString &text,
                                               const QString &language = QStringLiteral("en"));

private:
    Result<TranslationImportReport> store(qint64 documentId, const TranslationAligner::Paragraphed &translation,
                                          const QString &language);
    Database &m_db;
};

} // namespace dossier
