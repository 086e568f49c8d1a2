#include "core/base/ResourceLocator.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/PurposeCatalog.h"

#include <QTest>

using namespace madoguchi;

class TestPurposeCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipped_purposes();
    void shipped_forms_exist_for_every_purpose();
    void required_items_default_to_all();
    void admin_file_errors_data();
    void admin_file_errors();
};

void TestPurposeCatalog::shipped_purposes()
{
    const auto catalog = PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json")));
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error()));
    QStringList ids;
    for (const Purpose& p : catalog->purposes())
        ids.append(p.id);
    QCOMPARE(ids, (QStringList{"tennyu", "tenkyo", "tenshutsu", "inkan", "juminhyo", "mynumber-card", "koza", "keitai"}));
    // Only the 個人番号利用事務 purpose reads and prints the individual number.
    for (const Purpose& p : catalog->purposes()) {
        QCOMPARE(p.usesMyNumber, p.id == QLatin1String("mynumber-card"));
        QVERIFY(!p.label(QStringLiteral("en")).isEmpty());
        QCOMPARE(p.forms.last(), QStringLiteral("evidence"));
    }
    QCOMPARE(catalog->find(QStringLiteral("koza"))->category, QStringLiteral("bank"));
    // 犯収法 and the mobile-phone act require name, address and birth date (本人特定事項); the
    // municipal rules name and address or birth date, of which every document holds the birth date.
    for (const char* id : {"koza", "keitai"})
        QCOMPARE(catalog->find(QLatin1String(id))->requiredItems, (QStringList{"holder.name", "holder.address", "holder.birthDate"}));
    QCOMPARE(catalog->find(QStringLiteral("tennyu"))->requiredItems, (QStringList{"holder.name", "holder.birthDate"}));
    QCOMPARE(catalog->find(QStringLiteral("keitai"))->category, QStringLiteral("shop"));
    QVERIFY(!catalog->find(QStringLiteral("nope")));
}

void TestPurposeCatalog::shipped_forms_exist_for_every_purpose()
{
    const auto catalog = PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json")));
    const auto library = FormLibrary::load(ResourceLocator::path(QStringLiteral("forms")));
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error()));
    QCOMPARE(library->ids(), (QStringList{"evidence", "inkan", "juminhyo", "juminido", "koza", "mynumber-card"}));
    QCOMPARE(library->check(*catalog), QString());
}

void TestPurposeCatalog::required_items_default_to_all()
{
    // A file written before requiredItems existed asks for every identifying item: the strictest reading.
    const auto catalog = PurposeCatalog::fromJson(R"({"schema":1,"purposes":[{"id":"a","label":{"ja":"あ"},"basis":{"ja":"規則"},"forms":["evidence"]}]})");
    QVERIFY(catalog.ok());
    QCOMPARE(catalog->find(QStringLiteral("a"))->requiredItems, (QStringList{"holder.name", "holder.address", "holder.birthDate"}));
}

void TestPurposeCatalog::admin_file_errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{") << "not a JSON object";
    QTest::newRow("schema") << QByteArray(R"({"schema":2,"purposes":[]})") << "\"schema\" must be 1";
    QTest::newRow("empty") << QByteArray(R"({"schema":1,"purposes":[]})") << "no purposes defined";
    QTest::newRow("no forms") << QByteArray(R"({"schema":1,"purposes":[{"id":"a","label":{"ja":"あ"},"forms":[]}]})") << "at least one form";
    QTest::newRow("no legal basis") << QByteArray(R"({"schema":1,"purposes":[{"id":"a","label":{"ja":"あ"},"forms":["evidence"]}]})") << "basis.ja";
    QTest::newRow("twice") << QByteArray(R"({"schema":1,"purposes":[{"id":"a","label":{"ja":"あ"},"basis":{"ja":"規則"},"forms":["evidence"]},{"id":"a","label":{"ja":"い"},"basis":{"ja":"規則"},"forms":["evidence"]}]})")
                           << "defined twice";
    QTest::newRow("unknown field") << QByteArray(R"({"schema":1,"purposes":[{"id":"a","label":{"ja":"あ"},"basis":{"ja":"規則"},"forms":["evidence"],"paperFields":["holder.shoeSize"]}]})")
                                   << "unknown field holder.shoeSize";
    QTest::newRow("unknown required item") << QByteArray(R"({"schema":1,"purposes":[{"id":"a","label":{"ja":"あ"},"basis":{"ja":"規則"},"forms":["evidence"],"requiredItems":["holder.sex"]}]})")
                                           << "requiredItems may name holder.name, holder.address, holder.birthDate only, not holder.sex";
}

void TestPurposeCatalog::admin_file_errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto catalog = PurposeCatalog::fromJson(json);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(message), qPrintable(catalog.error()));
}

QTEST_GUILESS_MAIN(TestPurposeCatalog)
#include "tst_PurposeCatalog.moc"
