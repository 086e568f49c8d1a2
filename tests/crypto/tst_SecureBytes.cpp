#include "core/crypto/SecureBytes.h"

#include <QTest>

#include <type_traits>

using namespace madoguchi;

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void never_copied_implicitly();
    void append_grows_and_keeps_content();
    void move_leaves_source_empty();
    void take_from_wipes_the_source();
    void wipe_empties();
};

void TestSecureBytes::never_copied_implicitly()
{
    static_assert(!std::is_copy_constructible_v<SecureBytes>);
    static_assert(!std::is_copy_assignable_v<SecureBytes>);
    static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
    const SecureBytes a(QByteArrayView("secret"));
    const SecureBytes b = a.clone();
    QVERIFY(b == QByteArrayView("secret"));
    QVERIFY(a.data() != b.data());
}

void TestSecureBytes::append_grows_and_keeps_content()
{
    SecureBytes s;
    QVERIFY(s.isEmpty());
    QByteArray expected;
    for (int i = 0; i < 100; ++i) {
        const QByteArray piece(i % 7 + 1, char('a' + i % 26));
        s.append(piece);
        expected.append(piece);
    }
    QCOMPARE(s.view(), QByteArrayView(expected));
    QCOMPARE(s.size(), expected.size());
}

void TestSecureBytes::move_leaves_source_empty()
{
    SecureBytes a(QByteArrayView("1234"));
    SecureBytes b(std::move(a));
    QVERIFY(a.isEmpty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
    QVERIFY(b == QByteArrayView("1234"));
    SecureBytes c;
    c = std::move(b);
    QVERIFY(b.isEmpty());  // NOLINT(bugprone-use-after-move)
    QVERIFY(c == QByteArrayView("1234"));
}

void TestSecureBytes::take_from_wipes_the_source()
{
    QByteArray response = QStringLiteral("山田花子").toUtf8();
    QByteArray expected = response;
    expected.detach();  // `expected` gets a buffer of its own; `response` keeps the original
    const char* buffer = response.constData();
    const SecureBytes owned = SecureBytes::takeFrom(response);
    QVERIFY(owned == QByteArrayView(expected));
    QVERIFY(response.constData() == buffer);  // wiped in place, not reallocated
    QCOMPARE(response, QByteArray(expected.size(), '\0'));
}

void TestSecureBytes::wipe_empties()
{
    SecureBytes s(QByteArrayView("123456789018"));
    s.wipe();
    QVERIFY(s.isEmpty());
    QCOMPARE(s.size(), 0);
    s.append(QByteArrayView("x"));
    QVERIFY(s == QByteArrayView("x"));
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_SecureBytes.moc"
