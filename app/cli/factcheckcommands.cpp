// dossier-cli commands for fact-checkers: list the case's figures, check a draft.
#include "clicase.h"
#include "commands.h"

#include "factcheck/articleclaims.h"
#include "factcheck/claimchecker.h"
#include "factcheck/claimstore.h"
#include "factcheck/exchangerate.h"
#include "factcheck/outletcomparison.h"
#include "figures/figureindex.h"
#include "operations/claimedits.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dossier::cli {

namespace {

QJsonObject figureObject(const Figure &figure)
{
    QJsonObject object{{QStringLiteral("text"), figure.text},
                       {QStringLiteral("value"), figure.value},
                       {QStringLiteral("unit"), figure.unit},
                       {QStringLiteral("kind"), Figure::kindName(figure.kind)}};
    if (figure.high)
        object.insert(QStringLiteral("high"), *figure.high);
    return object;
}

QJsonObject sourceObject(const IndexedFigure &f)
{
    QJsonObject object = figureObject(f.figure);
    object.insert(QStringLiteral("document_id"), f.documentId);
    object.insert(QStringLiteral("document_title"), f.documentTitle);
    object.insert(QStringLiteral("segment_id"), f.segmentId);
    object.insert(QStringLiteral("page"), f.page);
    object.insert(QStringLiteral("context"), f.segmentText);
    return object;
}

// Only an article's sentences with figures, dates or the case's names are claims; with
// `keep`, they are stored as the case's claims under the article's name.
std::optional<std::vector<CheckedClaim>> checkArticle(CliCase &opened, ClaimChecker &checker, const QString &text,
                                                      const QString &name, bool keep)
{
    const QStringList known = ArticleClaims::knownNames(opened.db);
    const std::vector<ExchangeRate> rates = ExchangeRateFinder::find(text);
    std::vector<CheckedClaim> checked;
    QStringList claims;
    std::vector<int> ordinals; // the article's reading order, after the case's claims
    for (const ArticleClaim &a : ArticleClaims::checkable(text, known)) {
        checked.push_back(checker.checkClaim(a.text, rates));
        claims << a.text;
        ordinals.push_back(a.ordinal);
    }
    if (keep && !claims.isEmpty() && !opened.apply(ClaimEdit::add(claims, name, ordinals)))
        return std::nullopt;
    return checked;
}

} // namespace

int compare(const QStringList &arguments)
{
    CliContext context(QStringLiteral("compare"), arguments);
    if (!context.parse(QStringLiteral("CASE ARTICLE ARTICLE..."), 3))
        return kUsageError;
    std::vector<std::pair<QString, QString>> texts;
    for (const QString &path : context.positional().mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const Result<QString> text = ArticleClaims::textOf(file.readAll(), path);
        if (!text)
            return context.fail(text.error().fullText());
        texts.emplace_back(QFileInfo(path).fileName(), *text);
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        ClaimChecker checker(opened.db);
        std::vector<OutletComparison::Article> articles;
        for (const auto &[name, text] : texts)
            articles.emplace_back(name, *checkArticle(opened, checker, text, name, false));
        QJsonArray facts;
        for (const OutletFact &fact : OutletComparison::compare(articles)) {
            QJsonArray statements;
            for (const OutletStatement &s : fact.statements) {
                QJsonArray conversions;
                for (const ConversionResult &c : s.conversions)
                    conversions.append(QJsonObject{{QStringLiteral("arithmetic"), c.arithmetic},
                                                   {QStringLiteral("rate_text"), c.rate.text},
                                                   {QStringLiteral("consistent"), c.consistent}});
                statements.append(QJsonObject{{QStringLiteral("outlet"), s.outlet},
                                              {QStringLiteral("claim"), s.claim},
                                              {QStringLiteral("figure"), figureObject(s.figure)},
                                              {QStringLiteral("supported"), s.supported},
                                              {QStringLiteral("conversions"), conversions}});
            }
            facts.append(QJsonObject{{QStringLiteral("source"), sourceObject(fact.source)},
                                     {QStringLiteral("disagreement"), fact.disagreement},
                                     {QStringLiteral("notes"), QJsonArray::fromStringList(fact.notes)},
                                     {QStringLiteral("statements"), statements}});
            if (context.json())
                continue;
            context.out << fact.source.figure.text << " (" << fact.source.documentTitle << ", p. " << fact.source.page << "): "
                        << (fact.disagreement ? "OUTLETS DISAGREE" : "outlets agree") << Qt::endl;
            for (const OutletStatement &s : fact.statements)
                context.out << "  " << s.outlet << ": " << s.claim << Qt::endl;
            for (const QString &note : fact.notes)
                context.out << "  ! " << note << Qt::endl;
        }
        if (context.json())
            context.printJson(facts);
        return 0;
    });
}

