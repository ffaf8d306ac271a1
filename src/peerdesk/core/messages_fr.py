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
    "Use at least {least} characters ({count} so far). A few unrelated words with spaces are "
    "easy to remember and hard to guess.": (
        "Utilisez au moins {least} caractères ({count} pour l'instant). Quelques mots sans lien "
        "entre eux, séparés par des espaces, sont faciles à retenir et difficiles à deviner."
    ),
    "Use at most {most} characters.": "Utilisez au plus {most} caractères.",
    "This is one of the most common passwords; attackers try it first.": (
        "C'est l'un des mots de passe les plus courants; les pirates l'essaient en premier."
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
    "not a part of the self-care plan": "ne fait pas partie du plan d'autosoins",
    "give a list of entries, one per line": "donnez une liste d'éléments, un par ligne",
    "at most {most} entries": "{most} éléments au plus",
    "keep each entry under {most} characters": "gardez chaque élément sous {most} caractères",
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
    "Support load: {n} contacts, {hours} hours.": (
        "Charge de soutien : {n} contact, {hours} h.",
        "Charge de soutien : {n} contacts, {hours} h.",
    ),
    "{name}, {period}: no check-ins yet. {load}": "{name}, {period} : aucun bilan encore. {load}",
    "{name}, {period}: {n} of {weeks} weeks with a check-in, from {first} to {last}, highest "
    "{top} in the week of {week}. {load}": (
        "{name}, {period} : {n} semaine sur {weeks} avec un bilan, de {first} à {last}, au plus "
        "haut {top} la semaine du {week}. {load}",
        "{name}, {period} : {n} semaines sur {weeks} avec un bilan, de {first} à {last}, au "
        "plus haut {top} la semaine du {week}. {load}",
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
    # the command line (cli/)
    "This vault copy is older than the copy last opened on this computer: it holds save "
    "{generation}, and save {seen} was seen before. Someone may have put an older copy in its "
    "place, or a backup was copied back by hand. Changes made after save {generation} are not "
    "in it.": (
        "Cette copie du coffre-fort est plus ancienne que la dernière copie ouverte sur cet "
        "ordinateur : elle contient l'enregistrement {generation}, alors que l'enregistrement "
        "{seen} a déjà été vu. Quelqu'un a peut-être mis une copie plus ancienne à sa place, "
        "ou une copie de sauvegarde a été recopiée à la main. Les changements faits après "
        "l'enregistrement {generation} n'y sont pas."
    ),
    "It also uses a data key that was replaced since (rotate-key).": (
        "Elle utilise aussi une clé de données remplacée depuis (rotate-key)."
    ),
    "PeerDesk: a private, offline desk for peer supporters. With no command, the window opens.": (
        "PeerDesk : un bureau privé et hors ligne pour le soutien par les pairs. Sans "
        "commande, la fenêtre s'ouvre."
    ),
    "Exit codes: 0 ok, 2 wrong passphrase, 3 damaged vault, 4 vault in use, 5 newer format, 6 "
    "save failed, 7 no vault, 8 invalid input, 9 vault exists, 11 unlock far costlier than "
    "usual (refused), 64 usage, 141 output closed early (e.g. by head).": (
        "Codes de sortie : 0 réussite, 2 mauvaise phrase de passe, 3 coffre-fort endommagé, 4 "
        "coffre-fort déjà utilisé, 5 format plus récent, 6 échec de l'enregistrement, 7 aucun "
        "coffre-fort, 8 entrée non valide, 9 le coffre-fort existe déjà, 11 déverrouillage "
        "beaucoup plus coûteux que d'habitude (refusé), 64 mauvaise utilisation, 141 sortie "
        "fermée plus tôt (p. ex. par head)."
    ),
    "use this vault file, not the default": (
        "utiliser ce fichier de coffre-fort plutôt que celui par défaut"
    ),
    "try PeerDesk on sample data": "essayer PeerDesk avec des données d'exemple",
    "check crypto, Qt and resources": "vérifier le chiffrement, Qt et les ressources",
    "Self-care check-ins: add one, or list past ones.": (
        "Bilans d'autosoins : en ajouter un, ou lister les précédents."
    ),
    "record a check-in (the quick one unless --instrument)": (
        "enregistrer un bilan (le bilan rapide, sauf avec --instrument)"
    ),
    "instrument id (default {quick})": "identifiant du questionnaire (par défaut {quick})",
    "answers in item order, e.g. 3,4,2,… (ProQOL 5, WHO-5, …)": (
        "réponses dans l'ordre des questions, p. ex. 3,4,2,… (ProQOL 5, WHO-5, …)"
    ),
    "when (default: now)": "quand (par défaut : maintenant)",
    "print the result as JSON": "afficher le résultat en JSON",
    "list check-ins with their scores (notes never shown)": (
        "lister les bilans avec leurs résultats (les notes ne sont jamais affichées)"
    ),
    "only this instrument": "seulement ce questionnaire",
    "print as JSON": "afficher en JSON",
    "give either --answers or the named items, not both": (
        "donnez soit --answers, soit les questions nommées, pas les deux"
    ),
    "Check-in {id} saved ({instrument}, {when}).": "Bilan {id} enregistré ({instrument}, {when}).",
    "use the form YYYY-MM-DD HH:MM": "utilisez la forme AAAA-MM-JJ HH:MM",
    "give the answers for {instrument} with --answers": (
        "donnez les réponses de {instrument} avec --answers"
    ),
    "ID": "N°",
    "WHEN": "QUAND",
    "INSTRUMENT": "QUESTIONNAIRE",
    "SCORES": "RÉSULTATS",
    "NOTE": "NOTE",
    "MINUTES": "MINUTES",
    "CHANNEL": "MOYEN",
    "KIND": "TYPE",
    "TOPICS": "SUJETS",
    "RISK": "RISQUE",
    "FOLLOW_UP": "SUIVI",
    "NAME": "NOM",
    "COUNTRY": "PAYS",
    "CONTACT": "JOINDRE",
    "HOURS": "HEURES",
    "PHONES": "TÉLÉPHONES",
    "TITLE": "TITRE",
    "STATUS": "ÉTAT",
    "SPENT_MINUTES": "MINUTES_PASSÉES",
    "BEST_PERCENT": "MEILLEUR_%",
    "REFRESHER_DUE": "MISE_À_JOUR_PRÉVUE",
    "vault file (default: per-user)": (
        "fichier du coffre-fort (par défaut : celui de l'utilisateur)"
    ),
    "unlock even when the file asks for far more work than usual": (
        "déverrouiller même si le fichier demande beaucoup plus de travail que d'habitude"
    ),
    "Expected a line on standard input for: {prompt}": (
        "Une ligne était attendue sur l'entrée standard pour : {prompt}"
    ),
    "peerdesk: warning: {problem} Going on with this copy; 'peerdesk verify "
    "--accept-this-copy' makes it the expected one.": (
        "peerdesk : avertissement : {problem} PeerDesk continue avec cette copie; « peerdesk "
        "verify --accept-this-copy » en fait la copie attendue."
    ),
    "(nothing to show)": "(rien à afficher)",
    "peerdesk: interrupted; the last completed step is saved.": (
        "peerdesk : interrompu; la dernière étape terminée est enregistrée."
    ),
    "Recovery key: ": "Clé de récupération : ",
    "Passphrase: ": "Phrase de passe : ",
    "export all your data as plaintext JSON and CSV (after a warning)": (
        "exporter toutes vos données en JSON et CSV lisibles (après un avertissement)"
    ),
    "create a new vault from a PeerDesk export": (
        "créer un nouveau coffre-fort à partir d'une exportation PeerDesk"
    ),
    "erase the vault, its backups and PeerDesk's settings": (
        "effacer le coffre-fort, ses copies de sauvegarde et les paramètres de PeerDesk"
    ),
    "Exported {n} files to {to}.": (
        "{n} fichier exporté dans {to}.",
        "{n} fichiers exportés dans {to}.",
    ),
    "New passphrase: ": "Nouvelle phrase de passe : ",
    "Created {path} with {rows} rows from the export.": (
        "{path} créé avec {rows} lignes de l'exportation."
    ),
    "Recovery key (shown once; keep it safe): {recovery}": (
        "Clé de récupération (affichée une seule fois; gardez-la en lieu sûr) : {recovery}"
    ),
    "Erased {n} PeerDesk files and folders.": (
        "{n} fichier ou dossier PeerDesk effacé.",
        "{n} fichiers et dossiers PeerDesk effacés.",
    ),
    "a new or empty folder": "un dossier nouveau ou vide",
    "skip the typed confirmation": "passer la confirmation à taper",
    "peerdesk-export.json or its folder": "peerdesk-export.json ou son dossier",
    "Type {word} to continue: ": "Tapez {word} pour continuer : ",
    "not confirmed (expected {word}); nothing was done": (
        "non confirmé ({word} était attendu); rien n'a été fait"
    ),
    "Repeat the new passphrase: ": "Répétez la nouvelle phrase de passe : ",
    "the two entries differ; nothing was created": "les deux saisies diffèrent; rien n'a été créé",
    "{help_text}: '-' reads it from standard input": (
        "{help_text} : '-' le lit sur l'entrée standard"
    ),
    "{help_text}: read from a file": "{help_text} : lu dans un fichier",
    "there is no standard input to read the text from": (
        "il n'y a pas d'entrée standard où lire le texte"
    ),
    "Type the text for {flag}; end with {end} on a line of its own:": (
        "Tapez le texte de {flag}; terminez par {end} sur une ligne à part :"
    ),
    "expected one more line on standard input": (
        "une ligne de plus était attendue sur l'entrée standard"
    ),
    "{path} is larger than 1 MiB; is it the right file?": (
        "{path} dépasse 1 Mio; est-ce le bon fichier?"
    ),
    "{path} is a folder, not a text file": "{path} est un dossier, pas un fichier texte",
    "there is no file at {path}": "il n'y a pas de fichier à {path}",
    "could not read {path} ({strerror})": "impossible de lire {path} ({strerror})",
    "the file is not UTF-8 text; save it as UTF-8 and try again": (
        "le fichier n'est pas du texte UTF-8; enregistrez-le en UTF-8 et réessayez"
    ),
    "Likely identifiers: {hard}. Details to review: {soft}.": (
        "Identifiants probables : {hard}. Détails à revoir : {soft}."
    ),
    "print the findings as JSON": "afficher les résultats en JSON",
    "your country first for phone numbers: CA US GB IE AU NZ": (
        "votre pays d'abord pour les numéros de téléphone : CA US GB IE AU NZ"
    ),
    "print the text with placeholders instead": (
        "afficher plutôt le texte avec des marques de remplacement"
    ),
    "--region {given!r} is not one PeerDesk knows; use one of {choices}.": (
        "--region {given!r} n'est pas une région connue de PeerDesk; utilisez l'une de "
        "celles-ci : {choices}."
    ),
    "Give the text on standard input, e.g. peerdesk guard < note.txt": (
        "Donnez le texte sur l'entrée standard, p. ex. peerdesk guard < note.txt"
    ),
    "The text is not UTF-8; save it as UTF-8 and try again.": (
        "Le texte n'est pas en UTF-8; enregistrez-le en UTF-8 et réessayez."
    ),
    "The text is over {most} characters; check it in parts.": (
        "Le texte dépasse {most} caractères; vérifiez-le en plusieurs parties."
    ),
    "The text on standard input is empty: nothing to check.": (
        "Le texte sur l'entrée standard est vide : rien à vérifier."
    ),
    "No identifiers found.": "Aucun identifiant trouvé.",
    "The text is not UTF-8 ({reason}); save it as UTF-8.": (
        "Le texte n'est pas en UTF-8 ({reason}); enregistrez-le en UTF-8."
    ),
    "  line {line}, col {column}: {kind}: {text!r}  (could identify: worth a second look)": (
        "  ligne {line}, col. {column} : {kind} : {text!r}  (pourrait identifier : à revoir)"
    ),
    "  line {line}, col {column}: {kind}: {text!r}": (
        "  ligne {line}, col. {column} : {kind} : {text!r}"
    ),
    "The contact log: add, list, show or delete contacts.": (
        "Le journal des contacts : ajouter, lister, afficher ou supprimer des contacts."
    ),
    "Deleted contact {id}.": "Contact {id} supprimé.",
    "show one contact (the note only with --with-note)": (
        "afficher un contact (la note seulement avec --with-note)"
    ),
    "contact number": "numéro du contact",
    "also print the private note": "afficher aussi la note privée",
    "delete one contact": "supprimer un contact",
    "log a contact; codes or labels, any case": (
        "noter un contact; codes ou libellés, majuscules ou minuscules"
    ),
    "date and time (default: now)": "date et heure (par défaut : maintenant)",
    "duration in minutes": "durée en minutes",
    "one of {choices}": "l'un de ces choix : {choices}",
    "people present (group kinds only)": "personnes présentes (types de groupe seulement)",
    "a topic (repeat, or comma-separate)": (
        "un sujet (répétez l'option, ou séparez par des virgules)"
    ),
    "signs observed: {choices}": "signes observés : {choices}",
    "a referral given; categories: {choices}": "une orientation donnée; catégories : {choices}",
    "a referral offered but declined": "une orientation proposée mais refusée",
    "follow-up due date": "date prévue du suivi",
    "the follow-up has happened": "le suivi a eu lieu",
    "how much it affected you": "à quel point cela vous a touché",
    "replace likely identifiers in the note first": (
        "remplacer d'abord les identifiants probables dans la note"
    ),
    "print the stored contact as JSON (without note)": (
        "afficher le contact enregistré en JSON (sans la note)"
    ),
    "list contacts, newest first (notes never shown)": (
        "lister les contacts, du plus récent au plus ancien (les notes ne sont jamais affichées)"
    ),
    "first day (inclusive)": "premier jour (inclus)",
    "last day (inclusive)": "dernier jour (inclus)",
    "only contacts with this topic": "seulement les contacts avec ce sujet",
    "only this channel": "seulement ce moyen de communication",
    "only this risk level": "seulement ce niveau de risque",
    "open follow-ups due today or overdue": "suivis ouverts prévus aujourd'hui ou en retard",
    "at most this many (default 50, 0 = all)": "au plus ce nombre (par défaut 50, 0 = tous)",
    "unknown value {text!r}; use one of {choices}": (
        "valeur inconnue {text!r}; utilisez l'un de ces choix : {choices}"
    ),
    "Note: the note may hold identifying details ({items}); use --redact to replace them.": (
        "Attention : la note contient peut-être des détails identifiants ({items}); utilisez "
        "--redact pour les remplacer."
    ),
    "Logged contact {id}.": "Contact {id} noté.",
    "{text!r} is not a date like 2024-05-31": "{text!r} n'est pas une date comme 2024-05-31",
    "{text!r} is not like '2024-05-31 14:30'": "{text!r} n'a pas la forme '2024-05-31 14:30'",
    "write a de-identified report of a period (or merge reports: report merge)": (
        "écrire un rapport dépersonnalisé d'une période (ou fusionner des rapports : report merge)"
    ),
    "Report written to {out} ({n} contacts).": (
        "Rapport écrit dans {out} ({n} contact).",
        "Rapport écrit dans {out} ({n} contacts).",
    ),
    "Merged {n} reports into {out}.": (
        "{n} rapport fusionné dans {out}.",
        "{n} rapports fusionnés dans {out}.",
    ),
    "first month, YYYY-MM (whole months)": "premier mois, AAAA-MM (mois entiers)",
    "last month, YYYY-MM (whole months)": "dernier mois, AAAA-MM (mois entiers)",
    "contacts per month, quarter or year (default: by length)": (
        "contacts par mois, trimestre ou année (par défaut : selon la durée)"
    ),
    "default: from the file name": "par défaut : d'après le nom du fichier",
    "file to write": "fichier à écrire",
    "smallest count shown; smaller ones become 0 or k": (
        "plus petit nombre affiché; les plus petits deviennent 0 ou k"
    ),
    "add your training hours and modules": "ajouter vos heures et modules de formation",
    "combine supporters' JSON reports into one team report": (
        "réunir les rapports JSON de plusieurs personnes en un rapport d'équipe"
    ),
    "Add up exported JSON reports (none counted twice) and protect them again.": (
        "Additionne des rapports JSON exportés (aucun compté deux fois) et les protège de nouveau."
    ),
    "team.json|csv|pdf": "equipe.json|csv|pdf",
    "smallest count shown (at least the inputs')": (
        "plus petit nombre affiché (au moins celui des rapports fournis)"
    ),
    "{name} is not a readable JSON report ({err})": (
        "{name} n'est pas un rapport JSON lisible ({err})"
    ),
    "search and import the referral directory": (
        "chercher dans le répertoire des ressources et y importer des services"
    ),
    "The referral directory lives outside the vault: no passphrase needed.": (
        "Le répertoire des ressources est gardé hors du coffre-fort : aucune phrase de passe "
        "n'est nécessaire."
    ),
    "find services by words and filters": "trouver des services par mots et filtres",
    "words to look for (typos are fine)": "mots à chercher (les fautes de frappe sont tolérées)",
    "list every entry, optionally for one country": (
        "lister toutes les fiches, au besoin pour un seul pays"
    ),
    "two-letter country code, e.g. CA": "code de pays à deux lettres, p. ex. CA",
    "print JSON instead of a table": "afficher du JSON plutôt qu'un tableau",
    "import an HSDS package/JSON or a PeerDesk CSV": (
        "importer un paquet ou JSON HSDS, ou un CSV PeerDesk"
    ),
    "folder or .zip with datapackage.json, .json or .csv": (
        "dossier ou .zip avec datapackage.json, .json ou .csv"
    ),
    "country for phone numbers that do not say (e.g. US)": (
        "pays des numéros qui ne l'indiquent pas (p. ex. US)"
    ),
    "show the report, import nothing": "afficher le rapport, ne rien importer",
    "print the report as JSON": "afficher le rapport en JSON",
    "two-letter country code, e.g. GB": "code de pays à deux lettres, p. ex. GB",
    "province, state or area": "province, État ou région",
    "e.g. crisis, youth, veterans": "p. ex. crisis, youth, veterans",
    "language code, e.g. fr": "code de langue, p. ex. fr",
    "only services open around the clock": "seulement les services ouverts jour et nuit",
    "most results to show (default 20)": "nombre maximal de résultats (par défaut 20)",
    "Imported {n} services ({new} new, {updated} updated).": (
        "{n} service importé ({new} nouveaux, {updated} mis à jour).",
        "{n} services importés ({new} nouveaux, {updated} mis à jour).",
    ),
    "Nothing was imported.": "Rien n'a été importé.",
    "No services match that. Closest needs in the directory: {needs}.": (
        "Aucun service ne correspond. Besoins les plus proches dans le répertoire : {needs}."
    ),
    "list the training modules with your progress": (
        "lister les modules de formation avec votre progression"
    ),
    "add an external training to your training log": (
        "ajouter une formation externe à votre relevé de formation"
    ),
    "name of the course": "nom du cours",
    "who gave it": "qui l'a donné",
    "Training hours credited: {modules} from completed modules (their estimated time), "
    "{external} external. Time actually spent in modules: {spent} h.": (
        "Heures de formation reconnues : {modules} pour les modules terminés (leur durée "
        "estimée), {external} en externe. Temps réellement passé dans les modules : {spent} h."
    ),
    "{n} modules valid under the shipped-module rules.": (
        "{n} module valide selon les règles des modules livrés.",
        "{n} modules valides selon les règles des modules livrés.",
    ),
    "{n} modules valid under the module format.": (
        "{n} module valide selon le format des modules.",
        "{n} modules valides selon le format des modules.",
    ),
    "Added external training #{id} ({hours} h). Total training hours: {total}.": (
        "Formation externe n° {id} ajoutée ({hours} h). Total des heures de formation : {total}."
    ),
    "training modules and your training log": "modules de formation et votre relevé de formation",
    "Training modules.": "Modules de formation.",
    "check a module pack (zip or folder), or the shipped modules, and print every problem": (
        "vérifier un ensemble de modules (zip ou dossier), ou les modules livrés, et afficher "
        "chaque problème"
    ),
    "a .zip file or a folder; without it the shipped modules are checked with the "
    "shipped-module rules": (
        "un fichier .zip ou un dossier; sans lui, les modules livrés sont vérifiés selon les "
        "règles des modules livrés"
    ),
    "also apply the shipped-module rules (answer positions and lengths, role-play endings, "
    "plausible time estimates)": (
        "appliquer aussi les règles des modules livrés (position et longueur des réponses, "
        "fins des mises en situation, durées plausibles)"
    ),
    "YYYY-MM-DD": "AAAA-MM-JJ",
    "hours attended, e.g. 3.5": "heures suivies, p. ex. 3.5",
    "ok: {id} (version {version}) — {title}": "ok : {id} (version {version}) — {title}",
    "peerdesk: PATH: nothing at {path}": "peerdesk : PATH : rien à {path}",
    "create a new encrypted vault": "créer un nouveau coffre-fort chiffré",
    "decrypt the vault, check its integrity and print a summary": (
        "déchiffrer le coffre-fort, vérifier son intégrité et afficher un résumé"
    ),
    "change the passphrase (optionally the data key too)": (
        "changer la phrase de passe (et au besoin la clé de données)"
    ),
    "write an encrypted copy of the vault to a file": (
        "écrire une copie chiffrée du coffre-fort dans un fichier"
    ),
    "list the automatic backups beside the vault": (
        "lister les copies de sauvegarde automatiques à côté du coffre-fort"
    ),
    "replace the vault with a backup that decrypts": (
        "remplacer le coffre-fort par une copie de sauvegarde qui se déchiffre"
    ),
    "Created {path}": "{path} créé",
    "Your recovery key (shown once; write it down and keep it somewhere safe and private):": (
        "Votre clé de récupération (affichée une seule fois; notez-la et gardez-la dans un "
        "endroit sûr et privé) :"
    ),
    "It opens the vault if you forget your passphrase: 'peerdesk recover'.": (
        "Elle ouvre le coffre-fort si vous oubliez votre phrase de passe : « peerdesk recover »."
    ),
    "Vault:           {path}": "Coffre-fort :    {path}",
    "Integrity:       {result}": "Intégrité :      {result}",
    "Format version:  {version}": "Version du format : {version}",
    "Schema version:  {version}": "Version du schéma : {version}",
    "Saves so far:    {count}": "Enregistrements : {count}",
    "Key derivation:  {name}, {mib} MiB, {passes} passes, {lanes} lanes": (
        "Dérivation de clé : {name}, {mib} Mio, {passes} passes, {lanes} voies"
    ),
    "Rows:": "Lignes :",
    "Passphrase changed and the vault re-encrypted under a new data key; the "
    "automatic\nbackups made under the old key were deleted. Copies you made elsewhere still "
    "open\nwith the old passphrase: delete them.": (
        "Phrase de passe changée et coffre-fort chiffré de nouveau avec une nouvelle clé de "
        "données;\nles copies de sauvegarde automatiques faites avec l'ancienne clé ont été "
        "supprimées. Les copies\nfaites ailleurs s'ouvrent encore avec l'ancienne phrase de "
        "passe : supprimez-les."
    ),
    "Might someone know your old passphrase? [y/N] ": (
        "Quelqu'un pourrait-il connaître votre ancienne phrase de passe? [o/N] "
    ),
    "New passphrase set. Your recovery key still works.": (
        "Nouvelle phrase de passe définie. Votre clé de récupération fonctionne toujours."
    ),
    "The data key is unchanged: if someone may know the old passphrase or has a copy of\nthe "
    "vault, run 'peerdesk rotate-key' too.": (
        "La clé de données n'a pas changé : si quelqu'un pourrait connaître l'ancienne phrase "
        "de passe\nou a une copie du coffre-fort, lancez aussi « peerdesk rotate-key »."
    ),
    "The vault is re-encrypted under a new data key; old backups were deleted.": (
        "Le coffre-fort est chiffré de nouveau avec une nouvelle clé de données; les anciennes "
        "copies de sauvegarde ont été supprimées."
    ),
    "Encrypted backup written to {to} and checked.": (
        "Copie de sauvegarde chiffrée écrite dans {to} et vérifiée."
    ),
    "Restored save {generation} from {source}. The file it replaced was kept as a backup. "
    "PeerDesk now expects this copy, so opening it brings no warning.": (
        "Enregistrement {generation} restauré à partir de {source}. Le fichier remplacé a été "
        "gardé comme copie de sauvegarde. PeerDesk attend maintenant cette copie : l'ouvrir "
        "n'affichera aucun avertissement."
    ),
    "target unlock time in milliseconds (sets the Argon2id cost; never below the floor)": (
        "temps de déverrouillage visé en millisecondes (fixe le coût d'Argon2id; jamais sous "
        "le minimum)"
    ),
    "print the summary as JSON": "afficher le résumé en JSON",
    "this older copy is the one to keep: stop warning about it": (
        "cette copie plus ancienne est celle à garder : ne plus avertir à son sujet"
    ),
    "may-be-known: someone may know the old passphrase (replaces the data key too)": (
        "may-be-known : quelqu'un pourrait connaître l'ancienne phrase de passe (remplace "
        "aussi la clé de données)"
    ),
    "also replace the data key": "remplacer aussi la clé de données",
    "keep the data key": "garder la clé de données",
    "where to write the copy": "où écrire la copie",
    "backup file to restore": "copie de sauvegarde à restaurer",
    "unlock the backup with the recovery key": (
        "déverrouiller la copie de sauvegarde avec la clé de récupération"
    ),
    "the two entries differ; nothing was changed": (
        "les deux saisies diffèrent; rien n'a été modifié"
    ),
    "Passphrase changed; the data key is the same as before.": (
        "Phrase de passe changée; la clé de données est la même qu'avant."
    ),
    "No automatic backups yet.": "Pas encore de copie de sauvegarde automatique.",
    "{when}  save {generation:>6}  {path}": "{when}  enregistrement {generation:>6}  {path}",
    "Note: this copy was made before 'peerdesk rotate-key', so the old data key is in use "
    "again: anyone who knew the passphrase or recovery key of that time can open it. Run "
    "'peerdesk rotate-key' again if that worries you.": (
        "Attention : cette copie date d'avant « peerdesk rotate-key » : l'ancienne clé de "
        "données est donc de nouveau utilisée, et quiconque connaissait la phrase de passe ou "
        "la clé de récupération de l'époque peut l'ouvrir. Relancez « peerdesk rotate-key » si "
        "cela vous inquiète."
    ),
    "unlock with the recovery key and set a new passphrase": (
        "déverrouiller avec la clé de récupération et définir une nouvelle phrase de passe"
    ),
    "new data key and recovery key; deletes backups made under the old key": (
        "nouvelle clé de données et nouvelle clé de récupération; supprime les copies de "
        "sauvegarde faites avec l'ancienne clé"
    ),
    "This copy is now the one PeerDesk expects on this computer.": (
        "Cette copie est maintenant celle que PeerDesk attend sur cet ordinateur."
    ),
    # argparse's own headings (cli/common.py)
    "{prog}: error: {message}": "{prog} : erreur : {message}",
    "usage: ": "utilisation : ",
    "positional arguments:": "arguments positionnels :",
    "options:": "options :",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher le numéro de version et quitter",
    # argparse's commonest errors (cli/common.py)
    "the following arguments are required: {names}": "ces arguments sont obligatoires : {names}",
    "unrecognized arguments: {names}": "arguments non reconnus : {names}",
    "argument {name}: invalid choice: {detail}": "argument {name} : choix non valide : {detail}",
}
