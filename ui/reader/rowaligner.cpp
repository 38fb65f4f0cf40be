#include "reader/rowaligner.h"

#include "reader/segmentpane.h"

#include <QAction>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace dossier {

namespace {
constexpr int kChunk = 200; // blocks per step: a few tens of milliseconds
} // namespace

RowAligner::RowAligner(SegmentPane *original, SegmentPane *translation, QObject *parent)
    : QObject(parent), m_original(original), m_translation(translation), m_delay(new QTimer(this)),
      m_next(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(60);
    connect(m_delay, &QTimer::timeout, this, &RowAligner::alignAll);
    m_next->setSingleShot(true);
    m_next->setInterval(0);
    connect(m_next, &QTimer::timeout, this, &RowAligner::step);
}

void RowAligner::alignAll()
{
    m_nextBlock = 0;
    step();
}

void RowAligner::schedule()
{
    m_delay->start();
}

void RowAligner::step()
{
    const int first = m_nextBlock;
    const std::vector<qreal> a = m_original->naturalHeights(first, kChunk);
    const std::vector<qreal> b = m_translation->naturalHeights(first, kChunk);
    std::vector<qreal> heights(std::max(a.size(), b.size()), 0);
    for (size_t i = 0; i < heights.size(); ++i)
        heights[i] = std::max(i < a.size() ? a[i] : 0, i < b.size() ? b[i] : 0);
    m_original->padToHeights(first, heights);
    m_translation->padToHeights(first, heights);
    m_nextBlock = first + kChunk;
    if (m_nextBlock < std::max(m_original->blockCount(), m_translation->blockCount())) {
        m_next->start();
        return;
    }
    m_next->stop();
    levelEnds();
}

void RowAligner::levelEnds()
{
    // Qt leaves the last block's bottom margin out of a document's height, so the pane
    // whose last row was padded ends short and cannot scroll as far: linked scrolling
    // would stop it short and the rows drift at the end. The shorter one gets the
    // difference below its root frame.
    for (SegmentPane *pane : {m_original, m_translation}) {
        QTextFrame *root = pane->document()->rootFrame();
        QTextFrameFormat format = root->frameFormat();
        if (!qFuzzyCompare(format.bottomMargin() + 1, pane->document()->documentMargin() + 1)) {
            format.setBottomMargin(pane->document()->documentMargin());
            root->setFrameFormat(format);
        }
    }
    const qreal a = m_original->document()->size().height();
    const qreal b = m_translation->document()->size().height();
    if (std::abs(a - b) < 0.5)
        return;
    QTextDocument *shorter = a < b ? m_original->document() : m_translation->document();
    QTextFrameFormat format = shorter->rootFrame()->frameFormat();
    format.setBottomMargin(shorter->documentMargin() + std::abs(a - b));
    shorter->rootFrame()->setFrameFormat(format);
}

bool RowAligner::isAligning() const
{
    return m_next->isActive();
}

void RowAligner::ensureAligned(int segmentIndex)
{
    const int block = m_original->blockOfSegmentIndex(segmentIndex);
    while (m_next->isActive() && m_nextBlock <= block + kChunk)
        step();
}

void RowAligner::linkScrolling(QAction *toggle)
{
    for (auto [from, to] : {std::pair{m_original, m_translation}, std::pair{m_translation, m_original}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, toggle, from = from, to = to](int value) {
            if (m_syncing || !toggle->isChecked())
                return;
            m_syncing = true;
            to->verticalScrollBar()->setValue(value);
            m_syncing = false;
        });
    }
}

} // namespace dossier
