#include "sqleditor.h"

#include "sql/scriptrenderer.h"

#include <Qsci/qsciapis.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qscistyledtext.h>

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QTimer>

namespace {

// Style numbers for annotations, clear of the SQL lexer's styles and the predefined ones.
constexpr int PurposeStyleNumber = 100;
constexpr int EditedStyleNumber = 101;
constexpr int SeverityStyleNumber = 102;

int severityIndex(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        return 2;
    }
    return 1;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

QStringList lockSummary(const Phase &phase)
{
    QStringList locks;
    for (const Statement &statement : phase.statements)
        if (!statement.lock.isEmpty() && statement.lock != u"none" &&
            !locks.contains(statement.lock))
            locks << statement.lock;
    return locks;
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent), m_lexer(new QsciLexerSQL(this)), m_revertAction(new QAction(this)),
      m_copyPhaseAction(new QAction(this)), m_copyScriptAction(new QAction(this)),
      m_apis(new QsciAPIs(m_lexer)), m_purposeStyle(PurposeStyleNumber),
      m_editedStyle(EditedStyleNumber), m_severityStyles{QsciStyle(SeverityStyleNumber),
                                                         QsciStyle(SeverityStyleNumber + 1),
                                                         QsciStyle(SeverityStyleNumber + 2)}
{
    setObjectName(QStringLiteral("sqlEditor"));
    setAccessibleDescription(
        tr("The generated script, one fold per phase; findings are marked in the margin"));
    setAccessibleName(tr("Phased SQL script"));
    setUtf8(true);
    setLexer(m_lexer);
    // The SQL lexer would fold on BEGIN/END; phases are folded from their banners instead.
    SendScintilla(SCI_SETPROPERTY, "fold", "0");

    setMarginType(LinesMargin, NumberMargin);
    setMarginLineNumbers(LinesMargin, true);
    setMarginWidth(LinesMargin, QStringLiteral("00000"));
    setMarginMarkerMask(LinesMargin, 0);
    setMarginType(MarksMargin, SymbolMargin);
    setMarginWidth(MarksMargin, 18);
    setMarginMarkerMask(MarksMargin, (1 << ErrorMarker) | (1 << WarningMarker) | (1 << InfoMarker) |
                                         (1 << HandEditedMarker));
    setMarginSensitivity(MarksMargin, false);
    setFolding(BoxedTreeFoldStyle, FoldsMargin);
    SendScintilla(SCI_SETPROPERTY, "fold", "0");

    setAnnotationDisplay(AnnotationBoxed);
    setCaretLineVisible(true);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setBraceMatching(SloppyBraceMatch);
    setWrapMode(WrapNone);

    for (int i = 0; i < 3; ++i)
        m_indicators[i] = indicatorDefine(SquiggleIndicator);

    m_revertAction->setText(tr("&Revert phase to generated"));
    m_revertAction->setToolTip(tr(
        "Drop the hand edits of the phase under the cursor and take the SQL the compiler writes"));
    m_revertAction->setEnabled(false);
    connect(m_revertAction, &QAction::triggered, this, [this] {
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        const QString phase = phaseAt(line);
        if (isHandEdited(phase))
            Q_EMIT revertRequested(phase);
    });
    m_copyPhaseAction->setObjectName(QStringLiteral("copyPhaseAction"));
    m_copyPhaseAction->setText(tr("Copy p&hase"));
    m_copyPhaseAction->setToolTip(tr("Copy the phase under the cursor, banner and SQL"));
    m_copyScriptAction->setObjectName(QStringLiteral("copyScriptAction"));
    m_copyScriptAction->setText(tr("Copy &script"));
    m_copyScriptAction->setToolTip(tr("Copy the whole phased script"));
    connect(m_copyPhaseAction, &QAction::triggered, this, [this] {
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        if (const QString block = phaseBlock(phaseAt(line)); !block.isEmpty())
            QGuiApplication::clipboard()->setText(block);
    });
    connect(m_copyScriptAction, &QAction::triggered, this, [this] {
        if (hasScript())
            QGuiApplication::clipboard()->setText(text());
    });

    // Completion: the catalog's names (QsciAPIs) and the script's own words, as you type.
    setAutoCompletionSource(AcsAll);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    setAutoCompletionReplaceWord(true);
    setAutoCompletionUseSingle(AcusNever);
    connect(m_apis, &QsciAPIs::apiPreparationFinished, this, [this] { m_completionReady = true; });

    connect(this, &QsciScintilla::textChanged, this, &SqlEditor::onTextChanged);
    connect(this, &QsciScintilla::cursorPositionChanged, this, &SqlEditor::updateRevertAction);
    applyPalette();
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::applyPalette()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font, -1);
    m_lexer->setDefaultPaper(base);
    m_lexer->setPaper(base, -1);
    m_lexer->setDefaultColor(text);
    m_lexer->setColor(text, QsciLexerSQL::Default);
    m_lexer->setColor(text, QsciLexerSQL::Identifier);
    const QColor comment = dark ? QColor(0x8a, 0xb4, 0x8a) : QColor(0x3a, 0x7d, 0x3a);
    const QColor keyword = dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x3f, 0xa8);
    const QColor literal = dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0xa3, 0x4a, 0x00);
    const QColor number = dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x80, 0x20, 0x90);
    for (int style :
         {int(QsciLexerSQL::Comment), int(QsciLexerSQL::CommentLine), int(QsciLexerSQL::CommentDoc),
          int(QsciLexerSQL::CommentLineHash), int(QsciLexerSQL::CommentDocKeyword)})
        m_lexer->setColor(comment, style);
    for (int style : {int(QsciLexerSQL::Keyword), int(QsciLexerSQL::KeywordSet5),
                      int(QsciLexerSQL::PlusKeyword)})
        m_lexer->setColor(keyword, style);
    m_lexer->setColor(literal, QsciLexerSQL::SingleQuotedString);
    m_lexer->setColor(text, QsciLexerSQL::DoubleQuotedString);
    m_lexer->setColor(text, QsciLexerSQL::QuotedIdentifier);
    m_lexer->setColor(number, QsciLexerSQL::Number);
    m_lexer->setColor(text, QsciLexerSQL::Operator);

    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(mix(base, text, 0.06));
    setMarginsBackgroundColor(pal.color(QPalette::Window));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));

    const QColor severity[3] = {dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28),
                                dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb5, 0x6b, 0x00),
                                dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1c, 0x71, 0xd8)};
    const QColor edited = dark ? QColor(0xe0, 0x9a, 0x2a) : QColor(0xd0, 0x80, 0x00);
    const QStyle::StandardPixmap icons[3] = {QStyle::SP_MessageBoxCritical,
                                             QStyle::SP_MessageBoxWarning,
                                             QStyle::SP_MessageBoxInformation};
    for (int i = 0; i < 3; ++i) {
        markerDefine(style()->standardIcon(icons[i]).pixmap(14, 14).toImage(), ErrorMarker + i);
        setIndicatorForegroundColor(severity[i], m_indicators[i]);
        m_severityStyles[i].setColor(text);
        m_severityStyles[i].setPaper(mix(base, severity[i], 0.18));
        m_severityStyles[i].setFont(font);
    }
    markerDefine(LeftRectangle, HandEditedMarker);
    setMarkerBackgroundColor(edited, HandEditedMarker);
    setMarkerForegroundColor(edited, HandEditedMarker);

    QFont small = font;
    small.setItalic(true);
    m_purposeStyle.setColor(mix(text, base, 0.25));
    m_purposeStyle.setPaper(mix(base, text, 0.07));
    m_purposeStyle.setFont(small);
    m_editedStyle.setColor(text);
    m_editedStyle.setPaper(mix(base, edited, 0.25));
    m_editedStyle.setFont(small);
    refreshDecorations();
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void SqlEditor::showScript(const Script &script, const Script &generated,
                           const QStringList &outdated)
{
    m_generated.clear();
    m_about.clear();
    for (const Phase &phase : generated.phases) {
        RenderOptions options;
        options.phase = phase.name;
        options.header = false;
        m_generated.insert(phase.name, ScriptOutline::bodyOfRenderedPhase(
                                           ScriptRenderer::render(generated, options)));
        const QStringList locks = lockSummary(phase);
        QString about = tr("▸ %n statement(s)", nullptr, int(phase.statements.size()));
        if (!locks.isEmpty())
            about += tr(" · locks: %1").arg(locks.join(QStringLiteral(", ")));
        about += QStringLiteral(" · ") + phase.purpose;
        m_about.insert(phase.name, about);
    }
    m_outdated = outdated;
    setReadOnly(false);
    setDocumentText(ScriptRenderer::render(script));
}

