#pragma once

#include "../documents/documentkind.h"
#include "../error.h"
#include "../documents/importeddocument.h"
#include "parseoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dossier {

class Database;

struct ImportOptions
{
    std::optional<QString> sourceUrl;
    std::optional<QString> obtainedAt;   // ISO date (YYYY-MM-DD)
    std::optional<DocumentKind> kind;    // force a text file to be read as bilingual, etc.
    bool ocr = true;                     // read scanned pages and images with OCR
};

struct ImportOutcome
{
    enum class Status { Imported, Duplicate, Failed, Cancelled };

    QString path;
    Status status = Status::Failed;
    qint64 documentId = 0; // the new document, or the existing one for a duplicate
    QString title;
    QString error;

    static QString statusName(Status status);
    // A file the import never reached because it was cancelled.
    static ImportOutcome notStarted(const QString &path);
};

// Imports files into a case: reads the bytes, refuses what is not a document, skips
// bytes the case already holds, parses, and writes each document in one transaction so
// a failure or a cancel leaves no half-imported document behind.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;
    // Plain text longer than this is read in pieces (longtextimport.cpp).
    static constexpr qint64 kLongTextSize = 16LL * 1024 * 1024;

    using Progress = std::function<void(int done, int total, const QString &path)>;
    // Reported before each page is OCR'd, the slow part: a minute may go by per few pages.
    using PageProgress = std::function<void(const QString &path, int page, int pages)>;

    explicit ImportService(Database &db);
    ~ImportService();

    void setPageProgress(PageProgress progress) { m_pageProgress = std::move(progress); }

    // Files as given, folders walked recursively (sorted, hidden files skipped).
    static QStringList expandPaths(const QStringList &paths, QStringList *missing = nullptr);
    static Result<ImportedDocument> parse(const QByteArray &bytes, const QString &fileName,
                                          const ParseOptions &options = {});

    ImportOutcome importFile(const QString &path, const ImportOptions &options,
                             const std::atomic_bool *cancel = nullptr);
    std::vector<ImportOutcome> importFiles(const QStringList &paths, const ImportOptions &options,
                                           const Progress &progress = {},
                                           const std::atomic_bool *cancel = nullptr);

private:
    static bool isLongText(const QString &path, const ImportOptions &options);
    ImportOutcome importLongText(const QString &path, const ImportOptions &options, const std::atomic_bool *cancel);
    // The outcome for bytes the case already holds (a document in the trash comes back).
    std::optional<ImportOutcome> alreadyHeld(const QString &path, const QString &sha256);

    Database &m_db;
    std::unique_ptr<ScanReader> m_scanReader; // one OCR engine for the whole import
    PageProgress m_pageProgress;
};

} // namespace dossier
