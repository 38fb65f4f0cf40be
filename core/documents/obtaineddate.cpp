#include "obtaineddate.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace dossier {

bool ObtainedDate::isValid(const QString &date)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (year.match(date).hasMatch())
        return QDate::fromString(date + QStringLiteral("-01-01"), Qt::ISODate).isValid();
    if (month.match(date).hasMatch())
        return QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate).isValid();
    return QDate::fromString(date, Qt::ISODate).isValid() || QDateTime::fromString(date, Qt::ISODate).isValid();
}

} // namespace dossier
