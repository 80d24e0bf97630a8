<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Key names as Spanish keyboards print them, over Qt's own qtbase_es ("Control+Mayúsculas+N"
  is long enough to widen the notes panel's hint at large text; keyboards say Ctrl, Mayús,
  Supr). Written by hand (no source strings of ours: lupdate does not make it); compiled with
  `pyside6-lrelease qt_keys_es.ts`; installed by ui/i18n.py after qtbase_es.
-->
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
</context>
</TS>
