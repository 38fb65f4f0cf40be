#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace dossier {

// The kinds of relation between entities, as stored (procured_from) and as a person reads
// them ("bought from"), read from the entity the relation starts at: Shenzhen University
// bought from Yunda Technology. A kind typed by a reporter is shown as typed.
class RelationKind
{
    Q_DECLARE_TR_FUNCTIONS(RelationKind)

public:
    static QStringList known();
    static QString label(const QString &kind);
    // The stored kind for a label chosen in a list (or the words typed, as they are).
    static QString fromLabel(const QString &label);
};

} // namespace dossier
