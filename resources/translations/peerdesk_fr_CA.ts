<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>GNU GPL 3.0 or later</source>
            <translation>GNU GPL 3.0 ou version ultérieure</translation>
        </message>
        <message>
            <source>GNU LGPL 3.0 — you may replace these libraries with your own build</source>
            <translation>GNU LGPL 3.0 — vous pouvez remplacer ces bibliothèques par votre propre version compilée</translation>
        </message>
        <message>
            <source>Apache 2.0 or BSD</source>
            <translation>Apache 2.0 ou BSD</translation>
        </message>
        <message>
            <source>A private notebook, practice room and reference shelf for workplace peer supporters.</source>
            <translation>Un carnet confidentiel, un lieu de pratique et une bibliothèque de références pour le soutien par les pairs en milieu de travail.</translation>
        </message>
        <message>
            <source>&lt;b&gt;PeerDesk makes no network connections.&lt;/b&gt; Everything you write stays in one encrypted vault file on this computer.</source>
            <translation>&lt;b&gt;PeerDesk n'établit aucune connexion réseau.&lt;/b&gt; Tout ce que vous écrivez reste dans un seul fichier coffre-fort chiffré, sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>About PeerDesk</source>
            <translation>À propos de PeerDesk</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1%</source>
            <comment>a percentage, e.g. 52%</comment>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
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
            <source>%n h</source>
            <comment>hours, abbreviated</comment>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>minutes, abbreviated</comment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>hours then minutes</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 h</source>
            <comment>a number of hours, e.g. 2.5 h</comment>
            <translation>%1 h</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>PeerDesk help</source>
            <translation>Aide de PeerDesk</translation>
        </message>
    </context>
</TS>
