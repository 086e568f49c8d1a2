#include "core/forms/FormTemplate.h"

#include <QTest>

using namespace madoguchi;

namespace {

QByteArray form(const char* items)
{
    return QByteArray(R"({"schema":1,"id":"t","title":{"ja":"試験"},"page":{"width":210,"height":297},"items":[)") + items + "]}";
}

} // namespace

class TestFormTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_template();
    void errors_name_the_item_data();
    void errors_name_the_item();
};

void TestFormTemplate::valid_template()
{
    const auto t = FormTemplate::fromJson(form(R"({"type":"text","x":10,"y":10,"w":50,"h":8,"text":"氏名"},
        {"type":"field","x":60,"y":10,"w":100,"h":8,"binding":"holder.name","size":14,"minSize":7},
        {"type":"field","x":60,"y":20,"w":100,"h":8,"binding":"holder.birthDate","format":"wareki-date"},
        {"type":"boxes","x":60,"y":30,"w":49,"h":7,"binding":"holder.postalCode","count":7},
        {"type":"checkbox","x":60,"y":40,"w":20,"h":7,"binding":"holder.sex","value":"male","text":"男"},
        {"type":"line","x1":0,"y1":50,"x2":210,"y2":50},
        {"type":"qr","x":170,"y":250,"w":30,"h":30})"));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error()));
    QCOMPARE(t->items().size(), 7);
    QCOMPARE(t->bindings(), (QStringList{"holder.name", "holder.birthDate", "holder.postalCode", "holder.sex"}));
    QCOMPARE(t->pageSize(), QSizeF(210, 297));
    QCOMPARE(t->title(QStringLiteral("en")), QStringLiteral("試験"));  // falls back to ja
}

void TestFormTemplate::errors_name_the_item_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("outside the page") << form(R"({"type":"field","x":180,"y":10,"w":40,"h":8,"binding":"holder.name"})")
                                      << "item 1 (field): outside the 210 × 297 mm page";
    QTest::newRow("line outside") << form(R"({"type":"line","x1":0,"y1":0,"x2":0,"y2":300})") << "item 1 (line): outside";
    QTest::newRow("unknown binding") << form(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"a"},{"type":"field","x":10,"y":10,"w":40,"h":8,"binding":"holder.shoeSize"})")
                                     << "item 2 (field): unknown binding \"holder.shoeSize\"";
    QTest::newRow("unknown type") << form(R"({"type":"circle","x":10,"y":10,"w":40,"h":8})") << "item 1 (circle): unknown type";
    QTest::newRow("unknown format") << form(R"({"type":"field","x":10,"y":10,"w":40,"h":8,"binding":"holder.name","format":"roman"})")
                                    << "unknown format \"roman\"";
    QTest::newRow("no size") << form(R"({"type":"box","x":10,"y":10,"w":0,"h":8})") << "needs a positive w and h";
    QTest::newRow("boxes without count") << form(R"({"type":"boxes","x":10,"y":10,"w":40,"h":8,"binding":"holder.postalCode"})") << "boxes need a count";
    QTest::newRow("checkbox without value") << form(R"({"type":"checkbox","x":10,"y":10,"w":40,"h":8,"binding":"holder.sex"})") << "needs the value";
    QTest::newRow("shrink above size") << form(R"({"type":"field","x":10,"y":10,"w":40,"h":8,"binding":"holder.name","size":8,"minSize":9})") << "minSize";
    QTest::newRow("no items") << form("") << "a form needs items";
    QTest::newRow("no title") << QByteArray(R"({"schema":1,"id":"t","items":[]})") << "title.ja";
}

void TestFormTemplate::errors_name_the_item()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto t = FormTemplate::fromJson(json);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(message), qPrintable(t.error()));
}

QTEST_GUILESS_MAIN(TestFormTemplate)
#include "tst_FormTemplate.moc"
