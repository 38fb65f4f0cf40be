#include "reader/scanpageview.h"

#include "render/pdfrenderer.h"

#include <QDebug>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace dossier {

class ScanPageView::Canvas : public QWidget
{
public:
    explicit Canvas(ScanPageView *view) : QWidget(view), m_view(view) { setMouseTracking(true); }

    // Where the whole page would be drawn: the shown part (the text area) fills the
    // widget, so the page is scaled by that and shifted to put the part at the origin.
    QRectF pageRect() const
    {
        const QRectF shown = m_view->m_shown;
        const double scaleX = width() / shown.width();
        const double scaleY = height() / shown.height();
        return QRectF(-shown.x() * scaleX, -shown.y() * scaleY, scaleX, scaleY);
    }

    QRectF wordRect(const StoredOcrWord &word) const
    {
        const QRectF page = pageRect();
        return QRectF(page.left() + word.box.x() * page.width(), page.top() + word.box.y() * page.height(),
                      word.box.width() * page.width(), word.box.height() * page.height());
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        if (m_view->m_image.isNull())
            return;
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF shown = m_view->m_shown;
        const QSizeF image = m_view->m_image.size();
        painter.drawImage(QRectF(rect()), m_view->m_image,
                          QRectF(shown.x() * image.width(), shown.y() * image.height(),
                                 shown.width() * image.width(), shown.height() * image.height()));
        painter.setRenderHint(QPainter::Antialiasing);
        std::vector<QRectF> passage; // one box per line of the current passage
        for (const StoredOcrWord *word : m_view->wordsOnPage()) {
            const QRectF box = wordRect(*word).adjusted(-1, -1, 1, 1);
            if (word->isDoubtful()) {
                painter.fillRect(box, QColor(255, 140, 0, 70));
                painter.setPen(QPen(QColor(230, 110, 0), 1));
                painter.drawRect(box);
            }
            if (word->start < m_view->m_end && word->end > m_view->m_start) {
                const auto sameLine = std::find_if(passage.begin(), passage.end(), [&](const QRectF &line) {
                    return std::abs(line.center().y() - box.center().y()) < box.height() / 2;
                });
                if (sameLine != passage.end())
                    *sameLine = sameLine->united(box);
                else
                    passage.push_back(box);
            }
        }
        painter.setPen(QPen(QColor(30, 90, 200), 2));
        for (const QRectF &line : passage)
            painter.drawRoundedRect(line.adjusted(-2, -2, 2, 2), 3, 3);
    }

    // The smallest word box under a point: a stray speck can make a box that covers others.
    const StoredOcrWord *wordAt(const QPointF &point) const
    {
        const StoredOcrWord *found = nullptr;
        double foundArea = 0;
        for (const StoredOcrWord *word : m_view->wordsOnPage()) {
            const QRectF box = wordRect(*word).adjusted(-2, -2, 2, 2);
            const double area = box.width() * box.height();
            if (box.contains(point) && (!found || area < foundArea)) {
                found = word;
                foundArea = area;
            }
        }
        return found;
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (const StoredOcrWord *word = wordAt(event->position()))
            Q_EMIT m_view->wordClicked(word->page, word->start);
        else
            QWidget::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const StoredOcrWord *word = wordAt(event->position());
        setToolTip(word ? ScanPageView::tr("“%1”: OCR confidence %2%").arg(word->text).arg(qRound(word->confidence))
                        : QString());
        if (word)
            setCursor(Qt::PointingHandCursor);
        else
            unsetCursor();
    }

private:
    ScanPageView *m_view;
};

ScanPageView::ScanPageView(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_scroll(new QScrollArea(this)), m_canvas(new Canvas(this))
{
    m_caption->setContentsMargins(6, 3, 6, 3);
    m_caption->setWordWrap(true);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_scroll, 1);
    m_scroll->viewport()->installEventFilter(this);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ScanPageView::onRendered);
}

ScanPageView::~ScanPageView()
{
    m_watcher.waitForFinished();
}

