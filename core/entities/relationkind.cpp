#include "relationkind.h"

namespace dossier {

QStringList RelationKind::known()
{
    return {QStringLiteral("procured_from"), QStringLiteral("supplied_by"), QStringLiteral("resells"),
            QStringLiteral("subsidiary_of"), QStringLiteral("uses"),        QStringLiteral("listed_on"),
            QStringLiteral("related_to")};
}

QString RelationKind::label(const QString &kind)
{
    if (kind == QLatin1String("procured_from"))
        return tr("bought from");
    if (kind == QLatin1String("supplied_by"))
        return tr("supplied by");
    if (kind == QLatin1String("resells"))
        return tr("resells");
    if (kind == QLatin1String("subsidiary_of"))
        return tr("is a subsidiary of");
    if (kind == QLatin1String("uses"))
        return tr("uses");
    if (kind == QLatin1String("listed_on"))
        return tr("is listed on");
    if (kind == QLatin1String("related_to"))
        return tr("is related to");
    return QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString RelationKind::fromLabel(const QString &label)
{
    for (const QString &kind : known())
        if (RelationKind::label(kind) == label)
            return kind;
    return label.trimmed();
}

} // namespace dossier
