#pragma once

#include "operations/review.h"

#include <QColor>
#include <QCoreApplication>

#include <functional>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QMenu;
class QWidget;

namespace dossier {

class CaseSession;

// The review state as the entity, timeline and fact-check panels show it: a filter
// ("Verified only"), a Review menu that marks the current item, and how a state reads
// in a list. Disputing asks why.
class ReviewControls
{
    Q_DECLARE_TR_FUNCTIONS(ReviewControls)

public:
    static QComboBox *filter(QWidget *parent);
    // A panel's filter row: its text filter, then the review filter, which calls
    // `changed` with the state asked for.
    static QHBoxLayout *filterRow(QWidget *parent, QWidget *textFilter,
                                  const std::function<void(std::optional<ReviewState>)> &changed);
    // The state the filter asks for; nothing: every state.
    static std::optional<ReviewState> wanted(const QComboBox *filter);
    // A "Review" menu whose actions call `chosen` with their state.
    static QMenu *menu(QWidget *parent, const std::function<void(ReviewState)> &chosen);
    // Marks the item; asks for a note when disputing. False when cancelled or refused.
    static bool mark(CaseSession *session, QWidget *parent, ReviewedKind kind, qint64 id, ReviewState state);
    static QString text(const Review &review); // "✔ Verified by fact-checker"
    static QColor color(ReviewState state);
};

} // namespace dossier
