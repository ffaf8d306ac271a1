<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Format</name>
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
            <source>%n h</source>
            <comment>hours, abbreviated</comment>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>minutes, abbreviated</comment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingChecks</name>
        <message numerus="yes">
            <source>%n question(s). The pass mark is %1 %. You can try as often as you like; every attempt is kept.</source>
            <translation>
                <numerusform>%n question. The pass mark is %1 %. You can try as often as you like; every attempt is kept.</numerusform>
                <numerusform>%n questions. The pass mark is %1 %. You can try as often as you like; every attempt is kept.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingLessons</name>
        <message numerus="yes">
            <source>%1 of %n lesson(s) read.</source>
            <translation>
                <numerusform>%1 of %n lesson read.</numerusform>
                <numerusform>%1 of %n lessons read.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingPacks</name>
        <message numerus="yes">
            <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
            <translation>
                <numerusform>%1 was not imported: %n problem found. Nothing was changed.</numerusform>
                <numerusform>%1 was not imported: %n problems found. Nothing was changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingRolePlay</name>
        <message numerus="yes">
            <source>You made %n choice(s): %1 showed the skill, %2 partly, %3 missed it. This practice run is recorded in your training progress.</source>
            <translation>
                <numerusform>You made %n choice: %1 showed the skill, %2 partly, %3 missed it. This practice run is recorded in your training progress.</numerusform>
                <numerusform>You made %n choices: %1 showed the skill, %2 partly, %3 missed it. This practice run is recorded in your training progress.</numerusform>
            </translation>
        </message>
    </context>
</TS>