void ScanPageView::setDocument(const QByteArray &original, bool isPdf, std::vector<StoredOcrWord> words)
{
    m_original = original;
    m_isPdf = isPdf;
    m_words = std::move(words);
    ++m_generation; // a render of the previous document still running is stale
    m_page = 0;
    m_renderedPage = 0;
    m_image = QImage();
}

void ScanPageView::showPage(int page, int start, int end)
{
    m_start = start;
    m_end = end;
    if (page != m_page) {
        m_page = page;
        render();
    }
    m_canvas->update();
}

std::vector<const StoredOcrWord *> ScanPageView::wordsOnPage() const
{
    std::vector<const StoredOcrWord *> words;
    if (m_renderedPage != m_page)
        return words;
    for (const StoredOcrWord &word : m_words)
        if (word.page == m_page)
            words.push_back(&word);
    return words;
}

int ScanPageView::doubtfulWordsOnPage() const
{
    int count = 0;
    for (const StoredOcrWord *word : wordsOnPage())
        count += word->isDoubtful() ? 1 : 0;
    return count;
}

QRect ScanPageView::wordRect(int wordIndexOnPage) const
{
    const std::vector<const StoredOcrWord *> words = wordsOnPage();
    if (wordIndexOnPage < 0 || size_t(wordIndexOnPage) >= words.size())
        return {};
    return m_canvas->wordRect(*words[size_t(wordIndexOnPage)]).toRect().translated(m_canvas->mapTo(this, QPoint(0, 0)));
}

void ScanPageView::render()
{
    if (m_watcher.isRunning())
        return; // onRendered renders again if the page changed meanwhile
    m_caption->setText(tr("Drawing page %1…").arg(m_page));
    const QByteArray original = m_original;
    const bool isPdf = m_isPdf;
    const int page = m_page;
    m_renderedPage = 0;
    m_watcher.setFuture(QtConcurrent::run([original, isPdf, page]() -> QImage {
        if (!isPdf)
            return QImage::fromData(original);
        // Each render has its own renderer: a poppler document must not cross threads.
        auto renderer = PdfRenderer::load(original);
        if (!renderer)
            return {};
        auto image = (*renderer)->render(page, kDisplayDpi);
        return image ? *image : QImage();
    }));
    m_watcher.setProperty("page", page);
    m_watcher.setProperty("generation", m_generation);
}

void ScanPageView::onRendered()
{
    const int page = m_watcher.property("page").toInt();
    if (page != m_page || m_watcher.property("generation").toInt() != m_generation) {
        render();
        return;
    }
    m_image = m_watcher.result();
    m_renderedPage = page;
    // Show the text area, not the blank margins: on a narrow pane the words stay legible.
    QRectF text;
    for (const StoredOcrWord *word : wordsOnPage())
        text = text.isNull() ? word->box : text.united(word->box);
    m_shown = text.isNull() ? QRectF(0, 0, 1, 1)
                            : text.adjusted(-0.03, -0.03, 0.03, 0.03).intersected(QRectF(0, 0, 1, 1));
    if (m_image.isNull()) {
        qWarning() << "Scanned page" << page << "could not be drawn";
        m_caption->setText(tr("Page %1 could not be drawn.").arg(page));
    } else {
        const int doubtful = doubtfulWordsOnPage();
        m_caption->setText(doubtful ? tr("Page %1 · %n word(s) OCR was unsure of, shaded orange", nullptr, doubtful).arg(page)
                                    : tr("Page %1 · OCR was confident of every word").arg(page));
    }
    fitWidth();
    Q_EMIT pageShown(page);
}

bool ScanPageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitWidth();
    return QWidget::eventFilter(watched, event);
}

void ScanPageView::fitWidth()
{
    const int width = m_scroll->viewport()->width();
    const double shownWidth = m_shown.width() * m_image.width();
    const double shownHeight = m_shown.height() * m_image.height();
    const int height = m_image.isNull() || shownWidth <= 0 ? 0 : int(width * shownHeight / shownWidth);
    m_canvas->resize(width, std::max(height, 1));
    m_canvas->update();
}

} // namespace dossier