void SqlEditor::showPlaceholder(const QString &text)
{
    m_generated.clear();
    m_about.clear();
    m_outdated.clear();
    QString comment;
    for (const QString &line : text.split(u'\n'))
        comment += QStringLiteral("-- %1\n").arg(line);
    setDocumentText(comment);
    setReadOnly(true);
}

void SqlEditor::setDocumentText(const QString &text)
{
    if (text != this->text()) {
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        const int firstVisible = firstVisibleLine();
        m_settingText = true;
        setText(text);
        // Generated text is no user edit: undo must never bring back an older script.
        SendScintilla(SCI_EMPTYUNDOBUFFER);
        m_settingText = false;
        setCursorPosition(qMin(line, lines() - 1), index);
        setFirstVisibleLine(firstVisible);
    }
    m_sections = ScriptOutline::parse(text);
    m_layout = layoutKey(text);
    m_shown.clear();
    const QStringList textLines = text.split(u'\n');
    for (const PhaseSection &section : m_sections)
        m_shown.insert(section.name,
                       ScriptOutline::normalized(ScriptOutline::body(textLines, section)));
    refreshDecorations();
}

QString SqlEditor::layoutKey(const QString &text) const
{
    // The generated frame of a script: the header and every banner line, in order.
    const QStringList textLines = text.split(u'\n');
    const QList<PhaseSection> sections = ScriptOutline::parse(text);
    QStringList key;
    const int headerEnd = sections.isEmpty() ? 0 : sections.first().bannerLine;
    for (int i = 0; i < headerEnd; ++i)
        key << textLines.at(i);
    for (const PhaseSection &section : sections)
        key << textLines.at(section.bannerLine);
    return key.join(u'\n');
}

