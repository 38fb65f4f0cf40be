#pragma once

#include <QStringList>

namespace dossier::cli {

// Each command takes its arguments (after the command name) and returns the exit code:
// 0 success, 1 failure of the work, 2 a usage error.
int newCase(const QStringList &arguments);
int importFiles(const QStringList &arguments);
int listDocuments(const QStringList &arguments);
int showDocument(const QStringList &arguments);
int search(const QStringList &arguments);
int translationImport(const QStringList &arguments);
int translate(const QStringList &arguments);
int consistency(const QStringList &arguments);
int glossary(const QStringList &arguments);
int figures(const QStringList &arguments);
int check(const QStringList &arguments);
int claim(const QStringList &arguments);
int compare(const QStringList &arguments);
int entity(const QStringList &arguments);
int relation(const QStringList &arguments);
int screening(const QStringList &arguments);
int event(const QStringList &arguments);
int timeline(const QStringList &arguments);
int evidence(const QStringList &arguments);
int propose(const QStringList &arguments);
int exportCase(const QStringList &arguments);
int importCase(const QStringList &arguments);
int document(const QStringList &arguments);
int translationSet(const QStringList &arguments);
int ocr(const QStringList &arguments);
int history(const QStringList &arguments);
int verify(const QStringList &arguments);
int merge(const QStringList &arguments);
int conflicts(const QStringList &arguments);
int resolve(const QStringList &arguments);
int review(const QStringList &arguments);

} // namespace dossier::cli
