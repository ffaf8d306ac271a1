<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CarePanel</name>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to celebrate</source>
            <translation>
                <numerusform>%n thing to celebrate</numerusform>
                <numerusform>%n things to celebrate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message numerus="yes">
            <source>The note still holds %n possible identifying detail(s) (underlined). Save it anyway?</source>
            <translation>
                <numerusform>The note still holds %n possible identifying detail (underlined). Save it anyway?</numerusform>
                <numerusform>The note still holds %n possible identifying details (underlined). Save it anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>%n unfinished contact(s) kept as a draft.</source>
            <translation>
                <numerusform>%n unfinished contact kept as a draft.</numerusform>
                <numerusform>%n unfinished contacts kept as a draft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) shown</source>
            <translation>
                <numerusform>%n contact shown</numerusform>
                <numerusform>%n contacts shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due or overdue</source>
            <translation>
                <numerusform>%n follow-up due or overdue</numerusform>
                <numerusform>%n follow-ups due or overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message numerus="yes">
            <source>%n refresher(s) due.</source>
            <translation>
                <numerusform>%n refresher is due.</numerusform>
                <numerusform>%n refreshers are due.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>%n follow-up(s) due today or earlier.</source>
            <translation>
                <numerusform>%n follow-up is due today or earlier.</numerusform>
                <numerusform>%n follow-ups are due today or earlier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due today or earlier, %1 of them overdue.</source>
            <translation>
                <numerusform>%n follow-up is due today or earlier, %1 of them overdue.</numerusform>
                <numerusform>%n follow-ups are due today or earlier, %1 of them overdue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataSecurityGroup</name>
        <message numerus="yes">
            <source>File format version %1, schema version %2, saved %n time(s).</source>
            <translation>
                <numerusform>File format version %1, schema version %2, saved %n time.</numerusform>
                <numerusform>File format version %1, schema version %2, saved %n times.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>PeerDesk erased %n file(s) and folder(s) from this computer.</source>
            <translation>
                <numerusform>PeerDesk erased %n file or folder from this computer.</numerusform>
                <numerusform>PeerDesk erased %n files and folders from this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n readable file(s) to %1. Delete them when you no longer need them.</source>
            <translation>
                <numerusform>Exported %n readable file to %1. Delete it when you no longer need it.</numerusform>
                <numerusform>Exported %n readable files to %1. Delete them when you no longer need them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeidGuard</name>
        <message numerus="yes">
            <source>The text may identify someone (%n possible detail(s), wavy underline). Replacing them keeps it useful and private.</source>
            <translation>
                <numerusform>The text may identify someone (%n possible detail, wavy underline). Replacing them keeps it useful and private.</numerusform>
                <numerusform>The text may identify someone (%n possible details, wavy underline). Replacing them keeps it useful and private.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n description(s) (dotted underline) could point to one person, for example a role in a small team. Worth a second look.</source>
            <translation>
                <numerusform>%n description (dotted underline) could point to one person, for example a role in a small team. Worth a second look.</numerusform>
                <numerusform>%n descriptions (dotted underline) could point to one person, for example a role in a small team. Worth a second look.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectoryBrowser</name>
        <message numerus="yes">
            <source>%n service(s) found</source>
            <translation>
                <numerusform>%n service found</numerusform>
                <numerusform>%n services found</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>⚠ This file has %n problem(s) that affect the whole file, listed below. Nothing will be imported until they are fixed.</source>
            <translation>
                <numerusform>⚠ This file has %n problem that affects the whole file, listed below. Nothing will be imported until it is fixed.</numerusform>
                <numerusform>⚠ This file has %n problems that affect the whole file, listed below. Nothing will be imported until they are fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready to import %n service(s) (%1 new, %2 updates). Nothing is imported until you choose Import.</source>
            <translation>
                <numerusform>Ready to import %n service (%1 new, %2 updates). Nothing is imported until you choose Import.</numerusform>
                <numerusform>Ready to import %n services (%1 new, %2 updates). Nothing is imported until you choose Import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be left out</source>
            <translation>
                <numerusform>%n row will be left out</numerusform>
                <numerusform>%n rows will be left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n detail(s) need a look</source>
            <translation>
                <numerusform>%n detail needs a look</numerusform>
                <numerusform>%n details need a look</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n service(s).</source>
            <translation>
                <numerusform>Imported %n service.</numerusform>
                <numerusform>Imported %n services.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>It combines the reports of %n supporter(s).</source>
            <translation>
                <numerusform>It combines the report of %n supporter.</numerusform>
                <numerusform>It combines the reports of %n supporters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message numerus="yes">
            <source>Team report, %1 (%n report(s) merged)</source>
            <translation>
                <numerusform>Team report, %1 (%n report merged)</numerusform>
                <numerusform>Team report, %1 (%n reports merged)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>Merged %n report(s). Check the preview, then export.</source>
            <translation>
                <numerusform>Merged %n report. Check the preview, then export.</numerusform>
                <numerusform>Merged %n reports. Check the preview, then export.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message numerus="yes">
            <source>Note saved in your vault. It may identify someone (%n underlined).</source>
            <translation>
                <numerusform>Note saved in your vault. It may identify someone (%n underlined).</numerusform>
                <numerusform>Note saved in your vault. It may identify someone (%n underlined).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note holds %n possible identifying detail(s) (underlined). Notes here are about services, not people. Save it anyway?</source>
            <translation>
                <numerusform>The note holds %n possible identifying detail (underlined). Notes here are about services, not people. Save it anyway?</numerusform>
                <numerusform>The note holds %n possible identifying details (underlined). Notes here are about services, not people. Save it anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionOffer</name>
        <message numerus="yes">
            <source>Your retention setting keeps notes for %n month(s).</source>
            <translation>
                <numerusform>Your retention setting keeps notes for %n month.</numerusform>
                <numerusform>Your retention setting keeps notes for %n months.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older contact(s) still have a note or incident number. Remove that text now? The rest of each contact, and every statistic, stays.</source>
            <translation>
                <numerusform>%n older contact still has a note or incident number. Remove that text now? The rest of each contact, and every statistic, stays.</numerusform>
                <numerusform>%n older contacts still have a note or incident number. Remove that text now? The rest of each contact, and every statistic, stays.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed old notes from %n contact(s).</source>
            <translation>
                <numerusform>Removed old notes from %n contact.</numerusform>
                <numerusform>Removed old notes from %n contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScaleForms</name>
        <message numerus="yes">
            <source>%n answer(s) typed, the form has %1</source>
            <translation>
                <numerusform>%n answer typed, the form has %1</numerusform>
                <numerusform>%n answers typed, the form has %1</numerusform>
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
