#include "reader/pdfpageview.h"

#include "reader/pdfrenderworker.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dossier {

PdfPageView::PdfPageView(QWidget *parent)
    : QWidget(parent), m_worker(new PdfRenderWorker), m_scroll(new QScrollArea(this)),
      m_pageLabel(new QLabel(this)), m_pageSpin(new QSpinBox(this)), m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("pdfPageView"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &PdfPageView::requestOpen, m_worker, &PdfRenderWorker::open);
    connect(this, &PdfPageView::requestRender, m_worker, &PdfRenderWorker::render);
    connect(m_worker, &PdfRenderWorker::opened, this, &PdfPageView::onOpened);
    connect(m_worker, &PdfRenderWorker::rendered, this, &PdfPageView::onRendered);
    m_thread.start();

    auto *toolbar = new QToolBar(this);
    QAction *previous = toolbar->addAction(tr("Previous Page"), this, [this] { showPage(m_page - 1); });
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addWidget(m_pageSpin);
    toolbar->addWidget(m_countLabel);
    QAction *next = toolbar->addAction(tr("Next Page"), this, [this] { showPage(m_page + 1); });
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addSeparator();
    QAction *zoomOut = toolbar->addAction(tr("Zoom Out"), this, [this] { setZoom(m_zoom / 1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *zoomIn = toolbar->addAction(tr("Zoom In"), this, [this] { setZoom(m_zoom * 1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addAction(tr("Fit Width"), this, &PdfPageView::fitWidth);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_page)
            showPage(page);
    });

    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_pageLabel);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_scroll, 1);
}

PdfPageView::~PdfPageView()
{
    m_thread.quit();
    m_thread.wait();
}

void PdfPageView::setPdf(const QByteArray &pdf)
{
    m_image = QImage();
    m_pageLabel->setText(tr("Loading…"));
    m_pageCount = 0;
    m_page = 1;
    m_fitPending = true;
    Q_EMIT requestOpen(pdf);
}

void PdfPageView::onOpened(int pageCount, const QString &error)
{
    m_pageCount = pageCount;
    if (!error.isEmpty()) {
        m_pageLabel->setText(error);
        return;
    }
    m_page = std::clamp(m_page, 1, pageCount);
    m_pageSpin->blockSignals(true);
    m_pageSpin->setRange(1, std::max(1, pageCount));
    m_pageSpin->blockSignals(false);
    m_countLabel->setText(tr(" of %1 ").arg(pageCount));
    render();
}

void PdfPageView::showPage(int pageNumber)
{
    if (m_pageCount == 0) {
        m_page = std::max(1, pageNumber); // shown once the PDF has opened
        return;
    }
    pageNumber = std::clamp(pageNumber, 1, m_pageCount);
    if (pageNumber == m_page && !m_image.isNull())
        return;
    m_page = pageNumber;
    render();
}

void PdfPageView::fitWidth()
{
    if (m_image.isNull())
        return;
    const double shownWidth = m_image.width() / m_image.devicePixelRatio();
    const double wanted = m_zoom * (m_scroll->viewport()->width() - 16) / shownWidth;
    if (std::abs(wanted - m_zoom) > 0.02)
        setZoom(wanted);
}

void PdfPageView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 6.0);
    render();
}

void PdfPageView::render()
{
    if (m_pageCount == 0)
        return;
    m_pageSpin->blockSignals(true);
    m_pageSpin->setValue(m_page);
    m_pageSpin->blockSignals(false);
    Q_EMIT requestRender(++m_request, m_page, 72.0 * m_zoom * devicePixelRatioF());
}

void PdfPageView::onRendered(int requestId, int pageNumber, const QImage &image, const QString &error)
{
    if (requestId != m_request)
        return; // a newer request (page or zoom change) is on its way
    if (!error.isEmpty()) {
        m_pageLabel->setText(error);
        return;
    }
    m_image = image;
    m_image.setDevicePixelRatio(devicePixelRatioF());
    if (m_fitPending) {
        m_fitPending = false;
        fitWidth(); // renders again at the fitted zoom, unless it is already right
    }
    m_pageLabel->setPixmap(QPixmap::fromImage(m_image));
    Q_EMIT pageShown(pageNumber);
}

} // namespace dossier
