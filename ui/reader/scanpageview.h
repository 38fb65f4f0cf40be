#pragma once

#include "documents/ocrstore.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <vector>

class QLabel;
class QScrollArea;

namespace dossier {

// A scanned page beside its OCR text: the page image, the words OCR was unsure of shaded
// orange, and the words of the current passage outlined, so the reporter can read off the
// image what the machine could not. Pages are drawn off the GUI thread.
class ScanPageView : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kDisplayDpi = 110;

    explicit ScanPageView(QWidget *parent = nullptr);
    ~ScanPageView() override;

    // The document's original bytes (a PDF or an image file) and its OCR words.
    void setDocument(const QByteArray &original, bool isPdf, std::vector<StoredOcrWord> words);
    // Shows a page with the words in [start, end) of its text outlined.
    void showPage(int page, int start = -1, int end = -1);

    int currentPage() const { return m_page; }
    QImage currentImage() const { return m_image; }
    int doubtfulWordsOnPage() const;
    // Where a word is drawn now, in this widget's coordinates (empty if not shown).
    QRect wordRect(int wordIndexOnPage) const;

Q_SIGNALS:
    // The reporter clicked a word: its page and where it starts in the page's text.
    void wordClicked(int page, int offset);
    void pageShown(int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Canvas;
    void render();
    void onRendered();
    void fitWidth();
    std::vector<const StoredOcrWord *> wordsOnPage() const;

    QByteArray m_original;
    bool m_isPdf = false;
    std::vector<StoredOcrWord> m_words;
    int m_page = 0;
    int m_start = -1;
    int m_end = -1;
    QImage m_image;
    QRectF m_shown{0, 0, 1, 1}; // the part of the page drawn, as fractions of it
    int m_renderedPage = 0;
    int m_generation = 0;
    QFutureWatcher<QImage> m_watcher;
    QLabel *m_caption;
    QScrollArea *m_scroll;
    Canvas *m_canvas;
    friend class Canvas;
};

} // namespace dossier
