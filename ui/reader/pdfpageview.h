#pragma once

#include <QImage>
#include <QThread>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSpinBox;

namespace dossier {

class PdfRenderWorker;

// A stored PDF page as it looked, rendered by poppler on a worker thread, with page
// navigation and zoom.
class PdfPageView : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    void setPdf(const QByteArray &pdf);
    void showPage(int pageNumber);
    int currentPage() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void fitWidth();
    QImage currentImage() const { return m_image; }

Q_SIGNALS:
    void pageShown(int pageNumber);
    void requestOpen(const QByteArray &pdf);
    void requestRender(int requestId, int pageNumber, double dpi);

private:
    void onOpened(int pageCount, const QString &error);
    void onRendered(int requestId, int pageNumber, const QImage &image, const QString &error);
    void render();

    QThread m_thread;
    PdfRenderWorker *m_worker;
    QScrollArea *m_scroll;
    QLabel *m_pageLabel;
    QSpinBox *m_pageSpin;
    QLabel *m_countLabel;
    QImage m_image;
    int m_page = 1;
    int m_pageCount = 0;
    int m_request = 0;
    double m_zoom = 1.0;
    bool m_fitPending = true; // a new PDF opens fitted to the pane's width
};

} // namespace dossier
