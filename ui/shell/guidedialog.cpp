#include "shell/guidedialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>

namespace dossier {

namespace {

QString plain(QString text)
{
    // "&Open Case…", and Chinese menus' "打开案卷(&O)…": the words alone.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(mnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.section(QLatin1Char('\t'), 0, 0).trimmed();
}

} // namespace

QList<QPair<QString, QString>> GuideDialog::shortcutsOf(QWidget *window)
{
    QList<QPair<QString, QString>> keys;
    std::set<QString> seen;
    const auto add = [&](const QKeySequence &sequence, const QString &what) {
        const QString key = sequence.toString(QKeySequence::NativeText);
        if (key.isEmpty() || what.isEmpty() || !seen.insert(key + what).second)
            return;
        keys.append({key, what});
    };
    for (QAction *action : window->findChildren<QAction *>())
        for (const QKeySequence &sequence : action->shortcuts())
            add(sequence, action->property("guideName").isValid() ? action->property("guideName").toString() : plain(action->text()));
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        add(shortcut->key(), shortcut->whatsThis());
    return keys;
}

GuideDialog::GuideDialog(QWidget *window) : QDialog(window), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("Dossier Guide"));
    QString html = tr("<h2>Dossier in five steps</h2>"
                      "<ol>"
                      "<li><b>Collect.</b> Create a case (Ctrl+N) and import the tenders, web pages, scans and "
                      "reports you found (Ctrl+I, or drop them on the window). Say where and when you got them: "
                      "every original is kept with its fingerprint.</li>"
                      "<li><b>Read.</b> Each original stands beside its translation, segment by segment. Import a "
                      "translation, type your own (F2), or have a translation service do it; figures and glossary "
                      "terms lost in translation are flagged.</li>"
                      "<li><b>Tag and cite.</b> Select words and tag them as a buyer, intermediary, provider, chip "
                      "or model (Ctrl+T); find every mention; make a quote the evidence of a dated event "
                      "(Ctrl+E). Right-click a selection for everything you can do with it.</li>"
                      "<li><b>Check.</b> Send a figure to the fact-check (Ctrl+K), or paste the draft there: every "
                      "figure is traced to the sources that state it, conversions are recomputed, and each claim "
                      "gets a verdict with its evidence (Ctrl+1 to Ctrl+4).</li>"
                      "<li><b>Publish.</b> Export the case summary (Ctrl+Shift+E) as PDF, HTML, Markdown or a word "
                      "processor file, every quote with its document and page.</li>"
                      "</ol>");
    html += tr("<h2>Working as a team</h2>"
               "<p>Each of you works in your own copy of the case. Set your name once (Settings ▸ Your Name): "
               "every change carries it. Mark entities, events and claims as checked, verified or disputed from "
               "each panel's Review menu. To bring a colleague's work in, File ▸ Merge a Copy of This Case "
               "(Ctrl+Shift+M) takes their case file or the JSON export they mailed, shows what it would bring, "
               "and merges in one step you can undo; what you both changed waits in File ▸ Resolve Merge "
               "Conflicts, both versions side by side.</p>"
               "<h2>Every shortcut</h2>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto &[key, what] : shortcutsOf(window))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
    m_text->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(720, 680);
}

QString GuideDialog::html() const
{
    return m_text->toPlainText();
}

} // namespace dossier
