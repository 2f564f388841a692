<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QMP Console</source>
        <translation>À propos de QMP Console</translation>
    </message>
    <message>
        <source>No QEMU seen yet in this session.</source>
        <translation>Aucun QEMU rencontré pour l&apos;instant dans cette session.</translation>
    </message>
    <message>
        <source>QEMU versions seen in this session:</source>
        <translation>Versions de QEMU rencontrées dans cette session&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;A desktop console for the QEMU Monitor Protocol: commands, replies as a tree, and an event timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;Une console de bureau pour le QEMU Monitor Protocol&#xa0;: commandes, réponses sous forme d&apos;arbre et chronologie des événements.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;License: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence&#xa0;: GNU GPL version 2 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArgumentBuilder</name>
    <message>
        <source>empty key part in &apos;%1&apos;</source>
        <translation>partie de clé vide dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value, so &apos;%2&apos; cannot nest into it</source>
        <translation>«&#xa0;%1&#xa0;» a déjà une valeur, «&#xa0;%2&#xa0;» ne peut donc pas y être imbriqué</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clé «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds nested keys, so it cannot also have a value</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà des clés imbriquées et ne peut donc pas avoir aussi une valeur</translation>
    </message>
</context>
<context>
    <name>ArgumentFormPanel</name>
    <message>
        <source>Fix the command in the editor first: the form follows it.</source>
        <translation>Corrigez d&apos;abord la commande dans l&apos;éditeur&#xa0;: le formulaire la suit.</translation>
    </message>
    <message>
        <source>Optional: ticked, the key is sent; unticked or blank, it is left out.</source>
        <translation>Facultatif&#xa0;: cochée, la clé est envoyée&#xa0;; décochée ou vide, elle est omise.</translation>
    </message>
    <message>
        <source>Required: QEMU refuses the command without it.</source>
        <translation>Obligatoire&#xa0;: QEMU refuse la commande sans elle.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected true or false, the editor has %1</source>
        <translation>true ou false attendu, l&apos;éditeur contient %1</translation>
    </message>
    <message>
        <source>The editor has %1, which is not one of these</source>
        <translation>L&apos;éditeur contient %1, qui ne fait pas partie de ces valeurs</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>Choisissez une valeur</translation>
    </message>
    <message>
        <source>Type a command in the editor or choose one here.</source>
        <translation>Saisissez une commande dans l&apos;éditeur ou choisissez-en une ici.</translation>
    </message>
    <message>
        <source>The schema of this connection is not known (yet): no form.</source>
        <translation>Le schéma de cette connexion n&apos;est pas (encore) connu&#xa0;: pas de formulaire.</translation>
    </message>
    <message>
        <source>This QEMU has no command &quot;%1&quot;.</source>
        <translation>Ce QEMU n&apos;a pas de commande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>«&#xa0;%1&#xa0;» ne prend aucun argument.</translation>
    </message>
    <message>
        <source>* required. Ticked keys are sent; blank ones are left out.</source>
        <translation>* obligatoire. Les clés cochées sont envoyées, les vides sont omises.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande&#xa0;:</translation>
    </message>
    <message>
        <source>Command for the argument form</source>
        <translation>Commande du formulaire d&apos;arguments</translation>
    </message>
    <message>
        <source>Choose a command</source>
        <translation>Choisissez une commande</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (non autorisé)</translation>
    </message>
    <message>
        <source>The argument form is for QMP commands: HMP lines have no schema. Choosing a command here switches to QMP.</source>
        <translation>Le formulaire d&apos;arguments sert aux commandes QMP&#xa0;: les lignes HMP n&apos;ont pas de schéma. Choisir une commande ici passe en QMP.</translation>
    </message>
