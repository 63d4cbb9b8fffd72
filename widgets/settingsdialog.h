#pragma once
// Preferences: the defaults new plans start from (lock timeout, target batch time, replication
// lag limit) and the interface language. Works on an AppSettings value; the caller saves it.

#include "store/appsettings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    // The values as the form shows them now.
    AppSettings settings() const;
    // The languages offered besides "system": locale name and native name, English first.
    static QList<QPair<QString, QString>> languages();

private:
    QSpinBox *addSpin(const QString &objectName, int minimum, int maximum, int value);

    QSpinBox *m_lockTimeoutMs;
    QSpinBox *m_targetBatchMs;
    QSpinBox *m_maxLagMs;
    QComboBox *m_language;
};
