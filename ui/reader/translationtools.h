#pragma once

#include <QObject>

#include <vector>

class QMenu;

namespace dossier {

class ReaderView;

// The reader's Translation menu: machine translation of a segment, a document or the
// case; importing a translation file; choosing a version; and the realignment tools
// (join, split, move up or down). Each change is one undoable edit of the case.
class TranslationTools : public QObject
{
    Q_OBJECT

public:
    explicit TranslationTools(ReaderView *reader);

    QMenu *menu() const { return m_menu; }

    void importTranslationFile(const QString &path);
    void joinWithNext(int index);
    void splitTranslationAt(int index, int position);
    void shiftTranslationsDown(int index);
    void shiftTranslationsUp(int index);
    void preferVersion(int index, qint64 translationId, bool reviewed);
    // The reporter's own words for a segment's translation (typed in place).
    void setTranslation(int index, const QString &text);

Q_SIGNALS:
    void machineTranslationRequested(const std::vector<qint64> &segmentIds, qint64 documentId);
    // What an import did, in a sentence for the reader's status line.
    void reported(const QString &message);

private:
    void realign(int index, const QStringList &after, const QString &description);
    void fillVersionsMenu();
    QStringList translations() const;

    ReaderView *m_reader;
    QMenu *m_menu;
    QMenu *m_versionsMenu;
};

} // namespace dossier