void SqlEditor::onTextChanged()
{
    if (m_settingText || m_sections.isEmpty())
        return;
    const QString current = text();
    if (layoutKey(current) != m_layout) {
        // A banner or the header was changed (paste, line commands...): take that edit back.
        if (!m_undoPending) {
            m_undoPending = true;
            QTimer::singleShot(0, this, [this] {
                m_undoPending = false;
                undo();
            });
            Q_EMIT editProblem(
                tr("The header and the phase banners are generated and cannot be edited: "
                   "change the SQL under a banner."));
        }
        return;
    }
    Q_EMIT editProblem(QString());
    m_sections = ScriptOutline::parse(current);
    const QStringList textLines = current.split(u'\n');
    for (const PhaseSection &section : std::as_const(m_sections)) {
        const QString body = ScriptOutline::normalized(ScriptOutline::body(textLines, section));
        if (body == m_shown.value(section.name))
            continue;
        m_shown.insert(section.name, body);
        if (body == m_generated.value(section.name)) {
            m_outdated.removeAll(section.name);
            Q_EMIT phaseRestored(section.name);
        } else {
            Q_EMIT phaseEdited(section.name, body);
        }
    }
    refreshDecorations();
}

QString SqlEditor::phaseText(const QString &phase) const
{
    return m_shown.value(phase);
}

bool SqlEditor::isHandEdited(const QString &phase) const
{
    return m_shown.contains(phase) && m_generated.contains(phase) &&
           m_shown.value(phase) != m_generated.value(phase);
}

QStringList SqlEditor::handEditedPhases() const
{
    QStringList out;
    for (const PhaseSection &section : m_sections)
        if (isHandEdited(section.name))
            out << section.name;
    return out;
}

QString SqlEditor::phaseAt(int line) const
{
    for (const PhaseSection &section : m_sections)
        if (line >= section.bannerLine && line <= qMax(section.lastLine, section.bannerLine))
            return section.name;
    return {};
}

int SqlEditor::bannerLine(const QString &phase) const
{
    for (const PhaseSection &section : m_sections)
        if (section.name == phase)
            return section.bannerLine;
    return -1;
}

QString SqlEditor::annotationAt(int line) const
{
    return annotation(line);
}

bool SqlEditor::isProtectedLine(int line) const
{
    if (m_sections.isEmpty())
        return false;
    if (line < m_sections.first().bannerLine)
        return true;
    for (const PhaseSection &section : m_sections)
        if (section.bannerLine == line)
            return true;
    return false;
}

