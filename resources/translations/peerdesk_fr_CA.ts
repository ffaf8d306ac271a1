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
    <context>
        <name>TrainingChecks</name>
        <message>
            <source>✓ Right, and you chose it.</source>
            <translation>✓ Bonne réponse, et vous l’avez choisie.</translation>
        </message>
        <message>
            <source>✓ A right answer (you did not choose it).</source>
            <translation>✓ Une bonne réponse (vous ne l’avez pas choisie).</translation>
        </message>
        <message>
            <source>✗ Not right, and you chose it.</source>
            <translation>✗ Mauvaise réponse, et vous l’avez choisie.</translation>
        </message>
        <message>
            <source>✗ Not right.</source>
            <translation>✗ Mauvaise réponse.</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 de %2</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Choisissez une réponse.</translation>
        </message>
        <message>
            <source>Choose all that apply.</source>
            <translation>Choisissez toutes les bonnes réponses.</translation>
        </message>
        <message>
            <source>%1 — answered right</source>
            <translation>%1 — bonne réponse</translation>
        </message>
        <message>
            <source>%1 — not right</source>
            <translation>%1 — mauvaise réponse</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s). The pass mark is %1 %. You can try as often as you like; every attempt is kept.</source>
            <translation>
                <numerusform>%n question. La note de passage est de %1 %. Vous pouvez essayer aussi souvent que vous le voulez; chaque tentative est conservée.</numerusform>
                <numerusform>%n questions. La note de passage est de %1 %. Vous pouvez essayer aussi souvent que vous le voulez; chaque tentative est conservée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <source>&amp;Submit answers</source>
            <translation>&amp;Soumettre les réponses</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>Réessa&amp;yer</translation>
        </message>
        <message>
            <source>Answer every question first (still open: %1).</source>
            <translation>Répondez d’abord à toutes les questions (encore sans réponse : %1).</translation>
        </message>
        <message>
            <source>Attempt %1: %2 of %3 right (%4 %). The pass mark is %5 %.</source>
            <translation>Tentative %1 : %2 bonnes réponses sur %3 (%4 %). La note de passage est de %5 %.</translation>
        </message>
        <message>
            <source>Passed. The explanations under each answer stay for you to read.</source>
            <translation>Réussi. Les explications sous chaque réponse restent là pour que vous les lisiez.</translation>
        </message>
        <message>
            <source>Not passed yet. Read the explanations, then try again when ready.</source>
            <translation>Pas encore réussi. Lisez les explications, puis réessayez quand vous le voudrez.</translation>
        </message>
    </context>
    <context>
        <name>TrainingLessons</name>
        <message>
            <source>Lessons</source>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Texte de la leçon</translation>
        </message>
        <message>
            <source>&amp;Previous lesson</source>
            <translation>Leçon &amp;précédente</translation>
        </message>
        <message>
            <source>Mar&amp;k as read and continue</source>
            <translation>Marquer comme &amp;lue et continuer</translation>
        </message>
        <message>
            <source>Mar&amp;k as read</source>
            <translation>Marquer comme &amp;lue</translation>
        </message>
        <message>
            <source>%1 (read)</source>
            <translation>%1 (lue)</translation>
        </message>
        <message>
            <source>%1 (not read yet)</source>
            <translation>%1 (pas encore lue)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n lesson(s) read.</source>
            <translation>
                <numerusform>%1 leçon lue sur %n.</numerusform>
                <numerusform>%1 leçons lues sur %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingLog</name>
        <message>
            <source>Course</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>Heures de formation</translation>
        </message>
        <message>
            <source>Completed modules</source>
            <translation>Modules terminés</translation>
        </message>
        <message>
            <source>External trainings</source>
            <translation>Formations externes</translation>
        </message>
        <message>
            <source>Re&amp;move selected training</source>
            <translation>Re&amp;tirer la formation choisie</translation>
        </message>
        <message>
            <source>E&amp;xport transcript (PDF)…</source>
            <translation>E&amp;xporter le relevé (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Add to the log</source>
            <translation>A&amp;jouter au journal</translation>
        </message>
        <message>
            <source>Add an external training</source>
            <translation>Ajouter une formation externe</translation>
        </message>
        <message>
            <source>C&amp;ourse:</source>
            <translation>For&amp;mation :</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>Organi&amp;sme :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Ho&amp;urs:</source>
            <translation>Heu&amp;res :</translation>
        </message>
        <message>
            <source>PeerDesk modules completed</source>
            <translation>Modules PeerDesk terminés</translation>
        </message>
        <message>
            <source>Modules completed: %1, credited with their estimated time (%2 h). External trainings: %3 h. Total credited: %4 h. Time you actually spent in modules, complete or not: %5 h.</source>
            <translation>Modules terminés : %1, crédités selon leur durée estimée (%2 h). Formations externes : %3 h. Total crédité : %4 h. Temps réellement consacré aux modules, terminés ou non : %5 h.</translation>
        </message>
        <message>
            <source>Not added. %1: %2.</source>
            <translation>Non ajouté. %1 : %2.</translation>
        </message>
        <message>
            <source>Added %1 h to the log.</source>
            <translation>%1 h ajoutées au journal.</translation>
        </message>
        <message>
            <source>Choose a training in the list first.</source>
            <translation>Choisissez d’abord une formation dans la liste.</translation>
        </message>
        <message>
            <source>Removed from the log.</source>
            <translation>Retirée du journal.</translation>
        </message>
        <message>
            <source>Save the training transcript</source>
            <translation>Enregistrer le relevé de formation</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the transcript…</source>
            <translation>Rédaction du relevé…</translation>
        </message>
        <message>
            <source>Transcript saved as %1.</source>
            <translation>Relevé enregistré sous %1.</translation>
        </message>
        <message>
            <source>The transcript was not written: %1</source>
            <translation>Le relevé n’a pas été écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>TrainingModule</name>
        <message>
            <source>Status: %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>environ %1</translation>
        </message>
        <message>
            <source>%1 spent so far</source>
            <translation>%1 consacrées jusqu’ici</translation>
        </message>
        <message>
            <source>best check score %1 %</source>
            <translation>meilleur résultat à la vérification : %1 %</translation>
        </message>
        <message>
            <source>completed %1</source>
            <translation>terminé le %1</translation>
        </message>
        <message>
            <source>refresher due %1</source>
            <translation>mise à jour prévue le %1</translation>
        </message>
        <message>
            <source>%1.</source>
            <comment>a sentence's end</comment>
            <translation>%1.</translation>
        </message>
        <message>
            <source>Sources: %1.</source>
            <translation>Sources : %1.</translation>
        </message>
        <message>
            <source>← All &amp;modules</source>
            <translation>← Tous les &amp;modules</translation>
        </message>
        <message>
            <source>&amp;Resume where I left off</source>
            <translation>&amp;Reprendre là où j’en étais</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Module status</source>
            <translation>État du module</translation>
        </message>
        <message>
            <source>Parts of the module</source>
            <translation>Parties du module</translation>
        </message>
        <message>
            <source>Lessons (%1)</source>
            <translation>Leçons (%1)</translation>
        </message>
        <message>
            <source>Knowledge check (%1)</source>
            <translation>Vérification des connaissances (%1)</translation>
        </message>
        <message>
            <source>Role-play</source>
            <translation>Mise en situation</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Réflexion</translation>
        </message>
    </context>
    <context>
        <name>TrainingModules</name>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Estimated time</source>
            <translation>Durée estimée</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Refresher due</source>
            <translation>Mise à jour prévue</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Temps consacré</translation>
        </message>
        <message>
            <source>● complete</source>
            <translation>● terminé</translation>
        </message>
        <message>
            <source>◐ in progress</source>
            <translation>◐ en cours</translation>
        </message>
        <message>
            <source>○ not started</source>
            <translation>○ pas commencé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>column name: cell text</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 (due now)</source>
            <translation>%1 (à faire maintenant)</translation>
        </message>
    </context>
    <context>
        <name>TrainingPacks</name>
        <message>
            <source>Module packs (*.zip);;All files (*)</source>
            <translation>Ensembles de modules (*.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;Import module pack…</source>
            <translation>&amp;Importer un ensemble de modules…</translation>
        </message>
        <message>
            <source>From a &amp;zip file…</source>
            <translation>À partir d’un fichier &amp;zip…</translation>
        </message>
        <message>
            <source>From a &amp;folder…</source>
            <translation>À partir d’un &amp;dossier…</translation>
        </message>
        <message>
            <source>Problems found in the module pack</source>
            <translation>Problèmes trouvés dans l’ensemble de modules</translation>
        </message>
        <message>
            <source>Import a module pack</source>
            <translation>Importer un ensemble de modules</translation>
        </message>
        <message>
            <source>Choose a module pack folder</source>
            <translation>Choisir le dossier d’un ensemble de modules</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Vérification de %1…</translation>
        </message>
        <message>
            <source>%1 holds no training module; nothing was imported.</source>
            <translation>%1 ne contient aucun module de formation; rien n’a été importé.</translation>
        </message>
        <message numerus="yes">
            <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
            <translation>
                <numerusform>%1 n’a pas été importé : %n problème trouvé. Rien n’a été modifié.</numerusform>
                <numerusform>%1 n’a pas été importé : %n problèmes trouvés. Rien n’a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pack could not be read (%1).</source>
            <translation>L’ensemble n’a pas pu être lu (%1).</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Training modules</source>
            <translation>Modules de formation</translation>
        </message>
        <message>
            <source>&amp;Open module</source>
            <translation>&amp;Ouvrir le module</translation>
        </message>
        <message>
            <source>About the chosen module</source>
            <translation>À propos du module choisi</translation>
        </message>
        <message>
            <source>Training sections</source>
            <translation>Sections de la formation</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Training log</source>
            <translation>Journal de formation</translation>
        </message>
        <message>
            <source>A refresher is due for: %1.</source>
            <translation>Une mise à jour est à faire pour : %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>module title: summary</comment>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>TrainingReflect</name>
        <message>
            <source>Your answers are kept in your vault, encrypted with everything else. They never appear in a transcript, report or export.</source>
            <translation>Vos réponses sont conservées dans votre coffre-fort, chiffrées avec tout le reste. Elles n’apparaissent jamais dans un relevé, un rapport ou une exportation.</translation>
        </message>
        <message>
            <source>Self-assessment score</source>
            <translation>Résultat de l’autoévaluation</translation>
        </message>
        <message>
            <source>Save self-&amp;assessment</source>
            <translation>Enregistrer l’autoé&amp;valuation</translation>
        </message>
        <message>
            <source>Last saved: %1 of %2.</source>
            <translation>Dernier enregistrement : %1 sur %2.</translation>
        </message>
        <message>
            <source>Saved: %1 of %2 in place.</source>
            <translation>Enregistré : %1 sur %2 en place.</translation>
        </message>
        <message>
            <source>Your answer to reflection %1</source>
            <translation>Votre réponse à la réflexion %1</translation>
        </message>
        <message>
            <source>&amp;Save reflections</source>
            <translation>Enregistrer les réflexio&amp;ns</translation>
        </message>
        <message>
            <source>Your unsaved answers are back. Save them to keep them for good.</source>
            <translation>Vos réponses non enregistrées sont de retour. Enregistrez-les pour les garder pour de bon.</translation>
        </message>
        <message>
            <source>Reflection %1 was not saved: it %2.</source>
            <translation>La réflexion %1 n’a pas été enregistrée : elle %2.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Nothing new to save.</source>
            <translation>Rien de nouveau à enregistrer.</translation>
        </message>
    </context>
    <context>
        <name>TrainingRolePlay</name>
        <message>
            <source>✓ shown</source>
            <translation>✓ démontrée</translation>
        </message>
        <message>
            <source>◐ partly shown</source>
            <translation>◐ démontrée en partie</translation>
        </message>
        <message>
            <source>✗ missed</source>
            <translation>✗ manquée</translation>
        </message>
        <message>
            <source>a good ending</source>
            <translation>une bonne fin</translation>
        </message>
        <message>
            <source>a fair ending (good enough to complete the module)</source>
            <translation>une fin correcte (suffisante pour terminer le module)</translation>
        </message>
        <message>
            <source>a poor ending (try again: the module needs a fair or good one)</source>
            <translation>une fin difficile (réessayez : le module demande une fin correcte ou bonne)</translation>
        </message>
        <message>
            <source>It reached a good ending, which counts towards completing the module.</source>
            <translation>Elle a mené à une bonne fin, qui compte pour terminer le module.</translation>
        </message>
        <message>
            <source>It reached a fair ending, which counts towards completing the module.</source>
            <translation>Elle a mené à une fin correcte, qui compte pour terminer le module.</translation>
        </message>
        <message>
            <source>It reached a poor ending, which does not count yet: try it again.</source>
            <translation>Elle a mené à une fin difficile, qui ne compte pas encore : réessayez.</translation>
        </message>
        <message>
            <source>Skill: %1 — %2. %3</source>
            <translation>Habileté : %1 — %2. %3</translation>
        </message>
        <message numerus="yes">
            <source>You made %n choice(s): %1 showed the skill, %2 partly, %3 missed it. This practice run is recorded in your training progress.</source>
            <translation>
                <numerusform>Vous avez fait %n choix : %1 démontrant l’habileté, %2 en partie, %3 la manquant. Cette pratique est inscrite dans votre progression.</numerusform>
                <numerusform>Vous avez fait %n choix : %1 démontrant l’habileté, %2 en partie, %3 la manquant. Cette pratique est inscrite dans votre progression.</numerusform>
            </translation>
        </message>
        <message>
            <source>How it ended:</source>
            <translation>Comment ça s’est terminé :</translation>
        </message>
        <message>
            <source>What you did, reply by reply:</source>
            <translation>Ce que vous avez fait, réponse par réponse :</translation>
        </message>
        <message>
            <source>%1:</source>
            <comment>a speaker's name</comment>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>Vous :</translation>
        </message>
        <message>
            <source>The conversation starts below.</source>
            <translation>La conversation commence ci-dessous.</translation>
        </message>
        <message>
            <source>“%1” — %2: %3. %4</source>
            <translation>« %1 » — %2 : %3. %4</translation>
        </message>
        <message>
            <source>Conversation so far</source>
            <translation>Conversation jusqu’ici</translation>
        </message>
        <message>
            <source>What your colleague says</source>
            <translation>Ce que dit votre collègue</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Rétroaction</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>Contin&amp;uer</translation>
        </message>
        <message>
            <source>Start this role-play &amp;again</source>
            <translation>Re&amp;commencer cette mise en situation</translation>
        </message>
        <message>
            <source>&amp;Role-play:</source>
            <translation>Mise en si&amp;tuation :</translation>
        </message>
        <message>
            <source>Debrief: %1</source>
            <translation>Débreffage : %1</translation>
        </message>
        <message>
            <source>Choose an answer: press 1 to %1, or Tab to one and press Space.</source>
            <translation>Choisissez une réponse : appuyez sur une touche de 1 à %1, ou allez-y avec Tab et appuyez sur Espace.</translation>
        </message>
        <message>
            <source>%1 says: “%2”</source>
            <translation>%1 dit : « %2 »</translation>
        </message>
        <message>
            <source>Press %1 to choose this answer</source>
            <translation>Appuyez sur %1 pour choisir cette réponse</translation>
        </message>
        <message>
            <source>%1 says: “%2”
You answer: “%3”</source>
            <translation>%1 dit : « %2 »
Vous répondez : « %3 »</translation>
        </message>
    </context>
    <context>
        <name>TrainingTranscript</name>
        <message>
            <source>Modules count with their estimated time (their text read at 200 words a minute, plus time to think and to write reflections) once every lesson is opened, the knowledge check is passed and a role-play reaches a fair or good ending. Time actually spent in modules is shown separately. This transcript holds no notes, no reflection answers and nothing from the contact log.</source>
            <translation>Les modules comptent pour leur durée estimée (leur texte lu à 200 mots par minute, plus le temps de réfléchir et d’écrire les réflexions) une fois chaque leçon ouverte, la vérification des connaissances réussie et une mise en situation menée à une fin correcte ou bonne. Le temps réellement consacré aux modules est indiqué à part. Ce relevé ne contient aucune note, aucune réponse aux réflexions et rien du journal des contacts.</translation>
        </message>
        <message>
            <source>Prepared on %1.</source>
            <translation>Préparé le %1.</translation>
        </message>
        <message>
            <source>PeerDesk modules completed</source>
            <translation>Modules PeerDesk terminés</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>Aucun module terminé pour l’instant.</translation>
        </message>
        <message>
            <source>External trainings</source>
            <translation>Formations externes</translation>
        </message>
        <message>
            <source>No external training recorded.</source>
            <translation>Aucune formation externe inscrite.</translation>
        </message>
        <message>
            <source>PeerDesk modules</source>
            <translation>Modules PeerDesk</translation>
        </message>
        <message>
            <source>Total credited</source>
            <translation>Total crédité</translation>
        </message>
        <message>
            <source>Time actually spent in modules</source>
            <translation>Temps réellement consacré aux modules</translation>
        </message>
        <message>
            <source>Training transcript</source>
            <translation>Relevé de formation</translation>
        </message>
    </context>
</TS>
