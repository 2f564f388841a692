// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandtext.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class ArgumentFormPanel;
class CommandEditor;
class CommandNameCompletion;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class SchemaCompletionSource;
class QmpValue;

// The command editor with what surrounds it: the connection the command goes to, the mode
// (QMP or HMP), the argument form of the live schema, the read-only preview of the exact JSON
// that will be sent, the validity line and the send button. Sending itself is the owner's
// business: it listens to sendRequested().
class CommandPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommandPanel(QWidget *parent = nullptr);
    ~CommandPanel() override;

    CommandEditor *editor() const { return m_editor; }
    ArgumentFormPanel *argumentForm() const { return m_form; }
    QComboBox *targetCombo() const { return m_target; }

    void setMode(CommandText::Mode mode);
    CommandText::Mode mode() const;
    // Connections the command can go to (a list model, one row per connection).
    void setTargetModel(QAbstractItemModel *model, int column = 0);
    // Whether the chosen target can take a command now; send stays disabled otherwise.
    void setTargetReady(bool ready, const QString &whyNot = {});
    bool canSend() const;

    void setCommandNames(const QStringList &names);
    // The live schema behind completion, the editor's diagnostics and the argument form; until
    // it has a schema, completion falls back to command names. Not owned; nullptr: none.
    void setSchemaSource(SchemaCompletionSource *source);

    // Text of the validity line, e.g. "Line 2, column 5: missing ','". For the status bar too.
    QString statusText() const;

Q_SIGNALS:
    void sendRequested(const CommandText::Result &command);
    void canSendChanged(bool canSend);
    void statusTextChanged(const QString &text);
    void modeChanged(CommandText::Mode mode);

public Q_SLOTS:
    void send();
    void searchHistory();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState(const CommandText::Result &result);
    void schemaChanged();
    void writeMessage(const QmpValue &message);
    void retranslate();

    CommandEditor *m_editor;
    ArgumentFormPanel *m_form;
    QPointer<SchemaCompletionSource> m_schemaSource;
    QPlainTextEdit *m_preview;
    QComboBox *m_target;
    QComboBox *m_modeCombo;
    QLabel *m_targetLabel;
    QLabel *m_state;
    QToolButton *m_send;
    QToolButton *m_historyButton;
    CommandNameCompletion *m_commandNames;
    bool m_targetReady = false;
    QString m_targetWhyNot;
    bool m_canSend = false;
    QString m_statusText;
};
