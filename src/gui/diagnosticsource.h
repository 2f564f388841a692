// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandtext.h"

#include <QtCore/QList>
#include <QtCore/QString>

// One schema problem in the editor's text: the span to underline and what is wrong.
struct SchemaDiagnostic
{
    int start = 0;
    int length = 0;
    QString message;
};

// What the command editor asks, for a command that parses, about what QEMU would refuse in it.
// Syntax is CommandText's business; this is the schema's.
class DiagnosticSource
{
public:
    virtual ~DiagnosticSource() = default;
    virtual QList<SchemaDiagnostic> diagnostics(const QString &text, CommandText::Mode mode) const = 0;
};
