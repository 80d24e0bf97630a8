<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>i18n</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not on this computer:</source>
        <translation>
            <numerusform>%n item is not on this computer:</numerusform>
            <numerusform>%n items are not on this computer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{id}” is the start of %n ids; type more of it</source>
        <translation>
            <numerusform>“{id}” is the start of %n ids; type more of it</numerusform>
            <numerusform>“{id}” is the start of %n ids; type more of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>job summary: items</comment>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>job summary: items</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <comment>job summary: items</comment>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s). Merge one: real-desktop merge KEEP_ID OTHER_ID...</source>
        <translation>
            <numerusform>%n group. Merge one: real-desktop merge KEEP_ID OTHER_ID...</numerusform>
            <numerusform>%n groups. Merge one: real-desktop merge KEEP_ID OTHER_ID...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n item(s) into “{title}” ({id}); their notes are on it now.</source>
        <translation>
            <numerusform>Merged %n item into “{title}” ({id}); their notes are on it now.</numerusform>
            <numerusform>Merged %n items into “{title}” ({id}); their notes are on it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages/sections</source>
        <comment>info: what is indexed</comment>
        <translation>
            <numerusform>%n pages/sections</numerusform>
            <numerusform>%n pages/sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption cues</source>
        <comment>info: what is indexed</comment>
        <translation>
            <numerusform>%n caption cue</numerusform>
            <numerusform>%n caption cues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items from the library. The files themselves were not touched; their notes are kept and return with them if you import the files again.</source>
        <translation>
            <numerusform>Removed %n items from the library. The files themselves were not touched; their notes are kept and return with them if you import the files again.</numerusform>
            <numerusform>Removed %n items from the library. The files themselves were not touched; their notes are kept and return with them if you import the files again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n file to {folder}</numerusform>
            <numerusform>Wrote %n files to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n note to {file}</numerusform>
            <numerusform>Wrote %n notes to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purged %n note(s)</source>
        <translation>
            <numerusform>purged %n note</numerusform>
            <numerusform>purged %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda(s)</source>
        <translation>
            <numerusform>%n agenda</numerusform>
            <numerusform>%n agendas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n not supported</numerusform>
            <numerusform>%n not supported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>later</name>
    <message numerus="yes">
        <source>libvlc {version} loaded, %n plugin(s)</source>
        <translation>
            <numerusform>libvlc {version} loaded, %n plugin</numerusform>
            <numerusform>libvlc {version} loaded, %n plugins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families, default {font}</source>
        <translation>
            <numerusform>%n family, default {font}</numerusform>
            <numerusform>%n families, default {font}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title!r} has %n page(s); page {page} is not one of them</source>
        <translation>
            <numerusform>{title!r} has %n page; page {page} is not one of them</numerusform>
            <numerusform>{title!r} has %n pages; page {page} is not one of them</numerusform>
        </translation>
    </message>
</context>
</TS>
