#pragma once

#include <QRect>
#include <QString>

#include <vector>

namespace dossier {

// One recognised word (for Chinese, usually a run of characters) with its place on the
// page image and Tesseract's confidence in it, 0 to 100.
struct OcrWord
{
    QString text;
    QRect box;
    float confidence = 0;
};

// What OCR read off one page image: the text in reading order, and the words it is made
// of so the reader can mark doubtful words on the image.
struct OcrPage
{
    QString text;
    std::vector<OcrWord> words;
    float meanConfidence = 0;
};

} // namespace dossier
