#pragma once

#include <QWidget>

namespace dossier {

// What the window shows with no case open: create, open, or pick a recent case.
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    WelcomeWidget(const QStringList &recentCases, QWidget *parent = nullptr);

Q_SIGNALS:
    void newCaseRequested();
    void openCaseRequested();
    void recentCaseRequested(const QString &path);
};

} // namespace dossier
