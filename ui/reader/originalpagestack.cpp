#include "reader/originalpagestack.h"

#include "documents/documentinfo.h"
#include "reader/pdfpageview.h"
#include "reader/segmentpane.h"
#include "reader/webpageview.h"
#include "session/casesession.h"

namespace dossier {

OriginalPageStack::OriginalPageStack(QWidget *parent) : QStackedWidget(parent) {}

void OriginalPageStack::setTextPane(SegmentPane *pane)
{
    m_text = pane;
    addWidget(pane);
}

void OriginalPageStack::showText()
{
    setCurrentWidget(m_text);
}

void OriginalPageStack::show(CaseSession *session, const DocumentInfo &document, bool published, int page)
{
    const bool pdf = document.kind == QLatin1String("pdf");
    const bool html = document.kind == QLatin1String("html");
    if (!published || !(pdf || html) || !session) {
        showText();
        return;
    }
    const bool fresh = m_loaded != document.id;
    m_loaded = document.id;
    if (pdf) {
        if (!m_pdfView) {
            m_pdfView = new PdfPageView(this);
            m_pdfView->setMinimumWidth(160); // its toolbar must not hold the reader wide
            addWidget(m_pdfView);
        }
        if (fresh)
            m_pdfView->setPdf(session->original(document.id));
        m_pdfView->showPage(page);
        setCurrentWidget(m_pdfView);
        return;
    }
    if (!m_webView) {
        m_webView = new WebPageView(this);
        m_webView->setMinimumWidth(160);
        addWidget(m_webView);
    }
    if (fresh)
        m_webView->showPage(document.id, session->original(document.id), document.encoding);
    setCurrentWidget(m_webView);
}

void OriginalPageStack::followPage(int page)
{
    if (m_pdfView && currentWidget() == m_pdfView)
        m_pdfView->showPage(page);
}

} // namespace dossier
