#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace dossier {

class CaseFile;
class Database;

// The other copy of a case, as a merge reads it: a .dossier file (read through a
// private snapshot, so the person's file is never locked or upgraded) or a case's JSON
// export (rebuilt into a temporary case), which is all a reporter needs to mail.
class MergeSource
{
    Q_DECLARE_TR_FUNCTIONS(MergeSource)

public:
    // `ownCase` is the path of the case being merged into, which cannot be its own source.
    static Result<std::unique_ptr<MergeSource>> open(const QString &path, const QString &ownCase = {});
    ~MergeSource();

    Database &db();
    QString name() const { return m_name; }

private:
    MergeSource() = default;
    QString m_name;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<CaseFile> m_case;
};

} // namespace dossier
