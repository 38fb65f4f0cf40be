#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace dossier::cli {

CliContext::CliContext(const QString &command, const QStringList &arguments)
    : out(stdout), err(stderr), m_command(command), m_arguments(arguments)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
}

bool CliContext::parse(const QString &positionalSyntax, int minimumPositional)
{
    parser.addPositionalArgument(QStringLiteral("arguments"), QString(), positionalSyntax);
    if (!parser.parse(QStringList{QStringLiteral("dossier-cli ") + m_command} + m_arguments)) {
        err << "dossier-cli " << m_command << ": " << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Asked for, so not a failure: print and leave with 0, as QCommandLineParser::showHelp
        // does (nothing is open yet).
        const QString help = parser.helpText();
        out << "Usage: dossier-cli " << m_command << ' ' << positionalSyntax << "\n\n"
            << help.mid(help.indexOf(QStringLiteral("Options:"))) << Qt::endl;
        out.flush();
        std::exit(0);
    }
    if (parser.positionalArguments().size() < minimumPositional) {
        err << "Usage: dossier-cli " << m_command << ' ' << positionalSyntax << Qt::endl;
        return false;
    }
    return true;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

int CliContext::fail(const QString &message)
{
    err << "dossier-cli " << m_command << ": " << message << Qt::endl;
    return 1;
}

std::optional<qint64> CliContext::idAt(int index, const char *what)
{
    const QString text = positional().value(index);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(QStringLiteral("%1 must be a number, not %2").arg(QString::fromLatin1(what), text));
        return std::nullopt;
    }
    return id;
}

} // namespace dossier::cli
