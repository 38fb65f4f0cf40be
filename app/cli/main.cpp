// dossier-cli: every non-visual job on a case file, for scripts and tests.
#include "commands.h"

#include "operations/author.h"

#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <functional>
#include <map>

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: dossier-cli COMMAND [options] ...\n\n"
              "Commands:\n"
              "  new CASE                      create an empty case file\n"
              "  import CASE PATH...           import files or folders\n"
              "        [--source-url URL] [--obtained YYYY-MM-DD] [--kind text|bilingual|html] [--no-ocr]\n"
              "  docs CASE                     list the documents of a case\n"
              "  show CASE DOC                 print a document's segments and translations\n"
              "  document edit CASE DOC [--title T] [--source-url URL] [--obtained DATE] [--notes T]\n"
              "  document trash|restore CASE DOC...   move documents to the case's trash and back\n"
              "  search CASE QUERY...          full-text search (Chinese and English)\n"
              "  search CASE --queries FILE    one search per line of FILE, in one run\n"
              "  translation import CASE DOC FILE   align a translation file to a document\n"
              "  translation set CASE SEGMENT TEXT  a person's translation of one segment\n"
              "  ocr correct CASE SEGMENT TEXT      correct a passage OCR misread\n"
              "  translate CASE [DOC]          machine-translate untranslated segments\n"
              "        [--provider NAME | --url URL --kind openai|libretranslate --model M --api-key-env VAR]\n"
              "  consistency CASE [DOC]        segments whose translation lacks figures or glossary terms\n"
              "  glossary list|add|remove CASE ...   the case glossary\n"
              "  figures CASE [DOC]            every figure in the originals\n"
              "  check CASE (--claim TEXT | --file F | --article F [--add])   find the sources of a draft's figures\n"
              "  compare CASE ARTICLE ARTICLE...   the same facts as several outlets report them\n"
              "  claim add CASE TEXT | claim list CASE | claim verdict CASE ID VERDICT [--note T] [--evidence S:A:B]\n"
              "  entity add CASE --type T --zh NAME --en NAME [--alias A]... [--uscc CODE]\n"
              "  entity list|show|edit|delete|merge|scan|mentions|suggest|codes CASE ...\n"
              "  entity tag CASE ID SEGMENT:START:END | entity confirm|reject CASE ID MENTION...\n"
              "  relation add CASE FROM TO --kind K [--evidence SEGMENT:START:END]\n"
              "  relation list CASE\n"
              "  screening import CASE FILE.csv | screening check CASE\n"
              "  event add CASE --date D --title T [--evidence SEGMENT:START:END] [--entity ID] [--tag T]\n"
              "  event list|show|delete CASE ...\n"
              "  evidence add CASE EVENT SEGMENT:START:END\n"
              "  timeline CASE                 events in date order with their evidence\n"
              "  propose CASE DOC              procurement fields and the events they suggest\n"
              "  export CASE --format pdf|odt|html|md|json|csv|ftm|claimreview|timelinejs|manifest -o PATH\n"
              "        [--only-confirmed] [--tag T] [--title T] [--author A] [--findings FILE]\n"
              "  import-case NEW-CASE EXPORT.json    rebuild a case from its JSON export\n"
              "  history CASE [KIND ID]        who changed what, and when\n"
              "  verify CASE                   check every original against its SHA-256 fingerprint\n"
              "  merge CASE OTHER [--dry-run]  bring in what another copy of the case (.dossier or JSON export) holds\n"
              "  conflicts CASE                items both copies changed, with both versions\n"
              "  resolve CASE CONFLICT --keep mine|theirs   choose a version\n"
              "  review CASE entity|event|claim ID draft|checked|verified|disputed [--note T]\n\n"
              "Every command takes --json for machine-readable output and --help.\n"
              "--author NAME before the command names who makes the changes (default: $DOSSIER_AUTHOR,\n"
              "then the login name).\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application without a screen: PDF and ODT exports lay out text with fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier-cli"));
    // The CLI speaks English; its plural forms ("4 events") come from dossier_en.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/dossier_en")))
        QCoreApplication::installTranslator(&english);
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));

    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("new"), dossier::cli::newCase},
        {QStringLiteral("import"), dossier::cli::importFiles},
        {QStringLiteral("docs"), dossier::cli::listDocuments},
        {QStringLiteral("show"), dossier::cli::showDocument},
        {QStringLiteral("search"), dossier::cli::search},
        {QStringLiteral("translate"), dossier::cli::translate},
        {QStringLiteral("consistency"), dossier::cli::consistency},
        {QStringLiteral("glossary"), dossier::cli::glossary},
        {QStringLiteral("figures"), dossier::cli::figures},
        {QStringLiteral("check"), dossier::cli::check},
        {QStringLiteral("claim"), dossier::cli::claim},
        {QStringLiteral("compare"), dossier::cli::compare},
        {QStringLiteral("entity"), dossier::cli::entity},
        {QStringLiteral("relation"), dossier::cli::relation},
        {QStringLiteral("screening"), dossier::cli::screening},
        {QStringLiteral("event"), dossier::cli::event},
        {QStringLiteral("timeline"), dossier::cli::timeline},
        {QStringLiteral("evidence"), dossier::cli::evidence},
        {QStringLiteral("propose"), dossier::cli::propose},
        {QStringLiteral("export"), dossier::cli::exportCase},
        {QStringLiteral("import-case"), dossier::cli::importCase},
        {QStringLiteral("document"), dossier::cli::document},
        {QStringLiteral("ocr"), dossier::cli::ocr},
        {QStringLiteral("history"), dossier::cli::history},
        {QStringLiteral("verify"), dossier::cli::verify},
        {QStringLiteral("merge"), dossier::cli::merge},
        {QStringLiteral("conflicts"), dossier::cli::conflicts},
        {QStringLiteral("resolve"), dossier::cli::resolve},
        {QStringLiteral("review"), dossier::cli::review},
    };

    QStringList arguments = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == QLatin1String("--author")) {
        if (arguments.size() < 3 || arguments.at(1).trimmed().isEmpty()) {
            err << "dossier-cli: --author needs a name, then the command\n";
            return 2;
        }
        dossier::Author::set(arguments.at(1));
        arguments = arguments.mid(2);
    }
    QString command = arguments.takeFirst();
    // Two-word commands: "translation import", "translation set".
    if (command == QLatin1String("translation") && !arguments.isEmpty() && arguments.first() == QLatin1String("import")) {
        arguments.removeFirst();
        return dossier::cli::translationImport(arguments);
    }
    if (command == QLatin1String("translation") && !arguments.isEmpty() && arguments.first() == QLatin1String("set")) {
        arguments.removeFirst();
        return dossier::cli::translationSet(arguments);
    }
    const auto found = commands.find(command);
    if (found == commands.end()) {
        err << "dossier-cli: unknown command '" << command << "'\n\n";
        printUsage(err);
        return 2;
    }
    return found->second(arguments);
}