void SqlEditor::applyFoldLevels()
{
    const int count = lines();
    const int firstBanner = m_sections.isEmpty() ? count : m_sections.first().bannerLine;
    for (int line = 0; line < count; ++line) {
        int level = SC_FOLDLEVELBASE;
        if (line >= firstBanner)
            level = isProtectedLine(line) ? (SC_FOLDLEVELBASE | SC_FOLDLEVELHEADERFLAG)
                                          : SC_FOLDLEVELBASE + 1;
        if (int(SendScintilla(SCI_GETFOLDLEVEL, line)) != level)
            SendScintilla(SCI_SETFOLDLEVEL, line, level);
    }
}

void SqlEditor::setPhaseFolded(const QString &phase, bool folded)
{
    const int line = bannerLine(phase);
    if (line < 0)
        return;
    SendScintilla(SCI_FOLDLINE, line, folded ? SC_FOLDACTION_CONTRACT : SC_FOLDACTION_EXPAND);
}

bool SqlEditor::isPhaseFolded(const QString &phase) const
{
    const int line = bannerLine(phase);
    return line >= 0 && !SendScintilla(SCI_GETFOLDEXPANDED, line);
}

int SqlEditor::indicatorFor(Severity severity) const
{
    return m_indicators[severityIndex(severity)];
}

void SqlEditor::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    refreshDecorations();
}

int SqlEditor::statementEndLine(int line) const
{
    // The statement ends on the first line (from `line` on) that ends in ";" outside a comment,
    // and never past its phase.
    const QString phase = phaseAt(line);
    int limit = lines() - 1;
    for (const PhaseSection &section : m_sections)
        if (section.name == phase)
            limit = section.lastLine;
    for (int i = line; i <= limit && i < line + 500; ++i) {
        const QString trimmed = text(i).trimmed();
        if (trimmed.endsWith(u';') && !trimmed.startsWith(QStringLiteral("--")))
            return i;
    }
    return line;
}

void SqlEditor::refreshDecorations()
{
    applyFoldLevels();
    markerDeleteAll(-1);
    clearIndicatorRange(0, 0, qMax(0, lines() - 1), lineLength(qMax(0, lines() - 1)), -1);
    clearAnnotations();

    QHash<int, QList<QPair<QString, const QsciStyle *>>> notes;
    for (const PhaseSection &section : std::as_const(m_sections)) {
        if (isHandEdited(section.name)) {
            for (int line = section.bannerLine; line <= qMax(section.lastLine, section.bannerLine);
                 ++line)
                markerAdd(line, HandEditedMarker);
            QString note =
                tr("✎ Hand-edited: this phase differs from what the compiler writes; the plan "
                   "keeps it as "
                   "an override. Right-click › Revert phase to generated to drop the edits.");
            if (m_outdated.contains(section.name))
                note += u'\n' + tr("The form changed this phase's generated SQL since it was "
                                   "edited: review the edit "
                                   "or revert it.");
            notes[section.bannerLine] << qMakePair(note, &m_editedStyle);
        } else if (m_about.contains(section.name)) {
            notes[section.bannerLine] << qMakePair(m_about.value(section.name), &m_purposeStyle);
        }
    }
    const int lastLine = lines() - 1;
    for (const Finding &finding : std::as_const(m_findings)) {
        const int line = finding.line - 1;
        if (line < 0 || line > lastLine)
            continue;
        const int index = severityIndex(finding.severity);
        markerAdd(line, ErrorMarker + index);
        const int endLine = statementEndLine(line);
        fillIndicatorRange(line, qMax(0, finding.column - 1), endLine, lineLength(endLine),
                           m_indicators[index]);
        QString message =
            QStringLiteral("%1: %2").arg(Finding::severityName(finding.severity), finding.message);
        if (!finding.hint.isEmpty())
            message += u'\n' + tr("hint: %1").arg(finding.hint);
        if (!finding.rule.isEmpty())
            message += QStringLiteral(" [%1]").arg(finding.rule);
        notes[line] << qMakePair(message, &m_severityStyles[index]);
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        // Styled parts are concatenated: separate them by line breaks.
        QList<QsciStyledText> parts;
        for (int i = 0; i < it.value().size(); ++i) {
            const bool last = i == it.value().size() - 1;
            parts << QsciStyledText(last ? it.value().at(i).first : it.value().at(i).first + u'\n',
                                    *it.value().at(i).second);
        }
        annotate(it.key(), parts);
    }
    updateRevertAction();
}

