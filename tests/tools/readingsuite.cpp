// dossier-reading-suite: prints, per class, how many of the suite's figures and dates
// (tender phrasing, tests/support/readingsuite.cpp) the readers get exactly right, as the
// Markdown table the README carries. `-v` lists every miss and wrong value.
#include "support/readingsuite.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace dossier::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool verbose = app.arguments().contains(QStringLiteral("-v"));
    QTextStream out(stdout);
    out << "| reader | class | cases | exact | wrong | missed |\n|---|---|---|---|---|---|\n";
    QStringList failures;
    const auto print = [&](const char *reader, const std::vector<ClassScore> &scores) {
        int total = 0, exact = 0, wrong = 0, missed = 0;
        for (const ClassScore &s : scores) {
            out << "| " << reader << " | " << s.cls << " | " << s.total << " | " << s.exact << " | " << s.wrong << " | " << s.missed
                << " |\n";
            total += s.total;
            exact += s.exact;
            wrong += s.wrong;
            missed += s.missed;
        }
        out << "| " << reader << " | **all** | " << total << " | " << exact << " | " << wrong << " | " << missed << " |\n";
    };
    print("figures", scoreFigures(figureSuite(), &failures));
    print("dates", scoreDates(dateSuite(), &failures));
    if (verbose)
        for (const QString &f : failures)
            out << f << '\n';
    return 0;
}
