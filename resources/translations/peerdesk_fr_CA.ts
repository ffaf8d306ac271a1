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
        <name>Application</name>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>PeerDesk ran into an unexpected problem. Your saved work is safe. If this keeps happening, lock PeerDesk and open it again.</source>
            <translation>PeerDesk a rencontré un problème inattendu. Ce que vous avez enregistré est en sécurité. Si cela se reproduit, verrouillez PeerDesk, puis rouvrez-le.</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Saved on</source>
            <translation>Enregistrée le</translation>
        </message>
        <message>
            <source>Save number</source>
            <translation>N° d'enregistrement</translation>
        </message>
    </context>
    <context>
        <name>CarePanel</name>
        <message>
            <source>You have not checked in today. It takes less than a minute.</source>
            <translation>Vous n'avez pas encore fait votre bilan aujourd'hui. Cela prend moins d'une minute.</translation>
        </message>
        <message>
            <source>No check-in yet this week. A minute for yourself is time well spent.</source>
            <translation>Pas encore de bilan cette semaine. Une minute pour vous, c'est du temps bien investi.</translation>
        </message>
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
                <numerusform>%n réussite à souligner</numerusform>
                <numerusform>%n réussites à souligner</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes for you: %1 and %2.</source>
            <translation>Pour vous : %1 et %2.</translation>
        </message>
        <message>
            <source>Notes for you: %1.</source>
            <translation>Pour vous : %1.</translation>
        </message>
        <message>
            <source>Notes for you</source>
            <translation>Pour vous</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Show all (%1)</source>
            <translation>Tout afficher (%1)</translation>
        </message>
        <message>
            <source>Show or hide the notes for you</source>
            <translation>Afficher ou masquer les notes pour vous</translation>
        </message>
        <message>
            <source>Check-in reminder</source>
            <translation>Rappel de bilan</translation>
        </message>
        <message>
            <source>Check in now</source>
            <translation>Faire mon bilan</translation>
        </message>
        <message>
            <source>Suggestion: %1</source>
            <translation>Suggestion : %1</translation>
        </message>
        <message>
            <source>From your own plan:</source>
            <translation>Tiré de votre plan :</translation>
        </message>
        <message>
            <source>Your self-care plan (the My plan tab) can hold the steps that help you; they will be suggested here.</source>
            <translation>Votre plan d'autosoins (onglet Mon plan) peut contenir ce qui vous aide; PeerDesk vous le suggérera ici.</translation>
        </message>
        <message>
            <source>Help you can reach:</source>
            <translation>Aide à votre portée :</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Dismiss: %1</source>
            <translation>Retirer : %1</translation>
        </message>
        <message>
            <source>Not again this week</source>
            <translation>Pas avant la semaine prochaine</translation>
        </message>
        <message>
            <source>Not again this week: %1</source>
            <translation>Pas avant la semaine prochaine : %1</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Bravo</translation>
        </message>
        <message>
            <source>Thanks</source>
            <translation>Merci</translation>
        </message>
        <message>
            <source>Thanks, hide: %1</source>
            <translation>Merci, masquer : %1</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>bereavement</source>
            <translation>deuil</translation>
        </message>
        <message>
            <source>counselling</source>
            <translation>consultation</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>crise</translation>
        </message>
        <message>
            <source>disaster</source>
            <translation>sinistre</translation>
        </message>
        <message>
            <source>emergency</source>
            <translation>urgence</translation>
        </message>
        <message>
            <source>emotional support</source>
            <translation>soutien émotionnel</translation>
        </message>
        <message>
            <source>first responders</source>
            <translation>premiers répondants</translation>
        </message>
        <message>
            <source>health</source>
            <translation>santé</translation>
        </message>
        <message>
            <source>indigenous</source>
            <translation>Autochtones</translation>
        </message>
        <message>
            <source>mental health</source>
            <translation>santé mentale</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>soutien par les pairs</translation>
        </message>
        <message>
            <source>police</source>
            <translation>police</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>orientation</translation>
        </message>
        <message>
            <source>self-harm</source>
            <translation>automutilation</translation>
        </message>
        <message>
            <source>substance use</source>
            <translation>consommation de substances</translation>
        </message>
        <message>
            <source>suicide prevention</source>
            <translation>prévention du suicide</translation>
        </message>
        <message>
            <source>trauma</source>
            <translation>trauma</translation>
        </message>
        <message>
            <source>urgent care</source>
            <translation>soins urgents</translation>
        </message>
        <message>
            <source>veterans</source>
            <translation>vétérans</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>jeunes</translation>
        </message>
    </context>
    <context>
        <name>ChartSummary</name>
        <message>
            <source>no value</source>
            <comment>a gap in a chart's data</comment>
            <translation>aucune valeur</translation>
        </message>
        <message>
            <source>%1: no values yet.</source>
            <translation>%1 : aucune valeur pour l'instant.</translation>
        </message>
        <message>
            <source>%1: %2 in %3.</source>
            <comment>series: value in period</comment>
            <translation>%1 : %2 en %3.</translation>
        </message>
        <message>
            <source>%1: from %2 to %3, highest %4 in %5.</source>
            <translation>%1 : de %2 à %3, sommet de %4 en %5.</translation>
        </message>
        <message>
            <source>No value for %1 of %2 %3.</source>
            <comment>e.g. 2 of 12 months</comment>
            <translation>Aucune valeur pour %1 sur %2 %3.</translation>
        </message>
        <message>
            <source>periods</source>
            <comment>No value for 2 of 12 periods</comment>
            <translation>périodes</translation>
        </message>
        <message>
            <source>The latest value is in the %1 band.</source>
            <translation>La dernière valeur est dans la zone « %1 ».</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>an x position: the values there</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>No values to show yet.</source>
            <translation>Aucune valeur à afficher pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>CheckinPanel</name>
        <message>
            <source>A self-reflection tool, not a clinical measure: it cannot diagnose anything.</source>
            <translation>Un outil de réflexion personnelle, pas une mesure clinique : il ne permet aucun diagnostic.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a score and its unit, e.g. 48 %</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1: %2 on a scale of %3 to %4 (higher is better) — %5.</source>
            <translation>%1 : %2 sur une échelle de %3 à %4 (plus c'est haut, mieux c'est) — %5.</translation>
        </message>
        <message>
            <source>%1: %2 on a scale of %3 to %4 (lower is better) — %5.</source>
            <translation>%1 : %2 sur une échelle de %3 à %4 (plus c'est bas, mieux c'est) — %5.</translation>
        </message>
        <message>
            <source>Period to think about: %1.</source>
            <translation>Période visée : %1.</translation>
        </message>
        <message>
            <source>Credit: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>Get the official form from: %1</source>
            <translation>Formulaire officiel : %1</translation>
        </message>
        <message>
            <source>Check-in message</source>
            <translation>Message du bilan</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Not a clinical measure</source>
            <translation>Pas une mesure clinique</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Questionnaire :</translation>
        </message>
        <message>
            <source>Date you answered</source>
            <translation>Date de vos réponses</translation>
        </message>
        <message>
            <source>&amp;Date you answered:</source>
            <translation>Da&amp;te de vos réponses :</translation>
        </message>
        <message>
            <source>Private note (optional)</source>
            <translation>Note personnelle (facultative)</translation>
        </message>
        <message>
            <source>Only you can read this.</source>
            <translation>Personne d'autre que vous ne peut la lire.</translation>
        </message>
        <message>
            <source>Private &amp;note (optional):</source>
            <translation>Note &amp;personnelle (facultative) :</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>E&amp;nregistrer le bilan</translation>
        </message>
        <message>
            <source>Check-in result</source>
            <translation>Résultat du bilan</translation>
        </message>
        <message>
            <source>Not saved yet. %1</source>
            <translation>Pas encore enregistré. %1</translation>
        </message>
        <message>
            <source>Check-in saved: %1.</source>
            <translation>Bilan enregistré : %1.</translation>
        </message>
        <message>
            <source>%1: enter answers from the official form</source>
            <translation>%1 : saisir les réponses du formulaire officiel</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Coun&amp;try:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Région :</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Chercher dans le répertoire</translation>
        </message>
        <message>
            <source>Open &amp;24/7</source>
            <translation>Ouvert &amp;24 h sur 24, 7 j sur 7</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Completed</source>
            <comment>column: the date a training module was finished</comment>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Journal des contacts</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Prendre soin de soi</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Your country</source>
            <translation>Votre pays</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <comment>a report period: three calendar months</comment>
            <translation>Les 3 derniers mois</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>Crisis &amp;&amp; referral &amp;resources</source>
            <translation>&amp;Ressources de crise et d'orientation</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>Heures de formation</translation>
        </message>
        <message>
            <source>Hours</source>
            <comment>column: a number of hours of training</comment>
            <translation>Heures</translation>
        </message>
        <message>
            <source>External trainings</source>
            <translation>Formations externes</translation>
        </message>
        <message>
            <source>PeerDesk modules completed</source>
            <translation>Modules PeerDesk terminés</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Edit your service</source>
            <translation>Modifier votre service</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Moyen de communication</translation>
        </message>
        <message>
            <source>Channel</source>
            <comment>a narrow column's header</comment>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>a contact's planned follow-up</comment>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Niveau de risque</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Orientations</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Training modules</source>
            <translation>Modules de formation</translation>
        </message>
        <message>
            <source>contacts</source>
            <comment>units of a chart</comment>
            <translation>contacts</translation>
        </message>
    </context>
    <context>
        <name>ContactFilters</name>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Between dates</source>
            <translation>Entre deux dates</translation>
        </message>
        <message>
            <source>Due or overdue</source>
            <comment>follow-ups</comment>
            <translation>À faire ou en retard</translation>
        </message>
        <message>
            <source>Overdue</source>
            <comment>follow-ups</comment>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toute période</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Any topic</source>
            <translation>Tous les sujets</translation>
        </message>
        <message>
            <source>Any channel</source>
            <translation>Tous les moyens</translation>
        </message>
        <message>
            <source>Any risk level</source>
            <translation>Tous les niveaux</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>follow-ups</comment>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Words in your notes</source>
            <translation>Mots dans vos notes</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Rechercher dans les notes</translation>
        </message>
        <message>
            <source>Cle&amp;ar search</source>
            <translation>Effa&amp;cer la recherche</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Du :</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Au :</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>Su&amp;jet :</translation>
        </message>
        <message>
            <source>Channe&amp;l:</source>
            <translation>&amp;Moyen :</translation>
        </message>
        <message>
            <source>Ris&amp;k:</source>
            <translation>Ris&amp;que :</translation>
        </message>
        <message>
            <source>Follow-&amp;up:</source>
            <translation>Su&amp;ivi :</translation>
        </message>
        <message>
            <source>Sea&amp;rch notes:</source>
            <translation>&amp;Rechercher dans les notes :</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Contact form</source>
            <translation>Formulaire de contact</translation>
        </message>
        <message>
            <source>A count only, never names</source>
            <translation>Un nombre seulement, jamais de noms</translation>
        </message>
        <message>
            <source>Add a topic…</source>
            <translation>Ajouter un sujet…</translation>
        </message>
        <message>
            <source>Follow up &amp;by</source>
            <translation>Sui&amp;vi prévu le</translation>
        </message>
        <message>
            <source>Follow-up completed</source>
            <translation>Suivi fait</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <comment>how it affected me</comment>
            <translation>Non indiquée</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>a level and its label: 3 — Somewhat</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Problems with this contact</source>
            <translation>Problèmes dans ce contact</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Enregistrer (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Enregistrer le contact</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Close the form, keeping a draft</source>
            <translation>Fermer le formulaire et garder un brouillon</translation>
        </message>
        <message>
            <source>What you typed stays as a draft until you save it.</source>
            <translation>Ce que vous avez tapé est gardé comme brouillon jusqu'à ce que vous l'enregistriez.</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Discard this draft</source>
            <translation>Abandonner ce brouillon</translation>
        </message>
        <message>
            <source>Add a topic</source>
            <translation>Ajouter un sujet</translation>
        </message>
        <message>
            <source>Name of the new topic:</source>
            <translation>Nom du nouveau sujet :</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Noter un contact</translation>
        </message>
        <message>
            <source>type the duration in whole minutes</source>
            <translation>indiquez la durée en minutes entières</translation>
        </message>
        <message numerus="yes">
            <source>The note still holds %n possible identifying detail(s) (underlined). Save it anyway?</source>
            <translation>
                <numerusform>La note contient encore %n détail qui pourrait permettre de reconnaître quelqu'un (souligné). L'enregistrer quand même?</numerusform>
                <numerusform>La note contient encore %n détails qui pourraient permettre de reconnaître quelqu'un (soulignés). L'enregistrer quand même?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a field's name: what is wrong with it</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>&amp;More details</source>
            <translation>&amp;Plus de détails</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Plus de détails</translation>
        </message>
        <message>
            <source>D&amp;uration (minutes):</source>
            <translation>Dur&amp;ée (minutes) :</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Moyen de communication :</translation>
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation>Su&amp;jets :</translation>
        </message>
        <message>
            <source>&amp;Risk level:</source>
            <translation>Niveau de &amp;risque :</translation>
        </message>
        <message>
            <source>&amp;Kind of support:</source>
            <translation>T&amp;ype de soutien :</translation>
        </message>
        <message>
            <source>Group si&amp;ze (a count):</source>
            <translation>Taille du groupe (un nom&amp;bre) :</translation>
        </message>
        <message>
            <source>How it &amp;started:</source>
            <translation>Origine du &amp;contact :</translation>
        </message>
        <message>
            <source>Relationshi&amp;p:</source>
            <translation>Personne &amp;soutenue :</translation>
        </message>
        <message>
            <source>S&amp;igns of distress:</source>
            <translation>Si&amp;gnes de détresse :</translation>
        </message>
        <message>
            <source>Referr&amp;als:</source>
            <translation>Orien&amp;tations :</translation>
        </message>
        <message>
            <source>Incident or call number:</source>
            <translation>Numéro d'incident ou d'appel :</translation>
        </message>
        <message>
            <source>Stays in your vault; it never appears in any report.</source>
            <translation>Reste dans votre coffre-fort; n'apparaît jamais dans un rapport.</translation>
        </message>
        <message>
            <source>H&amp;ow it affected me:</source>
            <translation>C&amp;harge émotionnelle :</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Note (facultative) :</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Kind of support</source>
            <translation>Type de soutien</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>Taille du groupe</translation>
        </message>
        <message>
            <source>How it started</source>
            <translation>Origine du contact</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Personne soutenue</translation>
        </message>
        <message>
            <source>Signs of distress</source>
            <translation>Signes de détresse</translation>
        </message>
        <message>
            <source>Incident or call number</source>
            <translation>Numéro d'incident ou d'appel</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Date du suivi</translation>
        </message>
        <message>
            <source>How it affected me</source>
            <translation>Charge émotionnelle</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>ContactProblems</name>
        <message>
            <source>nothing to log yet; choose a topic or write a short note</source>
            <translation>rien à noter pour l'instant; choisissez un sujet ou écrivez une courte note</translation>
        </message>
        <message>
            <source>a date and time is needed</source>
            <translation>il faut une date et une heure</translation>
        </message>
        <message>
            <source>the date and time are in the future</source>
            <translation>la date et l'heure sont dans le futur</translation>
        </message>
        <message>
            <source>the follow-up date is before the contact</source>
            <translation>la date du suivi est avant celle du contact</translation>
        </message>
        <message>
            <source>must be whole minutes from 1 to %1</source>
            <translation>doit être un nombre entier de minutes, de 1 à %1</translation>
        </message>
        <message>
            <source>only group contacts have a group size</source>
            <translation>seuls les contacts de groupe ont une taille de groupe</translation>
        </message>
        <message>
            <source>must be a count from 2 to %1</source>
            <translation>doit être un nombre de 2 à %1</translation>
        </message>
        <message>
            <source>must be from 1 to 5</source>
            <translation>doit être de 1 à 5</translation>
        </message>
        <message>
            <source>is longer than %1 characters</source>
            <translation>dépasse %1 caractères</translation>
        </message>
        <message>
            <source>a referral needs a label</source>
            <translation>une orientation doit avoir un nom</translation>
        </message>
        <message>
            <source>label is longer than %1 characters</source>
            <translation>le nom dépasse %1 caractères</translation>
        </message>
        <message>
            <source>the start date is after the end date</source>
            <translation>la date de début est après la date de fin</translation>
        </message>
        <message>
            <source>a topic needs a name</source>
            <translation>un sujet doit avoir un nom</translation>
        </message>
        <message>
            <source>a topic name has at most 60 characters</source>
            <translation>le nom d'un sujet a au plus 60 caractères</translation>
        </message>
        <message>
            <source>the topic “%1” already exists</source>
            <translation>le sujet « %1 » existe déjà</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>kind of support</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Has note</source>
            <translation>Avec note</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>kind of support (group size)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>a follow-up</comment>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <comment>a follow-up</comment>
            <translation>En retard : %1</translation>
        </message>
        <message>
            <source>Due today</source>
            <comment>a follow-up</comment>
            <translation>Prévu aujourd'hui</translation>
        </message>
        <message>
            <source>Due %1</source>
            <comment>a follow-up, e.g. Due 2026-12-31</comment>
            <translation>Prévu le %1</translation>
        </message>
    </context>
    <context>
        <name>ContactVocab</name>
        <message>
            <source>Hardly at all</source>
            <comment>how it affected me</comment>
            <translation>Presque pas</translation>
        </message>
        <message>
            <source>A little</source>
            <comment>how it affected me</comment>
            <translation>Un peu</translation>
        </message>
        <message>
            <source>Somewhat</source>
            <comment>how it affected me</comment>
            <translation>Moyennement</translation>
        </message>
        <message>
            <source>Quite a lot</source>
            <comment>how it affected me</comment>
            <translation>Beaucoup</translation>
        </message>
        <message>
            <source>Very much</source>
            <comment>how it affected me</comment>
            <translation>Énormément</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>&amp;New contact (Ctrl+N)</source>
            <translation>&amp;Nouveau contact (Ctrl+N)</translation>
        </message>
        <message>
            <source>List summary</source>
            <translation>Résumé de la liste</translation>
        </message>
        <message>
            <source>Edi&amp;t</source>
            <translation>M&amp;odifier</translation>
        </message>
        <message>
            <source>Log &amp;similar</source>
            <translation>Contact &amp;semblable</translation>
        </message>
        <message>
            <source>Log a similar contact</source>
            <translation>Noter un contact semblable</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>S&amp;upprimer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Annuler (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <source>Resu&amp;me draft</source>
            <translation>Reprendre le &amp;brouillon</translation>
        </message>
        <message numerus="yes">
            <source>%n unfinished contact(s) kept as a draft.</source>
            <translation>
                <numerusform>%n contact inachevé gardé comme brouillon.</numerusform>
                <numerusform>%n contacts inachevés gardés comme brouillons.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your unfinished contact is back, as you left it.</source>
            <translation>Votre contact inachevé est de retour, tel que vous l'aviez laissé.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) shown</source>
            <translation>
                <numerusform>%n contact affiché</numerusform>
                <numerusform>%n contacts affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due or overdue</source>
            <translation>
                <numerusform>%n suivi à faire ou en retard</numerusform>
                <numerusform>%n suivis à faire ou en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>the list summary, then a link</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>No contacts yet. Press Ctrl+N or New contact to log your first one.</source>
            <translation>Aucun contact pour l'instant. Appuyez sur Ctrl+N ou sur Nouveau contact pour noter le premier.</translation>
        </message>
        <message>
            <source>No contacts match these filters. Clear the search or choose “Any” to see more.</source>
            <translation>Aucun contact ne correspond à ces filtres. Effacez la recherche ou élargissez les filtres pour en voir plus.</translation>
        </message>
        <message>
            <source>Contact deleted.</source>
            <translation>Contact supprimé.</translation>
        </message>
        <message>
            <source>Contact deleted. Ctrl+Z brings it back.</source>
            <translation>Contact supprimé. Ctrl+Z le rétablit.</translation>
        </message>
        <message>
            <source>Contact restored.</source>
            <translation>Contact rétabli.</translation>
        </message>
        <message>
            <source>Save or cancel the contact first, then search.</source>
            <translation>Enregistrez ou fermez d'abord le contact, puis lancez la recherche.</translation>
        </message>
        <message>
            <source>Contact saved.</source>
            <translation>Contact enregistré.</translation>
        </message>
    </context>
    <context>
        <name>CountryName</name>
        <message>
            <source>Australia</source>
            <translation>Australie</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irlande</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>Nouvelle-Zélande</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a country and its two-letter code</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>CountryStep</name>
        <message>
            <source>Where do you work? The crisis and referral directory, here and once you are in, shows that country's services first, starting with its emergency number. You can change this later in Settings.</source>
            <translation>Dans quel pays travaillez-vous? Le répertoire des ressources, ici comme une fois le coffre-fort ouvert, affiche d'abord les services de ce pays, à commencer par son numéro d'urgence. Vous pourrez changer ce choix plus tard dans les paramètres.</translation>
        </message>
        <message>
            <source>Somewhere else (use this computer's region)</source>
            <translation>Ailleurs (selon la région de cet ordinateur)</translation>
        </message>
        <message>
            <source>Country message</source>
            <translation>Message sur le pays</translation>
        </message>
        <message>
            <source>Your &amp;country:</source>
            <translation>Votre &amp;pays :</translation>
        </message>
        <message>
            <source>Your country could not be saved; the directory will ask again.</source>
            <translation>Votre pays n'a pas pu être enregistré; le répertoire vous le demandera de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>CreateScreen</name>
        <message>
            <source>Create your vault</source>
            <translation>Créez votre coffre-fort</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least 15 characters. A few unrelated words with spaces work well. Nobody, including PeerDesk, can open the vault without it or the recovery key you will see next.</source>
            <translation>Choisissez une phrase de passe d'au moins 15 caractères. Quelques mots sans lien entre eux, séparés par des espaces, font très bien l'affaire. Personne, pas même PeerDesk, ne peut ouvrir le coffre-fort sans elle ou sans la clé de récupération que vous verrez ensuite.</translation>
        </message>
        <message>
            <source>Create &amp;vault</source>
            <translation>Cré&amp;er le coffre-fort</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Choisissez une nouvelle phrase de passe</translation>
        </message>
        <message>
            <source>Your vault is open with the recovery key. Choose a new passphrase for everyday use; the recovery key keeps working.</source>
            <translation>Votre coffre-fort est ouvert avec la clé de récupération. Choisissez une nouvelle phrase de passe pour tous les jours; la clé de récupération continue de fonctionner.</translation>
        </message>
        <message>
            <source>&amp;Save new passphrase</source>
            <translation>&amp;Enregistrer la nouvelle phrase de passe</translation>
        </message>
    </context>
    <context>
        <name>CrisisPanel</name>
        <message>
            <source>If it is safe, stay with the person or stay on the line.</source>
            <translation>Si c'est sécuritaire, restez avec la personne ou restez en ligne.</translation>
        </message>
        <message>
            <source>If a life may be at risk right now, call your local emergency number.</source>
            <translation>Si une vie peut être en danger en ce moment, appelez le numéro d'urgence local.</translation>
        </message>
        <message>
            <source>Bring in your coordinator or clinician in the way your program has agreed.</source>
            <translation>Faites appel à la coordination ou à l'équipe clinique, comme votre programme l'a prévu.</translation>
        </message>
        <message>
            <source>Be honest that you may need to involve others; do not promise a secret you cannot keep.</source>
            <translation>Dites franchement que vous pourriez devoir en parler à d'autres; ne promettez pas un secret que vous ne pourrez pas garder.</translation>
        </message>
        <message>
            <source>Write down what you did and plan a follow-up, then look after yourself too.</source>
            <translation>Notez ce que vous avez fait et prévoyez un suivi, puis prenez soin de vous aussi.</translation>
        </message>
        <message>
            <source>What to do now and crisis resources</source>
            <translation>Quoi faire maintenant et ressources en cas de crise</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Quoi faire maintenant</translation>
        </message>
        <message>
            <source>Open the full crisis and referral directory…</source>
            <translation>Ouvrir tout le répertoire des ressources…</translation>
        </message>
        <message>
            <source>No crisis lines are stored for your country yet. If someone is in immediate danger, call your local emergency number.</source>
            <translation>Aucune ligne de crise n'est encore enregistrée pour votre pays. Si quelqu'un est en danger immédiat, appelez le numéro d'urgence local.</translation>
        </message>
        <message>
            <source>Crisis lines</source>
            <translation>Lignes de crise</translation>
        </message>
    </context>
    <context>
        <name>CrisisResourcesDialog</name>
        <message>
            <source>Crisis &amp; referral resources</source>
            <translation>Ressources de crise et d'orientation</translation>
        </message>
        <message>
            <source>If someone is in immediate danger, call your local emergency number now.</source>
            <translation>Si quelqu'un est en danger immédiat, appelez dès maintenant le numéro d'urgence local.</translation>
        </message>
        <message>
            <source>These services come from PeerDesk's offline directory. Choose your country to see its crisis lines first, or search by name, need or number.</source>
            <translation>Ces services viennent du répertoire hors ligne de PeerDesk. Choisissez votre pays pour voir d'abord ses lignes de crise, ou cherchez par nom, besoin ou numéro.</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Numéro d'urgence</translation>
        </message>
        <message>
            <source>In %1, the emergency number is %2 (also %3).</source>
            <translation>%1 : le numéro d'urgence est le %2 (aussi le %3).</translation>
        </message>
        <message>
            <source>In %1, the emergency number is %2.</source>
            <translation>%1 : le numéro d'urgence est le %2.</translation>
        </message>
        <message>
            <source>The directory could not be opened on this computer. If someone is in immediate danger, call your local emergency number.</source>
            <translation>Le répertoire n'a pas pu être ouvert sur cet ordinateur. Si quelqu'un est en danger immédiat, appelez le numéro d'urgence local.</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>last 12 months</source>
            <comment>a chart's period</comment>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>months</source>
            <comment>what one step of the chart is</comment>
            <translation>mois</translation>
        </message>
        <message>
            <source>Month</source>
            <comment>chart axis</comment>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Contacts</source>
            <comment>a chart's series</comment>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>hours</source>
            <comment>units of a chart</comment>
            <translation>heures</translation>
        </message>
        <message>
            <source>Hours</source>
            <comment>a chart's series</comment>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Hours of support per month</source>
            <translation>Heures de soutien par mois</translation>
        </message>
        <message>
            <source>Topic mix, last 12 months</source>
            <translation>Sujets abordés, 12 derniers mois</translation>
        </message>
        <message>
            <source>topics</source>
            <comment>what one step of the chart is</comment>
            <translation>sujets</translation>
        </message>
        <message>
            <source>Topic</source>
            <comment>chart axis</comment>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>No contacts in the last 12 months yet. Press Ctrl+N (or New contact on the Contact log page) to log one; these charts then fill in.</source>
            <translation>Aucun contact dans les 12 derniers mois. Appuyez sur Ctrl+N (ou sur Nouveau contact dans la page Journal des contacts) pour en noter un; ces graphiques se rempliront ensuite.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a questionnaire: one of its scores</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>week of %1</source>
            <comment>a week, by the day it starts</comment>
            <translation>semaine du %1</translation>
        </message>
        <message>
            <source>score</source>
            <comment>units of a chart</comment>
            <translation>score</translation>
        </message>
        <message>
            <source>last 3 months</source>
            <comment>a chart's period</comment>
            <translation>3 derniers mois</translation>
        </message>
        <message>
            <source>weeks</source>
            <comment>what one step of the chart is</comment>
            <translation>semaines</translation>
        </message>
        <message>
            <source>Week</source>
            <comment>chart axis</comment>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>day of the month, short month: 2 Dec</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a suggestion's title, then its message</comment>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>No check-ins yet. A short check-in on the Self-care page starts your trend here.</source>
            <translation>Aucun bilan pour l'instant. Un court bilan dans la page Prendre soin de soi lance votre tendance ici.</translation>
        </message>
        <message>
            <source>Complete</source>
            <comment>a module's progress</comment>
            <translation>Terminés</translation>
        </message>
        <message>
            <source>In progress</source>
            <comment>a module's progress</comment>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Not started</source>
            <comment>a module's progress</comment>
            <translation>Pas commencés</translation>
        </message>
        <message>
            <source>Modules</source>
            <comment>a chart's series</comment>
            <translation>Modules</translation>
        </message>
        <message>
            <source>modules</source>
            <comment>units of a chart</comment>
            <translation>modules</translation>
        </message>
        <message>
            <source>states</source>
            <comment>what one step of the chart is</comment>
            <translation>états</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>chart axis</comment>
            <translation>Progression</translation>
        </message>
        <message>
            <source>%1 hours of training credited in all (completed modules at their estimated time, plus external courses); %2 hours actually spent in modules.</source>
            <translation>%1 h de formation créditées en tout (les modules terminés selon leur durée estimée, plus les formations externes); %2 h réellement consacrées aux modules.</translation>
        </message>
        <message numerus="yes">
            <source>%n refresher(s) due.</source>
            <translation>
                <numerusform>%n mise à jour à faire.</numerusform>
                <numerusform>%n mises à jour à faire.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>The contact log is not available, so there is nothing to count here.</source>
            <translation>Le journal des contacts n'est pas disponible : il n'y a rien à compter ici.</translation>
        </message>
        <message>
            <source>The contact log is not available, so there are no hours to show.</source>
            <translation>Le journal des contacts n'est pas disponible : il n'y a pas d'heures à afficher.</translation>
        </message>
        <message>
            <source>The contact log is not available, so there is no topic mix to show.</source>
            <translation>Le journal des contacts n'est pas disponible : il n'y a pas de sujets à afficher.</translation>
        </message>
        <message>
            <source>Hours given</source>
            <translation>Heures de soutien</translation>
        </message>
        <message>
            <source>Your latest self-care trend</source>
            <translation>Votre dernière tendance d'autosoins</translation>
        </message>
        <message>
            <source>Training progress</source>
            <translation>Progression de la formation</translation>
        </message>
        <message>
            <source>A word for you</source>
            <translation>Un mot pour vous</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Suivis à faire</translation>
        </message>
        <message>
            <source>&amp;Show them in the contact log</source>
            <translation>Les &amp;voir dans le journal des contacts</translation>
        </message>
        <message>
            <source>The dashboard could not be filled (%1).</source>
            <translation>Le tableau de bord n'a pas pu être rempli (%1).</translation>
        </message>
        <message>
            <source>The contact log is not available, so there are none to show.</source>
            <translation>Le journal des contacts n'est pas disponible : il n'y a aucun suivi à afficher.</translation>
        </message>
        <message>
            <source>No follow-ups are due. Nothing is waiting for you.</source>
            <translation>Aucun suivi à faire. Rien ne vous attend.</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due today or earlier.</source>
            <translation>
                <numerusform>%n suivi est à faire aujourd'hui ou avant.</numerusform>
                <numerusform>%n suivis sont à faire aujourd'hui ou avant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due today or earlier, %1 of them overdue.</source>
            <translation>
                <numerusform>%n suivi est à faire aujourd'hui ou avant; il est en retard.</numerusform>
                <numerusform>%n suivis sont à faire aujourd'hui ou avant, dont %1 en retard.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataDialogs</name>
        <message>
            <source>PeerDesk vaults and backups (*.peerdesk *.bak);;All files (*)</source>
            <translation>Coffres-forts et copies de sauvegarde PeerDesk (*.peerdesk *.bak);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer la phrase de passe</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Changer la phrase de passe</translation>
        </message>
        <message>
            <source>&amp;Routine change</source>
            <translation>Changement &amp;habituel</translation>
        </message>
        <message>
            <source>&amp;Someone may know my old passphrase</source>
            <translation>&amp;Quelqu'un connaît peut-être mon ancienne phrase de passe</translation>
        </message>
        <message>
            <source>Also &amp;replace the data key (re-encrypts the vault, deletes the automatic backups and gives you a new recovery key)</source>
            <translation>Remplacer &amp;aussi la clé de données (chiffre de nouveau le coffre-fort, supprime les copies de sauvegarde automatiques et vous donne une nouvelle clé de récupération)</translation>
        </message>
        <message>
            <source>Type %1 to confirm</source>
            <translation>Tapez %1 pour confirmer</translation>
        </message>
        <message>
            <source>To go ahead, &amp;type %1:</source>
            <translation>Pour continuer, &amp;tapez %1 :</translation>
        </message>
        <message>
            <source>With its &amp;passphrase</source>
            <translation>Avec sa &amp;phrase de passe</translation>
        </message>
        <message>
            <source>With its recovery &amp;key</source>
            <translation>Avec sa &amp;clé de récupération</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Phrase de passe ou clé de récupération</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Secret :</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une copie de sauvegarde</translation>
        </message>
        <message>
            <source>Choose a backup. Restoring locks PeerDesk and replaces your vault with the backup; the file it replaces is kept as a backup too. Changes made after the backup was taken are not in it.</source>
            <translation>Choisissez une copie de sauvegarde. La restauration verrouille PeerDesk et remplace votre coffre-fort par la copie; le fichier remplacé est lui aussi gardé comme copie de sauvegarde. Les changements faits après la copie n'y sont pas.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Copies de sauvegarde automatiques</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>À partir d'un &amp;fichier…</translation>
        </message>
        <message>
            <source>Chosen backup</source>
            <translation>Copie de sauvegarde choisie</translation>
        </message>
        <message>
            <source>There are no automatic backups yet.</source>
            <translation>Il n'y a pas encore de copie de sauvegarde automatique.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restaurer à partir d'un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>Backup: %1</source>
            <translation>Copie de sauvegarde : %1</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>Votre nouvelle clé de récupération</translation>
        </message>
        <message>
            <source>This new key replaces the old one, which no longer opens this vault. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it, and keep it away from this computer.</source>
            <translation>Cette nouvelle clé remplace l'ancienne, qui n'ouvre plus ce coffre-fort. Elle n'est affichée &lt;b&gt;qu'une seule fois&lt;/b&gt; : notez-la ou imprimez-la, et gardez-la loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
    </context>
    <context>
        <name>DataSecurityGroup</name>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Changer la &amp;phrase de passe…</translation>
        </message>
        <message>
            <source>Choose a new passphrase; if someone may know the old one, replace the data key in the same step.</source>
            <translation>Choisissez une nouvelle phrase de passe; si quelqu'un connaît peut-être l'ancienne, remplacez aussi la clé de données du même coup.</translation>
        </message>
        <message>
            <source>New recovery &amp;key…</source>
            <translation>Nouvelle &amp;clé de récupération…</translation>
        </message>
        <message>
            <source>Make a new recovery key, for example if the old one was lost or seen by someone. The old key stops opening this vault (older backups still open with it).</source>
            <translation>Créez une nouvelle clé de récupération, par exemple si l'ancienne a été perdue ou vue par quelqu'un. L'ancienne clé n'ouvrira plus ce coffre-fort (les copies de sauvegarde plus anciennes s'ouvrent encore avec elle).</translation>
        </message>
        <message>
            <source>Start &amp;over with new keys…</source>
            <translation>&amp;Repartir avec de nouvelles clés…</translation>
        </message>
        <message>
            <source>If someone may know your passphrase: choose a new passphrase, get a new recovery key, and everything is locked again with fresh keys. Automatic backups made with the old keys are deleted, so the old passphrase opens nothing here.</source>
            <translation>Si quelqu'un connaît peut-être votre phrase de passe : choisissez-en une nouvelle, obtenez une nouvelle clé de récupération, et tout est verrouillé de nouveau avec des clés neuves. Les copies de sauvegarde automatiques faites avec les anciennes clés sont supprimées; l'ancienne phrase de passe n'ouvre donc plus rien ici.</translation>
        </message>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>&amp;Sauvegarder dans un fichier…</translation>
        </message>
        <message>
            <source>Write an encrypted copy of your vault, for example to a USB stick. It opens with your current passphrase or recovery key.</source>
            <translation>Écrivez une copie chiffrée de votre coffre-fort, par exemple sur une clé USB. Elle s'ouvre avec votre phrase de passe actuelle ou votre clé de récupération.</translation>
        </message>
        <message>
            <source>&amp;Verify a backup…</source>
            <translation>&amp;Vérifier une copie de sauvegarde…</translation>
        </message>
        <message>
            <source>Check that a backup file opens and see what it holds, as counts only. It is opened from a temporary copy and closed again; nothing in it is shown or changed.</source>
            <translation>Vérifiez qu'un fichier de sauvegarde s'ouvre et voyez ce qu'il contient, en nombres seulement. Il est ouvert à partir d'une copie temporaire, puis refermé; rien de son contenu n'est affiché ni modifié.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>Resta&amp;urer…</translation>
        </message>
        <message>
            <source>Go back to an automatic backup or a backup file. PeerDesk locks, replaces the vault with the backup (the current file is kept as a backup) and asks you to unlock again.</source>
            <translation>Revenez à une copie de sauvegarde automatique ou à un fichier de sauvegarde. PeerDesk se verrouille, remplace le coffre-fort par la copie (le fichier actuel est gardé comme copie de sauvegarde) et vous demande de le déverrouiller de nouveau.</translation>
        </message>
        <message>
            <source>E&amp;xport my data…</source>
            <translation>E&amp;xporter mes données…</translation>
        </message>
        <message>
            <source>Your right to your own data: everything, including notes, as readable JSON and CSV files in a folder you choose. The files are not encrypted.</source>
            <translation>Votre droit à vos propres données : tout, notes comprises, en fichiers JSON et CSV lisibles, dans le dossier de votre choix. Ces fichiers ne sont pas chiffrés.</translation>
        </message>
        <message>
            <source>Erase all m&amp;y data…</source>
            <translation>Effacer &amp;toutes mes données…</translation>
        </message>
        <message>
            <source>Remove the vault, its backups and PeerDesk's settings from this computer. Copies you made elsewhere are not touched. This cannot be undone.</source>
            <translation>Supprimez de cet ordinateur le coffre-fort, ses copies de sauvegarde et les paramètres de PeerDesk. Les copies faites ailleurs ne sont pas touchées. C'est irréversible.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1: it opens and its contents are intact.</source>
            <translation>%1 : le fichier s'ouvre et son contenu est intact.</translation>
        </message>
        <message>
            <source>%1: it is damaged.</source>
            <translation>%1 : le fichier est endommagé.</translation>
        </message>
        <message numerus="yes">
            <source>File format version %1, schema version %2, saved %n time(s).</source>
            <translation>
                <numerusform>Format de fichier version %1, schéma version %2, enregistré %n fois.</numerusform>
                <numerusform>Format de fichier version %1, schéma version %2, enregistré %n fois.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>This backup was made before the data key was last replaced, so the old key is in use again: anyone who knew the passphrase or recovery key of that time can open the vault. If that worries you, use “Start over with new keys” in Settings.</source>
            <translation>Cette copie de sauvegarde date d'avant le dernier remplacement de la clé de données : l'ancienne clé est donc de nouveau en usage, et quiconque connaissait la phrase de passe ou la clé de récupération de l'époque peut ouvrir le coffre-fort. Si cela vous inquiète, utilisez « Repartir avec de nouvelles clés » dans les Paramètres.</translation>
        </message>
        <message>
            <source>Restored save %1. Unlock with the passphrase that was in use when that backup was made (or its recovery key).</source>
            <translation>Enregistrement n° %1 restauré. Déverrouillez avec la phrase de passe en usage au moment de cette copie de sauvegarde (ou avec sa clé de récupération).</translation>
        </message>
        <message numerus="yes">
            <source>PeerDesk erased %n file(s) and folder(s) from this computer.</source>
            <translation>
                <numerusform>PeerDesk a effacé %n fichier ou dossier de cet ordinateur.</numerusform>
                <numerusform>PeerDesk a effacé %n fichiers et dossiers de cet ordinateur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data and security</source>
            <translation>Vos données et leur sécurité</translation>
        </message>
        <message>
            <source>Data and security message</source>
            <translation>Message sur les données et la sécurité</translation>
        </message>
        <message>
            <source>This needs the vault open in the PeerDesk window.</source>
            <translation>Il faut pour cela que le coffre-fort soit ouvert dans la fenêtre de PeerDesk.</translation>
        </message>
        <message>
            <source>Table</source>
            <comment>a table of the vault's database</comment>
            <translation>Table</translation>
        </message>
        <message>
            <source>Passphrase changed. %1</source>
            <translation>Phrase de passe changée. %1</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase de passe…</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Nouvelle clé de récupération</translation>
        </message>
        <message>
            <source>Make a new recovery key? Your current key stops opening this vault.</source>
            <translation>Créer une nouvelle clé de récupération? Votre clé actuelle n'ouvrira plus ce coffre-fort.</translation>
        </message>
        <message>
            <source>Make a new key</source>
            <translation>Créer une nouvelle clé</translation>
        </message>
        <message>
            <source>Making a new recovery key…</source>
            <translation>Création d'une nouvelle clé de récupération…</translation>
        </message>
        <message>
            <source>A new recovery key is in place; the old one no longer opens this vault.</source>
            <translation>Une nouvelle clé de récupération est en place; l'ancienne n'ouvre plus ce coffre-fort.</translation>
        </message>
        <message>
            <source>Start over with new keys</source>
            <translation>Repartir avec de nouvelles clés</translation>
        </message>
        <message>
            <source>Choose a new passphrase. PeerDesk then locks the whole vault again with a new key, deletes the automatic backups made under the old one and shows you a new recovery key. Backup files you copied elsewhere still open with the old passphrase: delete them or keep them very safe.</source>
            <translation>Choisissez une nouvelle phrase de passe. PeerDesk verrouille ensuite tout le coffre-fort de nouveau avec une nouvelle clé, supprime les copies de sauvegarde automatiques faites avec l'ancienne et vous montre une nouvelle clé de récupération. Les fichiers de sauvegarde copiés ailleurs s'ouvrent encore avec l'ancienne phrase de passe : supprimez-les ou gardez-les en lieu très sûr.</translation>
        </message>
        <message>
            <source>Re-&amp;encrypt</source>
            <translation>&amp;Chiffrer de nouveau</translation>
        </message>
        <message>
            <source>Re-encrypting your vault…</source>
            <translation>Nouveau chiffrement de votre coffre-fort…</translation>
        </message>
        <message>
            <source>Your vault is re-encrypted under a new key and the old backups are deleted.</source>
            <translation>Votre coffre-fort est chiffré de nouveau avec une nouvelle clé, et les anciennes copies de sauvegarde sont supprimées.</translation>
        </message>
        <message>
            <source>Back up to a file</source>
            <translation>Sauvegarder dans un fichier</translation>
        </message>
        <message>
            <source>Encrypted backup written to %1 and checked: it opens.</source>
            <translation>Copie de sauvegarde chiffrée écrite dans %1 et vérifiée : elle s'ouvre.</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Écriture de la copie de sauvegarde…</translation>
        </message>
        <message>
            <source>Verify a backup</source>
            <translation>Vérifier une copie de sauvegarde</translation>
        </message>
        <message>
            <source>Enter the passphrase or the recovery key that opens %1.</source>
            <translation>Entrez la phrase de passe ou la clé de récupération qui ouvre %1.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Vérification de la copie de sauvegarde…</translation>
        </message>
        <message>
            <source>%1 opens.</source>
            <translation>%1 s'ouvre.</translation>
        </message>
        <message>
            <source>Backup checked</source>
            <translation>Copie de sauvegarde vérifiée</translation>
        </message>
        <message>
            <source>That file is your vault itself; choose a backup.</source>
            <translation>Ce fichier est votre coffre-fort lui-même; choisissez une copie de sauvegarde.</translation>
        </message>
        <message>
            <source>Checking that the backup opens…</source>
            <translation>Vérification que la copie de sauvegarde s'ouvre…</translation>
        </message>
        <message>
            <source>The backup opens (save %1). PeerDesk now saves, locks and replaces your vault with it. Changes made after it was taken are not in it; the current file is kept as a backup.</source>
            <translation>La copie de sauvegarde s'ouvre (enregistrement n° %1). PeerDesk va maintenant enregistrer, se verrouiller et remplacer votre coffre-fort par cette copie. Les changements faits après la copie n'y sont pas; le fichier actuel est gardé comme copie de sauvegarde.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurer cette copie de sauvegarde?</translation>
        </message>
        <message>
            <source>Lock and restore</source>
            <translation>Verrouiller et restaurer</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Rien n'a été restauré.</translation>
        </message>
        <message>
            <source>Restoring needs the PeerDesk window.</source>
            <translation>La restauration se fait dans la fenêtre de PeerDesk.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la copie de sauvegarde…</translation>
        </message>
        <message>
            <source>EXPORT</source>
            <comment>typed in capitals to confirm an export</comment>
            <translation>EXPORTER</translation>
        </message>
        <message>
            <source>Export my data</source>
            <translation>Exporter mes données</translation>
        </message>
        <message>
            <source>Choose a new or empty folder for the export</source>
            <translation>Choisissez un dossier nouveau ou vide pour l'exportation</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n readable file(s) to %1. Delete them when you no longer need them.</source>
            <translation>
                <numerusform>%n fichier lisible exporté dans %1. Supprimez-le quand vous n'en aurez plus besoin.</numerusform>
                <numerusform>%n fichiers lisibles exportés dans %1. Supprimez-les quand vous n'en aurez plus besoin.</numerusform>
            </translation>
        </message>
        <message>
            <source>ERASE</source>
            <comment>typed in capitals to confirm erasing everything</comment>
            <translation>EFFACER</translation>
        </message>
        <message>
            <source>Erase all my data</source>
            <translation>Effacer toutes mes données</translation>
        </message>
        <message>
            <source>Erasing needs the PeerDesk window.</source>
            <translation>L'effacement se fait dans la fenêtre de PeerDesk.</translation>
        </message>
        <message>
            <source>Erasing your data…</source>
            <translation>Effacement de vos données…</translation>
        </message>
    </context>
    <context>
        <name>DeidGuard</name>
        <message>
            <source>a name</source>
            <translation>un nom</translation>
        </message>
        <message>
            <source>an e-mail address</source>
            <translation>une adresse courriel</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>un numéro de téléphone</translation>
        </message>
        <message>
            <source>an address</source>
            <translation>une adresse</translation>
        </message>
        <message>
            <source>a postcode</source>
            <translation>un code postal</translation>
        </message>
        <message>
            <source>a licence plate</source>
            <translation>une plaque d'immatriculation</translation>
        </message>
        <message>
            <source>a social-media handle</source>
            <translation>un nom d'utilisateur de réseau social</translation>
        </message>
        <message>
            <source>a date of birth</source>
            <translation>une date de naissance</translation>
        </message>
        <message>
            <source>an ID number</source>
            <translation>un numéro d'identification</translation>
        </message>
        <message>
            <source>a detail that could identify someone</source>
            <translation>un détail qui pourrait permettre de reconnaître quelqu'un</translation>
        </message>
        <message>
            <source>The note may identify someone</source>
            <translation>La note pourrait permettre de reconnaître quelqu'un</translation>
        </message>
        <message>
            <source>Replace with %1</source>
            <comment>a placeholder such as [NAME]</comment>
            <translation>Remplacer par %1</translation>
        </message>
        <message>
            <source>Replace all possible identifiers</source>
            <translation>Remplacer tous les détails qui pourraient permettre de reconnaître quelqu'un</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Tout remplacer</translation>
        </message>
        <message>
            <source>Replace every possible identifier</source>
            <translation>Remplacer chaque détail qui pourrait permettre de reconnaître quelqu'un</translation>
        </message>
        <message>
            <source>“%1” → %2</source>
            <comment>the text found → its placeholder</comment>
            <translation>« %1 » → %2</translation>
        </message>
        <message>
            <source>Replace %1 with %2</source>
            <comment>Replace a name with [NAME]</comment>
            <translation>Remplacer %1 par %2</translation>
        </message>
        <message numerus="yes">
            <source>The text may identify someone (%n possible detail(s), wavy underline). Replacing them keeps it useful and private.</source>
            <translation>
                <numerusform>Le texte pourrait permettre de reconnaître quelqu'un (%n détail possible, souligné en vagues). Le remplacer garde le texte utile et confidentiel.</numerusform>
                <numerusform>Le texte pourrait permettre de reconnaître quelqu'un (%n détails possibles, soulignés en vagues). Les remplacer garde le texte utile et confidentiel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n description(s) (dotted underline) could point to one person, for example a role in a small team. Worth a second look.</source>
            <translation>
                <numerusform>%n description (soulignée en pointillé) pourrait désigner une seule personne, par exemple un rôle dans une petite équipe. À relire.</numerusform>
                <numerusform>%n descriptions (soulignées en pointillé) pourraient désigner une seule personne, par exemple un rôle dans une petite équipe. À relire.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences: likely, then could identify</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>DeskView</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a page's title (its keyboard shortcut)</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>DirectoryBrowser</name>
        <message>
            <source>&amp;Need:</source>
            <translation>&amp;Besoin :</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Besoin</translation>
        </message>
        <message>
            <source>Any need</source>
            <translation>Tous les besoins</translation>
        </message>
        <message>
            <source>Any country</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <source>Contact &amp;by:</source>
            <translation>&amp;Joindre par :</translation>
        </message>
        <message>
            <source>Contact by</source>
            <translation>Joindre par</translation>
        </message>
        <message>
            <source>Any way</source>
            <translation>Tous les moyens</translation>
        </message>
        <message>
            <source>Name, need, place or number</source>
            <translation>Nom, besoin, lieu ou numéro</translation>
        </message>
        <message>
            <source>Favourites onl&amp;y</source>
            <translation>Favoris seule&amp;ment</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>a filter value and how many services</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Out of date warning</source>
            <translation>Avertissement : peut-être périmé</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Détails du service</translation>
        </message>
        <message>
            <source>C&amp;opy contact details</source>
            <translation>C&amp;opier les coordonnées</translation>
        </message>
        <message>
            <source>Copy contact details</source>
            <translation>Copier les coordonnées</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>Message de copie</translation>
        </message>
        <message>
            <source>Choose a service in the list to see its details.</source>
            <translation>Choisissez un service dans la liste pour en voir les détails.</translation>
        </message>
        <message>
            <source>Services found</source>
            <translation>Services trouvés</translation>
        </message>
        <message>
            <source>Number of services found</source>
            <translation>Nombre de services trouvés</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s) found</source>
            <translation>
                <numerusform>%n service trouvé</numerusform>
                <numerusform>%n services trouvés</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a need, quoted</comment>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>No services match that. Closest needs in the directory: %1.</source>
            <translation>Aucun service ne correspond. Besoins les plus proches dans le répertoire : %1.</translation>
        </message>
        <message>
            <source>Copied. PeerDesk clears the clipboard again in a while.</source>
            <translation>Copié. PeerDesk videra le presse-papiers dans un moment.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <source>The directory of crisis and referral services is not included in this build yet. If someone is in immediate danger, call your local emergency number.</source>
            <translation>Le répertoire des ressources de crise et d'orientation n'est pas encore inclus dans cette version. Si quelqu'un est en danger immédiat, appelez le numéro d'urgence local.</translation>
        </message>
        <message>
            <source>24/7</source>
            <comment>open around the clock</comment>
            <translation>24 h sur 24, 7 j sur 7</translation>
        </message>
        <message>
            <source>Search by name, country or need</source>
            <translation>Chercher par nom, pays ou besoin</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
    </context>
    <context>
        <name>DirectoryLabels</name>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Online chat</source>
            <translation>Clavardage</translation>
        </message>
        <message>
            <source>Included with PeerDesk</source>
            <translation>Fourni avec PeerDesk</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Importé d'un fichier</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>Ajouté par vous</translation>
        </message>
        <message>
            <source>Possibly out of date: nobody has recorded when this entry was last checked.</source>
            <translation>Peut-être périmé : personne n'a noté quand cette fiche a été vérifiée pour la dernière fois.</translation>
        </message>
        <message>
            <source>Possibly out of date: last checked on %1, more than 12 months ago. Check the number before passing it on.</source>
            <translation>Peut-être périmé : dernière vérification le %1, il y a plus de 12 mois. Vérifiez le numéro avant de le transmettre.</translation>
        </message>
        <message>
            <source>Ways to reach</source>
            <translation>Moyens de joindre</translation>
        </message>
        <message>
            <source>Entry</source>
            <comment>where a directory entry comes from</comment>
            <translation>Fiche</translation>
        </message>
    </context>
    <context>
        <name>DirectoryList</name>
        <message>
            <source>call %1</source>
            <comment>call a phone number</comment>
            <translation>appeler le %1</translation>
        </message>
        <message>
            <source>open 24/7</source>
            <comment>open around the clock</comment>
            <translation>ouvert 24 h sur 24, 7 j sur 7</translation>
        </message>
        <message>
            <source>text %1 to %2</source>
            <comment>send a keyword to a number</comment>
            <translation>texto %1 au %2</translation>
        </message>
        <message>
            <source>text %1</source>
            <comment>send a text message to a number</comment>
            <translation>texto au %1</translation>
        </message>
        <message>
            <source>possibly out of date</source>
            <translation>peut-être périmé</translation>
        </message>
        <message>
            <source>favourite</source>
            <comment>read aloud after a service's name</comment>
            <translation>favori</translation>
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
            <source>%1 … %2</source>
            <comment>a range of shortcuts, e.g. Ctrl+1 … Ctrl+7</comment>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Verrouiller maintenant</translation>
        </message>
        <message>
            <source>Search on the current page</source>
            <translation>Chercher dans la page affichée</translation>
        </message>
        <message>
            <source>Go to a page</source>
            <translation>Aller à une page</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Cette aide</translation>
        </message>
        <message>
            <source>Quit (after saving)</source>
            <translation>Quitter (après l'enregistrement)</translation>
        </message>
        <message>
            <source>Using PeerDesk</source>
            <translation>Utiliser PeerDesk</translation>
        </message>
        <message>
            <source>Everything you write is kept in one encrypted vault on this computer. While it is unlocked, the contents are only in memory; PeerDesk saves the encrypted file a couple of seconds after each change. The status bar says whether all changes are saved.</source>
            <translation>Tout ce que vous écrivez est gardé dans un seul coffre-fort chiffré, sur cet ordinateur. Tant qu'il est déverrouillé, son contenu n'est qu'en mémoire; PeerDesk enregistre le fichier chiffré quelques secondes après chaque modification. La barre d'état indique si toutes les modifications sont enregistrées.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Clavier</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <source>PeerDesk locks itself after a few idle minutes (you can change how many in Settings), and when you press %1. Locking saves, closes the vault, clears every page and the clipboard if it still holds something PeerDesk copied.</source>
            <translation>PeerDesk se verrouille de lui-même après quelques minutes d'inactivité (vous pouvez en choisir le nombre dans les paramètres) et quand vous appuyez sur %1. Le verrouillage enregistre, ferme le coffre-fort, vide chaque page et vide aussi le presse-papiers s'il contient encore quelque chose que PeerDesk y a copié.</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Phrase de passe oubliée?</translation>
        </message>
        <message>
            <source>Choose "Use recovery key" on the unlock screen and type the recovery key you kept when the vault was created. You will then choose a new passphrase. Without the passphrase or the recovery key, nobody can open the vault, including the people who make PeerDesk.</source>
            <translation>Choisissez « Utiliser la clé de récupération » à l'écran de déverrouillage, puis tapez la clé de récupération conservée à la création du coffre-fort. Vous choisirez ensuite une nouvelle phrase de passe. Sans la phrase de passe ni la clé de récupération, personne ne peut ouvrir le coffre-fort, pas même l'équipe qui conçoit PeerDesk.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copies de sauvegarde</translation>
        </message>
        <message>
            <source>Each save keeps the previous encrypted copies next to the vault. If the vault file is ever damaged, the unlock screen offers to open the newest backup that still works.</source>
            <translation>Chaque enregistrement garde les copies chiffrées précédentes à côté du coffre-fort. Si le fichier du coffre-fort est un jour endommagé, l'écran de déverrouillage propose d'ouvrir la copie de sauvegarde la plus récente qui fonctionne encore.</translation>
        </message>
        <message>
            <source>PeerDesk help</source>
            <translation>Aide de PeerDesk</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Directory files (*.csv *.json *.zip);;All files (*)</source>
            <translation>Fichiers de répertoire (*.csv *.json *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>First services in the file:</source>
            <translation>Premiers services du fichier :</translation>
        </message>
        <message>
            <source>no country</source>
            <translation>aucun pays</translation>
        </message>
        <message>
            <source>  %1 (%2)</source>
            <comment>a service's name and country</comment>
            <translation>  %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>⚠ This file has %n problem(s) that affect the whole file, listed below. Nothing will be imported until they are fixed.</source>
            <translation>
                <numerusform>⚠ Ce fichier a %n problème qui touche tout le fichier (voir ci-dessous). Rien ne sera importé tant qu'il ne sera pas corrigé.</numerusform>
                <numerusform>⚠ Ce fichier a %n problèmes qui touchent tout le fichier (voir ci-dessous). Rien ne sera importé tant qu'ils ne seront pas corrigés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready to import %n service(s) (%1 new, %2 updates). Nothing is imported until you choose Import.</source>
            <translation>
                <numerusform>Prêt à importer %n service (%1 nouveau, %2 mis à jour). Rien n'est importé avant que vous choisissiez Importer.</numerusform>
                <numerusform>Prêt à importer %n services (%1 nouveaux, %2 mis à jour). Rien n'est importé avant que vous choisissiez Importer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be left out</source>
            <translation>
                <numerusform>%n ligne sera laissée de côté</numerusform>
                <numerusform>%n lignes seront laissées de côté</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n detail(s) need a look</source>
            <translation>
                <numerusform>%n détail est à revoir</numerusform>
                <numerusform>%n détails sont à revoir</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 and %3; they are listed below.</source>
            <comment>sentence, rows, details</comment>
            <translation>%1 %2 et %3; la liste suit.</translation>
        </message>
        <message>
            <source>Import services</source>
            <translation>Importer des services</translation>
        </message>
        <message>
            <source>Choose a file or folder to see what it holds. Nothing is imported yet.</source>
            <translation>Choisissez un fichier ou un dossier pour voir ce qu'il contient. Rien n'est encore importé.</translation>
        </message>
        <message>
            <source>Chosen file</source>
            <translation>Fichier choisi</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Choisir un &amp;fichier…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>Choisir un d&amp;ossier…</translation>
        </message>
        <message>
            <source>Choose folder</source>
            <translation>Choisir un dossier</translation>
        </message>
        <message>
            <source>Country for numbers written without one</source>
            <translation>Pays des numéros écrits sans indicatif</translation>
        </message>
        <message>
            <source>None (numbers must start with +)</source>
            <translation>Aucun (les numéros doivent commencer par +)</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Import status</source>
            <translation>État de l'importation</translation>
        </message>
        <message>
            <source>Preview and validation report</source>
            <translation>Aperçu et rapport de validation</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source :</translation>
        </message>
        <message>
            <source>&amp;Country for local numbers:</source>
            <translation>&amp;Pays des numéros locaux :</translation>
        </message>
        <message>
            <source>Choose a data package folder</source>
            <translation>Choisir un dossier de données (data package)</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Lecture et vérification du fichier…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n service(s).</source>
            <translation>
                <numerusform>%n service importé.</numerusform>
                <numerusform>%n services importés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be read (%1).</source>
            <translation>Le fichier n'a pas pu être lu (%1).</translation>
        </message>
        <message>
            <source>⚠ Nothing was imported. %1</source>
            <translation>⚠ Rien n'a été importé. %1</translation>
        </message>
    </context>
    <context>
        <name>LanguageName</name>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <source>Irish</source>
            <translation>irlandais</translation>
        </message>
        <message>
            <source>Māori</source>
            <translation>maori</translation>
        </message>
        <message>
            <source>Cree</source>
            <translation>cri</translation>
        </message>
        <message>
            <source>Inuktitut</source>
            <translation>inuktitut</translation>
        </message>
        <message>
            <source>Ojibwa</source>
            <translation>ojibwé</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a language and its code</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PeerDesk is hidden while minimised.</source>
            <translation>PeerDesk est masqué pendant qu'il est réduit.</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Retry saving</source>
            <translation>Réessayer l'enregistrement</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Nouveau contact</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <comment>menu entry</comment>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About PeerDesk</source>
            <translation>À &amp;propos de PeerDesk</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation>Déverrouillé.</translation>
        </message>
        <message>
            <source>The contact log is not ready yet.</source>
            <translation>Le journal des contacts n'est pas encore prêt.</translation>
        </message>
        <message>
            <source>There is nothing to search on this page yet.</source>
            <translation>Il n'y a rien à chercher dans cette page pour l'instant.</translation>
        </message>
        <message>
            <source>If you quit anyway, the changes since the last successful save are lost.</source>
            <translation>Si vous quittez quand même, les modifications faites depuis le dernier enregistrement réussi seront perdues.</translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Quitter quand même</translation>
        </message>
        <message>
            <source>If you lock anyway, the changes since the last successful save are lost.</source>
            <translation>Si vous verrouillez quand même, les modifications faites depuis le dernier enregistrement réussi seront perdues.</translation>
        </message>
        <message>
            <source>Lock anyway</source>
            <translation>Verrouiller quand même</translation>
        </message>
        <message>
            <source>Your latest changes are not saved</source>
            <translation>Vos dernières modifications ne sont pas enregistrées</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Verrouillé.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>That did not work.</source>
            <translation>Cela n'a pas fonctionné.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase de passe</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Confirmation de la phrase de passe</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nouvelle phrase de passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Confirmez-la :</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>Les deux saisies ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>An overview of your week: recent contacts, your self-care check-ins and reminders.</source>
            <translation>Un survol de votre semaine : contacts récents, bilans d'autosoins et rappels.</translation>
        </message>
        <message>
            <source>A private log of the support conversations you have had, with follow-ups.</source>
            <translation>Un journal privé de vos conversations de soutien, avec leurs suivis.</translation>
        </message>
        <message>
            <source>Short check-ins on how you are doing, with trends over weeks and months.</source>
            <translation>De courts bilans sur votre état, avec leur évolution au fil des semaines et des mois.</translation>
        </message>
        <message>
            <source>Practice scenarios and short modules to keep your skills fresh.</source>
            <translation>Des mises en situation et de courts modules pour garder vos habiletés à jour.</translation>
        </message>
        <message>
            <source>Crisis lines and referral services you can pass on, searchable offline.</source>
            <translation>Des lignes de crise et des services vers lesquels orienter les gens, consultables hors ligne.</translation>
        </message>
        <message>
            <source>De-identified summaries for your coordinator: counts only, never notes.</source>
            <translation>Des résumés dépersonnalisés pour la coordination du programme : des nombres seulement, jamais de notes.</translation>
        </message>
        <message>
            <source>This part of PeerDesk is not ready yet.</source>
            <translation>Cette partie de PeerDesk n'est pas encore prête.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <source>very weak</source>
            <translation>très faible</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>passable</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>forte</translation>
        </message>
        <message>
            <source>very strong</source>
            <translation>très forte</translation>
        </message>
        <message>
            <source>This is too easy to guess.</source>
            <translation>C'est trop facile à deviner.</translation>
        </message>
        <message>
            <source>This is very easy to guess: it looks like a common phrase, a name, a date or a pattern on the keyboard. Add two or three words that have nothing to do with each other.</source>
            <translation>C'est très facile à deviner : on dirait une expression courante, un nom, une date ou une suite de touches du clavier. Ajoutez deux ou trois mots qui n'ont rien à voir entre eux.</translation>
        </message>
        <message>
            <source>This is still too easy to guess. Add a word or two that have nothing to do with the others, or a phrase only you would think of.</source>
            <translation>C'est encore trop facile à deviner. Ajoutez un mot ou deux sans lien avec les autres, ou une phrase à laquelle vous seul ou seule penseriez.</translation>
        </message>
        <message>
            <source>Use at least %1 characters (%2 so far). A few unrelated words with spaces are easy to remember and hard to guess.</source>
            <translation>Utilisez au moins %1 caractères (%2 pour l'instant). Quelques mots sans lien entre eux, séparés par des espaces, sont faciles à retenir et difficiles à deviner.</translation>
        </message>
        <message>
            <source>Use at most %1 characters.</source>
            <translation>Utilisez au plus %1 caractères.</translation>
        </message>
    </context>
    <context>
        <name>PdfFooter</name>
        <message>
            <source>%1 · page %2 of %3</source>
            <comment>document title, page numbers</comment>
            <translation>%1 · page %2 sur %3</translation>
        </message>
    </context>
    <context>
        <name>PeriodChooser</name>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Le mois dernier</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Ce trimestre</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Le trimestre dernier</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>L’année dernière</translation>
        </message>
        <message>
            <source>Report period</source>
            <translation>Période du rapport</translation>
        </message>
        <message>
            <source>Other months (choose below)</source>
            <translation>Autres mois (à choisir ci-dessous)</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>My warning signs</source>
            <translation>Mes signaux d'alerte</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Ce qui m'aide</translation>
        </message>
        <message>
            <source>People I can talk to</source>
            <translation>Les personnes à qui je peux parler</translation>
        </message>
        <message>
            <source>Professional support I can use</source>
            <translation>L'aide professionnelle à ma disposition</translation>
        </message>
        <message>
            <source>Boundaries I keep</source>
            <translation>Les limites que je garde</translation>
        </message>
        <message>
            <source>One per line, e.g. sleeping badly, dreading the phone</source>
            <translation>Un par ligne, p. ex. mal dormir, redouter le téléphone</translation>
        </message>
        <message>
            <source>One per line, e.g. a walk at lunch, music on the way home</source>
            <translation>Un par ligne, p. ex. une marche le midi, de la musique en rentrant</translation>
        </message>
        <message>
            <source>One per line, e.g. my partner, a friend from the team</source>
            <translation>Une par ligne, p. ex. mon conjoint ou ma conjointe, une amie de l'équipe</translation>
        </message>
        <message>
            <source>One per line, e.g. the EAP number, my doctor</source>
            <translation>Une par ligne, p. ex. le numéro du PAE, mon médecin</translation>
        </message>
        <message>
            <source>One per line, e.g. no support calls after 9 pm</source>
            <translation>Une par ligne, p. ex. pas d'appels de soutien après 21 h</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mon plan d'autosoins</translation>
        </message>
        <message>
            <source>Written for myself. Printed on %1.</source>
            <translation>Écrit pour moi-même. Imprimé le %1.</translation>
        </message>
        <message>
            <source>Nothing written here yet.</source>
            <translation>Rien d'écrit ici pour l'instant.</translation>
        </message>
        <message>
            <source>If things get hard</source>
            <translation>Si ça devient difficile</translation>
        </message>
        <message>
            <source>%1:</source>
            <comment>a form label</comment>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Save p&amp;lan</source>
            <translation>Enregistrer le pla&amp;n</translation>
        </message>
        <message>
            <source>P&amp;rint / save as PDF…</source>
            <translation>&amp;Imprimer ou enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Plan message</source>
            <translation>Message du plan</translation>
        </message>
        <message>
            <source>Your own plan for hard stretches: write it while things are calm, so it is ready when you need it. Only you can see it.</source>
            <translation>Votre plan à vous pour les périodes difficiles : écrivez-le pendant que tout est calme, pour qu'il soit prêt le jour où vous en aurez besoin. Personne d'autre que vous ne peut le voir.</translation>
        </message>
        <message>
            <source>Your unsaved changes are back. Save the plan to keep them for good.</source>
            <translation>Vos changements non enregistrés sont de retour. Enregistrez le plan pour les garder pour de bon.</translation>
        </message>
        <message>
            <source>Not saved yet. %1: %2.</source>
            <translation>Pas encore enregistré. %1 : %2.</translation>
        </message>
        <message>
            <source>Plan saved.</source>
            <translation>Plan enregistré.</translation>
        </message>
        <message>
            <source>Save the plan as PDF</source>
            <translation>Enregistrer le plan en PDF</translation>
        </message>
        <message>
            <source>self-care-plan.pdf</source>
            <comment>a file name</comment>
            <translation>plan-autosoins.pdf</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Écriture du PDF…</translation>
        </message>
        <message>
            <source>Plan saved as %1.</source>
            <translation>Plan enregistré sous %1.</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>le fichier n'a pas pu être écrit</translation>
        </message>
        <message>
            <source>The PDF was not written: %1</source>
            <translation>Le PDF n'a pas été écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyOut</name>
        <message>
            <source>PeerDesk recovery key</source>
            <translation>Clé de récupération PeerDesk</translation>
        </message>
        <message>
            <source>This key opens your PeerDesk vault if you forget your passphrase. Keep it somewhere safe, away from the computer. Anyone holding it and the vault file can read the vault.</source>
            <translation>Cette clé ouvre votre coffre-fort PeerDesk si vous oubliez votre phrase de passe. Gardez-la en lieu sûr, loin de l'ordinateur. Quiconque possède cette clé et le fichier du coffre-fort peut lire le coffre-fort.</translation>
        </message>
        <message>
            <source>This key opens your PeerDesk vault if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
            <translation>Cette clé ouvre votre coffre-fort PeerDesk si vous oubliez votre phrase de passe. Gardez cette page en lieu sûr, loin de l'ordinateur.</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>Imprimer la clé de récupération</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Enregistrer la clé de récupération</translation>
        </message>
        <message>
            <source>peerdesk-recovery-key.txt</source>
            <comment>suggested file name</comment>
            <translation>peerdesk-cle-de-recuperation.txt</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
        <message>
            <source>The key could not be saved: %1.</source>
            <comment>%1: the reason</comment>
            <translation>La clé n'a pas pu être enregistrée : %1.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistrée</translation>
        </message>
        <message>
            <source>Recovery key saved</source>
            <translation>Clé de récupération enregistrée</translation>
        </message>
        <message>
            <source>Saved. Consider moving that file to a USB stick or printing it, then deleting it from this computer.</source>
            <translation>C'est enregistré. Pensez à déplacer ce fichier sur une clé USB ou à l'imprimer, puis à le supprimer de cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyScreen</name>
        <message>
            <source>It is shown only now.</source>
            <translation>Elle ne s'affiche qu'une seule fois, maintenant.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, this key is the only other way into your vault.</source>
            <translation>Si vous oubliez un jour votre phrase de passe, cette clé est le seul autre moyen d'ouvrir votre coffre-fort.</translation>
        </message>
        <message>
            <source>Write it down or print it, and keep it somewhere safe away from this computer.</source>
            <translation>Notez-la ou imprimez-la, et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>C&amp;opier</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Save to file…</source>
            <translation>&amp;Enregistrer dans un fichier…</translation>
        </message>
        <message>
            <source>Last group of the recovery key</source>
            <translation>Dernier groupe de la clé de récupération</translation>
        </message>
        <message>
            <source>To check that you kept it, type its &amp;last group:</source>
            <translation>Pour vérifier que vous l'avez conservée, tapez son dernier &amp;groupe :</translation>
        </message>
        <message>
            <source>I have kept it — &amp;continue</source>
            <translation>Je l'ai conservée — &amp;continuer</translation>
        </message>
        <message>
            <source>That matches.</source>
            <translation>C'est bien ça.</translation>
        </message>
        <message>
            <source>That is not the last group yet. It is the part after the last dash.</source>
            <translation>Ce n'est pas encore le dernier groupe. C'est la partie après le dernier tiret.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryScreen</name>
        <message>
            <source>Unlock with your recovery key</source>
            <translation>Déverrouiller avec votre clé de récupération</translation>
        </message>
        <message>
            <source>Type the recovery key you saved when you created the vault. After it opens, you will choose a new passphrase.</source>
            <translation>Tapez la clé de récupération conservée à la création du coffre-fort. Une fois le coffre-fort ouvert, vous choisirez une nouvelle phrase de passe.</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>&amp;Clé de récupération :</translation>
        </message>
        <message>
            <source>&amp;Unlock with key</source>
            <translation>Dé&amp;verrouiller avec la clé</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Add a referral</source>
            <translation>Ajouter une orientation</translation>
        </message>
        <message>
            <source>&amp;Not in the directory (type a label instead)</source>
            <translation>&amp;Absent du répertoire (tapez plutôt un libellé)</translation>
        </message>
        <message>
            <source>Referral label</source>
            <translation>Libellé de l'orientation</translation>
        </message>
        <message>
            <source>Referral category</source>
            <translation>Catégorie de l'orientation</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Libellé :</translation>
        </message>
        <message>
            <source>Categor&amp;y:</source>
            <translation>Catégor&amp;ie :</translation>
        </message>
        <message>
            <source>&amp;Use this referral</source>
            <translation>&amp;Utiliser cette orientation</translation>
        </message>
        <message>
            <source>Use this referral</source>
            <translation>Utiliser cette orientation</translation>
        </message>
        <message>
            <source>⚠ Choose a service, or tick the box and type a label.</source>
            <translation>⚠ Choisissez un service, ou cochez la case et tapez un libellé.</translation>
        </message>
    </context>
    <context>
        <name>ReferralEditor</name>
        <message>
            <source>%1 (%2) — offered but declined</source>
            <comment>label (category)</comment>
            <translation>%1 (%2) — proposée mais refusée</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a referral's label (its category)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Referral, in your own words</source>
            <translation>Orientation, dans vos mots</translation>
        </message>
        <message>
            <source>e.g. employee assistance programme</source>
            <translation>p. ex. programme d'aide aux employés</translation>
        </message>
        <message>
            <source>Kind of referral</source>
            <translation>Type d'orientation</translation>
        </message>
        <message>
            <source>Offered but &amp;declined</source>
            <translation>Proposée mais ref&amp;usée</translation>
        </message>
        <message>
            <source>Add referra&amp;l</source>
            <translation>Ajout&amp;er l'orientation</translation>
        </message>
        <message>
            <source>From the director&amp;y…</source>
            <translation>Du répert&amp;oire…</translation>
        </message>
        <message>
            <source>Pick a referral from the directory</source>
            <translation>Choisir une orientation dans le répertoire des ressources</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Orientations données</translation>
        </message>
        <message>
            <source>Remo&amp;ve referral</source>
            <translation>Ret&amp;irer l'orientation</translation>
        </message>
        <message>
            <source>the directory returned an unexpected choice</source>
            <translation>le répertoire a renvoyé un choix inattendu</translation>
        </message>
    </context>
    <context>
        <name>ReportFigures</name>
        <message>
            <source>What it means</source>
            <translation>Ce que ça veut dire</translation>
        </message>
        <message>
            <source>fewer than %1</source>
            <comment>a published value, read aloud</comment>
            <translation>moins de %1</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <source>This report holds counts only: no notes, no names, no incident numbers and no date finer than a month. Every table breaks the contacts down by one thing only.</source>
            <translation>Ce rapport ne contient que des comptes : aucune note, aucun nom, aucun numéro d'incident et aucune date plus précise que le mois. Chaque tableau répartit les contacts selon un seul critère.</translation>
        </message>
        <message>
            <source>Period: %1 to %2, whole months.</source>
            <translation>Période : de %1 à %2, en mois complets.</translation>
        </message>
        <message numerus="yes">
            <source>It combines the reports of %n supporter(s).</source>
            <translation>
                <numerusform>Il combine le rapport de %n personne de l'équipe de soutien.</numerusform>
                <numerusform>Il combine les rapports de %n personnes de l'équipe de soutien.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>All figures</source>
            <translation>Tous les chiffres</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Contacts per quarter</source>
            <translation>Contacts par trimestre</translation>
        </message>
        <message>
            <source>Contacts per year</source>
            <translation>Contacts par année</translation>
        </message>
        <message>
            <source>Stress</source>
            <comment>chart axis: work stress</comment>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Workload</source>
            <comment>chart axis</comment>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Grief</source>
            <comment>chart axis: grief / loss</comment>
            <translation>Deuil</translation>
        </message>
        <message>
            <source>Incident</source>
            <comment>chart axis: critical incident</comment>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Family</source>
            <comment>chart axis</comment>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Money</source>
            <comment>chart axis: finances</comment>
            <translation>Argent</translation>
        </message>
        <message>
            <source>Substances</source>
            <comment>chart axis: substance use</comment>
            <translation>Substances</translation>
        </message>
        <message>
            <source>Isolation</source>
            <comment>chart axis</comment>
            <translation>Isolement</translation>
        </message>
        <message>
            <source>Bias</source>
            <comment>chart axis: discrimination</comment>
            <translation>Préjugés</translation>
        </message>
        <message>
            <source>Concern</source>
            <comment>chart axis: some concern</comment>
            <translation>Inquiétude</translation>
        </message>
        <message>
            <source>Escalated</source>
            <comment>chart axis: level of concern</comment>
            <translation>Transmis</translation>
        </message>
        <message>
            <source>Emergency</source>
            <comment>chart axis: emergency services</comment>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>chart axis: text / chat</comment>
            <translation>Texto</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <comment>a report's months</comment>
            <translation>%1 à %2</translation>
        </message>
        <message numerus="yes">
            <source>Team report, %1 (%n report(s) merged)</source>
            <translation>
                <numerusform>Rapport d'équipe, %1 (%n rapport combiné)</numerusform>
                <numerusform>Rapport d'équipe, %1 (%n rapports combinés)</numerusform>
            </translation>
        </message>
        <message>
            <source>Peer support report, %1</source>
            <translation>Rapport de soutien par les pairs, %1</translation>
        </message>
        <message>
            <source>not shown</source>
            <translation>non indiqué</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>environ %n minute</numerusform>
                <numerusform>environ %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Time with contacts (hours)</source>
            <translation>Temps passé en contact (heures)</translation>
        </message>
        <message>
            <source>whole hours, never exact minutes</source>
            <translation>en heures entières, jamais en minutes exactes</translation>
        </message>
        <message>
            <source>Mean length</source>
            <translation>Durée moyenne</translation>
        </message>
        <message>
            <source>worked out from the two figures above</source>
            <translation>calculée à partir des deux chiffres ci-dessus</translation>
        </message>
        <message>
            <source>People reached in group sessions</source>
            <translation>Personnes jointes en séance de groupe</translation>
        </message>
        <message>
            <source>a band, never an exact number</source>
            <translation>une fourchette, jamais un nombre exact</translation>
        </message>
        <message>
            <source>Incidents supported (counted in each month)</source>
            <translation>Incidents soutenus (comptés chaque mois)</translation>
        </message>
        <message>
            <source>modules completed (their estimated time) plus logged training</source>
            <translation>modules terminés (leur durée estimée) et formation inscrite</translation>
        </message>
        <message>
            <source>Training modules completed</source>
            <translation>Modules de formation terminés</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>%1 show 0, which means none or fewer than %2</source>
            <translation>%1 : 0, ce qui veut dire aucun ou moins de %2</translation>
        </message>
        <message>
            <source>%1 show %2, which may stand for 1 to %3</source>
            <translation>%1 : %2, ce qui peut représenter de 1 à %3</translation>
        </message>
        <message>
            <source>%1. Small counts are shown this way so no one can be singled out.</source>
            <translation>%1. Les petits comptes s'affichent ainsi pour que personne ne puisse être reconnu.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a chart's bar: its label and value</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>quarters</source>
            <translation>trimestres</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>years</source>
            <translation>années</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>catégories</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tableau CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON report (*.json)</source>
            <translation>Rapport JSON (*.json)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation>Exporter en &amp;JSON…</translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Exporter en JSON</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>A report counts your contacts for whole months, for your programme coordinator. It never holds notes, names, incident numbers or dates finer than a month. Small counts are shown as 0 or the smallest count shown, and every figure is changed by a small fixed amount, so no one can be singled out, however many reports are compared. The preview below is exactly what the file will contain.</source>
            <translation>Un rapport compte vos contacts par mois complets, pour la coordination de votre programme. Il ne contient jamais de notes, de noms, de numéros d'incident ni de dates plus précises que le mois. Les petits comptes s'affichent 0 ou le plus petit compte affiché, et chaque chiffre est modifié d'une petite quantité fixe, pour que personne ne puisse être reconnu, peu importe le nombre de rapports comparés. L'aperçu ci-dessous est exactement ce que le fichier contiendra.</translation>
        </message>
        <message>
            <source>Coordinators: combine the JSON reports your team sent you. A report given twice, or two reports counting the same months from one supporter, are refused so nothing is counted twice. Where months are too small to show much, the team report is where detail appears.</source>
            <translation>Coordination : combinez les rapports JSON que votre équipe vous a envoyés. Un rapport donné deux fois, ou deux rapports qui comptent les mêmes mois pour une même personne, sont refusés pour que rien ne soit compté deux fois. Quand les mois sont trop petits pour montrer grand-chose, c'est le rapport d'équipe qui donne le détail.</translation>
        </message>
        <message>
            <source>By the period's length</source>
            <translation>Selon la durée de la période</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>Per quarter</source>
            <translation>Par trimestre</translation>
        </message>
        <message>
            <source>Per year</source>
            <translation>Par année</translation>
        </message>
        <message>
            <source>%1 is not a readable JSON report</source>
            <translation>%1 n'est pas un rapport JSON lisible</translation>
        </message>
        <message>
            <source>What to count</source>
            <translation>Quoi compter</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Premier mois</translation>
        </message>
        <message>
            <source>Smallest count shown</source>
            <translation>Plus petit compte affiché</translation>
        </message>
        <message>
            <source>Counts below this are shown as 0 or this number. %1 at least.</source>
            <translation>Les comptes plus petits s'affichent 0 ou ce nombre. Au moins %1.</translation>
        </message>
        <message>
            <source>Contacts shown per</source>
            <translation>Contacts affichés par</translation>
        </message>
        <message>
            <source>Include my &amp;training hours and modules</source>
            <translation>Inclure mes heures et modules de &amp;formation</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation>Pér&amp;iode :</translation>
        </message>
        <message>
            <source>Fi&amp;rst month:</source>
            <translation>&amp;Premier mois :</translation>
        </message>
        <message>
            <source>Contacts sho&amp;wn per:</source>
            <translation>Contacts &amp;affichés par :</translation>
        </message>
        <message>
            <source>&amp;Last month:</source>
            <translation>&amp;Dernier mois :</translation>
        </message>
        <message>
            <source>Last month</source>
            <comment>the last month of the range</comment>
            <translation>Dernier mois</translation>
        </message>
        <message>
            <source>&amp;Smallest count shown:</source>
            <translation>Plus petit &amp;compte affiché :</translation>
        </message>
        <message>
            <source>Preview: exactly what will leave this computer</source>
            <translation>Aperçu : exactement ce qui sortira de cet ordinateur</translation>
        </message>
        <message>
            <source>Report message</source>
            <translation>Message du rapport</translation>
        </message>
        <message>
            <source>Published figures</source>
            <translation>Chiffres publiés</translation>
        </message>
        <message>
            <source>Team reports</source>
            <translation>Rapports d'équipe</translation>
        </message>
        <message>
            <source>&amp;Merge reports from your team…</source>
            <translation>&amp;Combiner les rapports de votre équipe…</translation>
        </message>
        <message>
            <source>Back to &amp;my own report</source>
            <translation>Revenir à &amp;mon rapport</translation>
        </message>
        <message>
            <source>The first month is after the last month: choose them the other way round.</source>
            <translation>Le premier mois est après le dernier : choisissez-les dans l'autre sens.</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>Le rapport n'a pas pu être produit.</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <source>The report could not be written</source>
            <translation>Le rapport n'a pas pu être écrit</translation>
        </message>
        <message>
            <source>Report saved as %1.</source>
            <translation>Rapport enregistré sous %1.</translation>
        </message>
        <message>
            <source>Choose your team's JSON reports</source>
            <translation>Choisir les rapports JSON de votre équipe</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n report(s). Check the preview, then export.</source>
            <translation>
                <numerusform>%n rapport combiné. Vérifiez l'aperçu, puis exportez.</numerusform>
                <numerusform>%n rapports combinés. Vérifiez l'aperçu, puis exportez.</numerusform>
            </translation>
        </message>
        <message>
            <source>The reports could not be merged</source>
            <translation>Les rapports n'ont pas pu être combinés</translation>
        </message>
        <message>
            <source>%1 (%2).</source>
            <comment>a failure and its technical name</comment>
            <translation>%1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Favo&amp;urite</source>
            <translation>Fa&amp;vori</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favori</translation>
        </message>
        <message>
            <source>Your private note about this service</source>
            <translation>Votre note personnelle sur ce service</translation>
        </message>
        <message>
            <source>Only you can read this; it is kept in your vault.</source>
            <translation>Vous seul ou seule pouvez la lire; elle est gardée dans votre coffre-fort.</translation>
        </message>
        <message>
            <source>&amp;Private note:</source>
            <translation>Note &amp;personnelle :</translation>
        </message>
        <message>
            <source>Sa&amp;ve note</source>
            <translation>Enre&amp;gistrer la note</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <source>Note status</source>
            <translation>État de la note</translation>
        </message>
        <message>
            <source>A&amp;dd your organisation's service…</source>
            <translation>A&amp;jouter un service de votre organisation…</translation>
        </message>
        <message>
            <source>Ed&amp;it your service…</source>
            <translation>Mo&amp;difier votre service…</translation>
        </message>
        <message>
            <source>I&amp;mport…</source>
            <translation>I&amp;mporter…</translation>
        </message>
        <message>
            <source>Import services from a file</source>
            <translation>Importer des services d'un fichier</translation>
        </message>
        <message>
            <source>⚠ Not saved: %1</source>
            <translation>⚠ Non enregistrée : %1</translation>
        </message>
        <message numerus="yes">
            <source>Note saved in your vault. It may identify someone (%n underlined).</source>
            <translation>
                <numerusform>Note enregistrée dans votre coffre-fort. Elle pourrait permettre de reconnaître quelqu'un (%n élément souligné).</numerusform>
                <numerusform>Note enregistrée dans votre coffre-fort. Elle pourrait permettre de reconnaître quelqu'un (%n éléments soulignés).</numerusform>
            </translation>
        </message>
        <message>
            <source>Note saved in your vault.</source>
            <translation>Note enregistrée dans votre coffre-fort.</translation>
        </message>
        <message numerus="yes">
            <source>The note holds %n possible identifying detail(s) (underlined). Notes here are about services, not people. Save it anyway?</source>
            <translation>
                <numerusform>La note contient %n détail qui pourrait permettre de reconnaître quelqu'un (souligné). Ces notes portent sur des services, pas sur des personnes. L'enregistrer quand même?</numerusform>
                <numerusform>La note contient %n détails qui pourraient permettre de reconnaître quelqu'un (soulignés). Ces notes portent sur des services, pas sur des personnes. L'enregistrer quand même?</numerusform>
            </translation>
        </message>
        <message>
            <source>Service saved in the directory.</source>
            <translation>Service enregistré dans le répertoire.</translation>
        </message>
    </context>
    <context>
        <name>RetentionOffer</name>
        <message numerus="yes">
            <source>Your retention setting keeps notes for %n month(s).</source>
            <translation>
                <numerusform>Votre paramètre de conservation garde les notes pendant %n mois.</numerusform>
                <numerusform>Votre paramètre de conservation garde les notes pendant %n mois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older contact(s) still have a note or incident number. Remove that text now? The rest of each contact, and every statistic, stays.</source>
            <translation>
                <numerusform>%n contact plus ancien a encore une note ou un numéro d'incident. Retirer ce texte maintenant? Le reste de chaque contact, et toutes les statistiques, sont conservés.</numerusform>
                <numerusform>%n contacts plus anciens ont encore une note ou un numéro d'incident. Retirer ce texte maintenant? Le reste de chaque contact, et toutes les statistiques, sont conservés.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Remove old notes?</source>
            <translation>Retirer les anciennes notes?</translation>
        </message>
        <message>
            <source>Remove old notes</source>
            <translation>Retirer les anciennes notes</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message numerus="yes">
            <source>Removed old notes from %n contact(s).</source>
            <translation>
                <numerusform>Anciennes notes retirées de %n contact.</numerusform>
                <numerusform>Anciennes notes retirées de %n contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveState</name>
        <message>
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Save failed</source>
            <translation>Échec de l'enregistrement</translation>
        </message>
        <message>
            <source>Could not save the vault.</source>
            <translation>Le coffre-fort n'a pas pu être enregistré.</translation>
        </message>
    </context>
    <context>
        <name>ScaleForms</name>
        <message>
            <source>Question %1: please choose an answer to “%2”</source>
            <translation>Question %1 : choisissez une réponse à « %2 »</translation>
        </message>
        <message>
            <source>Answer to item %1</source>
            <translation>Réponse à la question %1</translation>
        </message>
        <message>
            <source>The number you chose for item %1, from %2 to %3</source>
            <translation>Le chiffre choisi pour la question %1, de %2 à %3</translation>
        </message>
        <message>
            <source>Enter the number you chose for each item, from %1 to %2.</source>
            <translation>Entrez le chiffre choisi pour chaque question, de %1 à %2.</translation>
        </message>
        <message>
            <source>All answers in order</source>
            <translation>Toutes les réponses dans l'ordre</translation>
        </message>
        <message>
            <source>e.g. 3 4 2 5 …</source>
            <translation>p. ex. 3 4 2 5 …</translation>
        </message>
        <message>
            <source>Or type all answers in &amp;order:</source>
            <translation>Ou tapez toutes les réponses dans l'&amp;ordre :</translation>
        </message>
        <message>
            <source>&amp;Fill in</source>
            <translation>&amp;Remplir</translation>
        </message>
        <message>
            <source>Fill in the grid from the typed answers</source>
            <translation>Remplir la grille avec les réponses tapées</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) typed, the form has %1</source>
            <translation>
                <numerusform>%n réponse tapée, le formulaire en compte %1</numerusform>
                <numerusform>%n réponses tapées, le formulaire en compte %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1 is empty; enter a whole number from %3 to %4</source>
            <translation>La question %1 est vide; entrez un nombre entier de %3 à %4</translation>
        </message>
        <message>
            <source>Item %1: “%2” is not a number from %3 to %4; enter a whole number from %3 to %4</source>
            <translation>Question %1 : « %2 » n'est pas un nombre de %3 à %4; entrez un nombre entier de %3 à %4</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>Caps Lock is on</source>
            <translation>Verrouillage des majuscules activé</translation>
        </message>
        <message>
            <source>Caps Lock is on: the passphrase may be typed in capitals.</source>
            <translation>Le verrouillage des majuscules est activé : la phrase de passe risque d'être tapée en majuscules.</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <comment>%1: the field's name, e.g. new passphrase</comment>
            <translation>Masquer : %1</translation>
        </message>
        <message>
            <source>Show %1</source>
            <comment>%1: the field's name, e.g. new passphrase</comment>
            <translation>Afficher : %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>action (its keyboard shortcut)</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>SelfCarePage</name>
        <message>
            <source>Self-care sections</source>
            <translation>Sections de Prendre soin de soi</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendances</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>Mon plan</translation>
        </message>
        <message>
            <source>Reminders and help</source>
            <translation>Rappels et aide</translation>
        </message>
        <message>
            <source>Check-in saved.</source>
            <translation>Bilan enregistré.</translation>
        </message>
        <message>
            <source>Plan PDF written.</source>
            <translation>PDF du plan écrit.</translation>
        </message>
        <message>
            <source>Notice how you are doing while you support others. Everything here stays in your vault and is only for you.</source>
            <translation>Prenez le temps de voir comment vous allez pendant que vous soutenez les autres. Tout ce qui est ici reste dans votre coffre-fort et n'est que pour vous.</translation>
        </message>
    </context>
    <context>
        <name>ServiceForm</name>
        <message>
            <source>Employee assistance programme (EAP)</source>
            <translation>Programme d'aide aux employés (PAE)</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>Ressources humaines</translation>
        </message>
        <message>
            <source>Chaplain or spiritual care</source>
            <translation>Aumônerie ou soins spirituels</translation>
        </message>
        <message>
            <source>Occupational health</source>
            <translation>Santé au travail</translation>
        </message>
        <message>
            <source>Peer support team</source>
            <comment>a kind of service in the directory</comment>
            <translation>Équipe de soutien par les pairs</translation>
        </message>
        <message>
            <source>Counselling</source>
            <comment>a kind of service in the directory</comment>
            <translation>Services de consultation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. Staff support line</source>
            <translation>p. ex. Ligne de soutien du personnel</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Who runs it</source>
            <translation>Qui l'offre</translation>
        </message>
        <message>
            <source>&amp;Phone numbers:</source>
            <translation>Numéros de &amp;téléphone :</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Numéros de téléphone</translation>
        </message>
        <message>
            <source>Separate several with ;</source>
            <translation>Séparez-en plusieurs par ;</translation>
        </message>
        <message>
            <source>Te&amp;xt codes:</source>
            <translation>Codes te&amp;xto :</translation>
        </message>
        <message>
            <source>Text codes</source>
            <translation>Codes texto</translation>
        </message>
        <message>
            <source>e.g. HOME to 741741</source>
            <translation>p. ex. HOME au 741741</translation>
        </message>
        <message>
            <source>Ho&amp;urs:</source>
            <comment>a service's opening hours</comment>
            <translation>&amp;Heures :</translation>
        </message>
        <message>
            <source>e.g. Weekdays 8:00–18:00</source>
            <translation>p. ex. En semaine, 8 h à 18 h</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Langues :</translation>
        </message>
        <message>
            <source>Codes such as en; fr</source>
            <translation>Codes comme en; fr</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>Site &amp;Web :</translation>
        </message>
        <message>
            <source>https://…</source>
            <comment>a web address, as a hint</comment>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Two letters, e.g. CA</source>
            <translation>Deux lettres, p. ex. CA</translation>
        </message>
        <message>
            <source>Province, state or site</source>
            <translation>Province, État ou lieu de travail</translation>
        </message>
        <message>
            <source>Add your organisation's service</source>
            <translation>Ajouter un service de votre organisation</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Type de service</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>Ways to reach:</source>
            <translation>Moyens de joindre :</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>Last &amp;verified:</source>
            <translation>Dernière &amp;vérification :</translation>
        </message>
        <message>
            <source>Problem with the form</source>
            <translation>Problème dans le formulaire</translation>
        </message>
        <message>
            <source>⚠ Not saved. %1</source>
            <translation>⚠ Non enregistré. %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Kept inside your vault</source>
            <translation>Dans votre coffre-fort</translation>
        </message>
        <message>
            <source>Before unlocking (kept on this computer, no content)</source>
            <translation>Avant le déverrouillage (sur cet ordinateur, sans contenu)</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Thème de couleurs</translation>
        </message>
        <message>
            <source>Follow the system's light or dark look, or choose one.</source>
            <translation>Suivre l'apparence claire ou foncée du système, ou en choisir une.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source>Makes all text larger or smaller (1.0 is the system size).</source>
            <translation>Agrandit ou réduit tout le texte (1,0 correspond à la taille du système).</translation>
        </message>
        <message>
            <source>The language of the window and of the questionnaires; “System” follows your computer. A change applies the next time PeerDesk starts.</source>
            <translation>La langue de la fenêtre et des questionnaires; « Système » suit votre ordinateur. Un changement s'applique au prochain démarrage de PeerDesk.</translation>
        </message>
        <message>
            <source>The referral directory shows this country's services first, starting with its emergency number; “System” follows your computer's region.</source>
            <translation>Le répertoire des ressources montre d'abord les services de ce pays, à commencer par son numéro d'urgence; « Système » suit la région de votre ordinateur.</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Verrouiller après inactivité</translation>
        </message>
        <message>
            <source>Lock after this many minutes without keyboard or mouse use.</source>
            <translation>Verrouiller après ce nombre de minutes sans utilisation du clavier ni de la souris.</translation>
        </message>
        <message>
            <source>Lock when minimised</source>
            <translation>Verrouiller quand la fenêtre est réduite</translation>
        </message>
        <message>
            <source>Lock the vault as soon as the window is minimised.</source>
            <translation>Verrouiller le coffre-fort dès que la fenêtre est réduite.</translation>
        </message>
        <message>
            <source>Lock with the screen</source>
            <translation>Verrouiller avec l'écran</translation>
        </message>
        <message>
            <source>Lock the vault when your computer's screen locks or it goes to sleep.</source>
            <translation>Verrouiller le coffre-fort quand l'écran de votre ordinateur se verrouille ou qu'il se met en veille.</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Copies de sauvegarde gardées</translation>
        </message>
        <message>
            <source>How many earlier encrypted copies of the vault to keep.</source>
            <translation>Combien de copies chiffrées antérieures du coffre-fort garder.</translation>
        </message>
        <message>
            <source>Clear old contact notes after</source>
            <translation>Effacer les anciennes notes de contact après</translation>
        </message>
        <message>
            <source>Blank the text of contact notes and incident numbers older than this many months; the statistics stay. “Never” keeps notes until you delete them.</source>
            <translation>Vider le texte des notes de contact et des numéros d'incident plus vieux que ce nombre de mois; les statistiques restent. « Jamais » garde les notes jusqu'à ce que vous les supprimiez.</translation>
        </message>
        <message>
            <source>System</source>
            <comment>the language setting</comment>
            <translation>Système</translation>
        </message>
        <message>
            <source>English</source>
            <comment>in its own language: keep as is</comment>
            <translation>English</translation>
        </message>
        <message>
            <source>Français</source>
            <comment>in its own language: keep as is</comment>
            <translation>Français</translation>
        </message>
        <message>
            <source>System</source>
            <comment>the country setting: the computer's region</comment>
            <translation>Système</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after a number</comment>
            <translation> minutes</translation>
        </message>
        <message>
            <source> months</source>
            <comment>after a number</comment>
            <translation> mois</translation>
        </message>
        <message>
            <source> copies</source>
            <comment>after a number</comment>
            <translation> copies</translation>
        </message>
        <message>
            <source>Never</source>
            <comment>clear notes after</comment>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>%1:</source>
            <comment>a form label</comment>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Language saved. It applies the next time PeerDesk starts.</source>
            <translation>Langue enregistrée. Elle s'applique au prochain démarrage de PeerDesk.</translation>
        </message>
        <message>
            <source>Setting saved.</source>
            <translation>Paramètre enregistré.</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase de passe</translation>
        </message>
        <message>
            <source>Strength: —</source>
            <translation>Solidité : —</translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Solidité : %1</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Every day</source>
            <translation>Chaque jour</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Une fois par semaine</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>check-in reminders</comment>
            <translation>Désactivés</translation>
        </message>
        <message>
            <source>Check-in reminders</source>
            <translation>Rappels de bilan</translation>
        </message>
        <message>
            <source>Where to find help</source>
            <translation>Où trouver de l'aide</translation>
        </message>
        <message>
            <source>Check-in &amp;reminders:</source>
            <translation>&amp;Rappels de bilan :</translation>
        </message>
        <message>
            <source>Crisis lines in your country (from the resource directory):</source>
            <translation>Lignes de crise de votre pays (tirées du répertoire des ressources) :</translation>
        </message>
        <message>
            <source>From your self-care plan:</source>
            <translation>Tiré de votre plan d'autosoins :</translation>
        </message>
        <message>
            <source>If you are in danger or might harm yourself, call your local emergency number now.</source>
            <translation>Si vous êtes en danger ou risquez de vous faire du mal, appelez dès maintenant le numéro d'urgence de votre région.</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
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
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Completed modules</source>
            <translation>Modules terminés</translation>
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
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Estimated time</source>
            <translation>Durée estimée</translation>
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
            <source>No module completed yet.</source>
            <translation>Aucun module terminé pour l’instant.</translation>
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
    <context>
        <name>TrendPanel</name>
        <message>
            <source>Hours of support</source>
            <translation>Heures de soutien</translation>
        </message>
        <message>
            <source>How it affected me (1–5)</source>
            <translation>Effet sur moi (1 à 5)</translation>
        </message>
        <message>
            <source>week of %1</source>
            <comment>the week starting on a Monday</comment>
            <translation>semaine du %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a questionnaire's short name: a measure</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>contacts · hours · effect 1–5</source>
            <translation>contacts · heures · effet 1 à 5</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Show as &amp;table</source>
            <translation>Afficher en &amp;tableau</translation>
        </message>
        <message>
            <source>Trend as a table</source>
            <translation>Tendance sous forme de tableau</translation>
        </message>
        <message>
            <source>Trend summary</source>
            <translation>Résumé de la tendance</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Mesure :</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendance</translation>
        </message>
    </context>
    <context>
        <name>UnlockFlow</name>
        <message>
            <source>Creating your vault…</source>
            <translation>Création de votre coffre-fort…</translation>
        </message>
        <message>
            <source>Could not create the vault.</source>
            <translation>Le coffre-fort n'a pas pu être créé.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <source>%1&lt;br&gt;&lt;br&gt;If you did not expect this, go back: the vault stays closed. If you go on, this copy becomes the one PeerDesk expects here.</source>
            <comment>%1: what the older copy is (from the vault)</comment>
            <translation>%1&lt;br&gt;&lt;br&gt;Si vous ne vous y attendiez pas, revenez en arrière : le coffre-fort reste fermé. Si vous continuez, cette copie devient celle que PeerDesk attend ici.</translation>
        </message>
        <message>
            <source>This is an older copy of your vault</source>
            <translation>Ceci est une copie plus ancienne de votre coffre-fort</translation>
        </message>
        <message>
            <source>&amp;Go on with this copy</source>
            <translation>&amp;Continuer avec cette copie</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault.</source>
            <translation>Cette clé de récupération n'ouvre pas ce coffre-fort.</translation>
        </message>
        <message>
            <source>This vault is already open</source>
            <translation>Ce coffre-fort est déjà ouvert</translation>
        </message>
        <message>
            <source>Unlocking this file would take unusually long</source>
            <translation>Déverrouiller ce fichier prendrait anormalement longtemps</translation>
        </message>
        <message>
            <source>&amp;Unlock anyway</source>
            <translation>Dé&amp;verrouiller quand même</translation>
        </message>
        <message>
            <source>This vault needs a newer PeerDesk</source>
            <translation>Ce coffre-fort demande une version plus récente de PeerDesk</translation>
        </message>
        <message>
            <source>An unexpected problem.</source>
            <translation>Un problème inattendu.</translation>
        </message>
        <message>
            <source>The vault could not be opened</source>
            <translation>Le coffre-fort n'a pas pu être ouvert</translation>
        </message>
        <message>
            <source>The vault file is damaged</source>
            <translation>Le fichier du coffre-fort est endommagé</translation>
        </message>
        <message>
            <source>The vault file is damaged or was changed outside PeerDesk, so it cannot be opened. No backup was found next to it.</source>
            <translation>Le fichier du coffre-fort est endommagé ou a été modifié en dehors de PeerDesk; il ne peut donc pas être ouvert. Aucune copie de sauvegarde n'a été trouvée à côté.</translation>
        </message>
        <message>
            <source>The vault file is damaged or was changed outside PeerDesk, so it cannot be opened.&lt;br&gt;&lt;br&gt;The newest backup is %1. Opening it first checks that it opens with what you typed, then replaces the damaged file (which is kept as a backup). Changes made after that backup was taken are not in it.</source>
            <comment>%1: the backup's file name</comment>
            <translation>Le fichier du coffre-fort est endommagé ou a été modifié en dehors de PeerDesk; il ne peut donc pas être ouvert.&lt;br&gt;&lt;br&gt;La copie de sauvegarde la plus récente est %1. L'ouvrir vérifie d'abord qu'elle s'ouvre avec ce que vous avez tapé, puis remplace le fichier endommagé (qui est gardé comme copie de sauvegarde). Les modifications faites après cette copie n'y sont pas.</translation>
        </message>
        <message>
            <source>&amp;Open the newest backup</source>
            <translation>&amp;Ouvrir la copie de sauvegarde la plus récente</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Ouverture de la copie de sauvegarde…</translation>
        </message>
        <message>
            <source>Unlocking; this may take a while…</source>
            <translation>Déverrouillage; cela peut prendre un moment…</translation>
        </message>
        <message>
            <source>The backup could not be opened.</source>
            <translation>La copie de sauvegarde n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>Unlocking with the recovery key…</source>
            <translation>Déverrouillage avec la clé de récupération…</translation>
        </message>
        <message>
            <source>Saving the new passphrase…</source>
            <translation>Enregistrement de la nouvelle phrase de passe…</translation>
        </message>
        <message>
            <source>Could not save the passphrase.</source>
            <translation>La phrase de passe n'a pas pu être enregistrée.</translation>
        </message>
        <message>
            <source>This vault is already open in another PeerDesk window or command. Close it there first.</source>
            <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre ou commande PeerDesk. Fermez-le d'abord à cet endroit.</translation>
        </message>
        <message>
            <source>This vault was written by a newer PeerDesk. Install the newer version to open it; nothing was changed.</source>
            <translation>Ce coffre-fort a été écrit par une version plus récente de PeerDesk. Installez cette version pour l'ouvrir; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This vault file asks for far more unlocking work than usual (about %1 s on this computer now; a file not opened here before may take about %2 s, twice a normal unlock and a second). A damaged or deliberately altered file can do this, so nothing was tried. If you made this vault with a long unlock time, or on a much faster computer, unlock it anyway once.</source>
            <translation>Ce fichier de coffre-fort demande beaucoup plus de travail de déverrouillage que d'habitude (environ %1 s sur cet ordinateur; un fichier jamais ouvert ici peut prendre environ %2 s, soit deux fois un déverrouillage normal plus une seconde). Un fichier endommagé ou modifié volontairement peut faire cela; rien n'a donc été tenté. Si vous avez créé ce coffre-fort avec un long temps de déverrouillage, ou sur un ordinateur beaucoup plus rapide, déverrouillez-le quand même une fois.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout.</source>
            <translation>Cette phrase de passe n'ouvre pas ce coffre-fort. Vérifiez le verrouillage des majuscules et la disposition du clavier.</translation>
        </message>
        <message>
            <source>This vault copy is older than the copy last opened on this computer: it holds save %1, and save %2 was seen before. Someone may have put an older copy in its place, or a backup was copied back by hand. Changes made after save %1 are not in it.</source>
            <translation>Cette copie du coffre-fort est plus ancienne que la dernière copie ouverte sur cet ordinateur : elle contient l'enregistrement n° %1, alors que l'enregistrement n° %2 a déjà été vu. Quelqu'un a peut-être mis une copie plus ancienne à sa place, ou une copie de sauvegarde a été remise en place à la main. Les modifications faites après l'enregistrement n° %1 n'y sont pas.</translation>
        </message>
        <message>
            <source>It also uses a data key that was replaced since then.</source>
            <translation>Elle utilise aussi une clé de données remplacée depuis.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Unlock PeerDesk</source>
            <translation>Déverrouiller PeerDesk</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase de passe :</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>Message de déverrouillage</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Dé&amp;verrouiller</translation>
        </message>
        <message>
            <source>Use recovery &amp;key…</source>
            <translation>Utiliser la &amp;clé de récupération…</translation>
        </message>
        <message>
            <source>Vault: %1</source>
            <comment>%1: the vault file's path</comment>
            <translation>Coffre-fort : %1</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with sample data. Its passphrase is &lt;b&gt;%1&lt;/b&gt;. It is deleted when you quit.</source>
            <translation>Ceci est un coffre-fort de démonstration jetable, avec des données fictives. Sa phrase de passe est &lt;b&gt;%1&lt;/b&gt;. Il est supprimé quand vous quittez.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreens</name>
        <message>
            <source>Working</source>
            <translation>Traitement en cours</translation>
        </message>
        <message>
            <source>Crisis and referral resources</source>
            <translation>Ressources de crise et d'orientation</translation>
        </message>
        <message>
            <source>Opens the directory of support lines; no unlocking needed.</source>
            <translation>Ouvre le répertoire des lignes de soutien, sans avoir à déverrouiller.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to PeerDesk</source>
            <translation>Bienvenue dans PeerDesk</translation>
        </message>
        <message>
            <source>PeerDesk is your private notebook, practice room and reference shelf for peer support.</source>
            <translation>PeerDesk est à la fois votre carnet privé, votre salle de pratique et votre rayon de référence pour le soutien par les pairs.</translation>
        </message>
        <message>
            <source>What it keeps:</source>
            <translation>Ce qu'il garde :</translation>
        </message>
        <message>
            <source>your contact log, follow-ups, self-care check-ins, training progress and settings.</source>
            <translation>votre journal des contacts, vos suivis, vos bilans d'autosoins, vos progrès en formation et vos paramètres.</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Où :</translation>
        </message>
        <message>
            <source>in one encrypted vault file on this computer, locked with a passphrase only you know.</source>
            <translation>dans un seul fichier chiffré, le coffre-fort, sur cet ordinateur, verrouillé par une phrase de passe que vous seul ou seule connaissez.</translation>
        </message>
        <message>
            <source>What leaves this computer:</source>
            <translation>Ce qui quitte cet ordinateur :</translation>
        </message>
        <message>
            <source>nothing. PeerDesk makes no network connections.</source>
            <translation>rien. PeerDesk ne se connecte jamais au réseau.</translation>
        </message>
        <message>
            <source>&amp;Create my vault</source>
            <translation>&amp;Créer mon coffre-fort</translation>
        </message>
    </context>
</TS>
