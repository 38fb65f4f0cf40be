#include "countedthing.h"

#include <QRegularExpression>

namespace dossier {

namespace {

struct Word
{
    const char16_t *word;
    const char *thing;
};

// English count nouns (as FigureParser reports them) and Chinese measure words.
const Word kUnits[] = {
    {u"chips", "chip"},       {u"chip", "chip"},       {u"gpus", "chip"},         {u"gpu", "chip"},
    {u"cards", "chip"},       {u"card", "chip"},       {u"processors", "chip"},   {u"processor", "chip"},
    {u"servers", "machine"},  {u"server", "machine"},  {u"machines", "machine"},  {u"machine", "machine"},
    {u"nodes", "machine"},    {u"node", "machine"},    {u"instances", "machine"}, {u"instance", "machine"},
    {u"tokens", "token"},     {u"token", "token"},     {u"accounts", "account"},  {u"account", "account"},
    {u"people", "person"},    {u"employees", "person"}, {u"months", "month"},     {u"month", "month"},
    {u"years", "year"},       {u"year", "year"},       {u"days", "day"},          {u"day", "day"},
    {u"hours", "hour"},       {u"hour", "hour"},       {u"companies", "organisation"}, {u"company", "organisation"},
    {u"universities", "organisation"}, {u"university", "organisation"}, {u"entities", "organisation"},
    {u"documents", "document"}, {u"document", "document"}, {u"tenders", "document"}, {u"tender", "document"},
    {u"contracts", "document"}, {u"contract", "document"}, {u"pages", "document"}, {u"models", "model"},
    {u"块", "chip"},  {u"颗", "chip"},  {u"片", "chip"},  {u"卡", "chip"},  {u"张", "chip"},  {u"台", "machine"},
    {u"节点", "machine"}, {u"个月", "month"}, {u"年", "year"}, {u"天", "day"}, {u"小时", "hour"}, {u"人", "person"},
    {u"名", "person"}, {u"位", "person"}, {u"家", "organisation"}, {u"所", "organisation"}, {u"份", "document"},
    {u"页", "document"},
};

// Nouns after a measure word name the thing outright: 个词元, 台服务器, 块英伟达A100芯片.
const Word kNouns[] = {
    {u"芯片", "chip"},     {u"GPU", "chip"},      {u"显卡", "chip"},    {u"加速卡", "chip"},  {u"算力卡", "chip"},
    {u"服务器", "machine"}, {u"主机", "machine"},  {u"机器", "machine"}, {u"节点", "machine"}, {u"实例", "machine"},
    {u"词元", "token"},    {u"token", "token"},   {u"账号", "account"}, {u"账户", "account"}, {u"人员", "person"},
};

} // namespace

QString CountedThing::of(const Figure &figure, const QString &text)
{
    if (figure.kind != Figure::Kind::Count)
        return {};
    // The noun that follows, up to the next punctuation: it says more than 个 or 套.
    static const QRegularExpression stop(QStringLiteral("[，。；;,.!?！？、（）()\\n]"));
    QString after = text.mid(figure.end, 12);
    if (const qsizetype cut = after.indexOf(stop); cut >= 0)
        after.truncate(cut);
    QString found;
    qsizetype first = after.size();
    for (const Word &noun : kNouns) {
        const qsizetype at = after.indexOf(QString::fromUtf16(noun.word), 0, Qt::CaseInsensitive);
        if (at >= 0 && at < first) {
            first = at;
            found = QString::fromLatin1(noun.thing);
        }
    }
    if (!found.isEmpty())
        return found;
    const QString unit = figure.unit.toLower();
    for (const Word &u : kUnits)
        if (unit == QString::fromUtf16(u.word))
            return QString::fromLatin1(u.thing);
    return {};
}

} // namespace dossier
