#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace dossier::cli {

// What a command needs: its own arguments, parsed, and the two output streams.
class CliContext
{
public:
    CliContext(const QString &command, const QStringList &arguments);

    QCommandLineParser parser;
    QTextStream out;
    QTextStream err;

    // Parses `arguments` with the options the command added; false (after printing
    // the reason) on a usage error.
    bool parse(const QString &positionalSyntax, int minimumPositional);
    bool json() const { return parser.isSet(QStringLiteral("json")); }
    QStringList positional() const { return parser.positionalArguments(); }
    // The positional argument at `index` as an id (a positive number); nothing, after
    // printing that `what` must be a number, when it is not.
    std::optional<qint64> idAt(int index, const char *what);

    void printJson(const QJsonValue &value);
    int fail(const QString &message); // prints "dossier-cli: message" to stderr, returns 1

private:
    QString m_command;
    QStringList m_arguments;
};

} // namespace dossier::cli
