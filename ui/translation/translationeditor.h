#pragma once

#include <QPlainTextEdit>

#include <utility>

namespace dossier {

// The in-place editor the reader lays over a segment (a translation, or OCR text being
// corrected): Ctrl+Return or leaving it saves, Escape discards.
class TranslationEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TranslationEditor(QWidget *parent = nullptr);
    // Selects all the text, or [select.first, select.second) when given.
    void begin(int segmentIndex, const QString &text, const QRect &area, std::pair<int, int> select = {-1, -1});
    // Saves what is being typed now (the case or the reader is about to go).
    void commitPending() { finish(true); }
    int segmentIndex() const { return m_segment; }

Q_SIGNALS:
    void committed(int segmentIndex, const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool save);
    int m_segment = -1;
};

} // namespace dossier
