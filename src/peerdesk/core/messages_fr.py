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
        "Vous avez terminé le module de formation « {title} ». Apprendre fait partie de bien "
        "aider."
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
}
