<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TokenDesk::BatchProgress</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to slow down: waiting %Ln second(s).</source>
        <translation>
            <numerusform>The server asked TokenDesk to slow down: waiting %Ln second.</numerusform>
            <numerusform>The server asked TokenDesk to slow down: waiting %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerBrowser</name>
    <message numerus="yes">
        <source>Loading… page %1, %Ln customer(s) so far</source>
        <translation>
            <numerusform>Loading… page %1, %Ln customer so far</numerusform>
            <numerusform>Loading… page %1, %Ln customers so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::FailureDetails</name>
    <message numerus="yes">
        <source>Copied why %Ln row(s) failed.</source>
        <translation>
            <numerusform>Copied why %Ln row failed.</numerusform>
            <numerusform>Copied why %Ln rows failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeyVault</name>
    <message numerus="yes">
        <source>The keychain did not answer within %Ln second(s); it may be waiting for a password prompt. Unlock it and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %Ln second; it may be waiting for a password prompt. Unlock it and try again.</numerusform>
            <numerusform>The keychain did not answer within %Ln seconds; it may be waiting for a password prompt. Unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message numerus="yes">
        <source>Fetching %Ln token(s)…</source>
        <translation>
            <numerusform>Fetching %Ln token…</numerusform>
            <numerusform>Fetching %Ln tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %Ln s</source>
        <translation>
            <numerusform>Clipboard clears in %Ln s</numerusform>
            <numerusform>Clipboard clears in %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln new token(s); the other user IDs are already in the table or on their way.</source>
        <translation>
            <numerusform>Fetching %Ln new token; the other user IDs are already in the table or on their way.</numerusform>
            <numerusform>Fetching %Ln new tokens; the other user IDs are already in the table or on their way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkError</name>
    <message numerus="yes">
        <source>No reply from the server within %Ln second(s).</source>
        <translation>
            <numerusform>No reply from the server within %Ln second.</numerusform>
            <numerusform>No reply from the server within %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::RetryPolicy</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to wait %Ln second(s) before trying again, longer than the %1 seconds it waits. Try again later.</source>
        <translation>
            <numerusform>The server asked TokenDesk to wait %Ln second before trying again, longer than the %1 seconds it waits. Try again later.</numerusform>
            <numerusform>The server asked TokenDesk to wait %Ln seconds before trying again, longer than the %1 seconds it waits. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokensPanel</name>
    <message numerus="yes">
        <source>The file will hold %Ln row(s) with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</source>
        <translation>
            <numerusform>The file will hold %Ln row with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</numerusform>
            <numerusform>The file will hold %Ln rows with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1, readable by you only.</source>
        <translation>
            <numerusform>Exported %Ln row to %1, readable by you only.</numerusform>
            <numerusform>Exported %Ln rows to %1, readable by you only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be used; the other IDs are being fetched.</source>
        <translation>
            <numerusform>%Ln line could not be used; the other IDs are being fetched.</numerusform>
            <numerusform>%Ln lines could not be used; the other IDs are being fetched.</numerusform>
        </translation>
    </message>
</context>
</TS>
