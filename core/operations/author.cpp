#include "author.h"

#include <QMutex>

#include <pwd.h>
#include <unistd.h>

namespace dossier {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString &chosen()
{
    static QString name;
    return name;
}

} // namespace

QString Author::current()
{
    {
        QMutexLocker lock(&mutex());
        if (!chosen().isEmpty())
            return chosen();
    }
    for (const char *variable : {"DOSSIER_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    if (const passwd *user = getpwuid(getuid()); user && user->pw_name && *user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
    return QStringLiteral("unknown");
}

void Author::set(const QString &name)
{
    QMutexLocker lock(&mutex());
    chosen() = name.trimmed();
}

} // namespace dossier