int figures(const QStringList &arguments)
{
    CliContext context(QStringLiteral("figures"), arguments);
    if (!context.parse(QStringLiteral("CASE [DOC]"), 1))
        return kUsageError;
    std::optional<qint64> documentId;
    if (!optionalDocumentArgument(context, 1, documentId))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray array;
        for (const IndexedFigure &f : FigureIndex(opened.db).figures(documentId)) {
            array.append(sourceObject(f));
            if (!context.json())
                context.out << f.documentId << ':' << f.page << ':' << f.segmentId << '\t' << f.figure.text << '\t'
                            << Figure::kindName(f.figure.kind) << ' ' << f.figure.value << ' ' << f.figure.unit << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int check(const QStringList &arguments)
{
    CliContext context(QStringLiteral("check"), arguments);
    context.parser.addOption({QStringLiteral("claim"), QStringLiteral("A sentence to check."), QStringLiteral("TEXT")});
    context.parser.addOption({QStringLiteral("file"), QStringLiteral("A draft (UTF-8 text or Markdown) to check."), QStringLiteral("FILE")});
    context.parser.addOption({QStringLiteral("article"),
                              QStringLiteral("A published article or draft (web page, text or Markdown): only its checkable "
                                             "sentences are checked, in reading order."),
                              QStringLiteral("FILE")});
    context.parser.addOption({QStringLiteral("add"), QStringLiteral("Keep the article's checkable sentences as claims.")});
    if (!context.parse(QStringLiteral("CASE (--claim TEXT | --file FILE | --article FILE [--add])"), 1))
        return kUsageError;
    QString draft = context.parser.value(QStringLiteral("claim"));
    const bool article = context.parser.isSet(QStringLiteral("article"));
    const QString path = context.parser.value(article ? QStringLiteral("article") : QStringLiteral("file"));
    if (article || context.parser.isSet(QStringLiteral("file"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.readAll();
        if (article) {
            const Result<QString> text = ArticleClaims::textOf(bytes, path);
            if (!text)
                return context.fail(text.error().fullText());
            draft = *text;
        } else {
            draft = QString::fromUtf8(bytes);
        }
    }
    if (draft.trimmed().isEmpty()) {
        context.fail(QStringLiteral("give --claim TEXT or --file FILE"));
        return kUsageError;
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        ClaimChecker checker(opened.db);
        QJsonArray claims;
        std::vector<CheckedClaim> checkedClaims;
        if (article) {
            std::optional<std::vector<CheckedClaim>> checked =
                checkArticle(opened, checker, draft, QFileInfo(path).fileName(), context.parser.isSet(QStringLiteral("add")));
            if (!checked)
                return 1;
            checkedClaims = std::move(*checked);
        } else {
            checkedClaims = checker.checkDraft(draft);
        }
        for (const CheckedClaim &claim : checkedClaims) {
            QJsonArray figuresArray;
            for (const ClaimFigure &figure : claim.figures) {
                QJsonObject object = figureObject(figure.figure);
                QJsonArray matches;
                for (const FigureMatch &match : figure.matches) {
                    QJsonObject source = sourceObject(match.source);
                    source.insert(QStringLiteral("near_name"), match.nearName);
                    source.insert(QStringLiteral("strength"), match.supports() ? QStringLiteral("supports") : QStringLiteral("candidate"));
                    source.insert(QStringLiteral("why"), QJsonArray::fromStringList(match.why));
                    matches.append(source);
                }
                object.insert(QStringLiteral("matches"), matches);
                object.insert(QStringLiteral("status"), figure.supported()        ? QStringLiteral("supported")
                                                        : figure.matches.empty() ? QStringLiteral("not_found")
                                                                                 : QStringLiteral("candidates"));
                if (!figure.thing.isEmpty())
                    object.insert(QStringLiteral("counts"), figure.thing);
                figuresArray.append(object);
            }
            QJsonArray conversions;
            for (const ConversionResult &c : claim.conversions)
                conversions.append(QJsonObject{{QStringLiteral("from"), figureObject(c.from)},
                                               {QStringLiteral("to"), figureObject(c.to)},
                                               {QStringLiteral("rate"), c.rate.rate},
                                               {QStringLiteral("rate_text"), c.rate.text},
                                               {QStringLiteral("expected"), c.expected},
                                               {QStringLiteral("tolerance"), c.tolerance},
                                               {QStringLiteral("consistent"), c.consistent},
                                               {QStringLiteral("arithmetic"), c.arithmetic}});
            QJsonObject object{{QStringLiteral("claim"), claim.text},
                               {QStringLiteral("names"), QJsonArray::fromStringList(claim.names)},
                               {QStringLiteral("figures"), figuresArray},
                               {QStringLiteral("conversions"), conversions}};
            if (!claim.conversionProblem.isEmpty())
                object.insert(QStringLiteral("conversion_problem"), claim.conversionProblem);
            claims.append(object);

            if (context.json())
                continue;
            context.out << claim.text << Qt::endl;
            for (const ClaimFigure &figure : claim.figures) {
                context.out << "  " << figure.figure.text << ": ";
                if (figure.matches.empty())
                    context.out << "NOT FOUND in the case";
                else
                    context.out << (figure.supported() ? "SUPPORTED" : "CANDIDATES ONLY") << ", " << figure.matches.size()
                                << " source(s), best: " << figure.matches.front().source.figure.text
                                << " (" << figure.matches.front().source.documentTitle << ", p. "
                                << figure.matches.front().source.page << ')';
                context.out << Qt::endl;
            }
            for (const ConversionResult &c : claim.conversions)
                context.out << "  conversion " << (c.consistent ? "OK" : "WRONG") << ": " << c.arithmetic << Qt::endl;
            if (!claim.conversionProblem.isEmpty())
                context.out << "  " << claim.conversionProblem << Qt::endl;
        }
        if (context.json())
            context.printJson(claims);
        return 0;
    });
}

} // namespace dossier::cli
