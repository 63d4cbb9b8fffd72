#pragma once
// Adds what the review models leave to the view: severity icons from the style, and a background
// on lock cells tinted by how much the lock blocks, blended into the view's palette so it reads
// in light and dark themes.

#include <QIdentityProxyModel>
#include <QPalette>

class ReviewDecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit ReviewDecorationProxy(QObject *parent = nullptr);

    void setPalette(const QPalette &palette);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The tint of a block level (0..3) over `base`: none, yellow, orange, red at growing strength.
    static QColor tint(int level, const QColor &base);

private:
    QPalette m_palette;
};
