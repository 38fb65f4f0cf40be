#pragma once

#include <QRect>
#include <QSize>
#include <QString>

#include <vector>

namespace dossier {

// One recognised word (for Chinese, usually a run of characters) with its place on the
// page image and Tesseract's confidence in it, 0 to 100.
struct OcrWord
{
    // Below this Tesseract's guess is shown as doubtful and offered for proofreading.
    static constexpr float kLowConfidence = 60;

    QString text;
    QRect box;             // pixels of the page image
    float confidence = 0;
    int start = 0;         // where the word stands in OcrPage::text
    int end = 0;
};

// What OCR read off one page image: the text in reading order, and the words it is made
// of so the reader can mark doubtful words on the image.
struct OcrPage
{
    QString text; // the words joined: lines by newlines, Chinese without blanks
    QSize imageSize;
    std::vector<OcrWord> words;
    float meanConfidence = 0;
};

} // namespace dossier
