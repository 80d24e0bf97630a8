<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  English plural forms. Strings with %n are written once in the code (tr("%n match(es)",
  "", n)); Qt picks the form from a translation, so English needs one too. Other languages
  translate the same source strings in their own real_desktop_<lang>.ts. Compiled with
  `pyside6-lrelease real_desktop_en.ts` (tests/ui/test_i18n.py checks the .qm is current,
  tests/ui/test_i18n_spanish.py that every plural message of the Spanish .ts has its
  English forms here: add them by hand for a new %n message).
-->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message numerus="yes">
        <source>%n agenda(s) go along: {0}</source>
        <translation>
            <numerusform>%n agenda goes along: {0}</numerusform>
            <numerusform>%n agendas go along: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n agenda(s) it brought go too, except any you have edited since installing it: those are yours and stay.</source>
        <translation>
            <numerusform>The agenda it brought goes too, unless you have edited it since installing it: then it is yours and stays.</numerusform>
            <numerusform>The %n agendas it brought go too, except any you have edited since installing it: those are yours and stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {0} ({1} items, %n agenda(s)).</source>
        <translation>
            <numerusform>Wrote {0} ({1} items, %n agenda).</numerusform>
            <numerusform>Wrote {0} ({1} items, %n agendas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted notes</source>
        <translation>
            <numerusform>%n deleted note</numerusform>
            <numerusform>%n deleted notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n notes for good.</source>
        <translation>
            <numerusform>Deleted %n note for good.</numerusform>
            <numerusform>Deleted %n notes for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relinker</name>
    <message numerus="yes">
        <source>%n other missing recordings were found in the same folder. Link them too?</source>
        <translation>
            <numerusform>%n other missing recording was found in the same folder. Link it too?</numerusform>
            <numerusform>%n other missing recordings were found in the same folder. Link them too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n more recordings.</source>
        <translation>
            <numerusform>Linked %n more recording.</numerusform>
            <numerusform>Linked %n more recordings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerSpeech</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <translation>
            <numerusform>%n not supported</numerusform>
            <numerusform>%n not supported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
</TS>
