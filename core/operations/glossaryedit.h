#pragma once

#include "caseedit.h"
#include "translations/glossary.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace dossier {

// Adds, changes or removes one term of the case glossary; undo puts the previous entry
// back.
class GlossaryEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(GlossaryEdit)

public:
    static std::unique_ptr<GlossaryEdit> add(const GlossaryEntry &entry);
    static std::unique_ptr<GlossaryEdit> change(const GlossaryEntry &before, const GlossaryEntry &after);
    static std::unique_ptr<GlossaryEdit> remove(const QString &term);

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override { put(db, m_before, m_after); }
    void takeBack(Database &db) override { put(db, m_after, m_before); }
    EditTarget target() const override { return {QStringLiteral("glossary"), 0}; }

private:
    GlossaryEdit(const QString &description, std::optional<GlossaryEntry> before, std::optional<GlossaryEntry> after);
    static void put(Database &db, const std::optional<GlossaryEntry> &from, const std::optional<GlossaryEntry> &to);

    std::optional<GlossaryEntry> m_before;
    std::optional<GlossaryEntry> m_after;
};

} // namespace dossier
