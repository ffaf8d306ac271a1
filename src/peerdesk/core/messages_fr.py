"""French (Canada) for peerdesk.core.messages: English sentence -> French (docs/glossary-fr.md).

A plural entry is keyed by its English plural and holds (singular, plural) in French.
"""

from __future__ import annotations

FRENCH: dict[str, str | tuple[str, str]] = {
    # core/errors.py
    "That passphrase (or recovery key) does not open this vault.": (
        "Cette phrase de passe (ou clé de récupération) n'ouvre pas ce coffre-fort."
    ),
    "The vault file is damaged or has been changed outside PeerDesk.": (
        "Le fichier du coffre-fort est endommagé ou a été modifié en dehors de PeerDesk."
    ),
    " The newest backup is {backup}; restoring it checks that it opens before anything is "
    "replaced.": (
        " La copie de sauvegarde la plus récente est {backup}; la restaurer vérifie d'abord "
        "qu'elle s'ouvre, avant de remplacer quoi que ce soit."
    ),
    "The vault {path} is already open in another PeerDesk window or command. Close it there "
    "first.": (
        "Le coffre-fort {path} est déjà ouvert dans une autre fenêtre ou commande PeerDesk. "
        "Fermez-le d'abord à cet endroit."
    ),
    "This vault was written by a newer PeerDesk ({what}). Install the newer version to open "
    "it; nothing was changed.": (
        "Ce coffre-fort a été écrit par une version plus récente de PeerDesk ({what}). "
        "Installez cette version pour l'ouvrir; rien n'a été modifié."
    ),
    "Could not save the vault: {reason}. The previous file is intact and your latest changes "
    "are kept in memory; they will be written by the next successful save.": (
        "Impossible d'enregistrer le coffre-fort : {reason}. Le fichier précédent est intact et "
        "vos derniers changements sont gardés en mémoire; ils seront écrits au prochain "
        "enregistrement réussi."
    ),
    "Could not write the copy: {reason}. Your vault itself is unchanged.": (
        "Impossible d'écrire la copie : {reason}. Votre coffre-fort lui-même n'a pas changé."
    ),
    "No vault at {path}. Create one with 'peerdesk init'.": (
        "Aucun coffre-fort à {path}. Créez-en un avec « peerdesk init »."
    ),
    "{field}: {message}": "{field} : {message}",
    "A vault already exists at {path}; PeerDesk will not overwrite it.": (
        "Un coffre-fort existe déjà à {path}; PeerDesk ne l'écrasera pas."
    ),
    "The vault is locked. Unlock it first.": (
        "Le coffre-fort est verrouillé. Déverrouillez-le d'abord."
    ),
    "This vault file asks for far more unlocking work than usual (about {estimate} s on this "
    "computer now; a file not opened here before may take about {budget} s, twice a normal "
    "unlock and a second). A damaged or deliberately altered file can do this, so nothing was "
    "tried. If you made this vault with a long unlock time, or on a much faster computer, "
    "unlock it anyway once (--allow-slow-unlock on the command line).": (
        "Ce fichier de coffre-fort demande beaucoup plus de travail de déverrouillage que "
        "d'habitude (environ {estimate} s sur cet ordinateur en ce moment; un fichier jamais "
        "ouvert ici peut prendre environ {budget} s, soit deux fois un déverrouillage normal "
        "plus une seconde). Un fichier endommagé ou modifié exprès peut faire cela : rien n'a "
        "donc été tenté. Si vous avez créé ce coffre-fort avec un long temps de déverrouillage, "
        "ou sur un ordinateur beaucoup plus rapide, déverrouillez-le quand même une fois "
        "(--allow-slow-unlock en ligne de commande)."
    ),
    # core/data_texts.py
    "This writes EVERYTHING in your vault, including your notes about conversations, as "
    "readable\n(unencrypted) files. Anyone who gets hold of them can read them. Export only "
    "to a place you\ncontrol, and delete the files when you no longer need them. Reports for "
    "a coordinator are made\nwith 'peerdesk report' instead: they contain no notes.": (
        "Ceci écrit TOUT le contenu de votre coffre-fort, y compris vos notes sur les\n"
        "conversations, dans des fichiers lisibles (non chiffrés). Quiconque les obtient peut les\n"
        "lire. Exportez seulement vers un endroit que vous contrôlez, et supprimez les fichiers\n"
        "quand vous n'en avez plus besoin. Les rapports pour la coordination se font plutôt avec\n"
        "« peerdesk report » : ils ne contiennent aucune note."
    ),
    "This permanently deletes your vault, all of its backups, the resource directory and "
    "PeerDesk's\nsettings from this computer. Encrypted copies you made elsewhere (e.g. on a "
    "USB stick) are not\ntouched. This cannot be undone.": (
        "Ceci supprime définitivement de cet ordinateur votre coffre-fort, toutes ses copies de\n"
        "sauvegarde, le répertoire des ressources et les paramètres de PeerDesk. Les copies\n"
        "chiffrées faites ailleurs (par exemple sur une clé USB) ne sont pas touchées.\n"
        "C'est irréversible."
    ),
    # core/passphrase.py
    "very weak": "très faible",
    "weak": "faible",
    "fair": "moyenne",
    "strong": "forte",
    "very strong": "très forte",
    "Use at least {least} characters ({count} so far). A few unrelated words with spaces are "
    "easy to remember and hard to guess.": (
        "Utilisez au moins {least} caractères ({count} pour l'instant). Quelques mots sans lien "
        "entre eux, séparés par des espaces, sont faciles à retenir et difficiles à deviner."
    ),
    "Use at most {most} characters.": "Utilisez au plus {most} caractères.",
    "This is one of the most common passwords; attackers try it first.": (
        "C'est l'un des mots de passe les plus courants; les attaquants l'essaient en premier."
    ),
    "This is too easy to guess. {hint}": "C'est trop facile à deviner. {hint}",
    "Add a few more words that have nothing to do with each other.": (
        "Ajoutez quelques mots de plus, sans lien entre eux."
    ),
    "A new passphrase changes only the lock on the vault's data key, not the key itself (disk "
    "encryption such as LUKS works the same way). So a copy of the vault taken before the change "
    "still opens with the old passphrase, and whoever has such a copy and the old passphrase can "
    "also read every later save of the vault that reaches them.": (
        "Une nouvelle phrase de passe change seulement le verrou de la clé de données du "
        "coffre-fort, pas la clé elle-même (le chiffrement de disque comme LUKS fonctionne de la "
        "même façon). Une copie du coffre-fort faite avant le changement s'ouvre donc encore avec "
        "l'ancienne phrase de passe, et quiconque possède une telle copie et l'ancienne phrase de "
        "passe peut aussi lire tout enregistrement ultérieur du coffre-fort qui lui parvient."
    ),
    "If someone may know the old passphrase, also replace the data key: the vault is "
    "re-encrypted under a new key, the automatic backups made under the old one are deleted, and "
    "you get a new recovery key.": (
        "Si quelqu'un pourrait connaître l'ancienne phrase de passe, remplacez aussi la clé de "
        "données : le coffre-fort est chiffré de nouveau avec une nouvelle clé, les copies de "
        "sauvegarde automatiques faites avec l'ancienne sont supprimées, et vous recevez une "
        "nouvelle clé de récupération."
    ),
    # core/selfcare
    "Last 4 weeks": "4 dernières semaines",
    "Last 3 months": "3 derniers mois",
    "Last 12 months": "12 derniers mois",
    "Everything": "Depuis le début",
    "choose one of {choices}": "choisissez parmi : {choices}",
    "My warning signs": "Mes signaux d'alarme",
    "What helps me": "Ce qui m'aide",
    "People I can talk to": "Les personnes à qui je peux parler",
    "Professional support I can use": "Le soutien professionnel auquel j'ai accès",
    "Boundaries I keep": "Les limites que je garde",
    "not a part of the self-care plan": "ne fait pas partie du plan d'autosoins",
    "give a list of entries, one per line": "donnez une liste d'éléments, un par ligne",
    "at most {most} entries": "{most} éléments au plus",
    "keep each entry under {most} characters": "gardez chaque élément sous {most} caractères",
    "You have not checked in today. It takes less than a minute.": (
        "Vous n'avez pas fait votre bilan aujourd'hui. Cela prend moins d'une minute."
    ),
    "No check-in yet this week. A minute for yourself is time well spent.": (
        "Pas encore de bilan cette semaine. Une minute pour vous, c'est du temps bien investi."
    ),
    "Your Employee Assistance Programme (EAP), if your workplace has one.": (
        "Votre programme d'aide aux employés (PAE), si votre milieu de travail en a un."
    ),
    "Your doctor or another health professional.": (
        "Votre médecin ou une autre personne professionnelle de la santé."
    ),
    "If you are in crisis or might harm yourself, call a crisis line or your local emergency "
    "number now.": (
        "Si vous êtes en crise ou risquez de vous faire du mal, appelez maintenant une ligne de "
        "crise ou le numéro d'urgence de votre région."
    ),
    "Your {measure} score has moved the wrong way at your last {run} check-ins. A small step "
    "now can stop it building up.": (
        "Votre résultat « {measure} » a évolué dans le mauvais sens à vos {run} derniers bilans. "
        "Un petit geste maintenant peut l'empêcher de s'accumuler."
    ),
    "{measure} is getting harder": "{measure} : ça devient plus difficile",
    "In the last 7 days you logged {contacts} support contacts ({hours} hours); in the four "
    "weeks before, a usual week had about {usual} ({usual_hours} hours). Heavy weeks add up. "
    "Is there something you can hand on or say no to this week?": (
        "Ces 7 derniers jours, vous avez noté {contacts} contacts de soutien ({hours} h); au "
        "cours des quatre semaines précédentes, une semaine habituelle en comptait environ "
        "{usual} ({usual_hours} h). Les semaines chargées s'additionnent. Y a-t-il quelque "
        "chose que vous pouvez confier à quelqu'un d'autre ou refuser cette semaine?"
    ),
    "You have checked in every week for {weeks} weeks. That is real care for yourself; well "
    "done.": (
        "Vous avez fait votre bilan chaque semaine depuis {weeks} semaines. C'est une vraie "
        "façon de prendre soin de vous; bravo."
    ),
    "You finished the training module “{title}”. Learning is part of caring well.": (
        "Vous avez terminé le module de formation « {title} ». Apprendre fait partie de bien aider."
    ),
    "A month of support work at a pace you can keep up. Sustainable helping is a skill; it "
    "shows.": (
        "Un mois de soutien à un rythme que vous pouvez tenir. Aider de façon durable est une "
        "habileté, et ça se voit."
    ),
    "give a local time without a time zone": "donnez une heure locale sans fuseau horaire",
    "a check-in cannot be in the future": "un bilan ne peut pas être dans le futur",
    "a note holds at most {most} characters": "une note contient au plus {most} caractères",
    "{name} has no item {key!r}": "{name} n'a pas de question {key!r}",
    "an answer is needed": "une réponse est nécessaire",
    "item {index}: {part!r} is not a whole number": (
        "question {index} : {part!r} n'est pas un nombre entier"
    ),
    "{name} has {count} items, not {given}": "{name} a {count} questions, pas {given}",
    "answer must be a whole number from {lo} to {hi}": (
        "la réponse doit être un nombre entier de {lo} à {hi}"
    ),
    "Support load: {contacts} contacts, {hours} hours.": (
        "Charge de soutien : {contacts} contacts, {hours} h."
    ),
    "{name}, {period}: no check-ins yet. {load}": "{name}, {period} : aucun bilan encore. {load}",
    "{name}, {period}: {filled} of {weeks} weeks with a check-in, from {first} to {last}, "
    "highest {top} in the week of {week}. {load}": (
        "{name}, {period} : {filled} semaines sur {weeks} avec un bilan, de {first} à {last}, "
        "au plus haut {top} la semaine du {week}. {load}"
    ),
    "unknown instrument {id!r} (known: {known})": (
        "questionnaire inconnu {id!r} (connus : {known})"
    ),
    "is already used by a built-in instrument": "est déjà utilisé par un questionnaire intégré",
    "there is no check-in {id}": "il n'y a pas de bilan {id}",
    "A heavier week of support": "Une semaine de soutien plus chargée",
    "choose all, band, worsening or load": "choisissez all, band, worsening ou load",
    # core/resources/report.py
    "{file}, row {row}, column {column}": "{file}, ligne {row}, colonne {column}",
    "{file}, row {row}": "{file}, ligne {row}",
    "{file}, column {column}": "{file}, colonne {column}",
    "{where}: {message}": "{where} : {message}",
    "unknown format": "format inconnu",
    "Source: {source} ({kind})": "Source : {source} ({kind})",
    "{table}: {n} rows": ("{table} : {n} ligne", "{table} : {n} lignes"),
    "Services ready to import: {count}": "Services prêts à importer : {count}",
    "Built-in entries your organisation hides: {ids}": (
        "Fiches intégrées que votre organisation masque : {ids}"
    ),
    "Problems with the whole file (nothing imported)": (
        "Problèmes touchant tout le fichier (rien n'a été importé)"
    ),
    "Rows skipped": "Lignes laissées de côté",
    "Warnings (the rest of the row imported)": "Avertissements (le reste de la ligne importé)",
    "{label}: {count}": "{label} : {count}",
    "… and {count} more": "… et {count} de plus",
    "no services found": "aucun service trouvé",
    "{first} (and {n} more problems)": (
        "{first} (et {n} autre problème)",
        "{first} (et {n} autres problèmes)",
    ),
    "Nothing was imported. {first}": "Rien n'a été importé. {first}",
    # storage/export.py
    "choose a new or empty folder": "choisissez un dossier nouveau ou vide",
    "import into a new, empty vault only": "importez seulement dans un coffre-fort nouveau et vide",
    "unknown table {table!r}": "table inconnue {table!r}",
    "it does not fit this vault ({reason})": "ne correspond pas à ce coffre-fort ({reason})",
    "{table} has no column {column!r}": "{table} n'a pas de colonne {column!r}",
    "no such file: {path}": "fichier introuvable : {path}",
    "{name} is not a PeerDesk export ({reason})": (
        "{name} n'est pas une exportation PeerDesk ({reason})"
    ),
    "{name} is not a PeerDesk export": "{name} n'est pas une exportation PeerDesk",
    "export version {version!r} is unknown": "la version d'exportation {version!r} est inconnue",
    "the export is from schema {theirs}, this PeerDesk uses {ours}": (
        "l'exportation vient du schéma {theirs}; ce PeerDesk utilise le schéma {ours}"
    ),
    "missing tables": "tables manquantes",
    # storage (vault files, saves, the directory)
    "choose a file other than the vault itself": (
        "choisissez un autre fichier que le coffre-fort lui-même"
    ),
    "the folder {folder} does not exist (is the drive plugged in?); nothing was written and "
    "your vault is unchanged": (
        "le dossier {folder} n'existe pas (le disque est-il branché?); rien n'a été écrit et "
        "votre coffre-fort n'a pas changé"
    ),
    "the written file did not read back correctly": (
        "le fichier écrit ne s'est pas relu correctement"
    ),
    "the disk is full": "le disque est plein",
    "the disk quota is used up": "le quota du disque est épuisé",
    "permission denied": "permission refusée",
    "the disk is read-only": "le disque est en lecture seule",
    "This computer's cryptography library cannot run Argon2id (it may be in FIPS mode), so "
    "PeerDesk cannot open or create a vault here. Nothing was changed.": (
        "La bibliothèque de chiffrement de cet ordinateur ne peut pas exécuter Argon2id (elle est "
        "peut-être en mode FIPS) : PeerDesk ne peut donc ni ouvrir ni créer de coffre-fort ici. "
        "Rien n'a été modifié."
    ),
    "Not enough free memory to unlock ({mib} MiB are needed). Close other programs and try "
    "again.": (
        "Pas assez de mémoire libre pour déverrouiller (il faut {mib} Mio). Fermez d'autres "
        "programmes et réessayez."
    ),
    "{key!r} is not a directory filter": "{key!r} n'est pas un filtre du répertoire",
    "{id!r} is already used by another entry": "{id!r} est déjà utilisé par une autre fiche",
    "holds no services that could be imported": "ne contient aucun service importable",
    "The vault file is too short to be a PeerDesk vault.": (
        "Le fichier est trop court pour être un coffre-fort PeerDesk."
    ),
    "This file is not a PeerDesk vault (or its first bytes are damaged).": (
        "Ce fichier n'est pas un coffre-fort PeerDesk (ou ses premiers octets sont endommagés)."
    ),
    "The vault file is truncated or damaged.": (
        "Le fichier du coffre-fort est tronqué ou endommagé."
    ),
    "The vault's key-derivation settings are outside safe limits.": (
        "Les paramètres de dérivation de clé du coffre-fort sont hors des limites sûres."
    ),
    "The vault file is truncated or has extra bytes at the end.": (
        "Le fichier du coffre-fort est tronqué ou a des octets en trop à la fin."
    ),
    # core/contacts
    "unknown topic {slug!r}": "sujet inconnu {slug!r}",
    "an existing contact is needed to save changes": (
        "il faut un contact existant pour enregistrer des changements"
    ),
    "there is no contact number {contact_id}": "il n'y a pas de contact numéro {contact_id}",
    "contact number {id} already exists": "le contact numéro {id} existe déjà",
    "the topic {label!r} already exists": "le sujet {label!r} existe déjà",
    "choose one of {choices} months (0 = off)": ("choisissez parmi {choices} mois (0 = désactivé)"),
    "cannot sort by {sort!r}": "impossible de trier par {sort!r}",
    "use 'due' or 'overdue'": "utilisez « due » ou « overdue »",
    "the start date is after the end date": "la date de début est après la date de fin",
    "a topic needs a name": "un sujet doit avoir un nom",
    "a topic name has at most 60 characters": "un nom de sujet a au plus 60 caractères",
    # core/deid/lists.py
    "{where}: expected an object with version 1 or 2": (
        "{where} : un objet de version 1 ou 2 était attendu"
    ),
    "{where}: {field} must be a non-empty list": "{where} : {field} doit être une liste non vide",
    "{where} is not valid JSON ({err})": "{where} n'est pas du JSON valide ({err})",
    "{where}: {field} holds {word!r}, not a lower-case name": (
        "{where} : {field} contient {word!r}, qui n'est pas un nom en minuscules"
    ),
    # core/drafts.py
    "is required": "est obligatoire",
    "is too long to keep as a draft": "est trop long pour être gardé comme brouillon",
    # core/reports
    "must be a whole number from {least} to {most}": (
        "doit être un nombre entier de {least} à {most}"
    ),
    "a contact has an unknown code {value!r}": "un contact a un code inconnu {value!r}",
    "a contact has no record key; open the vault again": (
        "un contact n'a pas de clé d'enregistrement; ouvrez de nouveau le coffre-fort"
    ),
    "must be csv, json or pdf (or end the file name so)": (
        "doit être csv, json ou pdf (ou le nom du fichier doit se terminer ainsi)"
    ),
    "PDF needs the desktop components (PySide6), which are not available here. Choose csv or "
    "json instead.": (
        "Le PDF demande les composants de bureau (PySide6), qui ne sont pas disponibles ici. "
        "Choisissez plutôt csv ou json."
    ),
    "{where} contain the same report (made for {from_month} to {to_month}); each report can be "
    "merged only once.": (
        "{where} contiennent le même rapport (fait pour {from_month} à {to_month}); chaque "
        "rapport ne peut être fusionné qu'une fois."
    ),
    "{where} both count months from {first} to {last} from the same supporter's PeerDesk, so "
    "those contacts would be counted twice. Merge reports of months that do not overlap, or only "
    "the longer report.": (
        "{where} comptent tous deux les mois de {first} à {last} du PeerDesk de la même "
        "personne : ces contacts seraient comptés deux fois. Fusionnez des rapports dont les "
        "mois ne se chevauchent pas, ou seulement le rapport le plus long."
    ),
    "give at least one report to merge": "donnez au moins un rapport à fusionner",
    "{first} and {second}": "{first} et {second}",
    "{name} (twice)": "{name} (deux fois)",
    "reports cover whole months, so a report starts on the 1st; {day} is in the middle of "
    "{month}. Give the month ({start:%Y-%m}) instead.": (
        "les rapports couvrent des mois entiers : un rapport commence donc le 1er; {day} est au "
        "milieu de {month}. Donnez plutôt le mois ({start:%Y-%m})."
    ),
    "reports cover whole months, so a report ends on a month's last day; {day} is in the middle "
    "of {month}. Give the month ({end:%Y-%m}) instead.": (
        "les rapports couvrent des mois entiers : un rapport finit donc le dernier jour d'un mois; "
        "{day} est au milieu de {month}. Donnez plutôt le mois ({end:%Y-%m})."
    ),
    "the last month is before the first month": "le dernier mois est avant le premier",
    "a report covers at most {most} months (ten years)": (
        "un rapport couvre au plus {most} mois (dix ans)"
    ),
    "must be month, quarter or year": "doit être month, quarter ou year",
    "{text!r} is not a month like 2024-03": "{text!r} n'est pas un mois comme 2024-03",
    # core/selfcare/instruments.py
    "unknown measure {subscale_id!r} for {short_name}": (
        "mesure inconnue {subscale_id!r} pour {short_name}"
    ),
    "must match the file name ({stem!r})": "doit correspondre au nom du fichier ({stem!r})",
    "not valid JSON (line {lineno}): {msg}": "JSON non valide (ligne {lineno}) : {msg}",
    "cannot be read ({err})": "ne peut pas être lu ({err})",
    # core/settings.py
    "must be one of {items}": "doit être l'un de ces choix : {items}",
    "unknown setting {key!r}": "paramètre inconnu {key!r}",
    "expected a {kind}, got {value!r}": "un {kind} était attendu, mais {value!r} a été reçu",
    "must be at least {minimum:g}": "doit être d'au moins {minimum:g}",
    "must be at most {maximum:g}": "doit être d'au plus {maximum:g}",
    "is kept outside the vault": "est gardé en dehors du coffre-fort",
    "is kept inside the vault": "est gardé dans le coffre-fort",
    # core/training
    "scenario '{id}' is not finished yet": "la mise en situation « {id} » n'est pas terminée",
    "choice {value} does not exist in scenario '{id}'": (
        "le choix {value} n'existe pas dans la mise en situation « {id} »"
    ),
    "no question '{check_id}' in module '{id}'": (
        "pas de question « {check_id} » dans le module « {id} »"
    ),
    "question '{check_id}' has no such option": "la question « {check_id} » n'a pas ce choix",
    "there is no training module '{module_id}'": (
        "il n'y a pas de module de formation « {module_id} »"
    ),
    "module '{module_id}' has no lesson '{lesson_id}'": (
        "le module « {module_id} » n'a pas de leçon « {lesson_id} »"
    ),
    "module '{module_id}' has no scenario '{scenario_id}'": (
        "le module « {module_id} » n'a pas de mise en situation « {scenario_id} »"
    ),
    "module '{module_id}' has no prompt '{reflection_id}'": (
        "le module « {module_id} » n'a pas de question de réflexion « {reflection_id} »"
    ),
    "is longer than {most} characters": "dépasse {most} caractères",
    "module '{module_id}' has no self-assessment": (
        "le module « {module_id} » n'a pas d'autoévaluation"
    ),
    "answer every item, and only the listed items": (
        "répondez à chaque élément, et seulement aux éléments de la liste"
    ),
    "must not be empty": "ne doit pas être vide",
    "must be more than 0 and at most 1000": "doit être plus grand que 0 et au plus 1000",
    "cannot be in the future": "ne peut pas être dans le futur",
    "no external training with id {training_id}": (
        "aucune formation externe avec l'identifiant {training_id}"
    ),
    # core/reports/schema.py
    "{source} is not a PeerDesk report": "{source} n'est pas un rapport PeerDesk",
    "{source} uses report schema version {version!r}; this PeerDesk reads version {ours} only. "
    "Ask for the report to be made again with a matching PeerDesk (older reports were protected "
    "differently and cannot be merged safely).": (
        "{source} utilise la version {version!r} du schéma de rapport; ce PeerDesk lit seulement "
        "la version {ours}. Demandez que le rapport soit refait avec un PeerDesk correspondant "
        "(les rapports plus anciens étaient protégés autrement et ne peuvent pas être fusionnés "
        "sans risque)."
    ),
    "is missing or has the wrong type": "est absent ou n'a pas le bon type",
    "must be a count from 0": "doit être un nombre à partir de 0",
    "is {value}, below {k}: PeerDesk never publishes such a small count, so the file was changed "
    "after it was made": (
        "vaut {value}, sous {k} : PeerDesk ne publie jamais un si petit nombre, le fichier a donc "
        "été modifié après sa création"
    ),
    "must be two months YYYY-MM in order": "doit être deux mois AAAA-MM dans l'ordre",
    "must be 32 hexadecimal characters": "doit compter 32 caractères hexadécimaux",
    "unknown table {name!r}": "table inconnue {name!r}",
    "has a total where none belongs": "a un total là où il n'en faut pas",
    "must list every category once, in order": (
        "doit lister chaque catégorie une fois, dans l'ordre"
    ),
    "the cells do not add up to the total": "les cases ne donnent pas le total",
    "must be whole hours from 0": "doit être un nombre d'heures entier à partir de 0",
    "must not be negative": "ne doit pas être négatif",
    "must list where the figures came from, inside the period": (
        "doit indiquer d'où viennent les chiffres, à l'intérieur de la période"
    ),
    "must be exactly the tables {items}": "doit être exactement les tables {items}",
    "must list every month of the period once": "doit lister chaque mois de la période une fois",
    "must be a range low..high": "doit être un intervalle bas..haut",
    "{source} ({field}): {message}": "{source} ({field}) : {message}",
    "{source}: {message}": "{source} : {message}",
    "does not agree with the number of contacts": "ne concorde pas avec le nombre de contacts",
    # core/resources (entries, shipped files, phones, notes)
    "{value!r} is not yes or no": "{value!r} n'est ni oui (yes) ni non (no)",
    "must be text": "doit être du texte",
    "is longer than {limit} characters": "dépasse {limit} caractères",
    "must be a list of text values": "doit être une liste de textes",
    "{value!r} is not a two-letter country code (e.g. CA, GB)": (
        "{value!r} n'est pas un code de pays à deux lettres (p. ex. CA, GB)"
    ),
    "must be a list": "doit être une liste",
    "{origin!r} is not one of {items}": "{origin!r} n'est pas l'un de ces choix : {items}",
    "{rid!r} may only hold letters, digits and . _ : / -": (
        "{rid!r} ne peut contenir que des lettres, des chiffres et . _ : / -"
    ),
    "{website!r} must start with http:// or https://": (
        "{website!r} doit commencer par http:// ou https://"
    ),
    "needs at least one phone number, text code or website": (
        "il faut au moins un numéro de téléphone, un code texto ou un site Web"
    ),
    "is required (the date someone last checked the entry)": (
        "est obligatoire (la date de la dernière vérification de la fiche)"
    ),
    "{value!r} is not a date like 2026-11-25": "{value!r} n'est pas une date comme 2026-11-25",
    "must be a number or an object": "doit être un numéro ou un objet",
    "must map a detail name to its text": "doit associer un nom de détail à son texte",
    "{key!r} is not one of {items}": "{key!r} n'est pas l'un de ces choix : {items}",
    "must be [day, opens, closes]": "doit être [jour, ouverture, fermeture]",
    "{item!r} is not like ['MO', '09:00', '17:00']": (
        "{item!r} n'a pas la forme ['MO', '09:00', '17:00']"
    ),
    "{value!r} is not one of {items}": "{value!r} n'est pas l'un de ces choix : {items}",
    "{value!r} is not a language code such as en, fr, mi": (
        "{value!r} n'est pas un code de langue comme en, fr, mi"
    ),
    "{text!r} is not a valid phone number or short code in {country}": (
        "{text!r} n'est pas un numéro de téléphone ou un numéro abrégé valide au pays {country}"
    ),
    "{text!r} is not a valid phone number or short code": (
        "{text!r} n'est pas un numéro de téléphone ou un numéro abrégé valide"
    ),
    "the number is empty": "le numéro est vide",
    "{text!r} has no country; give the resource a country or write it as +<code> …": (
        "{text!r} n'a pas de pays; donnez un pays à la ressource ou écrivez-le sous la forme "
        "+<indicatif> …"
    ),
    "{text!r} is not a phone number ({err})": "{text!r} n'est pas un numéro de téléphone ({err})",
    "an English text ('en') is needed to fall back on": (
        "un texte anglais ('en') est nécessaire comme solution de repli"
    ),
    'must have "format": "{format}"': 'doit avoir "format": "{format}"',
    "must have a list of resources": "doit avoir une liste de ressources",
    "key texts by a two-letter language, e.g. 'fr'": (
        "associez chaque texte à une langue de deux lettres, p. ex. 'fr'"
    ),
    "the {code!r} text must be text": "le texte {code!r} doit être du texte",
    "is not valid UTF-8 JSON ({err})": "n'est pas du JSON UTF-8 valide ({err})",
    "must be an object": "doit être un objet",
    "id {id!r} appears twice": "l'identifiant {id!r} apparaît deux fois",
    # core/resources (imports)
    "{message}; kept as written, marked unchecked": (
        "{message}; gardé tel qu'écrit, marqué non vérifié"
    ),
    "{message}; this service was skipped": "{message}; ce service a été laissé de côté",
    "unknown {code}; left out": "{code} inconnu; laissé de côté",
    "{raw!r} is not a date; left out": "{raw!r} n'est pas une date; laissé de côté",
    "{number!r} does not say its country (choose a default country for such numbers)": (
        "{number!r} n'indique pas son pays (choisissez un pays par défaut pour ces numéros)"
    ),
    "{message}; left out": "{message}; laissé de côté",
    "is not valid JSON ({msg})": "n'est pas du JSON valide ({msg})",
    "is not a service object; skipped": "n'est pas un objet de service; laissé de côté",
    "{value!r} appears twice; skipped": "{value!r} apparaît deux fois; laissé de côté",
    "holds no services": "ne contient aucun service",
    "holds neither a datapackage.json nor any .json service files": (
        "ne contient ni datapackage.json ni fichier de services .json"
    ),
    "holds no services that could be imported (see the skipped rows)": (
        "ne contient aucun service importable (voyez les lignes laissées de côté)"
    ),
    "does not exist ({path})": "n'existe pas ({path})",
    "is not a folder, .zip, .json or .csv file": (
        "n'est pas un dossier ni un fichier .zip, .json ou .csv"
    ),
    "could not be read ({err})": "n'a pas pu être lu ({err})",
    "is empty; expected a header row": "est vide; une ligne d'en-tête était attendue",
    "points outside the package; refused": "pointe hors du paquet; refusé",
    "is not valid UTF-8 text (byte 0x{bad}); save it as UTF-8 and retry": (
        "n'est pas du texte UTF-8 valide (octet 0x{bad}); enregistrez-le en UTF-8 et réessayez"
    ),
    "has {cells} cells but {headers} headers; skipped": (
        "a {cells} cases mais {headers} en-têtes; laissé de côté"
    ),
    "is not valid CSV ({err})": "n'est pas du CSV valide ({err})",
    "is larger than 200 MB; refused": "dépasse 200 Mo; refusé",
    "is listed but missing from the package": "est listé mais absent du paquet",
    "is not a readable zip archive ({err})": "n'est pas une archive zip lisible ({err})",
    "lists no services table": "ne liste aucune table de services",
    "columns PeerDesk does not use: {items}": "colonnes que PeerDesk n'utilise pas : {items}",
    "the service is marked {status}; skipped": "le service est marqué {status}; laissé de côté",
    "is not a data package ({err})": "n'est pas un paquet de données ({err})",
    "required column is missing": "une colonne obligatoire manque",
    "refers to service {sid!r}, which is not in the package; left out": (
        "renvoie au service {sid!r}, qui n'est pas dans le paquet; laissé de côté"
    ),
    "is not listed in datapackage.json; read anyway": (
        "n'est pas listé dans datapackage.json; lu quand même"
    ),
    "is not a table PeerDesk reads; ignored": "n'est pas une table que PeerDesk lit; ignoré",
    "{message}; this row was skipped": "{message}; cette ligne a été laissée de côté",
    "{id!r} appears twice; skipped": "{id!r} apparaît deux fois; laissé de côté",
    "{part!r} should look like 'HOME to 741741' or '741741'": (
        "{part!r} devrait avoir la forme 'HOME to 741741' ou '741741'"
    ),
    "unknown column; the template has: {items}": "colonne inconnue; le modèle a : {items}",
}
