// dossier-gui-editor: makes edits in the real main window, for ever, so a test can kill
// it at a random moment (see tests/cli/test_guicrash.cpp).
//   dossier-gui-editor CASE SEED
// Edits go through the widgets a reporter uses: the OCR correction editor, the
// translation editor (both committed with Ctrl+Return) and undo/redo. After each one it
// prints a line "done N STATE" (STATE: the JSON of every segment's text and preferred
// translation) and flushes, so the test knows what was committed before the kill.
#include "session/casesession.h"
#include "documents/documentbrowser.h"
#include "shell/mainwindow.h"
#include "ocr/ocrproofreader.h"
#include "reader/readerview.h"
#include "translation/translationeditor.h"

#include "documents/documentstore.h"
#include "casefile/casefile.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

namespace {

QByteArray stateOf(dossier::CaseSession &session)
{
    QJsonObject texts;
    QJsonObject translations;
    for (const dossier::DocumentInfo &d : session.documents()) {
        for (const dossier::SegmentInfo &s : session.segments(d.id)) {
            texts.insert(QString::number(s.id), s.text);
            translations.insert(QString::number(s.id), s.translation.value_or(QString()));
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), texts}, {QStringLiteral("translation"), translations}})
        .toJson(QJsonDocument::Compact);
}

void commit(QWidget *editor, const QString &text)
{
    static_cast<dossier::TranslationEditor *>(editor)->setPlainText(text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dossier-gui-editor"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: dossier-gui-editor CASE SEED\n");
        return 2;
    }
    QRandomGenerator random(quint32(QByteArray(argv[2]).toUInt()));
    dossier::MainWindow window;
    window.resize(1300, 800);
    window.show();
    if (!window.openCase(QString::fromLocal8Bit(argv[1])))
        return 1;
    dossier::CaseSession &session = *window.session();
    dossier::ReaderView *reader = window.reader();
    qint64 scanned = 0;
    qint64 text = 0;
    for (const dossier::DocumentInfo &d : session.documents()) {
        if (d.ocrPages > 0)
            scanned = d.id;
        else if (d.kind == QLatin1String("text"))
            text = d.id;
    }
    if (!scanned || !text)
        return 1;

    for (int n = 1;; ++n) {
        const int kind = int(random.bounded(4));
        if (kind == 0) {
            window.browser()->selectDocument(scanned);
            const int index = int(random.bounded(quint32(reader->segments().size())));
            const QString machine = reader->segments()[size_t(index)].machineText.value_or(reader->segments()[size_t(index)].text);
            if (reader->proofreader()->correct(index))
                commit(reader->proofreader()->editor(), machine + QStringLiteral("（核对%1：%2万元）").arg(n).arg(n % 97));
        } else if (kind == 1) {
            window.browser()->selectDocument(text);
            const int index = int(random.bounded(quint32(reader->segments().size())));
            reader->editTranslation(index);
            commit(reader->findChild<dossier::TranslationEditor *>(QStringLiteral("translationEditor")),
                   QStringLiteral("Edit %1: the award was %2 yuan.").arg(n).arg(n * 1000));
        } else if (kind == 2) {
            session.undoStack()->undo();
        } else {
            session.undoStack()->redo();
        }
        std::printf("done %d %s\n", n, stateOf(session).constData());
        std::fflush(stdout);
        QTest::qWait(int(random.bounded(5, 30)));
    }
}
