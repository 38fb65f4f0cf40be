#pragma once

#include "../documents/documentkind.h"

#include <atomic>
#include <functional>
#include <optional>

namespace dossier {

class ScanReader;

// How the importers read one file.
struct ParseOptions
{
    std::optional<DocumentKind> kind; // force a text file to be read as bilingual, etc.
    // A set flag stops between pages, and in the middle of a page's OCR.
    const std::atomic_bool *cancel = nullptr;
    // Reads pages that have no text layer. Without one they are imported without text
    // (as the fuzz targets do: OCR is slow and not what they test).
    ScanReader *ocr = nullptr;
    // Called before each page is OCR'd: the slow part of an import.
    std::function<void(int page, int pages)> ocrProgress;

    bool cancelled() const { return cancel && cancel->load(); }
};

} // namespace dossier
