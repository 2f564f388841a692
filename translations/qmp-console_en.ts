<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandPanel</name>
    <message numerus="yes">
        <source>Schema: %1 (and %n more). QEMU decides; you can still send.</source>
        <translation>
            <numerusform>Schema: %1 (and %n more). QEMU decides; you can still send.</numerusform>
            <numerusform>Schema: %1 (and %n more). QEMU decides; you can still send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message numerus="yes">
        <source>%n events read</source>
        <translation>
            <numerusform>%n event read</numerusform>
            <numerusform>%n events read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands and replies not shown</source>
        <translation>
            <numerusform>%n command or reply not shown</numerusform>
            <numerusform>%n commands and replies not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped</source>
        <translation>
            <numerusform>%n bad line skipped</numerusform>
            <numerusform>%n bad lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped (line %1: %2)</source>
        <translation>
            <numerusform>%n bad line skipped (line %1: %2)</numerusform>
            <numerusform>%n bad lines skipped (line %1: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elements]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lines of %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>%n line of %1 could not be read and was skipped.</numerusform>
            <numerusform>%n lines of %1 could not be read and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QmpSchemaDescriber</name>
    <message numerus="yes">
        <source>... (%n more)</source>
        <translation>
            <numerusform>... (%n more)</numerusform>
            <numerusform>... (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDiffView</name>
    <message numerus="yes">
        <source>%n values differ: %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n value differs: %1 added, %2 removed, %3 changed.</numerusform>
            <numerusform>%n values differ: %1 added, %2 removed, %3 changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <source> events</source>
        <comment>suffix of the number of events kept</comment>
        <translation>
            <numerusform> event</numerusform>
            <numerusform> events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n older dropped)</source>
        <extracomment>%1 is the count of shown events, as in &quot;5 of 20 events&quot;</extracomment>
        <translation>
            <numerusform>%1 (%n older dropped)</numerusform>
            <numerusform>%1 (%n older dropped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caused by this command: %1 (%n hidden by the filter)</source>
        <translation>
            <numerusform>Caused by this command: %1 (%n hidden by the filter)</numerusform>
            <numerusform>Caused by this command: %1 (%n hidden by the filter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these events hidden by the filter</source>
        <translation>
            <numerusform>%n of these events hidden by the filter</numerusform>
            <numerusform>%n of these events hidden by the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplugTracker</name>
    <message numerus="yes">
        <source>%1: %n event(s) linked</source>
        <translation>
            <numerusform>%1: %n event linked</numerusform>
            <numerusform>%1: %n events linked</numerusform>
        </translation>
    </message>
</context>
</TS>