</context>
<context>
    <name>CommandEditor</name>
    <message>
        <source>Command editor</source>
        <translation>Éditeur de commandes</translation>
    </message>
    <message>
        <source>query-status    or    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Enter sends</source>
        <translation>query-status    ou    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Entrée pour envoyer</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CommandLineOptionsParser</name>
    <message>
        <source>Desktop console for the QEMU Monitor Protocol</source>
        <translation>Console de bureau pour le QEMU Monitor Protocol</translation>
    </message>
    <message>
        <source>Connect to ADDRESS at start-up (UNIX socket path, unix:PATH, HOST:PORT, [V6]:PORT); repeatable.</source>
        <translation>Se connecter à ADRESSE au démarrage (chemin de socket UNIX, unix:PATH, HOST:PORT, [V6]:PORT)&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The --connect addresses are QEMU guest agents.</source>
        <translation>Les adresses de --connect sont des agents invités QEMU.</translation>
    </message>
    <message>
        <source>Append every event of every connection to FILE as JSON Lines.</source>
        <translation>Ajouter chaque événement de chaque connexion à FICHIER au format JSON Lines.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Start a local sandbox VM and connect to it.</source>
        <translation>Démarrer une VM bac à sable locale et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Adresse «&#xa0;%1&#xa0;» non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>--qga needs at least one --connect ADDRESS</source>
        <translation>--qga nécessite au moins un --connect ADRESSE</translation>
    </message>
    <message>
        <source>--event-log may be given only once</source>
        <translation>--event-log ne peut être indiqué qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>--event-log needs a file name</source>
        <translation>--event-log nécessite un nom de fichier</translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <source>the reply was discarded before it arrived</source>
        <translation>la réponse a été abandonnée avant son arrivée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HMP: %1</source>
        <translation>HMP&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandLogView</name>
    <message>
        <source>Commands and replies</source>
        <translation>Commandes et réponses</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>&amp;Copier la réponse</translation>
    </message>
    <message>
        <source>Show Linked &amp;Events</source>
        <translation>Afficher les &amp;événements liés</translation>
    </message>
    <message>
        <source>Select in the event timeline the events this command caused</source>
        <translation>Sélectionner dans la chronologie les événements causés par cette commande</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>Type a command</source>
        <translation>Saisissez une commande</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Fix the command first</source>
        <translation>Corrigez d&apos;abord la commande</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Envoyer &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>Connexion cible</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>QMP</source>
        <translation>QMP</translation>
    </message>
    <message>
        <source>HMP</source>
        <translation>HMP</translation>
    </message>
    <message>
        <source>Command language</source>
        <translation>Langage de commande</translation>
    </message>
    <message>
        <source>QMP: a JSON message or the short form &quot;device_add driver=usb-kbd id=k0&quot;. HMP: a human monitor line such as &quot;info qtree&quot;.</source>
        <translation>QMP&#xa0;: un message JSON ou la forme courte «&#xa0;device_add driver=usb-kbd id=k0&#xa0;». HMP&#xa0;: une ligne du moniteur humain, comme «&#xa0;info qtree&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Envoyer la commande</translation>
    </message>
    <message>
        <source>Search history (Ctrl+R)</source>
        <translation>Rechercher dans l&apos;historique (Ctrl+R)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation>JSON qui sera envoyé</translation>
    </message>
    <message>
        <source>The exact JSON that will be sent appears here.</source>
        <translation>Le JSON exact qui sera envoyé apparaît ici.</translation>
    </message>
    <message>
        <source>Command validity</source>
        <translation>Validité de la commande</translation>
    </message>
    <message>
        <source>Schema: %1. QEMU decides; you can still send.</source>
        <translation>Schéma&#xa0;: %1. QEMU décide&#xa0;; vous pouvez quand même envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Schema: %1 (and %n more). QEMU decides; you can still send.</source>
        <translation>
            <numerusform>Schéma&#xa0;: %1 (et %n autre). QEMU décide&#xa0;; vous pouvez quand même envoyer.</numerusform>
            <numerusform>Schéma&#xa0;: %1 (et %n autres). QEMU décide&#xa0;; vous pouvez quand même envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter). The schema check found problems, but QEMU has the last word: sending is allowed.</source>
        <translation>Envoyer (Ctrl+Entrée). La vérification du schéma a trouvé des problèmes, mais QEMU a le dernier mot&#xa0;: l&apos;envoi est permis.</translation>
    </message>
    <message>
        <source>Valid HMP line: %1</source>
        <translation>Ligne HMP valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>A QMP command is a JSON object, not %1</source>
        <translation>Une commande QMP est un objet JSON, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>The object needs an &quot;execute&quot; member with the command name</source>
        <translation>L&apos;objet doit avoir un membre &quot;execute&quot; contenant le nom de la commande</translation>
    </message>
    <message>
        <source>&quot;execute&quot; must be a non-empty string</source>
        <translation>&quot;execute&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>Use either &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation>Utilisez soit &quot;execute&quot;, soit &quot;exec-oob&quot;, mais pas les deux</translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an object, not %1</source>
        <translation>&quot;arguments&quot; doit être un objet, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a QMP command</source>
        <translation>Membre &quot;%1&quot; inconnu dans une commande QMP</translation>
    </message>
    <message>
        <source>The short form is a single line; use JSON for more</source>
        <translation>La forme courte tient sur une seule ligne&#xa0;; utilisez JSON pour aller au-delà</translation>
    </message>
    <message>
        <source>An HMP command is a single line</source>
        <translation>Une commande HMP tient sur une seule ligne</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à l&apos;adresse %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>QEMU %1</source>
        <translation>QEMU %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>the profile needs a name</source>
        <translation>le profil doit avoir un nom</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>address: folder &apos;%1&apos; does not exist, so no socket can be created in it</source>
        <translation>adresse&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas, aucun socket ne peut donc y être créé</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; exists and is not a socket</source>
        <translation>adresse&#xa0;: «&#xa0;%1&#xa0;» existe et n&apos;est pas un socket</translation>
    </message>
    <message>
        <source>address: socket &apos;%1&apos; does not exist yet; connecting fails until QEMU creates it</source>
        <translation>adresse&#xa0;: le socket «&#xa0;%1&#xa0;» n&apos;existe pas encore&#xa0;; la connexion échouera tant que QEMU ne l&apos;aura pas créé</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; is not a socket</source>
        <translation>adresse&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un socket</translation>
    </message>
    <message>
        <source>TLS works on TCP addresses only</source>
        <translation>TLS ne fonctionne qu&apos;avec des adresses TCP</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>plain TCP to %1 without TLS: QMP has no authentication, so anyone who can reach this port controls the VM</source>
        <translation>TCP en clair vers %1 sans TLS&#xa0;: QMP n&apos;a pas d&apos;authentification, donc quiconque peut atteindre ce port contrôle la VM</translation>
    </message>
    <message>
        <source>address: unknown form &apos;%1:&apos;; use /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT or [V6]:PORT</source>
        <translation>adresse&#xa0;: forme «&#xa0;%1:&#xa0;» inconnue&#xa0;; utilisez /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT ou [V6]:PORT</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation>adresse «&#xa0;%1&#xa0;» non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>en attente de reconnexion</translation>
    </message>
    <message>
        <source>disconnecting</source>
        <translation>déconnexion en cours</translation>
    </message>
    <message>
        <source>guest agent %1</source>
        <translation>agent invité %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Connect to Address</source>
        <translation>Se connecter à une adresse</translation>
    </message>
    <message>
        <source>QMP address (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT):</source>
        <translation>Adresse QMP (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT)&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse&#xa0;: %2</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its command history?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son historique de commandes&#xa0;?</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>agent invité</translation>
    </message>
    <message>
        <source>connects at start-up</source>
        <translation>se connecte au démarrage</translation>
    </message>
    <message>
        <source>Disconnect %1 and remove it from the list</source>
        <translation>Déconnecter %1 et le retirer de la liste</translation>
    </message>
    <message>
        <source>Remove the selected connection from the list</source>
        <translation>Retirer la connexion sélectionnée de la liste</translation>
    </message>
    <message>
        <source>No live connection. Connect a profile, use Connect to Address…, or start the sandbox VM.</source>
        <translation>Aucune connexion active. Connectez un profil, utilisez «&#xa0;Se connecter à une adresse…&#xa0;» ou démarrez la VM bac à sable.</translation>
    </message>
    <message>
        <source>Select a connection to send commands to it.</source>
        <translation>Sélectionnez une connexion pour lui envoyer des commandes.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting to reconnect (next try in %1 s)</source>
        <translation>en attente de reconnexion (prochain essai dans %1 s)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>QEMU: %1</source>
        <translation>QEMU&#xa0;: %1</translation>
    </message>
    <message>
        <source>VM: %1</source>
        <translation>VM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved &amp;profiles</source>
        <translation>&amp;Profils enregistrés</translation>
    </message>
    <message>
        <source>&amp;Live connections</source>
        <translation>Connexions &amp;actives</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Connexions actives</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Détails de la connexion</translation>
    </message>
    <message>
        <source>No saved profiles yet (Connection ▸ New Connection Profile…)</source>
        <translation>Aucun profil enregistré pour l&apos;instant (Connexion ▸ Nouveau profil de connexion…)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Connect first: there is no live connection</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: aucune connexion n&apos;est active</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>No connection to send to</source>
        <translation>Aucune connexion vers laquelle envoyer</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>%1 envoyé à %2</translation>
    </message>
    <message>
        <source>Sent HMP line &quot;%1&quot; to %2</source>
        <translation>Ligne HMP «&#xa0;%1&#xa0;» envoyée à %2</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>cannot list bus types: %1</source>
        <translation>impossible de lister les types de bus&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>impossible de lister %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bus %1</source>
        <translation>Bus %1</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>Périphérique %1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>QOM path</source>
        <translation>Chemin QOM</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Unplug of %1: %2</source>
        <translation>Débranchement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unplug of %1: %2 (%3)</source>
        <translation>Débranchement de %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot list device drivers: %1</source>
        <translation>Impossible de lister les pilotes de périphériques&#xa0;: %1</translation>
    </message>
    <message>
        <source>No properties for %1: %2</source>
        <translation>Aucune propriété pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, default %2</source>
        <translation>%1, par défaut %2</translation>
    </message>
    <message>
        <source>device_add %1</source>
        <translation>device_add %1</translation>
    </message>
    <message>
        <source>device_del %1</source>
        <translation>device_del %1</translation>
    </message>
    <message>
        <source>%1 before and after %2</source>
        <translation>%1 avant et après %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>Périphérique ajouté.</translation>
    </message>
    <message>
        <source>Unplug requested; waiting for DEVICE_DELETED.</source>
        <translation>Débranchement demandé&#xa0;; en attente de DEVICE_DELETED.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Retirer le périphérique</translation>
    </message>
    <message>
        <source>device_del the selected device and follow the unplug</source>
        <translation>Retirer le périphérique sélectionné avec device_del et suivre le débranchement à chaud</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add device</source>
        <translation>&amp;Ajouter le périphérique</translation>
    </message>
    <message>
        <source>Time out after (s, 0: never):</source>
        <translation>Délai d&apos;expiration (s, 0&#xa0;: aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer&#xa0;:</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Ajouter un périphérique</translation>
    </message>
    <message>
        <source>Unplugs</source>
        <translation>Débranchements</translation>
    </message>
    <message>
        <source>Reply diff</source>
        <translation>Comparaison des réponses</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>Arborescence des périphériques</translation>
    </message>
    <message>
        <source>%1 (unplug %2, %3 s)</source>
        <translation>%1 (débranchement %2, %3 s)</translation>
    </message>
    <message>
        <source>A guest agent connection has no devices to show.</source>
        <translation>Une connexion à un agent invité n&apos;a aucun périphérique à afficher.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reply: (none yet)</source>
        <translation>Réponse&#xa0;: (aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Event after %1 s: %2</source>
        <translation>Événement après %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent: nothing from this app</source>
        <translation>Envoyé&#xa0;: rien depuis cette application</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show Events in &amp;Timeline</source>
        <translation>Afficher les événements dans la &amp;chronologie</translation>
    </message>
    <message>
        <source>Select in the event timeline the events of this unplug</source>
        <translation>Sélectionner dans la chronologie les événements de ce retrait</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventLineScanner</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation>octet NUL</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>pas du JSON à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>neither a QMP event nor a transcript line</source>
        <translation>ni un événement QMP ni une ligne de transcription</translation>
    </message>
    <message>
        <source>transcript line with a &quot;dir&quot; other than &quot;in&quot; or &quot;out&quot;</source>
        <translation>ligne de transcription dont le &quot;dir&quot; n&apos;est ni &quot;in&quot; ni &quot;out&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>ligne de plus de %1 Mio</translation>
    </message>
    <message numerus="yes">
        <source>%n events read</source>
        <translation>
            <numerusform>%n événement lu</numerusform>
            <numerusform>%n événements lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands and replies not shown</source>
        <translation>
            <numerusform>%n commande ou réponse non affichée</numerusform>
            <numerusform>%n commandes et réponses non affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped</source>
        <translation>
            <numerusform>%n ligne incorrecte ignorée</numerusform>
            <numerusform>%n lignes incorrectes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped (line %1: %2)</source>
        <translation>
            <numerusform>%n ligne incorrecte ignorée (ligne %1&#xa0;: %2)</numerusform>
            <numerusform>%n lignes incorrectes ignorées (ligne %1&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins two parts of a summary, as in &quot;12 events read; 2 bad lines skipped&quot;</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>EventLogSaver</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EventLogWriter</name>
    <message>
        <source>Cannot open the event log %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;événements %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot repair the end of the event log %1: %2</source>
        <translation>Impossible de réparer la fin du journal d&apos;événements %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The event log %1 was removed. Events are kept in memory.</source>
        <translation>Le journal d&apos;événements %1 a été supprimé. Les événements sont conservés en mémoire.</translation>
    </message>
    <message>
        <source>Cannot write the event log %1: %2. Events are kept in memory.</source>
        <translation>Impossible d&apos;écrire le journal d&apos;événements %1&#xa0;: %2. Les événements sont conservés en mémoire.</translation>
    </message>
</context>
<context>
    <name>EventNameCountModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No %1 event yet; this QEMU can send it</source>
        <translation>Pas encore d&apos;événement %1&#xa0;; ce QEMU peut l&apos;envoyer</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>pas du JSON à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>pas un événement QMP&#xa0;: aucun nom &quot;event&quot;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>Heure QEMU</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>HistorySearchPopup</name>
    <message>
        <source>Search history…</source>
        <translation>Rechercher dans l&apos;historique…</translation>
    </message>
    <message>
        <source>History search</source>
        <translation>Recherche dans l&apos;historique</translation>
    </message>
    <message>
        <source>Matching history entries</source>
        <translation>Entrées correspondantes de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Show the raw pretty-printed JSON (Ctrl+U)</source>
        <translation>Afficher le JSON brut mis en forme (Ctrl+U)</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Expand all (Ctrl++)</source>
        <translation>Tout déplier (Ctrl++)</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Collapse all (Ctrl+-)</source>
        <translation>Tout replier (Ctrl+-)</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>Rechercher dans les clés et les valeurs…</translation>
    </message>
    <message>
        <source>Search in tree</source>
        <translation>Rechercher dans l&apos;arbre</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Arbre JSON</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>The command printed nothing.</source>
        <translation>La commande n&apos;a rien affiché.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QMP Console</source>
        <translation>QMP Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Éditio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation>C&amp;ommande</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Event Timeline</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Open a saved event log or session transcript</source>
        <translation>Ouvrir un journal d&apos;événements ou une transcription de session enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save Events…</source>
        <translation>Enregi&amp;strer les événements…</translation>
    </message>
    <message>
        <source>Save all events of the timeline as JSON Lines</source>
        <translation>Enregistrer tous les événements de la chronologie au format JSON Lines</translation>
    </message>
    <message>
        <source>Save &amp;Filtered Events…</source>
        <translation>Enregistrer les événements &amp;filtrés…</translation>
    </message>
    <message>
        <source>Save the events that pass the current filter as JSON Lines</source>
        <translation>Enregistrer au format JSON Lines les événements qui passent le filtre actuel</translation>
    </message>
    <message>
        <source>Save Session &amp;Transcript…</source>
        <translation>Enregistrer la &amp;transcription de session…</translation>
    </message>
    <message>
        <source>Save commands, replies and events with their times</source>
        <translation>Enregistrer les commandes, réponses et événements avec leurs horodatages</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search in the focused view</source>
        <translation>Rechercher dans la vue active</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;New Connection Profile…</source>
        <translation>&amp;Nouveau profil de connexion…</translation>
    </message>
    <message>
        <source>Create a saved connection profile</source>
        <translation>Créer un profil de connexion enregistré</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Modifi&amp;er le profil…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation>D&amp;upliquer le profil</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Supprimer &amp;le profil</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect the selected profile</source>
        <translation>Se connecter avec le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation>Fermer la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Disconnect and connect again</source>
        <translation>Se déconnecter puis se reconnecter</translation>
    </message>
    <message>
        <source>Connect &amp;to Address…</source>
        <translation>Se connecter à une &amp;adresse…</translation>
    </message>
    <message>
        <source>Connect to an address without saving a profile</source>
        <translation>Se connecter à une adresse sans enregistrer de profil</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox VM</source>
        <translation>Démarrer une VM bac à &amp;sable</translation>
    </message>
    <message>
        <source>Start a local QEMU (q35, qemu-xhci, two PCIe root ports) and connect to it</source>
        <translation>Démarrer un QEMU local (q35, qemu-xhci, deux ports racine PCIe) et s&apos;y connecter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the command (Ctrl+Enter)</source>
        <translation>Envoyer la commande (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;HMP Mode</source>
        <translation>Mode &amp;HMP</translation>
    </message>
    <message>
        <source>Type human monitor commands instead of QMP</source>
        <translation>Saisir des commandes du moniteur humain au lieu de QMP</translation>
    </message>
    <message>
        <source>Search the command history of this profile</source>
        <translation>Rechercher dans l&apos;historique des commandes de ce profil</translation>
    </message>
    <message>
        <source>C&amp;lear Editor</source>
        <translation>&amp;Vider l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation>&amp;Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Garder le dernier événement visible</translation>
    </message>
    <message>
        <source>Clear &amp;Timeline</source>
        <translation>Effacer la &amp;chronologie</translation>
    </message>
    <message>
        <source>&amp;Raw Reply</source>
        <translation>Réponse &amp;brute</translation>
    </message>
    <message>
        <source>Show the reply as pretty-printed JSON instead of a tree</source>
        <translation>Afficher la réponse en JSON mis en forme plutôt qu&apos;en arbre</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>Tout &amp;déplier</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About QMP Console</source>
        <translation>À &amp;propos de QMP Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Open Event Log or Transcript</source>
        <translation>Ouvrir un journal d&apos;événements ou une transcription</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sandbox VM</source>
        <translation>VM bac à sable</translation>
    </message>
    <message>
        <source>Second QMP socket for outside tools (qmpctl, qmp-shell):
%1</source>
        <translation>Second socket QMP pour les outils externes (qmpctl, qmp-shell)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Sandbox VM started; outside tools can use %1</source>
        <translation>VM bac à sable démarrée&#xa0;; les outils externes peuvent utiliser %1</translation>
    </message>
    <message>
        <source>Sandbox VM: %1</source>
        <translation>VM bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox VM could not run.</source>
        <translation>La VM bac à sable n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped.</source>
        <translation>La VM bac à sable s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Starting the sandbox VM…</source>
        <translation>Démarrage de la VM bac à sable…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>QEMU %1</source>
        <translation>QEMU %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>%1 (%2) – QMP Console</source>
        <translation>%1 (%2) – QMP Console</translation>
    </message>
    <message>
        <source>Save Session Transcript</source>
        <translation>Enregistrer la transcription de session</translation>
    </message>
    <message>
        <source>Save Filtered Events</source>
        <translation>Enregistrer les événements filtrés</translation>
    </message>
    <message>
        <source>Save Events</source>
        <translation>Enregistrer les événements</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Journal d&apos;événements</translation>
    </message>
    <message>
        <source>Open Event Log</source>
        <translation>Ouvrir un journal d&apos;événements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped: %1</source>
        <translation>La VM bac à sable s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>%n ligne de %1 était illisible et a été ignorée.</numerusform>
            <numerusform>%n lignes de %1 étaient illisibles et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent C&amp;onnections</source>
        <translation>Connexions récen&amp;tes</translation>
    </message>
    <message>
        <source>Search H&amp;istory…</source>
        <translation>&amp;Rechercher dans l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reconnect (%1) starts a new sandbox VM.</source>
        <translation>Se reconnecter (%1) démarre une nouvelle VM bac à sable.</translation>
    </message>
    <message>
        <source>The command that caused it is not in the command log: another part of this app sent it</source>
        <translation>La commande qui l&apos;a causé n&apos;est pas dans le journal des commandes&#xa0;: une autre partie de cette application l&apos;a envoyée</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of the user interface. English is used where no translation exists.</source>
        <translation>La langue de l&apos;interface utilisateur. L&apos;anglais est utilisé lorsqu&apos;aucune traduction n&apos;existe.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light and Dark use Qt&apos;s Fusion style, for desktops whose colours Qt does not pick up.</source>
        <translation>Clair et Sombre utilisent le style Fusion de Qt, pour les bureaux dont Qt ne reprend pas les couleurs.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. build VM</source>
        <translation>p. ex. VM de compilation</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>A UNIX socket (/path/to/qmp.sock or unix:/path) or TCP (host:port, tcp:host:port, [::1]:port)</source>
        <translation>Un socket UNIX (/path/to/qmp.sock ou unix:/path) ou TCP (host:port, tcp:host:port, [::1]:port)</translation>
    </message>
    <message>
        <source>/run/vm/qmp.sock   or   localhost:4444</source>
        <translation>/run/vm/qmp.sock   ou   localhost:4444</translation>
    </message>
    <message>
        <source>&amp;Speaks:</source>
        <translation>Pr&amp;otocole&#xa0;:</translation>
    </message>
    <message>
        <source>QMP (QEMU monitor)</source>
        <translation>QMP (moniteur QEMU)</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>Agent invité QEMU</translation>
    </message>
    <message>
        <source>Server mode: &amp;listen on the address and let QEMU connect in</source>
        <translation>Mode serveur&#xa0;: &amp;écouter sur l&apos;adresse et laisser QEMU s&apos;y connecter</translation>
    </message>
    <message>
        <source>For QEMU started with -qmp unix:PATH without server=on</source>
        <translation>Pour un QEMU démarré avec -qmp unix:PATH sans server=on</translation>
    </message>
    <message>
        <source>Connect when the app &amp;starts</source>
        <translation>Se connecter au &amp;démarrage de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Reconnect after the connection drops</source>
        <translation>Se &amp;reconnecter après une coupure de la connexion</translation>
    </message>
    <message>
        <source>&amp;TLS (TCP only, as tls-creds-x509 with verify-peer=on)</source>
        <translation>&amp;TLS (TCP uniquement, comme tls-creds-x509 avec verify-peer=on)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>ca-cert.pem (required)</source>
        <translation>ca-cert.pem (obligatoire)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client&#xa0;:</translation>
    </message>
    <message>
        <source>client-cert.pem (when the server verifies peers)</source>
        <translation>client-cert.pem (si le serveur vérifie les pairs)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>client-key.pem</source>
        <translation>client-key.pem</translation>
    </message>
    <message>
        <source>&amp;Peer name:</source>
        <translation>Nom du &amp;pair&#xa0;:</translation>
    </message>
    <message>
        <source>name in the server certificate (default: the host)</source>
        <translation>nom dans le certificat du serveur (par défaut&#xa0;: l&apos;hôte)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>Modifier le profil %1</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate that signed the server&apos;s certificate</source>
        <translation>TLS nécessite le certificat CA qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <source>another profile is already called &apos;%1&apos;</source>
        <translation>un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>Corrigez d&apos;abord les champs marqués en rouge</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the profile needs a name</source>
        <translation>le profil doit avoir un nom</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation>un profil nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>no such profile</source>
        <translation>profil introuvable</translation>
    </message>
</context>
<context>
    <name>QmpAddress</name>
    <message>
        <source>empty address</source>
        <translation>adresse vide</translation>
    </message>
    <message>
        <source>&apos;unix:&apos; needs a socket path after it</source>
        <translation>«&#xa0;unix:&#xa0;» doit être suivi d&apos;un chemin de socket</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; in %1</source>
        <translation>«&#xa0;[&#xa0;» sans «&#xa0;]&#xa0;» dans %1</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; after &apos;]&apos; in %1</source>
        <translation>«&#xa0;:PORT&#xa0;» manquant après «&#xa0;]&#xa0;» dans %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; in %1</source>
        <translation>«&#xa0;:PORT&#xa0;» manquant dans %1</translation>
    </message>
    <message>
        <source>an IPv6 address needs brackets: [%1]:PORT</source>
        <translation>une adresse IPv6 doit être entre crochets&#xa0;: [%1]:PORT</translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation>hôte manquant dans %1</translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation>port manquant dans %1</translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;: a number from 1 to 65535</source>
        <translation>port «&#xa0;%1&#xa0;» incorrect&#xa0;: un nombre de 1 à 65535 est attendu</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>le fichier «&#xa0;%2&#xa0;» (%1) n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; cannot be read: %3</source>
        <translation>le fichier «&#xa0;%2&#xa0;» (%1) ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>TLS needs a CA certificate (--tls-ca) to verify the server</source>
        <translation>TLS nécessite un certificat CA (--tls-ca) pour vérifier le serveur</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>certificat CA</translation>
    </message>
    <message>
        <source>CA certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>le fichier de certificat CA «&#xa0;%1&#xa0;» ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation>un certificat client a besoin de sa clé, et une clé de son certificat</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>le fichier de certificat client «&#xa0;%1&#xa0;» ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>client key file &apos;%1&apos; holds no PEM RSA or EC key</source>
        <translation>le fichier de clé client «&#xa0;%1&#xa0;» ne contient aucune clé RSA ou EC au format PEM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP</translation>
    </message>
</context>
<context>
    <name>QmpArgumentForm</name>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>Renvoie&#xa0;: rien ({})</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>Renvoie&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>Expected a whole number from -9223372036854775808 to 18446744073709551615</source>
        <translation>Nombre entier de -9223372036854775808 à 18446744073709551615 attendu</translation>
    </message>
    <message>
        <source>Expected a number</source>
        <translation>Nombre attendu</translation>
    </message>
    <message>
        <source>Not JSON at character %1: %2</source>
        <translation>JSON invalide au caractère %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QmpClient</name>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>aucune réponse à %1 dans un délai de %2 ms</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>cannot write to the server</source>
        <translation>impossible d&apos;écrire vers le serveur</translation>
    </message>
    <message>
        <source>a QMP message must be a JSON object, not %1</source>
        <translation>un message QMP doit être un objet JSON, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>the connection is not ready yet</source>
        <translation>la connexion n&apos;est pas encore prête</translation>
    </message>
    <message>
        <source>the guest agent has no out-of-band execution</source>
        <translation>l&apos;agent invité ne prend pas en charge l&apos;exécution hors bande</translation>
    </message>
    <message>
        <source>out-of-band execution was not negotiated (the server does not offer &quot;oob&quot;)</source>
        <translation>l&apos;exécution hors bande n&apos;a pas été négociée (le serveur ne propose pas &quot;oob&quot;)</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>les descripteurs de fichiers ne peuvent être transmis que par un socket UNIX</translation>
    </message>
    <message>
        <source>the id %1 is already in use by a command in flight</source>
        <translation>l&apos;identifiant %1 est déjà utilisé par une commande en cours</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a message (%1 bytes received)</source>
        <translation>la connexion a été fermée au milieu d&apos;un message (%1 octets reçus)</translation>
    </message>
    <message>
        <source>truncated greeting: %1</source>
        <translation>message d&apos;accueil tronqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server closed the connection before its greeting</source>
        <translation>le serveur a fermé la connexion avant son message d&apos;accueil</translation>
    </message>
    <message>
        <source>the server closed the connection during capability negotiation</source>
        <translation>le serveur a fermé la connexion pendant la négociation des capacités</translation>
    </message>
    <message>
        <source>the guest agent closed the connection before it synchronised</source>
        <translation>l&apos;agent invité a fermé la connexion avant de s&apos;être synchronisé</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time)</source>
        <translation>connecté, mais aucun message d&apos;accueil reçu dans un délai de %1 ms&#xa0;: un autre client est probablement connecté (QEMU ne sert qu&apos;un client à la fois par socket QMP)</translation>
    </message>
    <message>
        <source>no answer to qmp_capabilities within %1 ms</source>
        <translation>aucune réponse à qmp_capabilities dans un délai de %1 ms</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 ms</source>
        <translation>impossible de se connecter à %1 dans un délai de %2 ms</translation>
    </message>
    <message>
        <source>qmp_capabilities failed: %1</source>
        <translation>échec de qmp_capabilities&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>la connexion s&apos;est terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad greeting: %1</source>
        <translation>message d&apos;accueil incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>a message of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>un message de %1 octets dépasse la limite de %2 octets et a été ignoré</translation>
    </message>
    <message>
        <source>the server sent %1, not a JSON object: %2</source>
        <translation>le serveur a envoyé une valeur de type %1 au lieu d&apos;un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server sent text that is not JSON: %1</source>
        <translation>le serveur a envoyé du texte qui n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent invalid JSON (byte %1: %2)</source>
        <translation>le serveur a envoyé du JSON non valide (octet %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the server sent a JSON %1, not an object</source>
        <translation>le serveur a envoyé une valeur JSON de type %1 au lieu d&apos;un objet</translation>
    </message>
    <message>
        <source>a second greeting was ignored</source>
        <translation>un second message d&apos;accueil a été ignoré</translation>
    </message>
    <message>
        <source>expected a greeting, got %1</source>
        <translation>message d&apos;accueil attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a message that is neither reply nor event was dropped: %1</source>
        <translation>un message qui n&apos;est ni une réponse ni un événement a été ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>an event without a name was dropped: %1</source>
        <translation>un événement sans nom a été ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server could not parse a message: %1</source>
        <translation>le serveur n&apos;a pas pu analyser un message&#xa0;: %1</translation>
    </message>
    <message>
        <source>a reply without id was dropped: %1</source>
        <translation>une réponse sans identifiant a été ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a reply with the unknown id %1 was dropped</source>
        <translation>une réponse avec l&apos;identifiant inconnu %1 a été ignorée</translation>
    </message>
    <message>
        <source>malformed error reply: %1</source>
        <translation>réponse d&apos;erreur mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the client was destroyed</source>
        <translation>le client a été détruit</translation>
    </message>
    <message>
        <source>already connected or connecting</source>
        <translation>déjà connecté ou connexion en cours</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <source>disconnected by the client</source>
        <translation>déconnecté par le client</translation>
    </message>
    <message>
        <source>the arguments of %1 must be a JSON object, not %2</source>
        <translation>les arguments de %1 doivent être un objet JSON, pas une valeur de type %2</translation>
    </message>
    <message>
        <source>a reply with neither &quot;return&quot; nor &quot;error&quot;: %1</source>
        <translation>une réponse sans &quot;return&quot; ni &quot;error&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>the guest agent takes no file descriptors</source>
        <translation>l&apos;agent invité n&apos;accepte pas de descripteurs de fichiers</translation>
    </message>
    <message>
        <source>the server probably requires a client certificate (verify-peer=on)</source>
        <translation>le serveur exige probablement un certificat client (verify-peer=on)</translation>
    </message>
    <message>
        <source>the server probably does not trust the client certificate</source>
        <translation>le serveur ne fait probablement pas confiance au certificat client</translation>
    </message>
    <message>
        <source>TLS: the server closed the connection right after the handshake: %1</source>
        <translation>TLS&#xa0;: le serveur a fermé la connexion juste après la négociation&#xa0;: %1</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time), or the server expects TLS</source>
        <translation>connecté, mais aucun message d&apos;accueil reçu dans un délai de %1 ms&#xa0;: un autre client est probablement connecté (QEMU ne sert qu&apos;un client à la fois par socket QMP), ou le serveur attend TLS</translation>
    </message>
    <message>
        <source>the guest agent did not answer guest-sync-delimited within %1 ms (is qemu-ga running in the guest? is another client attached? an agent serves one client at a time)</source>
        <translation>l&apos;agent invité n&apos;a pas répondu à guest-sync-delimited dans un délai de %1 ms (qemu-ga s&apos;exécute-t-il dans l&apos;invité&#xa0;? Un autre client est-il connecté&#xa0;? Un agent ne sert qu&apos;un client à la fois)</translation>
    </message>
    <message>
        <source>TLS is not available in server mode</source>
        <translation>TLS n&apos;est pas disponible en mode serveur</translation>
    </message>
    <message>
        <source>the message is nested deeper than the %1 levels a QMP server accepts</source>
        <translation>le message est imbriqué plus profondément que les %1 niveaux qu&apos;accepte un serveur QMP</translation>
    </message>
    <message>
        <source>the reply of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>la réponse de %1 octets dépasse la limite de %2 octets et a été ignorée</translation>
    </message>
</context>
<context>
    <name>QmpEvent</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>pas du JSON à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>pas un événement QMP&#xa0;: aucun nom &quot;event&quot;</translation>
    </message>
</context>
<context>
    <name>QmpFdPassing</name>
    <message>
        <source>between 1 and 253 descriptors must travel with a message</source>
        <translation>un message doit transporter entre 1 et 253 descripteurs</translation>
    </message>
    <message>
        <source>could not pass file descriptors: %1</source>
        <translation>impossible de transmettre les descripteurs de fichiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QmpGreeting</name>
    <message>
        <source>the greeting is not a JSON object</source>
        <translation>le message d&apos;accueil n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the greeting has no &quot;QMP&quot; object</source>
        <translation>le message d&apos;accueil n&apos;a pas d&apos;objet &quot;QMP&quot;</translation>
    </message>
    <message>
        <source>the greeting has no &quot;version&quot;: {&quot;qemu&quot;: {...}} object</source>
        <translation>le message d&apos;accueil n&apos;a pas d&apos;objet &quot;version&quot;: {&quot;qemu&quot;: {...}}</translation>
    </message>
    <message>
        <source>the greeting&apos;s QEMU version is not three integers (major, minor, micro)</source>
        <translation>la version de QEMU du message d&apos;accueil n&apos;est pas formée de trois entiers (major, minor, micro)</translation>
    </message>
    <message>
        <source>the greeting&apos;s &quot;package&quot; is not a string</source>
        <translation>le membre &quot;package&quot; du message d&apos;accueil n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>the greeting has no &quot;capabilities&quot; array</source>
        <translation>le message d&apos;accueil n&apos;a pas de tableau &quot;capabilities&quot;</translation>
    </message>
    <message>
        <source>the greeting&apos;s capabilities are not all strings</source>
        <translation>les capacités du message d&apos;accueil ne sont pas toutes des chaînes</translation>
    </message>
</context>
<context>
    <name>QmpReply</name>
    <message>
        <source>aborted</source>
        <translation>abandonné</translation>
    </message>
</context>
<context>
    <name>QmpSchema</name>
    <message>
        <source>the schema is not a list</source>
        <translation>le schéma n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1 refers to the undefined type %2</source>
        <translation>%1 fait référence au type non défini %2</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (offset %2)</source>
        <translation>le schéma n&apos;est pas du JSON valide&#xa0;: %1 (position %2)</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 est défini deux fois</translation>
    </message>
    <message>
        <source>a schema entry without name or meta-type</source>
        <translation>une entrée du schéma sans nom ni méta-type</translation>
    </message>
    <message>
        <source>object type %1 has a member without name or type</source>
        <translation>le type objet %1 a un membre sans nom ni type</translation>
    </message>
    <message>
        <source>object type %1: its tag %2 is not one of its members</source>
        <translation>type objet %1&#xa0;: son étiquette %2 n&apos;est pas l&apos;un de ses membres</translation>
    </message>
    <message>
        <source>array type %1 without an element type</source>
        <translation>type tableau %1 sans type d&apos;élément</translation>
    </message>
    <message>
        <source>schema entry %1 has an unknown meta-type %2</source>
        <translation>l&apos;entrée du schéma %1 a un méta-type inconnu %2</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCache</name>
    <message>
        <source>no saved schema for this QEMU (%1)</source>
        <translation>aucun schéma enregistré pour ce QEMU (%1)</translation>
    </message>
    <message>
        <source>the saved schema %1 is damaged: %2</source>
        <translation>le schéma enregistré %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the saved schema %1 belongs to another QEMU</source>
        <translation>le schéma enregistré %1 appartient à un autre QEMU</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCompleter</name>
    <message>
        <source>returns %1</source>
        <translation>renvoie %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>, allows out of band</source>
        <translation>, autorise l&apos;exécution hors bande</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, facultatif</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
</context>
<context>
    <name>QmpSchemaDescriber</name>
    <message>
        <source>allows out of band (exec-oob)</source>
        <translation>autorise l&apos;exécution hors bande (exec-oob)</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>fonctionnalités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation>Arguments&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments (variants chosen by &apos;%1&apos;):</source>
        <translation>Arguments (variantes choisies par «&#xa0;%1&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>Renvoie&#xa0;: rien ({})</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Renvoie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data: none</source>
        <translation>Données&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>when %1 is &apos;%2&apos;:</source>
        <translation>lorsque %1 vaut «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>... (%n more)</source>
        <translation>
            <numerusform>... (%n autre)</numerusform>
            <numerusform>... (%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>une valeur parmi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaLoader</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>query-qmp-schema failed: %1</source>
        <translation>échec de query-qmp-schema&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server&apos;s schema cannot be read: %1</source>
        <translation>le schéma du serveur ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaValidator</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run out of band (it does not allow exec-oob)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas s&apos;exécuter hors bande (exec-oob n&apos;est pas autorisé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>«&#xa0;%1&#xa0;» ne prend aucun argument</translation>
    </message>
    <message>
        <source>a command must be a JSON object, not %1</source>
        <translation>une commande doit être un objet JSON, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>a command needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>une commande doit avoir exactement un membre parmi «&#xa0;execute&#xa0;» et «&#xa0;exec-oob&#xa0;»</translation>
    </message>
    <message>
        <source>expected str, got %1</source>
        <translation>str attendu, %1 reçu</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a command</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue dans une commande</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 reçu</translation>
    </message>
    <message>
        <source>%1 is out of range for %2 (%3 .. %4)</source>
        <translation>%1 est hors de la plage de %2 (%3 .. %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; (%2)</source>
        <translation>clé obligatoire «&#xa0;%1&#xa0;» manquante (%2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for %2</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue pour %2</translation>
    </message>
</context>
<context>
    <name>QmpShortForm</name>
    <message>
        <source>argument %1, column %2: %3</source>
        <translation>argument %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>argument %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>commande vide</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>un message doit être un objet JSON</translation>
    </message>
    <message>
        <source>a message needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>un message doit avoir exactement un membre parmi «&#xa0;execute&#xa0;» et «&#xa0;exec-oob&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a command name</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nom de commande</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in command name &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu dans le nom de commande «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;arguments&apos; must be a JSON object, not %1</source>
        <translation>«&#xa0;arguments&#xa0;» doit être un objet JSON, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos; in the message (expected execute or exec-oob, arguments, id)</source>
        <translation>membre «&#xa0;%1&#xa0;» inconnu dans le message (attendus&#xa0;: execute ou exec-oob, arguments, id)</translation>
    </message>
    <message>
        <source>a message needs &apos;execute&apos; or &apos;exec-oob&apos;</source>
        <translation>un message doit avoir «&#xa0;execute&#xa0;» ou «&#xa0;exec-oob&#xa0;»</translation>
    </message>
    <message>
        <source>expected a command name before &apos;%1&apos;</source>
        <translation>nom de commande attendu avant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid JSON object: %1</source>
        <translation>objet JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>arguments are key=value pairs or one JSON object, not an array</source>
        <translation>les arguments sont des paires clé=valeur ou un unique objet JSON, pas un tableau</translation>
    </message>
    <message>
        <source>quote in a key; only values can be quoted</source>
        <translation>guillemet dans une clé&#xa0;; seules les valeurs peuvent être entre guillemets</translation>
    </message>
    <message>
        <source>a JSON object must be the only argument</source>
        <translation>un objet JSON doit être le seul argument</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: arguments are key=value</source>
        <translation>«&#xa0;%1&#xa0;» ne contient pas de «&#xa0;=&#xa0;»&#xa0;: les arguments sont de la forme clé=valeur</translation>
    </message>
    <message>
        <source>empty key before &apos;=&apos;</source>
        <translation>clé vide avant «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>unterminated %1 quote in the value of &apos;%2&apos;</source>
        <translation>guillemet %1 non fermé dans la valeur de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not valid JSON: %2</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing may follow a whole JSON message</source>
        <translation>rien ne peut suivre un message JSON complet</translation>
    </message>
    <message>
        <source>empty command name</source>
        <translation>nom de commande vide</translation>
    </message>
    <message>
        <source>space in key &apos;%1&apos;</source>
        <translation>espace dans la clé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QmpTransport</name>
    <message>
        <source>the server closed the connection during set-up</source>
        <translation>le serveur a fermé la connexion pendant son établissement</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS is for TCP addresses; %1 is a UNIX socket</source>
        <translation>TLS est réservé aux adresses TCP&#xa0;; %1 est un socket UNIX</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend for Qt</source>
        <translation>TLS n&apos;est pas disponible&#xa0;: aucun moteur TLS pour Qt</translation>
    </message>
    <message>
        <source>cannot load the client certificate &apos;%1&apos; or key &apos;%2&apos;</source>
        <translation>impossible de charger le certificat client «&#xa0;%1&#xa0;» ou la clé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>les descripteurs de fichiers ne peuvent être transmis que par un socket UNIX</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the server does not read: cannot pass file descriptors</source>
        <translation>le serveur ne lit pas&#xa0;: impossible de transmettre les descripteurs de fichiers</translation>
    </message>
    <message>
        <source>the socket path %1 is %2 bytes long, more than the %3 a UNIX socket address holds</source>
        <translation>le chemin de socket %1 fait %2 octets, plus que les %3 que peut contenir une adresse de socket UNIX</translation>
    </message>
</context>
<context>
    <name>QmpUnixConnector</name>
    <message>
        <source>no socket at %1</source>
        <translation>aucun socket à %1</translation>
    </message>
    <message>
        <source>nothing listens on %1 (QEMU may have exited and left the socket file behind)</source>
        <translation>rien n&apos;écoute sur %1 (QEMU s&apos;est peut-être arrêté en laissant le fichier de socket)</translation>
    </message>
    <message>
        <source>permission denied for %1</source>
        <translation>permission refusée pour %1</translation>
    </message>
    <message>
        <source>%1 is not a socket</source>
        <translation>%1 n&apos;est pas un socket</translation>
    </message>
    <message>
        <source>the socket path %1 is too long for a UNIX socket address</source>
        <translation>le chemin de socket %1 est trop long pour une adresse de socket UNIX</translation>
    </message>
</context>
<context>
    <name>ReplyDiffModel</name>
    <message>
        <source>(value)</source>
        <translation>(valeur)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>ReplyDiffView</name>
    <message>
        <source>No replies compared yet.</source>
        <translation>Aucune réponse comparée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Show unchanged</source>
        <translation>Afficher les éléments inchangés</translation>
    </message>
    <message>
        <source>Reply difference</source>
        <translation>Différence entre les réponses</translation>
    </message>
    <message numerus="yes">
        <source>%n values differ: %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n valeur diffère (ajouts&#xa0;: %1, suppressions&#xa0;: %2, modifications&#xa0;: %3).</numerusform>
            <numerusform>%n valeurs diffèrent (ajouts&#xa0;: %1, suppressions&#xa0;: %2, modifications&#xa0;: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxVm</name>
    <message>
        <source>QEMU did not open its QMP socket within %1 s</source>
        <translation>QEMU n&apos;a pas ouvert son socket QMP dans un délai de %1 s</translation>
    </message>
    <message>
        <source>%1 not found: install QEMU (Debian: qemu-system-x86) to use the sandbox VM</source>
        <translation>%1 introuvable&#xa0;: installez QEMU (Debian&#xa0;: qemu-system-x86) pour utiliser la VM bac à sable</translation>
    </message>
    <message>
        <source>cannot create a folder for the sandbox&apos;s QMP socket: %1</source>
        <translation>impossible de créer un dossier pour le socket QMP du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation>QEMU a été tué ou a planté</translation>
    </message>
    <message>
        <source>QEMU exited with status %1</source>
        <translation>QEMU s&apos;est terminé avec le code de sortie %1</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1 (%2)</source>
        <translation>QEMU a été tué par le signal %1 (%2)</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1</source>
        <translation>QEMU a été tué par le signal %1</translation>
    </message>
</context>
<context>
    <name>SchemaCompletionSource</name>
    <message>
        <source>QOM path</source>
        <translation>Chemin QOM</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, facultatif</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
</context>
<context>
    <name>SecurityBanner</name>
    <message>
        <source>&lt;b&gt;Unprotected connection:&lt;/b&gt; %1. Use TLS, a UNIX socket or an SSH tunnel.</source>
        <translation>&lt;b&gt;Connexion non protégée&#xa0;:&lt;/b&gt; %1. Utilisez TLS, un socket UNIX ou un tunnel SSH.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Event data filter</source>
        <translation>Filtre des données d&apos;événement</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Treat the filter text as a regular expression</source>
        <translation>Traiter le texte du filtre comme une expression régulière</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>Respecter exactement les majuscules et les minuscules</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Show only events inside a time range</source>
        <translation>N&apos;afficher que les événements compris dans une période</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Début (inclus)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Fin (incluse)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>heure de réception</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>Heure QEMU</translation>
    </message>
    <message>
        <source>Which time the range applies to</source>
        <translation>Heure à laquelle la période s&apos;applique</translation>
    </message>
    <message>
        <source>Show the events of one connection</source>
        <translation>Afficher les événements d&apos;une seule connexion</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>Expression régulière non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Filter by event name or data (text or regular expression)</source>
        <translation>Filtrer par nom ou données d&apos;événement (texte ou expression régulière)</translation>
    </message>
    <message>
        <source>Text to find in each event&apos;s name or in its data (the JSON as received); tick Regex for a regular expression</source>
        <translation>Texte à chercher dans le nom de chaque événement ou dans ses données (le JSON tel que reçu)&#xa0;; cochez Regex pour une expression régulière</translation>
    </message>
</context>
<context>
    <name>TimelineFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineMatcher</name>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>Expression régulière non valide à la position %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest event in view (pauses when you scroll up)</source>
        <translation>Garder le dernier événement visible (se met en pause lorsque vous faites défiler vers le haut)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Retirer tous les événements de la chronologie</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>At most this many events are kept; the oldest go first</source>
        <translation>Au plus ce nombre d&apos;événements est conservé&#xa0;; les plus anciens sont retirés en premier</translation>
    </message>
    <message>
        <source>Untick an event name to hide those events</source>
        <translation>Décochez un nom d&apos;événement pour masquer ces événements</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Writing the event log %1 again</source>
        <translation>Reprise de l&apos;écriture du journal d&apos;événements %1</translation>
    </message>
    <message>
        <source>Logging events to %1</source>
        <translation>Journalisation des événements dans %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The last re-filter took %1 ms</source>
        <translation>Le dernier refiltrage a pris %1 ms</translation>
    </message>
    <message>
        <source>Following paused; scroll to the bottom or press Follow to resume</source>
        <translation>Suivi en pause&#xa0;; faites défiler jusqu&apos;en bas ou appuyez sur «&#xa0;Suivre&#xa0;» pour reprendre</translation>
    </message>
    <message numerus="yes">
        <source> events</source>
        <comment>suffix of the number of events kept</comment>
        <translation>
            <numerusform> événement</numerusform>
            <numerusform> événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n older dropped)</source>
        <extracomment>%1 is the count of shown events, as in &quot;5 of 20 events&quot;</extracomment>
        <translation>
            <numerusform>%1 (%n plus ancien retiré)</numerusform>
            <numerusform>%1 (%n plus anciens retirés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event names</source>
        <translation>Noms d&apos;événements</translation>
    </message>
    <message>
        <source>Show &amp;Causing Command</source>
        <translation>Afficher la &amp;commande à l&apos;origine</translation>
    </message>
    <message>
        <source>Select in the command log the command that caused this event</source>
        <translation>Sélectionner dans le journal des commandes la commande qui a causé cet événement</translation>
    </message>
    <message>
        <source>No event is known to have come from this command</source>
        <translation>Aucun événement connu ne provient de cette commande</translation>
    </message>
    <message>
        <source>Caused by this command: %1</source>
        <translation>Causés par cette commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>No command sent from this app is known to have caused this event</source>
        <translation>Aucune commande envoyée depuis cette application n&apos;est connue pour avoir causé cet événement</translation>
    </message>
    <message numerus="yes">
        <source>Caused by this command: %1 (%n hidden by the filter)</source>
        <translation>
            <numerusform>Causés par cette commande&#xa0;: %1 (%n masqué par le filtre)</numerusform>
            <numerusform>Causés par cette commande&#xa0;: %1 (%n masqués par le filtre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these events hidden by the filter</source>
        <translation>
            <numerusform>%n de ces événements masqué par le filtre</numerusform>
            <numerusform>%n de ces événements masqués par le filtre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplugTracker</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>completed after %1 s, past the timeout</source>
        <translation>terminé après %1 s, au-delà du délai</translation>
    </message>
    <message>
        <source>the guest refused the unplug</source>
        <translation>l&apos;invité a refusé le débranchement à chaud</translation>
    </message>
    <message>
        <source>the connection closed before the unplug finished</source>
        <translation>la connexion a été fermée avant la fin du débranchement à chaud</translation>
    </message>
    <message>
        <source>no DEVICE_DELETED within %1 s; the guest has not released the device</source>
        <translation>aucun DEVICE_DELETED dans un délai de %1 s&#xa0;; l&apos;invité n&apos;a pas libéré le périphérique</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) linked</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement lié</numerusform>
            <numerusform>%1&#xa0;: %n événements liés</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by other</source>
        <translation>terminé par un autre</translation>
    </message>
    <message>
        <source>no device_del from this app: another client asked for it, or it went with its bus</source>
        <translation>aucun device_del depuis cette application&#xa0;: un autre client l&apos;a demandé, ou le périphérique est parti avec son bus</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>QMP Console User Guide</source>
        <translation>Guide de l&apos;utilisateur de QMP Console</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run it in a desktop session, or use qmpctl on a terminal.</source>
        <translation>pas d&apos;affichage&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini. Lancez-le dans une session de bureau, ou utilisez qmpctl dans un terminal.</translation>
    </message>
</context>
</TS>
