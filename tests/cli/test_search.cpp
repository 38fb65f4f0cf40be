#include "clirun.h"
#include "support/fixtures.h"

#include <QTemporaryDir>

using namespace dossier::test;

TEST_CASE("dossier-cli searches a reporter's list of names in one run, each query with its own hits", "[cli][search]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("story.dossier"));
    const QString notice = dir.filePath(QStringLiteral("notice.txt"));
    writeFile(notice, encode(QStringLiteral("采购人：深圳大学\n成交供应商：云达科技有限公司\n预算金额：18.4万元\n"), "UTF-8"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, notice}).exitCode == 0);

    const QString names = dir.filePath(QStringLiteral("names.txt"));
    writeFile(names, encode(QStringLiteral("深圳大学\n# the parties\n\n云达科技\n无此名称\n"), "UTF-8"));
    const Run batch = cli({QStringLiteral("search"), casePath, QStringLiteral("--queries"), names, QStringLiteral("--json")});
    REQUIRE(batch.exitCode == 0);
    const QJsonArray perQuery = batch.json().toArray();
    REQUIRE(perQuery.size() == 3); // the note and the blank line are no queries
    CHECK(perQuery[0][QStringLiteral("query")] == QStringLiteral("深圳大学"));
    // The same hits as the query alone.
    const Run single = cli({QStringLiteral("search"), casePath, QStringLiteral("深圳大学"), QStringLiteral("--json")});
    CHECK(perQuery[0][QStringLiteral("hits")].toArray() == single.json().toArray());
    CHECK(perQuery[1][QStringLiteral("count")].toInt() == 1);
    CHECK(perQuery[2][QStringLiteral("count")].toInt() == 0);
    CHECK(perQuery[2][QStringLiteral("elapsed_ms")].toDouble() >= 0);

    const Run text = cli({QStringLiteral("search"), casePath, QStringLiteral("--queries"), names});
    CHECK(text.out.contains("== 云达科技 (1)"));
    CHECK(cli({QStringLiteral("search"), casePath}).exitCode == 2);
    CHECK(cli({QStringLiteral("search"), casePath, QStringLiteral("--queries"), dir.filePath(QStringLiteral("none.txt"))}).exitCode == 2);
}
