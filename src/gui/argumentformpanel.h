// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandtext.h"
#include "qmpargumentform.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

// The command editor's side panel: the arguments of the command being typed as a form, one
// field per argument typed from the live schema (bool: check box, enum: list, int: exact 64-bit
// text, str: text, anything structured: JSON text), each with a box that says whether the key is
// sent at all; required ones are marked. Below, what the command returns. Editing the form emits
// messageEdited() with the whole message; showCommand() brings the form in line with the editor.
// Widgets are only ever set from code with their signals blocked, so the two never loop.
class ArgumentFormPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArgumentFormPanel(QWidget *parent = nullptr);
    ~ArgumentFormPanel() override;

    void setSchema(const QmpSchema &schema);
    // In HMP mode the fields and return type are hidden: HMP lines have no schema. The command
    // list stays, since choosing a command there is how one gets back to QMP.
    void setMode(CommandText::Mode mode);
    // What the editor holds now. An invalid text freezes the form (a form edit would overwrite
    // the text being fixed); another command rebuilds it.
    void showCommand(const CommandText::Result &result);

    QString command() const { return m_form.command(); }
    // A field's editor (QCheckBox, QComboBox or QLineEdit) and its "send this key" box. For tests.
    QWidget *fieldEditor(const QString &name) const;
    QCheckBox *fieldSwitch(const QString &name) const;
    QComboBox *commandCombo() const { return m_commands; }

Q_SIGNALS:
    // The message the form now describes; the owner writes it into the editor.
    void messageEdited(const QmpValue &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QmpArgumentForm::Field field;
        QCheckBox *include = nullptr;
        QWidget *editor = nullptr;
        QString hint; // the editor's tooltip while its value fits
    };

    const Row *rowOf(const QString &name) const;
    void rebuild();
    void showValues(const QmpValue &arguments);
    void showValue(Row &row, const QmpValue &value);
    void fieldEdited(int index, bool fromSwitch);
    void emitMessage();
    QmpValue rowValue(const Row &row, QString *error) const;
    void markError(Row &row, const QString &error);
    void chooseCommand(const QString &name);
    // Why the form does not follow the editor now.
    enum class Frozen { No, InvalidText, Hmp };
    void setFrozen(Frozen why);
    void updateNote();
    void retranslate();

    QmpSchema m_schema;
    QmpArgumentForm m_form;
    QmpValue m_message; // the last message shown or written; form edits start from it
    QList<Row> m_rows;
    QComboBox *m_commands;
    QLabel *m_commandLabel;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QWidget *m_fields;
    QGridLayout *m_grid;
    QLabel *m_returns;
    Frozen m_frozen = Frozen::No;
    CommandText::Mode m_mode = CommandText::Mode::Qmp;
    bool m_emitting = false; // the owner is writing our message into the editor
};
