#pragma once
// Makes text from a plan (hostile input: a teammate's file, a pull request) inert where a
// generated artefact embeds it: one-line comments, block comments, messages, dollar-quoted bodies.

#include <QString>

class InertText
{
public:
    // True for a character that ends or bends a line somewhere: C0 and C1 controls, DEL, the
    // Unicode line and paragraph separators, and the bidirectional overrides and isolates.
    static bool isControl(char32_t c);
    // The first such character of `text`, or -1.
    static qsizetype firstControl(const QString &text);
    // `text` on one line for a "--" or "#" comment: every control character written as an
    // escape (\n, \r, \t, \u2028), so no line of the comment reaches the next line. Text without
    // control characters comes back unchanged.
    static QString commentLine(const QString &text);
    // commentLine(), and "*/" broken as "* /" so a block comment cannot be closed early.
    static QString blockComment(const QString &text);
    // For an error message: escaped as commentLine(), and cut to `limit` characters with "…".
    static QString quoted(const QString &text, qsizetype limit = 80);
    // A dollar-quote tag "$stem$" (or "$stem_2$", ...) that does not occur in `body`, so the
    // body cannot end the quoted string early.
    static QString dollarTag(const QString &body, const QString &stem);
};
