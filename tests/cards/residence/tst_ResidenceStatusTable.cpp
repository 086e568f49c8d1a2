#include "core/base/ResourceLocator.h"
#include "core/cards/residence/ResidenceStatusTable.h"

#include <QTest>

using namespace madoguchi;

class TestResidenceStatusTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_by_code();
    void none_installed_is_an_empty_table();
    void malformed_tables_are_refused_data();
    void malformed_tables_are_refused();
};

void TestResidenceStatusTable::names_by_code()
{
    const auto table = ResidenceStatusTable::parse(
        R"({"schema": 1, "source": "test", "statuses": {"0000000017": {"ja": "技術・人文知識・国際業務", "en": "Engineer"}}})");
    QVERIFY(table.ok());
    QCOMPARE(table->size(), 1);
    QCOMPARE(table->names(QStringLiteral("0000000017"))->ja, QStringLiteral("技術・人文知識・国際業務"));
    QCOMPARE(table->names(QStringLiteral("0000000017"))->en, QStringLiteral("Engineer"));
    QVERIFY(!table->names(QStringLiteral("0000000018")));  // never a neighbour's name
}

void TestResidenceStatusTable::none_installed_is_an_empty_table()
{
    const auto table = ResidenceStatusTable::load(QString());
    QVERIFY(table.ok());
    QCOMPARE(table->size(), 0);
    // The virtual cards' placeholder table, loaded in demo and test mode.
    const auto test = ResidenceStatusTable::load(ResourceLocator::path(QStringLiteral("trust-test/residence-card/status-codes.json")));
    QVERIFY2(test.ok(), qPrintable(test.ok() ? QString() : test.error()));
    QVERIFY(test->names(QStringLiteral("0000000017"))->ja.startsWith(QStringLiteral("（テスト）")));
}

void TestResidenceStatusTable::malformed_tables_are_refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("schema 2") << QByteArray(R"({"schema": 2, "statuses": {}})");
    QTest::newRow("short code") << QByteArray(R"({"schema": 1, "statuses": {"17": {"ja": "x"}}})");
    QTest::newRow("no Japanese name") << QByteArray(R"({"schema": 1, "statuses": {"0000000017": {"en": "x"}}})");
}

void TestResidenceStatusTable::malformed_tables_are_refused()
{
    QFETCH(QByteArray, json);
    QVERIFY(!ResidenceStatusTable::parse(json).ok());
}

QTEST_GUILESS_MAIN(TestResidenceStatusTable)
#include "tst_ResidenceStatusTable.moc"
