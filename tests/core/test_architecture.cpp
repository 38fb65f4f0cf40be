// The shape the code keeps (docs/architecture.md): views and entry points change a case
// only through core's edits and never speak SQL. Read from the sources themselves.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace {

struct Violation
{
    QString file;
    int line;
    QString text;
};

std::vector<Violation> find(const QStringList &folders, const QRegularExpression &pattern)
{
    std::vector<Violation> found;
    for (const QString &folder : folders) {
        QDirIterator files(QStringLiteral(DOSSIER_SOURCE_DIR "/") + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                if (pattern.match(lines[i]).hasMatch())
                    found.push_back({file.fileName().mid(int(strlen(DOSSIER_SOURCE_DIR)) + 1), i + 1, lines[i].trimmed()});
        }
    }
    return found;
}

std::string describe(const std::vector<Violation> &violations)
{
    std::string text;
    for (const Violation &v : violations)
        text += QStringLiteral("%1:%2: %3\n").arg(v.file).arg(v.line).arg(v.text).toStdString();
    return text;
}

} // namespace

TEST_CASE("Views and entry points never reach the SQL layer", "[architecture]")
{
    const auto violations = find({QStringLiteral("ui"), QStringLiteral("app")},
                                 QRegularExpression(QStringLiteral(R"(#include\s+"(\.\./)*(core/)?storage/|\bTransaction\b|)"
                                                                   R"(\.prepare\(|\bcaseFile\(\)|PRAGMA|SELECT\s|INSERT\s|UPDATE\s)")));
    INFO(describe(violations));
    CHECK(violations.empty());
}

TEST_CASE("Every edit in the GUI is one of core's edits on the undo stack", "[architecture]")
{
    // perform() applies a core edit and puts it on the stack; nothing else is pushed.
    const auto pushes = find({QStringLiteral("ui")}, QRegularExpression(QStringLiteral(R"(undoStack\(\)->push\(|new\s+\w+Command\()")));
    INFO(describe(pushes));
    CHECK(pushes.empty());
}
