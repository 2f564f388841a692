// SPDX-License-Identifier: GPL-2.0-or-later
// The command panel offscreen against the saved QEMU 7.2 schema: schema problems underlined in
// the editor (warnings that leave Send on), their tooltips and status line, and the argument
// form that writes the editor's JSON and follows it back.
#include "argumentformpanel.h"
#include "commandeditor.h"
#include "commandpanel.h"
#include "guiresources.h"
#include "qmpclient.h"
#include "schemacompletionsource.h"

#include "../unit/schema/schematestdata.h"

#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every text through tr() comes out marked, so a test sees what was retranslated and what not.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return u"\u00bb"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// Declared before any raw string literal: moc's lexer does not follow those.
class tst_CommandPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void diagnostics_data();
    void diagnostics();
    void syntaxErrorStopsSend();
    void diagnosticTooltip();
    void diagnosticsFollowTheSchema();
    void completionShowsTypes();
    void completionHidesOnSend();
    void completionHidesOnFocusLossAndEscape();
    void formWritesEditor();
    void editorFillsForm();
    void formChoosesCommand();
    void formGrowsWithUnionTag();
    void formFrozenWhileInvalid();
    void formInHmpMode();
    void formHiddenInHmpMode();
    void languageSwitchRetranslatesStatusAndReturns();

private:
    void type(const QString &text);
    QmpValue editorMessage() const;

    CommandPanel *m_panel = nullptr;
    SchemaCompletionSource *m_source = nullptr;
};

void tst_CommandPanel::initTestCase()
{
    initGuiResources();
}

void tst_CommandPanel::init()
{
    m_source = new SchemaCompletionSource;
    m_source->setSchema(savedSchema());
    m_panel = new CommandPanel;
    m_panel->resize(1400, 400);
    m_panel->setSchemaSource(m_source);
    m_panel->setTargetReady(true);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void tst_CommandPanel::cleanup()
{
    delete m_panel;
    delete m_source;
}

void tst_CommandPanel::type(const QString &text)
{
    m_panel->editor()->setPlainText(text);
}

QmpValue tst_CommandPanel::editorMessage() const
{
    return m_panel->editor()->result().message;
}

void tst_CommandPanel::diagnostics_data()
{
    // « » mark the span the editor underlines.
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown command") << u"«query-nothing»"_s << u"unknown command"_s;
    QTest::newRow("unknown key") << u"device_del id=k «force»=true"_s << u"unknown key 'force'"_s;
    QTest::newRow("missing key") << u"{\"execute\": «\"device_del\"»}"_s << u"id"_s;
    QTest::newRow("wrong type") << u"{\"execute\": \"set_link\", \"arguments\": {\"name\": «5», \"up\": true}}"_s
                                << u"expected str"_s;
    QTest::newRow("enum value") << u"{\"execute\": \"screendump\", \"arguments\": {\"filename\": \"f\", \"format\": «\"gif\"»}}"_s
                                << u"'gif' is not one of"_s;
    QTest::newRow("exec-oob") << u"{«\"exec-oob\"»: \"stop\"}"_s << u"out of band"_s;
}

void tst_CommandPanel::diagnostics()
{
    QFETCH(QString, marked);
    QFETCH(QString, messagePart);
    const qsizetype start = marked.indexOf(u'«');
    const qsizetype end = marked.indexOf(u'»') - 1;
    QString text = marked;
    text.remove(u'«').remove(u'»');
    type(text);

    CommandEditor *editor = m_panel->editor();
    QVERIFY(editor->result().isValid());
    QCOMPARE(editor->diagnostics().size(), 1);
    const SchemaDiagnostic d = editor->diagnostics().first();
    QVERIFY2(d.message.contains(messagePart), qPrintable(d.message));
    QCOMPARE(text.mid(d.start, d.length), text.mid(start, end - start));

    // Drawn as a wavy underline under that very span.
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &s : editor->extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && s.cursor.selectionStart() == d.start
            && s.cursor.selectionEnd() == d.start + d.length)
            underlined = true;
    }
    QVERIFY(underlined);

    // A warning: the status line says so, and Send stays on because QEMU decides.
    QVERIFY2(m_panel->statusText().contains(d.message), qPrintable(m_panel->statusText()));
    QVERIFY(m_panel->statusText().contains(u"you can still send"_s));
    QVERIFY(m_panel->canSend());
    QVERIFY(m_panel->findChild<QToolButton *>(u"sendButton"_s)->toolTip().contains(u"last word"_s));
    QCOMPARE(editor->accessibleDescription(), d.message);
}

