// SPDX-License-Identifier: GPL-2.0-or-later
#include "schemacompletionsource.h"

#include "qmpclient.h"
#include "qmpproblemlocator.h"
#include "qmpqompathlister.h"
#include "qmpschemacompleter.h"
#include "qmpschemadescriber.h"
#include "qmpschemaloader.h"
#include "qmpschemavalidator.h"
#include "qmpshortform.h"

using namespace Qt::Literals::StringLiterals;

SchemaCompletionSource::SchemaCompletionSource(QObject *parent) : QObject(parent) {}

SchemaCompletionSource::~SchemaCompletionSource() = default;

void SchemaCompletionSource::setClient(QmpClient *client)
{
    if (m_client == client && (client || !m_loader))
        return;
    if (m_client)
        m_client->disconnect(this);
    delete m_loader;
    delete m_lister;
    m_loader = nullptr;
    m_lister = nullptr;
    m_objectPaths.clear();
    m_requested.clear();
    m_client = client;
    setSchema({});
    // A guest agent has no QAPI introspection; its command names come from guest-info elsewhere.
    if (!client || client->mode() == QmpClient::Mode::GuestAgent)
        return;
    m_loader = new QmpSchemaLoader(client, this);
    m_loader->setAutoLoad(true);
    connect(m_loader, &QmpSchemaLoader::ready, this, &SchemaCompletionSource::setSchema);
    m_lister = new QmpQomPathLister(client, this);
    connect(m_lister, &QmpQomPathLister::completionsReady, this, [this](const QString &prefix, const QList<QmpCompletion> &found) {
        QStringList paths;
        for (const QmpCompletion &c : found)
            paths << c.text;
        m_objectPaths.insert(QmpQomPathLister::parentPath(prefix), paths);
        Q_EMIT objectPathsReady();
    });
    connect(client, &QmpClient::disconnected, this, [this] {
        // The next QEMU on this connection may have other devices and another schema.
        m_objectPaths.clear();
        m_requested.clear();
        if (m_lister)
            m_lister->clear();
    });
    connect(client, &QObject::destroyed, this, [this] {
        // The loader and the lister point at the client: they go with it.
        delete m_loader;
        delete m_lister;
        m_loader = nullptr;
        m_lister = nullptr;
        m_objectPaths.clear();
        m_requested.clear();
        setSchema({});
    });
    if (client->isRunning())
        m_loader->load();
}

void SchemaCompletionSource::setSchema(const QmpSchema &schema)
{
    m_schema = schema;
    Q_EMIT schemaChanged();
}

QmpCompletionContext SchemaCompletionSource::contextAt(const QString &text, int cursor) const
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u'{') ? QmpCompletionContext::fromJson(text, cursor)
                                    : QmpCompletionContext::fromShortForm(text, cursor);
}

QStringList SchemaCompletionSource::candidates(const QString &text, int cursor, CommandText::Mode mode, int *wordStart) const
{
    QStringList out;
    for (const Candidate &c : detailedCandidates(text, cursor, mode, wordStart))
        out << c.word;
    return out;
}

QList<CompletionSource::Candidate> SchemaCompletionSource::detailedCandidates(const QString &text, int cursor,
                                                                             CommandText::Mode mode, int *wordStart) const
{
    if (mode != CommandText::Mode::Qmp || m_schema.isEmpty())
        return {};
    const QmpCompletionContext ctx = contextAt(text, cursor);
    const bool json = text.trimmed().startsWith(u'{');
    const QmpSchemaCompleter completer(m_schema);
    QList<Candidate> out;
    if (ctx.kind == QmpCompletionContext::Value && completer.valueIsObjectPath(ctx.command, ctx.path, ctx.key)
        && (ctx.prefix.startsWith(u'/') || ctx.prefix.isEmpty())) {
        const QString prefix = ctx.prefix.isEmpty() ? u"/"_s : ctx.prefix;
        const QString parent = QmpQomPathLister::parentPath(prefix);
        const auto it = m_objectPaths.constFind(parent);
        if (it == m_objectPaths.constEnd()) {
            if (m_lister && !m_requested.contains(parent)) {
                m_requested.insert(parent);
                m_lister->complete(prefix);
            }
        } else {
            for (const QString &p : *it) {
                if (p.startsWith(ctx.prefix))
                    out.append({json && !ctx.quoted ? u'"' + p + u'"' : p, tr("QOM path")});
            }
        }
    }
    for (const QmpCompletion &c : completer.complete(ctx)) {
        QString word = c.text;
        if (json && !ctx.quoted && c.kind != QmpCompletion::Literal)
            word = u'"' + word + u'"'; // a key or string value typed without its opening quote
        else if (!json && c.kind == QmpCompletion::Key)
            word += u'='; // short form: the value follows at once
        QString detail = c.detail;
        if (c.kind == QmpCompletion::Key)
            detail = c.optional ? tr("%1, optional").arg(c.typeLabel) : tr("%1, required").arg(c.typeLabel);
        out.append({word, detail});
    }
    if (out.isEmpty())
        return {};
    *wordStart = int(ctx.tokenStart);
    return out;
}

QList<SchemaDiagnostic> SchemaCompletionSource::diagnostics(const QString &text, CommandText::Mode mode) const
{
    if (mode != CommandText::Mode::Qmp || m_schema.isEmpty() || text.trimmed().isEmpty())
        return {};
    const QmpShortForm parsed = QmpShortForm::parse(text);
    if (!parsed.isValid())
        return {};
    QList<SchemaDiagnostic> out;
    for (const QmpSchemaProblem &p : QmpSchemaValidator(m_schema).validateMessage(parsed.message())) {
        const QmpProblemLocator::Span span = QmpProblemLocator::locate(text, p);
        out.append({int(span.start), int(span.length), p.toString()});
    }
    return out;
}

QString SchemaCompletionSource::describe(const QString &commandOrEvent) const
{
    const QmpSchemaDescriber describer(m_schema);
    const QString command = describer.describeCommand(commandOrEvent);
    return command.isEmpty() ? describer.describeEvent(commandOrEvent) : command;
}
