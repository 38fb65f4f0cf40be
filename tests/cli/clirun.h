#pragma once

// Runs the real dossier-cli binary and reads what it printed.
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace dossier::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonValue json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

inline Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DOSSIER_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dossier::test