void SqlEditor::setCompletionCatalog(const Catalog &catalog)
{
    QStringList words;
    for (const TableInfo &table : catalog.tables) {
        words << table.name;
        for (const ColumnInfo &column : table.columns)
            words << column.name;
    }
    for (const QString &type : catalog.typeNames)
        words << type.section(u'(', 0, 0).trimmed();
    words << catalog.functionNames;
    words.removeDuplicates();
    m_completionReady = false;
    m_apis->cancelPreparation();
    m_apis->clear();
    for (const QString &word : std::as_const(words))
        if (!word.isEmpty() && !word.contains(u' ')) // QsciAPIs entries are single words
            m_apis->add(word);
    m_apis->prepare();
}

QString SqlEditor::phaseBlock(const QString &phase) const
{
    for (const PhaseSection &section : m_sections) {
        if (section.name != phase)
            continue;
        QStringList block;
        for (int line = section.bannerLine; line <= qMax(section.lastLine, section.bannerLine);
             ++line)
            block << text(line).remove(u'\r').remove(u'\n');
        while (block.size() > 1 && block.last().trimmed().isEmpty())
            block.removeLast();
        return block.join(u'\n') + u'\n';
    }
    return {};
}

void SqlEditor::updatePhaseActions()
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const QString phase = phaseAt(line);
    m_copyPhaseAction->setEnabled(!phase.isEmpty());
    m_copyPhaseAction->setText(phase.isEmpty() ? tr("Copy p&hase")
                                               : tr("Copy p&hase “%1”").arg(phase));
    m_copyScriptAction->setEnabled(hasScript());
}

void SqlEditor::updateRevertAction()
{
    updatePhaseActions();
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const QString phase = phaseAt(line);
    const bool edited = isHandEdited(phase);
    m_revertAction->setEnabled(edited && !isReadOnly());
    m_revertAction->setText(edited ? tr("&Revert phase “%1” to generated").arg(phase)
                                   : tr("&Revert phase to generated"));
}

bool SqlEditor::keyTouchesProtectedText(const QKeyEvent *event) const
{
    if (m_sections.isEmpty() || isReadOnly())
        return false;
    // Keys that only move, select, copy or zoom never change the frame.
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::SelectAll) ||
        event->matches(QKeySequence::ZoomIn) || event->matches(QKeySequence::ZoomOut))
        return false;
    static const QSet<int> navigation = {
        Qt::Key_Left, Qt::Key_Right,  Qt::Key_Up,       Qt::Key_Down,  Qt::Key_Home,
        Qt::Key_End,  Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Shift, Qt::Key_Control,
        Qt::Key_Alt,  Qt::Key_Meta,   Qt::Key_Escape};
    if (navigation.contains(event->key()))
        return false;
    if (event->text().isEmpty() && !(event->modifiers() & Qt::ControlModifier) &&
        event->key() != Qt::Key_Backspace && event->key() != Qt::Key_Delete)
        return false;

    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom < 0) {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
        indexTo = indexFrom;
        if (event->key() == Qt::Key_Backspace && indexFrom == 0 && lineFrom > 0)
            return isProtectedLine(lineFrom) || isProtectedLine(lineFrom - 1);
        if (event->key() == Qt::Key_Delete &&
            indexFrom >= text(lineFrom).length() - (text(lineFrom).endsWith(u'\n') ? 1 : 0))
            return isProtectedLine(lineFrom) || isProtectedLine(lineFrom + 1);
    }
    for (int line = lineFrom; line <= lineTo; ++line)
        if (isProtectedLine(line))
            return true;
    return false;
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (keyTouchesProtectedText(event)) {
        Q_EMIT editProblem(
            tr("The header and the phase banners are generated and cannot be edited: "
               "change the SQL under a banner."));
        event->accept();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void SqlEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int line =
        int(SendScintilla(SCI_LINEFROMPOSITION, SendScintilla(SCI_POSITIONFROMPOINT,
                                                              event->pos().x(), event->pos().y())));
    const QString phase = phaseAt(line);
    if (!phase.isEmpty()) {
        setCursorPosition(line, 0);
        updateRevertAction();
        menu->addSeparator();
        menu->addAction(m_copyPhaseAction);
        menu->addAction(m_copyScriptAction);
        menu->addAction(m_revertAction);
        const bool folded = isPhaseFolded(phase);
        menu->addAction(folded ? tr("&Unfold phase “%1”").arg(phase)
                               : tr("&Fold phase “%1”").arg(phase),
                        this, [this, phase, folded] { setPhaseFolded(phase, !folded); });
    }
    menu->popup(event->globalPos());
}
