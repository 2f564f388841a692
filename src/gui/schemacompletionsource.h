// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "completionsource.h"
#include "diagnosticsource.h"
#include "qmpcompletioncontext.h"
#include "qmpschema.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

class QmpClient;
class QmpQomPathLister;
class QmpSchemaLoader;

// Completion for the command editor from the live schema of the current connection: command
// names, argument keys (required first), enum and boolean values, in the short form and in
// JSON; QOM paths for values that hold one (qom-list's path, device_del's id), from qom-list.
// The same schema also answers what the editor underlines, describes and offers elsewhere.
class SchemaCompletionSource : public QObject, public CompletionSource, public DiagnosticSource
{
    Q_OBJECT
public:
    explicit SchemaCompletionSource(QObject *parent = nullptr);
    ~SchemaCompletionSource() override;

    // Loads (or takes from the cache) the client's schema now and on every reconnect.
    void setClient(QmpClient *client);
    QmpClient *client() const { return m_client; }
    // For tests and offline use: a schema without a connection.
    void setSchema(const QmpSchema &schema);
    QmpSchema schema() const { return m_schema; }

    QStringList candidates(const QString &text, int cursor, CommandText::Mode mode, int *wordStart) const override;
    // What candidates() offers, each with its detail: "driver" with "str, required".
    QList<Candidate> detailedCandidates(const QString &text, int cursor, CommandText::Mode mode, int *wordStart) const override;

    // What the validator finds in a command that parses (syntax errors are CommandText's):
    // unknown command or key, missing key, wrong type, enum value, variant, exec-oob.
    QList<SchemaDiagnostic> diagnostics(const QString &text, CommandText::Mode mode) const override;
    // Arguments and return type of a command, or an event's data, as text; empty when unknown.
    QString describe(const QString &commandOrEvent) const;
    // Every event the server can send, for filters that have seen none yet.
    QStringList eventNames() const { return m_schema.eventNames(); }

Q_SIGNALS:
    void schemaChanged();
    // QOM children arrived for a path being typed; completing again now offers them.
    void objectPathsReady();

private:
    QmpCompletionContext contextAt(const QString &text, int cursor) const;

    QPointer<QmpClient> m_client;
    QmpSchemaLoader *m_loader = nullptr;
    QmpQomPathLister *m_lister = nullptr;
    QmpSchema m_schema;
    mutable QHash<QString, QStringList> m_objectPaths; // parent path -> child and link paths
    mutable QSet<QString> m_requested;
};
