#include "shell/welcomewidget.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dossier {

WelcomeWidget::WelcomeWidget(const QStringList &recentCases, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("<h1>Dossier</h1><p>Start a case for your investigation, or open "
                                "one you or a colleague saved.</p>"),
                             this);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *newCase = new QPushButton(tr("New Case…"), this);
    auto *open = new QPushButton(tr("Open Case…"), this);
    buttons->addWidget(newCase);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(newCase, &QPushButton::clicked, this, &WelcomeWidget::newCaseRequested);
    connect(open, &QPushButton::clicked, this, &WelcomeWidget::openCaseRequested);

    if (!recentCases.isEmpty()) {
        auto *recentTitle = new QLabel(tr("<b>Recent cases</b>"), this);
        recentTitle->setAlignment(Qt::AlignCenter);
        layout->addSpacing(16);
        layout->addWidget(recentTitle);
        for (const QString &path : recentCases) {
            auto *button = new QPushButton(QFileInfo(path).completeBaseName(), this);
            button->setFlat(true);
            button->setToolTip(QDir::toNativeSeparators(path));
            connect(button, &QPushButton::clicked, this, [this, path] { Q_EMIT recentCaseRequested(path); });
            layout->addWidget(button, 0, Qt::AlignHCenter);
        }
    }
    layout->addStretch(2);
}

} // namespace dossier