void tst_CommandPanel::syntaxErrorStopsSend()
{
    type(u"{\"execute\": "_s);
    QVERIFY(!m_panel->canSend());
    QVERIFY(m_panel->editor()->diagnostics().isEmpty());
    type(u"query-status"_s);
    QVERIFY(m_panel->canSend());
    QCOMPARE(m_panel->statusText(), u"Valid: query-status"_s);
}

void tst_CommandPanel::diagnosticTooltip()
{
    const QString text = u"device_del id=k force=true"_s;
    type(text);
    CommandEditor *editor = m_panel->editor();
    QTextCursor onToken(editor->document());
    onToken.setPosition(int(text.indexOf(u"force"_s)) + 2);
    const QPoint where = editor->cursorRect(onToken).center();
    QHelpEvent over(QEvent::ToolTip, where, editor->viewport()->mapToGlobal(where));
    QApplication::sendEvent(editor->viewport(), &over);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"unknown key 'force'"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // The status line follows the cursor from problem to problem.
    type(u"device_del id=k force=true bogus=1"_s);
    QCOMPARE(editor->diagnostics().size(), 2);
    QTextCursor c = editor->textCursor();
    c.setPosition(int(editor->toPlainText().indexOf(u"bogus"_s)) + 1);
    editor->setTextCursor(c);
    QVERIFY2(m_panel->statusText().contains(u"'bogus'"_s), qPrintable(m_panel->statusText()));
    QVERIFY(m_panel->statusText().contains(u"1 more"_s));
}

void tst_CommandPanel::diagnosticsFollowTheSchema()
{
    type(u"device_del id=k force=true"_s);
    QCOMPARE(m_panel->editor()->diagnostics().size(), 1);
    m_source->setSchema({}); // a reconnect: the schema is loading
    QVERIFY(m_panel->editor()->diagnostics().isEmpty());
    QCOMPARE(m_panel->statusText(), u"Valid: device_del"_s);
    m_source->setSchema(savedSchema());
    QCOMPARE(m_panel->editor()->diagnostics().size(), 1);
}

void tst_CommandPanel::completionShowsTypes()
{
    CommandEditor *editor = m_panel->editor();
    editor->setFocus();
    type(u"device_del "_s);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
    QCompleter *completer = editor->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    const QAbstractItemModel *shown = completer->completionModel();
    QCOMPARE(shown->rowCount(), 1);
    // The popup says the key's type and that it is required; the word alone is what goes in.
    QCOMPARE(shown->index(0, 0).data(Qt::UserRole).toString(), u"id="_s);
    QVERIFY2(shown->index(0, 0).data().toString().contains(u"str, required"_s), qPrintable(shown->index(0, 0).data().toString()));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), u"device_del id="_s);
}

void tst_CommandPanel::completionHidesOnSend()
{
    CommandEditor *editor = m_panel->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"query-sta"_s);
    QAbstractItemView *popup = editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QSignalSpy sent(m_panel, &CommandPanel::sendRequested);
    // While the popup is up it has the keyboard, as it has for a person.
    QTest::keyClick(popup, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QVERIFY(!popup->isVisible());
    QCOMPARE(editor->toPlainText(), u"query-sta"_s); // what was typed is what went

    // The Send button (or the menu's Send) closes it too.
    QTest::keyClicks(editor, u"t"_s);
    QTRY_VERIFY(popup->isVisible());
    m_panel->send();
    QCOMPARE(sent.size(), 2);
    QVERIFY(!popup->isVisible());
}

void tst_CommandPanel::completionHidesOnFocusLossAndEscape()
{
    auto *other = new QLineEdit(m_panel);
    other->show();
    CommandEditor *editor = m_panel->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"query-sta"_s);
    QAbstractItemView *popup = editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(editor->toPlainText(), u"query-sta"_s);

    QTest::keyClicks(editor, u"t"_s);
    QTRY_VERIFY(popup->isVisible());
    other->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(!popup->isVisible());
}

