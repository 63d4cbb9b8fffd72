#pragma once
// Where each phase of a rendered script sits: finds the banner comments ScriptRenderer writes
// ("-- ===== phase 2/4: backfill — ... =====") and the body lines under each.

#include <QList>
#include <QString>
#include <QStringList>

struct PhaseSection
{
    QString name;       // expand, backfill, enforce, verify
    int bannerLine = 0; // 0-based line of the banner comment
    int firstLine = 0;  // first body line (bannerLine + 1)
    int lastLine = -1;  // last body line, inclusive; < firstLine when the body is empty
};

class ScriptOutline
{
public:
    // The phases of `text` in order; empty when it holds no banner.
    static QList<PhaseSection> parse(const QString &text);
    // The phase name when `line` is a phase banner, else an empty string.
    static QString bannerPhase(const QString &line);
    // The body of a section as written, without the blank line the renderer puts before the
    // next banner.
    static QString body(const QStringList &lines, const PhaseSection &section);
    // A body compared and stored as the plan's override: trailing blank space trimmed, one
    // final newline.
    static QString normalized(const QString &body);
    // The body ScriptRenderer writes for one phase of a rendered single-phase text (its banner
    // dropped).
    static QString bodyOfRenderedPhase(const QString &renderedPhase);
};
