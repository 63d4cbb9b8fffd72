#pragma once
// Asks the user to type a production profile's name before an unapproved or stale plan runs
// there; OK is enabled only once the name is typed exactly. Opened with open(), never exec().

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

class ProductionConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    // approvalSummary: the plan's approval status in words ("not approved", "stale: …").
    ProductionConfirmDialog(const QString &profile, const QString &approvalSummary,
                            QWidget *parent = nullptr);

    QString typedName() const;

private:
    QString m_profile;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};
