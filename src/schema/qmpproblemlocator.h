// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschemavalidator.h"

// Where in the text a person typed a QmpSchemaProblem lies, so an editor can underline the
// offending token: the key for an unknown key, the value for a wrong type or enum value, the
// enclosing object for a missing key, the command name for an unknown command. Works on a
// JSON message and on the qmp-shell short form (`blockdev-add driver=file node-name=x`).
class QmpProblemLocator
{
public:
    struct Span
    {
        qsizetype start = -1;
        qsizetype length = 0;
        bool isValid() const { return start >= 0; }
    };

    // text is what was validated; the short form is recognised by not starting with '{'.
    static Span locate(const QString &text, const QmpSchemaProblem &problem);
    // The key (wantValue false) or the value of a dotted path ("arguments.image.driver",
    // "arguments.caps[1].state"); invalid when the path is not in the text.
    static Span locatePath(const QString &text, const QString &path, bool wantValue);
};
