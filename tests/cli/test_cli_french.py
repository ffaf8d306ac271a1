"""The real command line in a subprocess: French under a French locale, English under en_CA."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

PASS = "correct horse battery staple"
# Only the key-derivation floor is lowered (as tests/cli/test_imports.py does); the rest is the
# real `peerdesk` command line, its language read from LANG like any other run.
PRELUDE = textwrap.dedent("""
    import sys
    from peerdesk.storage import crypto
    crypto.KDF_FLOOR = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
    from peerdesk.cli import main
    sys.exit(main(sys.argv[1:]))
""")


@pytest.fixture
def peerdesk(tmp_path):
    def run(lang: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        env |= {"PEERDESK_HOME": str(tmp_path / "home"), "LANG": lang}
        done = subprocess.run(
            [sys.executable, "-c", PRELUDE, *args],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        done.raw_stdout = done.stdout  # type: ignore[attr-defined]
        # French puts a no-break space before a colon; the checks below read plain spaces.
        done.stdout, done.stderr = (t.replace("\u00a0", " ") for t in (done.stdout, done.stderr))
        return done

    return run


FR, EN = "fr_CA.UTF-8", "en_CA.UTF-8"


def test_help_is_french_under_a_french_locale_and_english_otherwise(peerdesk):
    french = peerdesk(FR, "resources", "--help")
    assert french.returncode == 0
    assert "utilisation : peerdesk resources" in french.stdout
    assert "trouver des services par mots et filtres" in french.stdout
    assert "afficher cette aide et quitter" in french.stdout
    english = peerdesk(EN, "resources", "--help")
    assert "usage: peerdesk resources" in english.stdout
    assert "find services by words and filters" in english.stdout


def test_a_usage_error_is_explained_in_french(peerdesk):
    done = peerdesk(FR, "backup")
    assert done.returncode == 64
    assert "erreur : ces arguments sont obligatoires : --to" in done.stderr


def test_vault_messages_and_errors_follow_the_locale(peerdesk, tmp_path):
    vault = str(tmp_path / "v.peerdesk")
    made = peerdesk(FR, "init", "--vault", vault, stdin=f"{PASS}\n{PASS}\n")
    assert made.returncode == 0, made.stderr
    assert "Votre clé de récupération (affichée une seule fois" in made.stdout
    wrong = peerdesk(FR, "verify", "--vault", vault, stdin="not the passphrase at all\n")
    assert wrong.returncode == 2
    assert "n'ouvre pas ce coffre-fort" in wrong.stderr
    assert "does not open" not in wrong.stderr
    english = peerdesk(EN, "verify", "--vault", vault, stdin="not the passphrase at all\n")
    assert "That passphrase (or recovery key) does not open this vault." in english.stderr
    summary = peerdesk(FR, "verify", "--vault", vault, stdin=f"{PASS}\n")
    assert summary.returncode == 0, summary.stderr
    assert "Intégrité :" in summary.stdout and "Dérivation de clé : argon2id" in summary.stdout
    assert "Intégrité\u00a0:" in summary.raw_stdout  # the colon never starts a line


def test_bad_input_gets_a_french_message_and_nothing_is_logged(peerdesk, tmp_path):
    vault = str(tmp_path / "v.peerdesk")
    assert peerdesk(EN, "init", "--vault", vault, stdin=f"{PASS}\n{PASS}\n").returncode == 0
    bad = peerdesk(FR, "log", "add", "--vault", vault, "--duration", "20", "--channel", "pigeon",
                   stdin=f"{PASS}\n")  # fmt: skip
    assert bad.returncode == 8
    assert "valeur inconnue 'pigeon'; utilisez l'un de ces choix" in bad.stderr
    listed = peerdesk(FR, "log", "list", "--vault", vault, stdin=f"{PASS}\n")
    assert listed.returncode == 0 and "(rien à afficher)" in listed.stdout


def test_directory_search_speaks_french(peerdesk):
    found = peerdesk(FR, "resources", "search", "deuil")
    assert found.returncode == 0, found.stderr
    assert found.stdout.split()[:2] == ["N°", "NOM"]
    assert "pd-au-suicide-call-back" in found.stdout  # a bereavement service, found in French
    nothing = peerdesk(FR, "resources", "search", "zzzzqqq")
    assert "Aucun service ne correspond. Besoins les plus proches dans le répertoire" in (
        nothing.stdout
    )
    assert "santé mentale" in nothing.stdout
