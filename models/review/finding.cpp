#include "finding.h"

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("warning");
}

Severity Finding::severityFromName(const QString &name)
{
    if (name == u"error")
        return Severity::Error;
    if (name == u"info")
        return Severity::Info;
    return Severity::Warning;
}
