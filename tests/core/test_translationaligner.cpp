#include "support/fixtures.h"
#include "alignmentfixture.h"

#include "documents/documentstore.h"
#include "import/importservice.h"
#include "casefile/casefile.h"
#include "translations/translationaligner.h"
#include "translations/translationimporter.h"
#include "translations/translationstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dossier;
using namespace dossier::test;

namespace {

// Fraction of original sentences that received exactly their own translation.
double accuracy(const QStringList &expected, const QStringList &actual)
{
    int right = 0;
    for (int i = 0; i < expected.size(); ++i)
        right += expected[i] == actual.value(i) ? 1 : 0;
    return double(right) / double(expected.size());
}

struct Variant
{
    QStringList original;
    QStringList translation;
    QStringList expected; // per original sentence
};

Variant clean()
{
    Variant v;
    for (const SentencePair &pair : alignmentPairs()) {
        v.original << QString::fromUtf16(pair.chinese);
        v.translation << QString::fromUtf16(pair.english);
        v.expected << QString::fromUtf16(pair.english);
    }
    return v;
}

} // namespace

TEST_CASE("Sentences align one to one on a clean translation", "[align]")
{
    const Variant v = clean();
    const auto beads = TranslationAligner::alignSentences(v.original, v.translation);
    const QStringList result = TranslationAligner::perOriginal(beads, int(v.original.size()), v.translation);
    CHECK(accuracy(v.expected, result) == 1.0);
}

TEST_CASE("Alignment recovers from split, merged, missing and extra sentences", "[align]")
{
    Variant v = clean();
    // 1-2: the translator split sentence 3 in two.
    v.translation[3] = QStringLiteral("The account gives access to servers.");
    v.translation.insert(4, QStringLiteral("They are powered by Nvidia A100 and H100 chips."));
    v.expected[3] = v.translation[3] + QLatin1Char(' ') + v.translation[4];
    // 2-1: sentences 8 and 9 translated as one (indices shift by one in the translation).
    v.translation[9] = QStringLiteral("The contract was worth 68,790 yuan and covered 40 million tokens.");
    v.translation.removeAt(10);
    v.expected[8] = v.translation[9];
    v.expected[9] = QString();
    // 1-0: sentence 12 (the six-month term) left untranslated.
    v.translation.removeAt(v.translation.indexOf(QString::fromUtf16(alignmentPairs()[12].english)));
    v.expected[12] = QString();
    // 0-1: a translator's note after sentence 20 joins it.
    const int after20 = int(v.translation.indexOf(QString::fromUtf16(alignmentPairs()[20].english)));
    REQUIRE(after20 >= 0);
    v.translation.insert(after20 + 1, QStringLiteral("(Translator's note.)"));
    v.expected[20] += QStringLiteral(" (Translator's note.)");

    const auto beads = TranslationAligner::alignSentences(v.original, v.translation);
    const QStringList result = TranslationAligner::perOriginal(beads, int(v.original.size()), v.translation);
    const double score = accuracy(v.expected, result);
    INFO("accuracy " << score);
    for (int i = 0; i < v.expected.size(); ++i)
        if (v.expected[i] != result.value(i))
            UNSCOPED_INFO(i << ": expected [" << v.expected[i].toStdString() << "] got [" << result.value(i).toStdString() << "]");
    CHECK(score >= 0.95);
    // Nothing of the translation is lost.
    CHECK(result.join(QLatin1Char(' ')).size() >= v.translation.join(QLatin1Char(' ')).size());
}

TEST_CASE("A translation file imported for a document lands on its segments", "[align][import]")
{
    QTemporaryDir dir;
    auto caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("c.dossier"))).value());
    QString chinese, english;
    for (const SentencePair &pair : alignmentPairs()) {
        chinese += QString::fromUtf16(pair.chinese) + QLatin1Char('\n');
        english += QString::fromUtf16(pair.english) + QLatin1Char(' ');
    }
    const QString original = dir.filePath(QStringLiteral("original.txt"));
    writeFile(original, encode(chinese, "GB18030"));
    const QString translationPath = dir.filePath(QStringLiteral("translation.html"));
    writeFile(translationPath, encode(QStringLiteral("<html><body><p>%1</p></body></html>").arg(english.toHtmlEscaped()), "UTF-8"));
    const ImportOutcome outcome = ImportService(caseFile->db()).importFile(original, {});
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);

    // A person already translated the first segment: it must stay preferred.
    const std::vector<SegmentInfo> before = DocumentStore(caseFile->db()).segments(outcome.documentId);
    REQUIRE(before.size() == alignmentPairs().size());
    TranslationStore(caseFile->db()).setManual(before[0].id, QStringLiteral("My own translation."));

    Result<TranslationImportReport> report = TranslationImporter(caseFile->db()).importFile(outcome.documentId, translationPath);
    REQUIRE(report.ok());
    CHECK(report->alignedSegments == int(before.size()));
    CHECK(report->oneToOne == int(before.size()));

    const std::vector<SegmentInfo> after = DocumentStore(caseFile->db()).segments(outcome.documentId);
    CHECK(after[0].translation == QStringLiteral("My own translation."));
    for (size_t i = 1; i < after.size(); ++i) {
        INFO(i << " " << after[i].translation.value_or(QString()).toStdString());
        CHECK(after[i].translation == QString::fromUtf16(alignmentPairs()[i].english));
    }
    CHECK(TranslationStore(caseFile->db()).versions(before[0].id).size() == 2);
}
