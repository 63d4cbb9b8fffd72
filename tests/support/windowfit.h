#pragma once
// Whether a window still fits a small laptop screen: a widget with a large minimum size (a long
// unwrapped label, a table sized to its contents) makes the whole window grow past the screen.

#include <QApplication>
#include <QSize>
#include <QStringList>
#include <QWidget>

namespace testsupport {

inline const QSize smallScreen(1366, 768);

// Empty when `window`'s minimum size fits `screen`; else the window's minimum size and the
// visible widgets whose own minimum is wider or taller than the screen, to find the culprit.
inline QString minimumSizeBeyond(QWidget *window, QSize screen = smallScreen)
{
    QApplication::processEvents();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() <= screen.width() && minimum.height() <= screen.height())
        return {};
    QStringList culprits;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        const QSize own = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        if (widget->isVisible() && (own.width() > screen.width() || own.height() > screen.height()))
            culprits << QStringLiteral("%1 \"%2\" %3x%4")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName())
                            .arg(own.width())
                            .arg(own.height());
    }
    return QStringLiteral("window minimum %1x%2 beyond %3x%4: %5")
        .arg(minimum.width())
        .arg(minimum.height())
        .arg(screen.width())
        .arg(screen.height())
        .arg(culprits.join(QStringLiteral("; ")));
}

} // namespace testsupport
