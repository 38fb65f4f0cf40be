// The shape the code keeps (docs/architecture.md): views and entry points change a case
// only through core's edits and never speak SQL. Read from the sources themselves.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <map>
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

namespace {

// Each folder of core/ and the folders its dossier_layer() says it USES, read from
// core/CMakeLists.txt: the layers as the build links them.
std::map<QString, QSet<QString>> declaredLayers()
{
    QFile file(QStringLiteral(DOSSIER_SOURCE_DIR "/core/CMakeLists.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    std::map<QString, QSet<QString>> layers;
    const QRegularExpression layer(QStringLiteral(R"(dossier_layer\((\w+)([^)]*)\))"));
    for (auto match = layer.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        QSet<QString> &uses = layers[m.captured(1)];
        const QRegularExpression usesLine(QStringLiteral(R"(USES ([\w ]+))"));
        if (const QRegularExpressionMatch u = usesLine.match(m.captured(2)); u.hasMatch())
            for (const QString &name : u.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                uses.insert(name);
    }
    return layers;
}

QSet<QString> reachable(const std::map<QString, QSet<QString>> &layers, const QString &from)
{
    QSet<QString> seen;
    QStringList next{from};
    while (!next.isEmpty()) {
        const auto found = layers.find(next.takeLast());
        if (found == layers.end())
            continue;
        for (const QString &to : found->second)
            if (!seen.contains(to)) {
                seen.insert(to);
                next << to;
            }
    }
    return seen;
}

} // namespace

TEST_CASE("core's folders are layers: each includes only what it links, and no layer reaches itself", "[architecture]")
{
    const std::map<QString, QSet<QString>> layers = declaredLayers();
    REQUIRE(layers.size() >= 15);
    for (const auto &[name, uses] : layers) {
        INFO(name.toStdString());
        CHECK_FALSE(reachable(layers, name).contains(name));
    }

    // Every #include of another folder of core/ names a layer below this one.
    const QString core = QStringLiteral(DOSSIER_SOURCE_DIR "/core/");
    std::vector<Violation> stray;
    QDirIterator files(core, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    const QRegularExpression include(QStringLiteral(R"re(^#include "([^"]+)")re"));
    while (files.hasNext()) {
        const QString path = files.next();
        const QString folder = path.mid(core.size()).section(QLatin1Char('/'), 0, 0);
        if (!layers.count(folder))
            continue;
        const QSet<QString> below = reachable(layers, folder);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = include.match(lines[i]);
            if (!m.hasMatch())
                continue;
            const QString target = QDir::cleanPath(QFileInfo(path).dir().filePath(m.captured(1)));
            if (!target.startsWith(core))
                continue;
            const QString other = target.mid(core.size()).section(QLatin1Char('/'), 0, 0);
            if (other != folder && layers.count(other) && !below.contains(other))
                stray.push_back({path.mid(int(strlen(DOSSIER_SOURCE_DIR)) + 1), i + 1, lines[i]});
        }
    }
    INFO(describe(stray));
    CHECK(stray.empty());
}

TEST_CASE("Every source file can be read in one sitting", "[architecture]")
{
    // No file over 400 lines; the main window, which only wires, under 300.
    std::vector<Violation> long_;
    for (const QString &folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("tests"),
                                  QStringLiteral("bench")}) {
        QDirIterator files(QStringLiteral(DOSSIER_SOURCE_DIR "/") + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const int lines = int(file.readAll().count('\n'));
            const bool window = file.fileName().endsWith(QStringLiteral("shell/mainwindow.cpp"));
            if (lines > (window ? 300 : 400))
                long_.push_back({file.fileName().mid(int(strlen(DOSSIER_SOURCE_DIR)) + 1), lines, QString()});
        }
    }
    INFO(describe(long_));
    CHECK(long_.empty());
}

TEST_CASE("Lists of case data are models behind views, not item widgets", "[architecture]")
{
    // The translation services are the user's settings, not the case: the one exception.
    auto widgets = find({QStringLiteral("ui")}, QRegularExpression(QStringLiteral(R"(\bQ(Tree|List|Table)Widget\b)")));
    widgets.erase(std::remove_if(widgets.begin(), widgets.end(),
                                 [](const Violation &v) { return v.file.startsWith(QStringLiteral("ui/translation/translationsettingsdialog")); }),
                  widgets.end());
    INFO(describe(widgets));
    CHECK(widgets.empty());
}
