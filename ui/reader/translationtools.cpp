#include "reader/translationtools.h"

#include "operations/translationedits.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "session/casesession.h"
#include "translations/realignment.h"
#include "translations/translationimporter.h"
#include "translations/translationstore.h"

#include <QFileDialog>
#include <QMenu>
#include <QTextBlock>

namespace dossier {

TranslationTools::TranslationTools(ReaderView *reader)
    : QObject(reader), m_reader(reader), m_menu(new QMenu(reader)), m_versionsMenu(new QMenu(reader))
{
    m_menu->setTitle(tr("Translation"));
    m_menu->setObjectName(QStringLiteral("translateMenu"));
    const auto current = [this] { return m_reader->currentSegmentIndex(); };
    const auto segmentIds = [this](const std::vector<int> &indexes) {
        std::vector<qint64> ids;
        for (int index : indexes)
            ids.push_back(m_reader->segments()[size_t(index)].id);
        return ids;
    };
    m_menu->addAction(tr("Machine-Translate This Segment"), this, [this, current, segmentIds] {
        if (const int index = current(); index >= 0)
            Q_EMIT machineTranslationRequested(segmentIds({index}), m_reader->documentId());
    });
    m_menu->addAction(tr("Machine-Translate Untranslated Segments of This Document"), this, [this] {
        std::vector<qint64> ids;
        for (const SegmentInfo &segment : m_reader->segments())
            if (!segment.translation)
                ids.push_back(segment.id);
        if (!ids.empty())
            Q_EMIT machineTranslationRequested(ids, m_reader->documentId());
    });
    m_menu->addAction(tr("Machine-Translate Selected Segments"), this, [this, segmentIds] {
        const std::vector<qint64> ids = segmentIds(m_reader->selectedSegmentIndexes());
        if (!ids.empty())
            Q_EMIT machineTranslationRequested(ids, m_reader->documentId());
    });
    m_menu->addAction(tr("Machine-Translate Untranslated Segments of the Whole Case"), this,
                      [this] { Q_EMIT machineTranslationRequested({}, 0); });
    m_menu->addAction(tr("Import Translation File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_reader, tr("Import Translation"), QString(),
                                                          tr("Documents (*.txt *.html *.htm *.pdf);;All files (*)"));
        if (!path.isEmpty())
            importTranslationFile(path);
    });
    m_menu->addSeparator();
    m_versionsMenu->setTitle(tr("Use Version"));
    m_menu->addMenu(m_versionsMenu);
    connect(m_versionsMenu, &QMenu::aboutToShow, this, &TranslationTools::fillVersionsMenu);
    m_menu->addSeparator();
    m_menu->addAction(tr("Join With Next Translation"), this, [this, current] { joinWithNext(current()); });
    m_menu->addAction(tr("Split Translation at Cursor"), this, [this, current] {
        splitTranslationAt(current(), m_reader->translationPane()->textCursor().positionInBlock());
    });
    m_menu->addAction(tr("Move Translations Down From Here"), this, [this, current] { shiftTranslationsDown(current()); });
    m_menu->addAction(tr("Move Translations Up Into This Segment"), this, [this, current] { shiftTranslationsUp(current()); });
}

void TranslationTools::fillVersionsMenu()
{
    m_versionsMenu->clear();
    const int index = m_reader->currentSegmentIndex();
    CaseSession *session = m_reader->session();
    if (index < 0 || !session)
        return;
    std::vector<TranslationVersion> versions;
    session->read([&](Database &db) { versions = TranslationStore(db).versions(m_reader->segments()[size_t(index)].id); });
    if (versions.empty()) {
        m_versionsMenu->addAction(tr("(no translation yet)"))->setEnabled(false);
        return;
    }
    for (const TranslationVersion &version : versions) {
        QString label = version.text.left(60);
        if (version.text.size() > 60)
            label += QChar(0x2026);
        QAction *action = m_versionsMenu->addAction(QStringLiteral("%1 — %2").arg(version.origin, label));
        action->setCheckable(true);
        action->setChecked(version.preferred);
        action->setToolTip(version.createdAt);
        connect(action, &QAction::triggered, this, [this, index, id = version.id, reviewed = version.reviewed] {
            preferVersion(index, id, reviewed);
        });
    }
    m_versionsMenu->addSeparator();
    for (const TranslationVersion &version : versions) {
        if (!version.preferred)
            continue;
        QAction *reviewed = m_versionsMenu->addAction(tr("Reviewed by a Person"));
        reviewed->setCheckable(true);
        reviewed->setChecked(version.reviewed);
        connect(reviewed, &QAction::triggered, this, [this, index, id = version.id](bool on) { preferVersion(index, id, on); });
    }
}

void TranslationTools::preferVersion(int index, qint64 translationId, bool reviewed)
{
    const std::vector<SegmentInfo> &segments = m_reader->segments();
    if (index < 0 || size_t(index) >= segments.size() || !m_reader->session())
        return;
    m_reader->session()->perform(
        TranslationBatchEdit::chooseVersion(m_reader->documentId(), segments[size_t(index)].id, translationId, reviewed));
}

void TranslationTools::setTranslation(int index, const QString &text)
{
    const std::vector<SegmentInfo> &segments = m_reader->segments();
    if (index < 0 || size_t(index) >= segments.size() || !m_reader->session())
        return;
    const SegmentInfo &segment = segments[size_t(index)];
    if (text.isEmpty() || text == segment.translation.value_or(QString()))
        return;
    m_reader->session()->perform(TranslationEdit::set(segment.id, text));
}

void TranslationTools::importTranslationFile(const QString &path)
{
    if (!m_reader->documentId() || !m_reader->session())
        return;
    const TranslationBatchEdit *edit = m_reader->session()->perform(TranslationBatchEdit::importFile(m_reader->documentId(), path));
    if (!edit)
        return;
    const TranslationImportReport &report = edit->importReport();
    Q_EMIT reported(tr("Aligned %1 translated sentences to %2 segments: %3 one to one, %4 joined or split, %5 unmatched.")
                        .arg(report.translationSentences)
                        .arg(report.alignedSegments)
                        .arg(report.oneToOne)
                        .arg(report.merged)
                        .arg(report.unmatched));
}

void TranslationTools::realign(int index, const QStringList &after, const QString &description)
{
    if (index < 0 || !m_reader->documentId() || !m_reader->session())
        return;
    m_reader->session()->perform(TranslationBatchEdit::realign(m_reader->documentId(), m_reader->segments(), after, description));
}

QStringList TranslationTools::translations() const
{
    QStringList texts;
    for (const SegmentInfo &segment : m_reader->segments())
        texts << segment.translation.value_or(QString());
    return texts;
}

void TranslationTools::joinWithNext(int index)
{
    realign(index, Realignment::joinWithNext(translations(), index), tr("Join translations"));
}

void TranslationTools::splitTranslationAt(int index, int position)
{
    realign(index, Realignment::splitAt(translations(), index, position), tr("Split translation"));
}

void TranslationTools::shiftTranslationsDown(int index)
{
    realign(index, Realignment::shiftDown(translations(), index), tr("Move translations down"));
}

void TranslationTools::shiftTranslationsUp(int index)
{
    realign(index, Realignment::shiftUp(translations(), index), tr("Move translations up"));
}

} // namespace dossier
