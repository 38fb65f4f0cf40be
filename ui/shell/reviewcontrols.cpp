#include "shell/reviewcontrols.h"

#include "operations/reviewedit.h"
#include "session/casesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>

namespace dossier {

namespace {

const ReviewState kStates[] = {ReviewState::Draft, ReviewState::Checked, ReviewState::Verified, ReviewState::Disputed};

} // namespace

QComboBox *ReviewControls::filter(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("reviewFilter"));
    box->setToolTip(tr("Show only items in this review state"));
    box->addItem(tr("Any review state"), QString());
    for (ReviewState state : kStates)
        box->addItem(reviewLabel(state), reviewCode(state));
    return box;
}

QHBoxLayout *ReviewControls::filterRow(QWidget *parent, QWidget *textFilter,
                                       const std::function<void(std::optional<ReviewState>)> &changed)
{
    auto *row = new QHBoxLayout;
    row->addWidget(textFilter, 1);
    QComboBox *review = filter(parent);
    QObject::connect(review, &QComboBox::activated, parent, [review, changed] { changed(wanted(review)); });
    row->addWidget(review);
    return row;
}

std::optional<ReviewState> ReviewControls::wanted(const QComboBox *filter)
{
    return reviewFromCode(filter->currentData().toString());
}

QMenu *ReviewControls::menu(QWidget *parent, const std::function<void(ReviewState)> &chosen)
{
    auto *menu = new QMenu(tr("&Review"), parent);
    for (ReviewState state : kStates) {
        QAction *action = menu->addAction(state == ReviewState::Disputed ? tr("Disputed…") : reviewLabel(state));
        QObject::connect(action, &QAction::triggered, parent, [chosen, state] { chosen(state); });
    }
    return menu;
}

bool ReviewControls::mark(CaseSession *session, QWidget *parent, ReviewedKind kind, qint64 id, ReviewState state)
{
    if (!session || id <= 0)
        return false;
    QString note;
    if (state == ReviewState::Disputed) {
        bool ok = false;
        note = QInputDialog::getText(parent, tr("Disputed"), tr("Why is it disputed? (The note is shown with the item and in exports.)"),
                                     QLineEdit::Normal, {}, &ok);
        if (!ok || note.trimmed().isEmpty())
            return false;
    }
    return session->perform(ReviewEdit::set(kind, id, state, note)) != nullptr;
}

QString ReviewControls::text(const Review &review)
{
    switch (review.state) {
    case ReviewState::Draft:
        return reviewLabel(review.state);
    case ReviewState::Checked:
        return QStringLiteral("✓ ") + reviewLabel(review.state);
    case ReviewState::Verified:
        return QStringLiteral("✔ ") + reviewLabel(review.state);
    case ReviewState::Disputed:
        return QStringLiteral("⚠ ") + reviewLabel(review.state) + (review.note.isEmpty() ? QString() : QStringLiteral(": ") + review.note);
    }
    return {};
}

QColor ReviewControls::color(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QColor(0x77, 0x77, 0x77);
    case ReviewState::Checked:
        return QColor(0x1f, 0x5f, 0xa8);
    case ReviewState::Verified:
        return QColor(0x1b, 0x7a, 0x2e);
    case ReviewState::Disputed:
        return QColor(0xb0, 0x3a, 0x00);
    }
    return {};
}

} // namespace dossier
