// column-planner lint FILE.sql|- [--format text|json|sarif] [--server-version V]

#include "cliutil.h"
#include "commands.h"
#include "review/reviewer.h"
#include "review/rulecatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cstdio>

namespace cli {

namespace {

// Scripts above this size are refused with one line rather than reviewed (a 50 MB script is
// reviewed; statements are parsed in bounded chunks).
constexpr qint64 maxScriptBytes = 256LL * 1024 * 1024;

// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const uint minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QByteArray readScript(const QString &path, const QString &display)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw Failure{ExitUsage, Cli::tr("cannot read standard input")};
    } else {
        file.setFileName(path);
        const QFileInfo info(path);
        if (!info.exists())
            throw Failure{ExitUsage, Cli::tr("cannot read %1: no such file").arg(path)};
        if (info.isDir())
            throw Failure{ExitUsage, Cli::tr("cannot read %1: it is a directory").arg(path)};
        if (info.size() > maxScriptBytes)
            throw Failure{ExitUsage, Cli::tr("%1 is %2 MB; lint reads scripts up to %3 MB")
                                         .arg(path)
                                         .arg(info.size() / (1024 * 1024))
                                         .arg(maxScriptBytes / (1024 * 1024))};
        if (!file.open(QIODevice::ReadOnly))
            throw Failure{ExitUsage, Cli::tr("cannot read %1: %2").arg(path, file.errorString())};
    }
    QByteArray bytes = file.read(maxScriptBytes + 1);
    if (bytes.size() > maxScriptBytes)
        throw Failure{ExitUsage, Cli::tr("%1 is larger than %2 MB, the most lint reads")
                                     .arg(display)
                                     .arg(maxScriptBytes / (1024 * 1024))};
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        throw Failure{
            ExitUsage,
            Cli::tr("%1 is not a SQL text file (NUL byte at offset %2)").arg(display).arg(nul)};
    const qsizetype bad = invalidUtf8At(bytes);
    if (bad >= 0)
        throw Failure{ExitUsage,
                      Cli::tr("%1 is not UTF-8 text (invalid byte 0x%2 at offset %3); convert it "
                              "to UTF-8 first")
                          .arg(display)
                          .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                          .arg(bad)};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a BOM is not part of the first line's columns
    return bytes;
}

int parseServerVersion(const QString &text)
{
    bool ok = false;
    const int version = text.section(u'.', 0, 0).toInt(&ok);
    if (!ok || version < 10 || version > 18)
        throw Failure{ExitUsage,
                      Cli::tr("--server-version must be a PostgreSQL major version from 10 to 18, "
                              "not \"%1\"")
                          .arg(text)};
    return version;
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QString textOutput(const ReviewResult &result, const QString &display)
{
    QString out;
    for (const Finding &finding : result.findings) {
        // The severity stays English: editors' problem matchers read FILE:LINE:COLUMN: SEVERITY.
        out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                   .arg(display)
                   .arg(finding.line)
                   .arg(finding.column)
                   .arg(Finding::severityName(finding.severity), finding.message, finding.rule);
        if (!finding.hint.isEmpty())
            out += Cli::tr("    hint: %1\n").arg(finding.hint);
    }
    if (result.statements.isEmpty())
        out += Cli::tr("%1: no statements\n").arg(display);
    else
        out += Cli::tr("%1: %2 statement(s), %3 error(s), %4 warning(s), %5 note(s)\n")
                   .arg(display)
                   .arg(result.statements.size())
                   .arg(result.count(Severity::Error))
                   .arg(result.count(Severity::Warning))
                   .arg(result.count(Severity::Info));
    return out;
}

QString jsonOutput(const ReviewResult &result)
{
    QJsonArray findings;
    for (const Finding &finding : result.findings)
        findings.append(
            QJsonObject{{QStringLiteral("rule"), finding.rule},
                        {QStringLiteral("severity"), Finding::severityName(finding.severity)},
                        {QStringLiteral("line"), finding.line},
                        {QStringLiteral("column"), finding.column},
                        {QStringLiteral("statement"), finding.statement},
                        {QStringLiteral("message"), finding.message},
                        {QStringLiteral("hint"), finding.hint}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("findings"), findings}})
                                 .toJson(QJsonDocument::Indented));
}

QString sarifOutput(const ReviewResult &result, const QString &path)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const RuleInfo &rule : RuleCatalog::all()) {
        ruleIndex.insert(rule.id, int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), rule.id},
            {QStringLiteral("name"), rule.id},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), rule.title}}},
            {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), rule.hint}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), sarifLevel(rule.severity)}}}});
    }
    QString uri = path == u"-" ? QStringLiteral("stdin") : path;
    if (QFileInfo(uri).isAbsolute())
        uri = QStringLiteral("file://") + uri;
    QJsonArray results;
    for (const Finding &finding : result.findings) {
        QJsonObject object{
            {QStringLiteral("ruleId"), finding.rule},
            {QStringLiteral("level"), sarifLevel(finding.severity)},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("text"),
                          finding.hint.isEmpty()
                              ? finding.message
                              : finding.message + QStringLiteral(" Safe form: ") + finding.hint}}},
            {QStringLiteral("locations"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("physicalLocation"),
                  QJsonObject{{QStringLiteral("artifactLocation"),
                               QJsonObject{{QStringLiteral("uri"), uri}}},
                              {QStringLiteral("region"),
                               QJsonObject{{QStringLiteral("startLine"), finding.line},
                                           {QStringLiteral("startColumn"), finding.column}}}}}}}}};
        if (ruleIndex.contains(finding.rule))
            object.insert(QStringLiteral("ruleIndex"), ruleIndex.value(finding.rule));
        results.append(object);
    }
    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("column-planner")},
        {QStringLiteral("version"), QStringLiteral(COLUMN_PLANNER_VERSION)},
        {QStringLiteral("semanticVersion"), QStringLiteral(COLUMN_PLANNER_VERSION)},
        {QStringLiteral("rules"), rules}};
    const QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                          {QStringLiteral("results"), results}};
    const QJsonObject log{{QStringLiteral("$schema"),
                           QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                          {QStringLiteral("version"), QStringLiteral("2.1.0")},
                          {QStringLiteral("runs"), QJsonArray{run}}};
    return QString::fromUtf8(QJsonDocument(log).toJson(QJsonDocument::Indented));
}

} // namespace

int lintCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.sql"),
                                 Cli::tr("The SQL script to review, or - for standard input."));
    parser.addOption({QStringLiteral("format"), Cli::tr("text, json or sarif."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("server-version"),
                      Cli::tr("PostgreSQL major version, 10..18."), QStringLiteral("V"),
                      QStringLiteral("15")});
    parseOrFail(parser, args);
    const QString path = requiredPositional(parser, Cli::tr("FILE.sql (or - for standard input)"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json" && format != u"sarif")
        throw Failure{ExitUsage,
                      Cli::tr("--format must be text, json or sarif, not \"%1\"").arg(format)};
    ReviewOptions options;
    options.serverVersion = parseServerVersion(parser.value(QStringLiteral("server-version")));

    const QString display = path == u"-" ? QStringLiteral("<stdin>") : path;
    const QByteArray script = readScript(path, display);
    const ReviewResult result = Reviewer::reviewUtf8(script, options);

    if (format == u"json")
        writeOut(jsonOutput(result));
    else if (format == u"sarif")
        writeOut(sarifOutput(result, path));
    else
        writeOut(textOutput(result, display));
    return result.hasErrors() ? ExitFindings : ExitOk;
}

} // namespace cli
