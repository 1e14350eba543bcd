<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>qash::CustomerValidator</name>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use an email address of at most %n characters.</source>
        <translation>
            <numerusform>Use an email address of at most %n character.</numerusform>
            <numerusform>Use an email address of at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
