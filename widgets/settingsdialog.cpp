#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *defaults = new QGroupBox(tr("Defaults for new plans"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    m_lockTimeoutMs =
        addSpin(QStringLiteral("defaultLockTimeoutMs"), 1, 600000, settings.lockTimeoutMs);
    m_targetBatchMs =
        addSpin(QStringLiteral("defaultTargetBatchMs"), 10, 60000, settings.targetBatchMs);
    m_maxLagMs = addSpin(QStringLiteral("defaultMaxReplicationLagMs"), 0, 3600000,
                         settings.maxReplicationLagMs);
    const struct
    {
        QSpinBox *spin;
        QString label;
        QString description;
    } rows[] = {
        {m_lockTimeoutMs, tr("Loc&k timeout:"),
         tr("How long a DDL statement waits for its lock before it gives up and retries, so it "
            "never queues writers behind it")},
        {m_targetBatchMs, tr("Target &batch time:"),
         tr("The backfill sizes its batches so that each takes about this long")},
        {m_maxLagMs, tr("Replication lag li&mit:"),
         tr("The backfill waits while a replica lags further behind than this")},
    };
    for (const auto &row : rows) {
        row.spin->setAccessibleName(QString(row.label).remove(u'&').remove(u':'));
        row.spin->setAccessibleDescription(row.description);
        row.spin->setToolTip(row.description);
        defaultsForm->addRow(row.label, row.spin);
    }
    auto *defaultsNote = new QLabel(
        tr("Plans you open keep their own settings; these apply to new plans."), defaults);
    defaultsNote->setWordWrap(true);
    defaultsForm->addRow(defaultsNote);
    layout->addWidget(defaults);

    auto *interface = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interface);
    m_language = new QComboBox(interface);
    m_language->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System language")
                                                 : tr("System language (%1)").arg(systemLanguage),
                        QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of the window; command-line messages follow the system locale"));
    interfaceForm->addRow(tr("&Language:"), m_language);
    auto *languageNote =
        new QLabel(tr("A new language applies when Column Planner starts again."), interface);
    languageNote->setWordWrap(true);
    interfaceForm->addRow(languageNote);
    layout->addWidget(interface);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setAccessibleDescription(tr("Puts the built-in defaults back into the form"));
    connect(restore, &QPushButton::clicked, this, [this] {
        const AppSettings builtIn;
        m_lockTimeoutMs->setValue(builtIn.lockTimeoutMs);
        m_targetBatchMs->setValue(builtIn.targetBatchMs);
        m_maxLagMs->setValue(builtIn.maxReplicationLagMs);
        m_language->setCurrentIndex(0);
    });
    layout->addWidget(buttons);
}

QSpinBox *SettingsDialog::addSpin(const QString &objectName, int minimum, int maximum, int value)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(tr(" ms"));
    spin->setGroupSeparatorShown(true);
    spin->setValue(value);
    return spin;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    result.lockTimeoutMs = m_lockTimeoutMs->value();
    result.targetBatchMs = m_targetBatchMs->value();
    result.maxReplicationLagMs = m_maxLagMs->value();
    result.language = m_language->currentData().toString();
    return result;
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Native names, so a user who cannot read the current language still finds their own.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}