void tst_CommandPanel::formWritesEditor()
{
    type(u"{\"execute\": \"dump-guest-memory\"}"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    QCOMPARE(form->command(), u"dump-guest-memory"_s);

    auto *paging = qobject_cast<QCheckBox *>(form->fieldEditor(u"paging"_s));
    QVERIFY(paging);
    QTest::mouseClick(paging, Qt::LeftButton);
    QCOMPARE(QString::fromUtf8(editorMessage().toJson()), uR"({"execute":"dump-guest-memory","arguments":{"paging":true}})"_s);

    auto *begin = qobject_cast<QLineEdit *>(form->fieldEditor(u"begin"_s));
    QVERIFY(begin);
    QTest::keyClicks(begin, u"18446744073709551615"_s);
    QCOMPARE(editorMessage().value(u"arguments").value(u"begin"), QmpValue(quint64(18446744073709551615ULL)));
    QVERIFY(form->fieldSwitch(u"begin"_s)->isChecked());
    QCOMPARE(begin->text(), u"18446744073709551615"_s); // the echo left the field as typed

    auto *protocol = qobject_cast<QLineEdit *>(form->fieldEditor(u"protocol"_s));
    QTest::keyClicks(protocol, u"file:/tmp/dump"_s);

    auto *format = qobject_cast<QComboBox *>(form->fieldEditor(u"format"_s));
    QVERIFY(format);
    format->setCurrentIndex(format->findText(u"kdump-zlib"_s));
    Q_EMIT format->activated(format->currentIndex());

    QCOMPARE(QString::fromUtf8(editorMessage().toJson()),
             uR"({"execute":"dump-guest-memory","arguments":{"paging":true,"protocol":"file:/tmp/dump","begin":18446744073709551615,"format":"kdump-zlib"}})"_s);
    QVERIFY(m_panel->editor()->diagnostics().isEmpty());

    // A bad integer is marked in the form and never reaches the editor.
    QTest::keyClick(begin, Qt::Key_A);
    QVERIFY(!begin->toolTip().contains(u"begin:"_s));
    QCOMPARE(editorMessage().value(u"arguments").value(u"begin"), QmpValue(quint64(18446744073709551615ULL)));

    // Blank means left out; unticking leaves a key out too.
    begin->selectAll();
    QTest::keyClick(begin, Qt::Key_Delete);
    QVERIFY(!editorMessage().value(u"arguments").contains(u"begin"));
    QVERIFY(!form->fieldSwitch(u"begin"_s)->isChecked());
    QTest::mouseClick(form->fieldSwitch(u"format"_s), Qt::LeftButton);
    QVERIFY(!editorMessage().value(u"arguments").contains(u"format"));

    // One edit: Ctrl+Z in the editor takes the form's last write back.
    m_panel->editor()->undo();
    QCOMPARE(editorMessage().value(u"arguments").value(u"format"), QmpValue(u"kdump-zlib"_s));
    QCOMPARE(format->currentText(), u"kdump-zlib"_s);
}

void tst_CommandPanel::editorFillsForm()
{
    type(uR"({"execute": "dump-guest-memory", "arguments": {"paging": true, "protocol": "fd:dump", "length": -5, "format": "elf"}})"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    QVERIFY(qobject_cast<QCheckBox *>(form->fieldEditor(u"paging"_s))->isChecked());
    QCOMPARE(qobject_cast<QLineEdit *>(form->fieldEditor(u"protocol"_s))->text(), u"fd:dump"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(form->fieldEditor(u"length"_s))->text(), u"-5"_s);
    QCOMPARE(qobject_cast<QComboBox *>(form->fieldEditor(u"format"_s))->currentText(), u"elf"_s);
    QVERIFY(form->fieldSwitch(u"length"_s)->isChecked());
    QVERIFY(!form->fieldSwitch(u"detach"_s)->isChecked());
    QVERIFY(!form->fieldSwitch(u"begin"_s)->isChecked());
    QCOMPARE(form->commandCombo()->currentText(), u"dump-guest-memory"_s);

    // The short form too; and a value of the wrong kind is shown and marked.
    type(u"dump-guest-memory paging=false protocol=fd:x begin=abc"_s);
    QVERIFY(!qobject_cast<QCheckBox *>(form->fieldEditor(u"paging"_s))->isChecked());
    QVERIFY(form->fieldSwitch(u"paging"_s)->isChecked());
    QCOMPARE(qobject_cast<QLineEdit *>(form->fieldEditor(u"begin"_s))->text(), u"\"abc\""_s);
    QVERIFY(!form->fieldEditor(u"begin"_s)->toolTip().startsWith(u"begin:"_s));
    QVERIFY(!form->fieldSwitch(u"format"_s)->isChecked());
    QCOMPARE(qobject_cast<QComboBox *>(form->fieldEditor(u"format"_s))->currentIndex(), -1);

    // An enum value the schema does not have is shown, marked, not passed off as unset.
    type(u"dump-guest-memory paging=false protocol=fd:x format=gif"_s);
    auto *format = qobject_cast<QComboBox *>(form->fieldEditor(u"format"_s));
    QCOMPARE(format->currentIndex(), -1);
    QVERIFY(format->placeholderText().contains(u"gif"_s));
    QVERIFY(format->toolTip().contains(u"gif"_s));
    QVERIFY(form->fieldSwitch(u"format"_s)->isChecked());

    // The return type is described.
    type(u"query-status"_s);
    QVERIFY(form->fieldEditor(u"paging"_s) == nullptr);
    const auto *returns = form->findChild<QLabel *>(u"argumentFormReturns"_s);
    QVERIFY(returns->text().contains(u"running: bool"_s));
}

void tst_CommandPanel::formChoosesCommand()
{
    ArgumentFormPanel *form = m_panel->argumentForm();
    QComboBox *commands = form->commandCombo();
    QVERIFY(commands->count() > 100);
    // The box may be narrow; its list is wide enough for the longest name.
    const int longest = commands->view()->fontMetrics().horizontalAdvance(u"block-dirty-bitmap-disable"_s);
    QVERIFY2(commands->view()->minimumWidth() > longest, qPrintable(QString::number(commands->view()->minimumWidth())));
    commands->setCurrentIndex(commands->findText(u"set_link"_s));
    Q_EMIT commands->activated(commands->currentIndex());
    QCOMPARE(QString::fromUtf8(editorMessage().toJson()), uR"({"execute":"set_link"})"_s);
    QVERIFY(form->fieldEditor(u"up"_s));
    // The form names both required keys; the editor says what is missing, as a warning.
    QVERIFY(form->fieldSwitch(u"name"_s)->text().endsWith(u'*'));
    QVERIFY(!m_panel->editor()->diagnostics().isEmpty());
    QVERIFY(m_panel->canSend());
}

void tst_CommandPanel::formGrowsWithUnionTag()
{
    type(u"{\"execute\": \"blockdev-add\"}"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    QVERIFY(!form->fieldEditor(u"filename"_s));
    auto *driver = qobject_cast<QComboBox *>(form->fieldEditor(u"driver"_s));
    QVERIFY(driver);
    driver->setCurrentIndex(driver->findText(u"file"_s));
    Q_EMIT driver->activated(driver->currentIndex());
    QCOMPARE(editorMessage().value(u"arguments").value(u"driver"), QmpValue(u"file"_s));
    QVERIFY(form->fieldEditor(u"filename"_s));
    auto *filename = qobject_cast<QLineEdit *>(form->fieldEditor(u"filename"_s));
    QTest::keyClicks(filename, u"/tmp/x.img"_s);
    QCOMPARE(editorMessage().value(u"arguments").value(u"filename"), QmpValue(u"/tmp/x.img"_s));
    QCOMPARE(qobject_cast<QComboBox *>(form->fieldEditor(u"driver"_s))->currentText(), u"file"_s);
}

void tst_CommandPanel::formFrozenWhileInvalid()
{
    type(u"{\"execute\": \"dump-guest-memory\"}"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    QWidget *paging = form->fieldEditor(u"paging"_s);
    QVERIFY(paging->isEnabled());
    auto *note = form->findChild<QLabel *>(u"argumentFormNote"_s);
    const QString normal = note->text();
    type(u"{\"execute\": \"dump-guest-memory\""_s);
    QVERIFY(!paging->isEnabled());
    QVERIFY(note->text() != normal);
    type(u"{\"execute\": \"dump-guest-memory\"}"_s);
    QVERIFY(form->fieldEditor(u"paging"_s)->isEnabled());
    QCOMPARE(note->text(), normal);
}

void tst_CommandPanel::formInHmpMode()
{
    m_panel->setMode(CommandText::Mode::Hmp);
    type(u"info qtree"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    auto *note = form->findChild<QLabel *>(u"argumentFormNote"_s);
    QVERIFY2(note->text().contains(u"HMP"_s), qPrintable(note->text()));
    QVERIFY(m_panel->editor()->diagnostics().isEmpty());
    // Choosing a command in the form is asking for QMP.
    QComboBox *commands = form->commandCombo();
    commands->setCurrentIndex(commands->findText(u"query-status"_s));
    Q_EMIT commands->activated(commands->currentIndex());
    QCOMPARE(m_panel->mode(), CommandText::Mode::Qmp);
    QCOMPARE(QString::fromUtf8(editorMessage().toJson()), uR"({"execute":"query-status"})"_s);
    QVERIFY(note->text().contains(u"no arguments"_s));
}

void tst_CommandPanel::formHiddenInHmpMode()
{
    type(u"{\"execute\": \"dump-guest-memory\"}"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    const auto *returns = form->findChild<QLabel *>(u"argumentFormReturns"_s);
    QTRY_VERIFY(form->fieldEditor(u"paging"_s)->isVisible()); // new rows show from the event loop
    QVERIFY(returns->isVisible());

    // Switching alone hides the last QMP command's fields, before anything is typed.
    m_panel->setMode(CommandText::Mode::Hmp);
    QVERIFY(!form->fieldEditor(u"paging"_s)->isVisible());
    QVERIFY(!returns->isVisible());
    auto *note = form->findChild<QLabel *>(u"argumentFormNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"QMP commands"_s), qPrintable(note->text()));
    QVERIFY(form->commandCombo()->currentText().isEmpty());
    type(QString());
    QVERIFY(!form->fieldEditor(u"paging"_s)->isVisible());
    QVERIFY(note->text().contains(u"QMP commands"_s));
    type(u"info qtree"_s);
    QVERIFY(!form->fieldEditor(u"paging"_s)->isVisible());
    QCOMPARE(m_panel->statusText(), u"Valid HMP line: info qtree"_s);

    m_panel->setMode(CommandText::Mode::Qmp);
    type(u"{\"execute\": \"dump-guest-memory\"}"_s);
    QVERIFY(form->fieldEditor(u"paging"_s)->isVisible());
    QVERIFY(form->fieldEditor(u"paging"_s)->isEnabled());
    QCOMPARE(form->commandCombo()->currentText(), u"dump-guest-memory"_s);
    QVERIFY(!note->text().contains(u"QMP commands"_s));
}

void tst_CommandPanel::languageSwitchRetranslatesStatusAndReturns()
{
    type(u"query-status"_s);
    ArgumentFormPanel *form = m_panel->argumentForm();
    const auto *returns = form->findChild<QLabel *>(u"argumentFormReturns"_s);
    QVERIFY(returns->text().startsWith(u"Returns:"_s));
    QCOMPARE(m_panel->statusText(), u"Valid: query-status"_s);
    QSignalSpy statusSpy(m_panel, &CommandPanel::statusTextChanged);

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(m_panel->statusText(), u"\u00bbValid: query-status"_s);
    QTRY_VERIFY2(returns->text().startsWith(u"\u00bbReturns:"_s), qPrintable(returns->text()));
    QCOMPARE(statusSpy.last().first().toString(), m_panel->statusText()); // the status bar follows
    QVERIFY(returns->text().contains(u"running: bool"_s));

    // A frozen form keeps saying why in the new language too.
    m_panel->setMode(CommandText::Mode::Hmp);
    auto *note = form->findChild<QLabel *>(u"argumentFormNote"_s);
    QVERIFY(note->text().startsWith(u"\u00bb"_s));

    QCoreApplication::removeTranslator(&marking);
    QTRY_VERIFY2(!note->text().startsWith(u"\u00bb"_s), qPrintable(note->text()));
    QVERIFY(note->text().contains(u"QMP commands"_s));
    m_panel->setMode(CommandText::Mode::Qmp);
    QCOMPARE(m_panel->statusText(), u"Valid: query-status"_s);
    QVERIFY(returns->text().startsWith(u"Returns:"_s));
}

QTEST_MAIN(tst_CommandPanel)
#include "tst_commandpanel.moc"
