<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TokenDesk::CustomerBrowser</name>
    <message numerus="yes">
        <source>Loading… page %1, %n customer(s) so far</source>
        <translation>
            <numerusform>Loading… page %1, %n customer so far</numerusform>
            <numerusform>Loading… page %1, %n customers so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchQueue</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to wait %n second(s) before trying again, longer than the %1 seconds it waits. Try again later.</source>
        <translation>
            <numerusform>The server asked TokenDesk to wait %n second before trying again, longer than the %1 seconds it waits. Try again later.</numerusform>
            <numerusform>The server asked TokenDesk to wait %n seconds before trying again, longer than the %1 seconds it waits. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeyVault</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt. Unlock it and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for a password prompt. Unlock it and try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for a password prompt. Unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>The server asked TokenDesk to slow down: waiting %n second(s).</source>
        <translation>
            <numerusform>The server asked TokenDesk to slow down: waiting %n second.</numerusform>
            <numerusform>The server asked TokenDesk to slow down: waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be used; the other IDs are being fetched.</source>
        <translation>
            <numerusform>%n line could not be used; the other IDs are being fetched.</numerusform>
            <numerusform>%n lines could not be used; the other IDs are being fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %n row(s) with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</source>
        <translation>
            <numerusform>The file will hold %n row with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</numerusform>
            <numerusform>The file will hold %n rows with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1, readable by you only.</source>
        <translation>
            <numerusform>Exported %n row to %1, readable by you only.</numerusform>
            <numerusform>Exported %n rows to %1, readable by you only.</numerusform>
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
