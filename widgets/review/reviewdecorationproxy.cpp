#include "reviewdecorationproxy.h"

#include "items/reviewroles.h"
#include "review/finding.h"

#include <QApplication>
#include <QStyle>

ReviewDecorationProxy::ReviewDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent), m_palette(QApplication::palette())
{
}

void ReviewDecorationProxy::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

QColor ReviewDecorationProxy::tint(int level, const QColor &base)
{
    if (level <= 0)
        return {};
    static const QColor hues[] = {QColor(), QColor(230, 190, 0), QColor(240, 120, 0),
                                  QColor(220, 30, 30)};
    const double strength = 0.18 + 0.10 * level; // stronger as it blocks more
    const QColor hue = hues[std::min(level, 3)];
    return QColor::fromRgbF(float(base.redF() * (1 - strength) + hue.redF() * strength),
                            float(base.greenF() * (1 - strength) + hue.greenF() * strength),
                            float(base.blueF() * (1 - strength) + hue.blueF() * strength));
}

QVariant ReviewDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QVariant severity = QIdentityProxyModel::data(index, ReviewRoles::SeverityRole);
        if (severity.isValid()) {
            QStyle *style = QApplication::style();
            switch (Severity(severity.toInt())) {
            case Severity::Error:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case Severity::Warning:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case Severity::Info:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            }
        }
    } else if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        const QVariant level = QIdentityProxyModel::data(index, ReviewRoles::BlockLevelRole);
        if (level.isValid() && level.toInt() > 0) {
            if (role == Qt::BackgroundRole)
                return tint(level.toInt(), m_palette.color(QPalette::Base));
            return m_palette.color(QPalette::Text);
        }
    }
    return QIdentityProxyModel::data(index, role);
}
