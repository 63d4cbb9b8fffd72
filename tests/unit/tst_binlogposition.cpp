// BinlogPosition: when a replica's executed position includes a primary's, by MariaDB GTIDs per
// replication domain or by binary log file and offset (the MySQL replica-lag meter's test).

#include "db/mysqlreplicalagmeter.h"

#include <QTest>

class TestBinlogPosition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesGtids();
    void reachedBy_data();
    void reachedBy();
};

void TestBinlogPosition::parsesGtids()
{
    const QMap<quint32, quint64> gtids =
        BinlogPosition::parseGtids(QStringLiteral("0-1-42, 1-2-7,0-3-40,junk"));
    QCOMPARE(gtids.size(), 2);
    QCOMPARE(gtids.value(0), quint64(42)); // one sequence per domain: the highest
    QCOMPARE(gtids.value(1), quint64(7));
    QVERIFY(BinlogPosition::parseGtids(QString()).isEmpty());
}

namespace {

BinlogPosition gtidPosition(const QString &gtids)
{
    BinlogPosition position;
    position.byGtid = true;
    position.gtids = BinlogPosition::parseGtids(gtids);
    return position;
}

BinlogPosition filePosition(const QString &file, qint64 offset)
{
    BinlogPosition position;
    position.file = file;
    position.offset = offset;
    return position;
}

} // namespace

void TestBinlogPosition::reachedBy_data()
{
    QTest::addColumn<BinlogPosition>("primary");
    QTest::addColumn<BinlogPosition>("executed");
    QTest::addColumn<bool>("reached");
    QTest::newRow("same gtid") << gtidPosition("0-1-42") << gtidPosition("0-1-42") << true;
    QTest::newRow("gtid behind") << gtidPosition("0-1-42") << gtidPosition("0-1-41") << false;
    QTest::newRow("gtid ahead") << gtidPosition("0-1-42") << gtidPosition("0-1-43") << true;
    QTest::newRow("other domain missing")
        << gtidPosition("0-1-42,1-1-3") << gtidPosition("0-1-42") << false;
    QTest::newRow("replica has more domains")
        << gtidPosition("0-1-42") << gtidPosition("0-1-42,5-9-1") << true;
    QTest::newRow("nothing logged yet") << gtidPosition("") << gtidPosition("") << true;
    QTest::newRow("nothing executed") << gtidPosition("0-1-1") << gtidPosition("") << false;
    QTest::newRow("same file, same offset")
        << filePosition("binlog.000003", 900) << filePosition("binlog.000003", 900) << true;
    QTest::newRow("same file, behind")
        << filePosition("binlog.000003", 900) << filePosition("binlog.000003", 899) << false;
    QTest::newRow("older file") << filePosition("binlog.000010", 4)
                                << filePosition("binlog.000009", 99999) << false;
    QTest::newRow("newer file") << filePosition("binlog.000009", 99999)
                                << filePosition("binlog.000010", 4) << true;
    QTest::newRow("primary position unknown")
        << BinlogPosition{} << filePosition("binlog.000001", 4) << true;
    QTest::newRow("replica position unknown")
        << filePosition("binlog.000001", 4) << BinlogPosition{} << false;
}

void TestBinlogPosition::reachedBy()
{
    QFETCH(BinlogPosition, primary);
    QFETCH(BinlogPosition, executed);
    QFETCH(bool, reached);
    QCOMPARE(primary.reachedBy(executed), reached);
}

QTEST_GUILESS_MAIN(TestBinlogPosition)
#include "tst_binlogposition.moc"
