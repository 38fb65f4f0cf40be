#pragma once

#include "caseedit.h"
#include "documents/documentinfo.h"
#include "translations/translationimporter.h"
#include "translations/translationstore.h"

#include <QStringList>

#include <functional>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace dossier {

// A person's edit of one segment's translation: stored as the preferred manual
// translation; undo restores exactly what was preferred before.
class TranslationEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(TranslationEdit)

public:
    static std::unique_ptr<TranslationEdit> set(qint64 segmentId, const QString &text);

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return {QStringLiteral("segment"), segmentId()}; }

private:
    TranslationEdit(qint64 segmentId, const QString &text);
    QString m_text;
    TranslationEditRecord m_record;
};

// An edit of many translations of a document at once (importing a translation file,
// re-aligning, choosing a version): the first application records the translations
// before and after; undo and redo put back one of those two states exactly.
class TranslationBatchEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(TranslationBatchEdit)

public:
    static std::unique_ptr<TranslationBatchEdit> importFile(qint64 documentId, const QString &path,
                                                            const QString &language = QStringLiteral("en"));
    // Which stored version of a segment's translation is preferred, and whether a
    // person reviewed it.
    static std::unique_ptr<TranslationBatchEdit> chooseVersion(qint64 documentId, qint64 segmentId,
                                                               qint64 translationId, bool reviewed);
    // Puts `after` (one text per segment, in order) as the preferred translations of
    // the document's segments; `description` names how they were moved.
    static std::unique_ptr<TranslationBatchEdit> realign(qint64 documentId, const std::vector<SegmentInfo> &segments,
                                                         const QStringList &after, const QString &description);

    // What the import read and aligned (importFile only).
    const TranslationImportReport &importReport() const { return m_report; }

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return {QStringLiteral("document"), documentId()}; }

private:
    using Change = std::function<void(Database &, TranslationBatchEdit &)>;
    TranslationBatchEdit(qint64 documentId, const QString &description, Change change);

    Change m_change;
    std::vector<qint64> m_segmentIds;
    std::vector<TranslationVersion> m_before;
    std::vector<TranslationVersion> m_after;
    TranslationImportReport m_report;
};

} // namespace dossier
