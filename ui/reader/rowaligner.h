#pragma once

#include <QObject>

class QAction;
class QTimer;

namespace dossier {

class SegmentPane;

// Lines up the rows of the two panes: block N of the original and block N of the
// translation are padded to the same height. The work is done in chunks on idle time,
// so a 20,000-segment document paints at once and stays responsive while the rest is
// aligned; a row about to be shown is aligned first.
class RowAligner : public QObject
{
    Q_OBJECT

public:
    RowAligner(SegmentPane *original, SegmentPane *translation, QObject *parent = nullptr);

    // Aligns from the top again at once (a new document).
    void alignAll();
    // Aligns again a moment from now (a resize, an edit); repeated calls coalesce.
    void schedule();
    // Makes sure the rows up to this segment are aligned before it is shown.
    void ensureAligned(int segmentIndex);
    bool isAligning() const;
    // Scrolls the panes together while `toggle` is checked: aligned rows stay side by side.
    void linkScrolling(QAction *toggle);

private:
    void step();
    void levelEnds();

    SegmentPane *m_original;
    SegmentPane *m_translation;
    QTimer *m_delay;
    QTimer *m_next;
    int m_nextBlock = 0;
    bool m_syncing = false;
};

} // namespace dossier
