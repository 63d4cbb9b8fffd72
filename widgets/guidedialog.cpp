#include "guidedialog.h"

#include "i18n/translationloader.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

QString GuideDialog::sourcePath(const QString &language)
{
    const QString translated = QStringLiteral(":/guide/index.%1.html").arg(language);
    return QFile::exists(translated) ? translated : QStringLiteral(":/guide/index.html");
}

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Column Planner guide"));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setAccessibleDescription(tr("Tab moves between links, Enter follows one"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + sourcePath(TranslationLoader::uiLanguage())));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}
