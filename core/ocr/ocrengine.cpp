#include "ocrengine.h"

#include <QDebug>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <memory>

namespace dossier {

namespace {

QString takeText(char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    delete[] utf8;
    return text;
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
           c.isSurrogate();
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Chinese runs, and figures beside them, are written without a blank: between words
// (assembling the page) and inside one (joinCjk).
bool joinsWithoutBlank(QChar before, QChar after)
{
    return (isCjk(before) && (isCjk(after) || isAsciiDigit(after))) || (isAsciiDigit(before) && isCjk(after));
}

bool isCancelled(void *flag, int)
{
    return static_cast<const std::atomic_bool *>(flag)->load();
}

} // namespace

OcrEngine::OcrEngine() = default;
OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

Status OcrEngine::load(const QString &languages)
{
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // nullptr: the data directory Debian's tesseract-ocr packages install into.
    if (api->Init(nullptr, languages.toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        qWarning() << "Tesseract could not load" << languages;
        return Error(tr("The text recognition data for %1 is not installed. Install the Debian "
                        "packages tesseract-ocr-chi-sim and tesseract-ocr-eng.")
                         .arg(languages),
                     languages);
    }
    // Keep the layout's own spacing instead of inventing spaces between CJK characters.
    api->SetVariable("preserve_interword_spaces", "1");
    m_api = std::move(api);
    return {};
}

Result<OcrPage> OcrEngine::recognize(const QImage &image, int dpi, const std::atomic_bool *cancel)
{
    if (!m_api)
        return Error(tr("Text recognition was used before its language data was loaded."));
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        return Error(tr("The page image is empty."));

    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(dpi);

    tesseract::ETEXT_DESC monitor;
    if (cancel) {
        monitor.cancel = &isCancelled;
        monitor.cancel_this = const_cast<std::atomic_bool *>(cancel);
    }
    const int failed = m_api->Recognize(&monitor);
    if (cancel && cancel->load()) {
        m_api->Clear();
        return Error(tr("Text recognition was cancelled."));
    }
    if (failed != 0) {
        m_api->Clear();
        return Error(tr("Text recognition failed on this page."));
    }

    OcrPage page;
    page.imageSize = gray.size();
    std::unique_ptr<tesseract::ResultIterator> words(m_api->GetIterator());
    if (words) {
        // The page text is assembled here, word by word, so every word knows its offsets
        // in it: the reader marks doubtful words in the text and on the image.
        do {
            const bool newParagraph = words->IsAtBeginningOf(tesseract::RIL_PARA);
            const bool newLine = words->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
            char *utf8 = words->GetUTF8Text(tesseract::RIL_WORD);
            if (!utf8)
                continue;
            OcrWord word;
            word.text = joinCjk(takeText(utf8)).trimmed();
            if (word.text.isEmpty())
                continue;
            word.confidence = words->Confidence(tesseract::RIL_WORD);
            int left = 0, top = 0, right = 0, bottom = 0;
            if (words->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                word.box = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
            if (!page.text.isEmpty()) {
                // A blank line between paragraphs, as in a text layer: the segmenter
                // joins the lines of a paragraph and keeps paragraphs apart.
                if (newParagraph)
                    page.text += QStringLiteral("\n\n");
                else if (newLine)
                    page.text += QLatin1Char('\n');
                else if (!joinsWithoutBlank(page.text.back(), word.text.front()))
                    page.text += QLatin1Char(' ');
            }
            word.start = int(page.text.size());
            page.text += word.text;
            word.end = int(page.text.size());
            page.words.push_back(std::move(word));
        } while (words->Next(tesseract::RIL_WORD));
    }
    page.meanConfidence = float(m_api->MeanTextConf());
    m_api->Clear();
    return page;
}

QString OcrEngine::joinCjk(const QString &text)
{
    // A blank with CJK on both sides, or between a figure and CJK (20 万元), is an OCR
    // artefact; between Latin words it is real.
    const auto isBlank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    QString joined;
    joined.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!isBlank(text[i]) || joined.isEmpty()) {
            joined += text[i++];
            continue;
        }
        qsizetype next = i;
        while (next < text.size() && isBlank(text[next]))
            ++next;
        if (next == text.size() || !joinsWithoutBlank(joined.back(), text[next]))
            joined += text.mid(i, next - i);
        i = next;
    }
    return joined;
}

} // namespace dossier
