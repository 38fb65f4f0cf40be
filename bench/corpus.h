#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace dossier::bench {

// Generates tender notices of known size from templates: Chinese procurement
// sentences with random buyers, suppliers, amounts and dates, and some English.
class Corpus
{
public:
    explicit Corpus(unsigned seed = 20240823) : m_random(seed) {}

    // One document of `segments` sentences spread over `pages` pages.
    QStringList document(int segments, int pages);
    QString sentence();

private:
    const QString &pick(const QStringList &list);
    int number(int low, int high);

    std::mt19937 m_random;
};

} // namespace dossier::bench
