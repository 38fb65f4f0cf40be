#pragma once

#include <QStackedWidget>

namespace dossier {

class CaseSession;
class PdfPageView;
class SegmentPane;
class WebPageView;
struct DocumentInfo;

// The left side of the reader: the original's text, or the original as it was published
// (the PDF page, the saved web page). The page views are created on first use and load
// a document's original once, however often the reporter switches back and forth.
class OriginalPageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit OriginalPageStack(QWidget *parent = nullptr);

    void setTextPane(SegmentPane *pane);
    // The text, or the published page when `published` is asked for and the document has one.
    void show(CaseSession *session, const DocumentInfo &document, bool published, int page);
    void showText();
    // Follows the reader to a page, when the PDF page is what is shown.
    void followPage(int page);
    // The views hold another case's document: load afresh next time.
    void forget() { m_loaded = 0; }

    PdfPageView *pdfView() const { return m_pdfView; }
    WebPageView *webView() const { return m_webView; }

private:
    SegmentPane *m_text = nullptr;
    PdfPageView *m_pdfView = nullptr;
    WebPageView *m_webView = nullptr;
    qint64 m_loaded = 0;
};

} // namespace dossier
