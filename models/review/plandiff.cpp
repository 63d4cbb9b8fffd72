#include "plandiff.h"

#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return PlanDiff::tr("(absent)");
}

// Words for the keys a reviewer cares most about; the rest are named by their path.
QString sentence(const QString &path, const QJsonValue &before, const QJsonValue &after)
{
    if (path == u"column.nullable" && before.isBool() && after.isBool())
        return after.toBool() ? PlanDiff::tr("the column now allows NULL (was NOT NULL)")
                              : PlanDiff::tr("the column is now NOT NULL (was nullable)");
    if (path == u"approvals")
        return PlanDiff::tr("approvals: %1 before, %2 now")
            .arg(before.toArray().size())
            .arg(after.toArray().size());
    if (path == u"rehearsal")
        return after.isUndefined()    ? PlanDiff::tr("the rehearsal report was removed")
               : before.isUndefined() ? PlanDiff::tr("a rehearsal report was attached")
                                      : PlanDiff::tr("the rehearsal report changed");
    if (before.isUndefined() || (before.isNull() && !after.isNull()))
        return PlanDiff::tr("%1: set to %2").arg(path, valueText(after));
    if (after.isUndefined() || (after.isNull() && !before.isNull()))
        return PlanDiff::tr("%1: removed (was %2)").arg(path, valueText(before));
    return PlanDiff::tr("%1: %2 -> %3").arg(path, valueText(before), valueText(after));
}

void compareObjects(const QJsonObject &before, const QJsonObject &after, const QString &prefix,
                    QStringList &out)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys())
        if (!keys.contains(key))
            keys << key;
    for (const QString &key : keys) {
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        if (a.isObject() && b.isObject() && key != u"rehearsal")
            compareObjects(a.toObject(), b.toObject(), path, out);
        else
            out << sentence(path, a, b);
    }
}

} // namespace

PlanDiffResult PlanDiff::compare(const Plan &before, const Plan &after, const QString &beforeName,
                                 const QString &afterName)
{
    PlanDiffResult result;
    compareObjects(PlanFile::toJson(before), PlanFile::toJson(after), {}, result.designChanges);
    result.sqlDiff =
        unifiedDiff(ScriptRenderer::render(Compiler::compile(before)),
                    ScriptRenderer::render(Compiler::compile(after)), beforeName, afterName);
    return result;
}

QString PlanDiff::unifiedDiff(const QString &before, const QString &after,
                              const QString &beforeName, const QString &afterName, int context)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a == b)
        return {};
    // Longest common subsequence table from the end; scripts are a few hundred lines.
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] =
                a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Line
    {
        char op;
        qsizetype ai, bi;
    };
    QList<Line> lines;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j))
            lines << Line{' ', i++, j++};
        else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]))
            lines << Line{'+', i, j++};
        else
            lines << Line{'-', i++, j};
    }
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    qsizetype k = 0;
    while (k < lines.size()) {
        if (lines.at(k).op == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is within 2*context lines of the previous one.
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        for (qsizetype scan = k; scan < lines.size(); ++scan) {
            if (lines.at(scan).op != ' ')
                end = scan;
            else if (scan - end > 2 * context)
                break;
        }
        const qsizetype stop = std::min(lines.size(), end + context + 1);
        qsizetype aCount = 0, bCount = 0;
        for (qsizetype x = start; x < stop; ++x) {
            aCount += lines.at(x).op != '+';
            bCount += lines.at(x).op != '-';
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(lines.at(start).ai + (aCount ? 1 : 0))
                   .arg(aCount)
                   .arg(lines.at(start).bi + (bCount ? 1 : 0))
                   .arg(bCount);
        for (qsizetype x = start; x < stop; ++x) {
            const Line &line = lines.at(x);
            out += QLatin1Char(line.op) + (line.op == '+' ? b.at(line.bi) : a.at(line.ai)) + u'\n';
        }
        k = stop;
    }
    return out;
}
