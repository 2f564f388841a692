// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

// The schema of the QEMU 7.2 this project is developed against, saved in tests/data.
inline QmpSchema savedSchema()
{
    QFile file(QStringLiteral(QMP_TESTDATA_DIR "/qmp-schema-7.2.22.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the saved schema");
    QString error;
    const QmpSchema schema = QmpSchema::fromJson(file.readAll(), &error);
    if (schema.isEmpty())
        qFatal("the saved schema does not parse: %s", qPrintable(error));
    return schema;
}

// A small schema written by hand: the named integer builtins that live QEMUs fold into "int",
// a nested union and an alternate of int and number.
inline QmpSchema handSchema()
{
    static const char json[] = R"([
 {"name": "int", "meta-type": "builtin", "json-type": "int"},
 {"name": "int8", "meta-type": "builtin", "json-type": "int"},
 {"name": "int32", "meta-type": "builtin", "json-type": "int"},
 {"name": "uint8", "meta-type": "builtin", "json-type": "int"},
 {"name": "uint64", "meta-type": "builtin", "json-type": "int"},
 {"name": "size", "meta-type": "builtin", "json-type": "int"},
 {"name": "number", "meta-type": "builtin", "json-type": "number"},
 {"name": "str", "meta-type": "builtin", "json-type": "string"},
 {"name": "null", "meta-type": "builtin", "json-type": "null"},
 {"name": "bool", "meta-type": "builtin", "json-type": "boolean"},
 {"name": "any", "meta-type": "builtin", "json-type": "value"},
 {"name": "0", "meta-type": "object", "members": []},
 {"name": "ranges", "meta-type": "command", "arg-type": "1", "ret-type": "0"},
 {"name": "1", "meta-type": "object", "members": [
    {"name": "i8", "type": "int8", "default": null},
    {"name": "i32", "type": "int32", "default": null},
    {"name": "u8", "type": "uint8", "default": null},
    {"name": "u64", "type": "uint64", "default": null},
    {"name": "sz", "type": "size", "default": null},
    {"name": "num", "type": "number", "default": null},
    {"name": "nul", "type": "null", "default": null},
    {"name": "alt", "type": "2", "default": null},
    {"name": "shape", "type": "3", "default": null}]},
 {"name": "2", "meta-type": "alternate", "members": [{"type": "number"}, {"type": "int8"}]},
 {"name": "3", "meta-type": "object", "tag": "kind", "members": [{"name": "kind", "type": "4"}],
  "variants": [{"case": "circle", "type": "5"}, {"case": "poly", "type": "6"}]},
 {"name": "4", "meta-type": "enum", "values": ["circle", "poly"]},
 {"name": "5", "meta-type": "object", "members": [{"name": "r", "type": "number"}]},
 {"name": "6", "meta-type": "object", "tag": "sides", "members": [{"name": "sides", "type": "7"}],
  "variants": [{"case": "three", "type": "8"}, {"case": "four", "type": "0"}]},
 {"name": "7", "meta-type": "enum", "values": ["three", "four"]},
 {"name": "8", "meta-type": "object", "members": [{"name": "right-angle", "type": "bool"}]},
 {"name": "ping", "meta-type": "command", "arg-type": "0", "ret-type": "0", "allow-oob": true},
 {"name": "TICK", "meta-type": "event", "arg-type": "9"},
 {"name": "9", "meta-type": "object", "members": [{"name": "count", "type": "int"}, {"name": "shape", "type": "3", "default": null}]}
])";
    QString error;
    const QmpSchema schema = QmpSchema::fromJson(json, &error);
    if (schema.isEmpty())
        qFatal("the hand-written schema does not parse: %s", qPrintable(error));
    return schema;
}

inline QmpValue json(const char *text)
{
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text, &error);
    if (!error.ok())
        qFatal("bad JSON in a test: %s", text);
    return v;
}
