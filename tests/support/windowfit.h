#pragma once
// Whether a window still fits a small laptop screen: a widget with a large minimum size (a long
// unwrapped label, a table sized to its contents) makes the whole window grow past the screen.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
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

inline const QSize laptopScreen(1280, 800);

// What a user works with: buttons, fields, spin boxes, lists and editors, charts. Not the parts
// of another control (a spin box's line edit, a view's header, a scroll bar).
inline bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent))
            return false;
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           (qobject_cast<const QAbstractScrollArea *>(widget) && !widget->inherits("QScrollArea"));
}

inline QString describe(const QWidget *widget)
{
    QString text = widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && text.isEmpty())
        text = button->text();
    if (text.isEmpty())
        text = widget->accessibleName();
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text);
}

// A dock tabbed behind another is reached by its tab: Qt moves it out of the window meanwhile.
inline bool isBehindDockTab(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *parent = widget; parent && parent != window;
         parent = parent->parentWidget())
        if (const auto *dock = qobject_cast<const QDockWidget *>(parent);
            dock && !dock->isFloating() &&
            !QRect(parent->mapTo(window, QPoint(0, 0)), parent->size()).intersects(window->rect()))
            return true;
    return false;
}

// Empty when every visible control of `window` can be reached as it is shown: whole inside the
// window and inside every parent up to the window (not cut by a splitter pane, a dock or a
// squeezed layout), or inside a scroll area that is itself whole and that shows the control by
// scrolling down, not sideways. Else one line per control out of reach. The window is resized
// to `screen`.
inline QStringList unreachableControls(QWidget *window, QSize screen = laptopScreen)
{
    window->resize(screen);
    // Layouts settle in a few rounds (a scroll bar appearing narrows what is inside it).
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    QStringList out;
    const QSize shown = window->size();
    if (shown.width() > screen.width() || shown.height() > screen.height())
        out << QStringLiteral("the window is %1x%2, beyond %3x%4")
                   .arg(shown.width())
                   .arg(shown.height())
                   .arg(screen.width())
                   .arg(screen.height());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isControl(widget) || widget->window() != window ||
            isBehindDockTab(widget, window))
            continue;
        if (widget->width() <= 0 || widget->height() <= 0) {
            out << describe(widget) + QStringLiteral(" has no room (size %1x%2)")
                                          .arg(widget->width())
                                          .arg(widget->height());
            continue;
        }
        // The part that must be seen, in the coordinates of the widget being checked against.
        QRect needed(widget->mapTo(window, QPoint(0, 0)), widget->size());
        for (QWidget *parent = widget->parentWidget(); parent;
             parent = parent == window ? nullptr : parent->parentWidget()) {
            const QRect area(parent->mapTo(window, QPoint(0, 0)), parent->size());
            auto *scroll = qobject_cast<QScrollArea *>(parent->parentWidget());
            if (scroll && scroll->viewport() == parent && scroll->widget()) {
                // Scrolled into view when it fits the viewport and lies within its width (a
                // control reached only by scrolling sideways is off the screen for the user).
                const QRect content(scroll->widget()->mapTo(window, QPoint(0, 0)),
                                    scroll->widget()->size());
                if (needed.height() > area.height() || needed.left() < area.left() ||
                    needed.right() > area.right() || content.width() > area.width()) {
                    out << describe(widget) +
                               QStringLiteral(" at %1,%2 %3x%4 is beyond its scroll area at "
                                              "%5,%6 %7x%8 (content %9 wide)")
                                   .arg(needed.x())
                                   .arg(needed.y())
                                   .arg(needed.width())
                                   .arg(needed.height())
                                   .arg(area.x())
                                   .arg(area.y())
                                   .arg(area.width())
                                   .arg(area.height())
                                   .arg(content.width());
                    break;
                }
                needed = area;
                continue;
            }
            if (!area.contains(needed)) {
                out << describe(widget) +
                           QStringLiteral(" at %1,%2 %3x%4 is cut off by %5 at %6,%7 %8x%9")
                               .arg(needed.x())
                               .arg(needed.y())
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(describe(parent))
                               .arg(area.x())
                               .arg(area.y())
                               .arg(area.width())
                               .arg(area.height());
                break;
            }
        }
    }
    return out;
}

} // namespace testsupport
