<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TokenDesk::MainWindow</name>
    <message numerus="yes">
        <source>Fetching %n token(s)…</source>
        <translation>
            <numerusform>Fetching %n token…</numerusform>
            <numerusform>Fetching %n tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the token for %1. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the token for %1. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the token for %1. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkError</name>
    <message numerus="yes">
        <source>No reply from the server within %n second(s).</source>
        <translation>
            <numerusform>No reply from the server within %n second.</numerusform>
            <numerusform>No reply from the server within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
