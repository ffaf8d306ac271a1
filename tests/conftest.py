"""Test set-up: offscreen Qt before any Qt import, and every PeerDesk folder under tmp_path."""

from __future__ import annotations

import os

# Must happen before a QApplication exists (pytest-qt does not choose a platform).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """No test ever touches the real ~/.local/share/PeerDesk (or config, state, cache)."""
    home = tmp_path_factory.mktemp("peerdesk-home")
    monkeypatch.setenv("PEERDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))  # Qt's own QtProject.conf
    monkeypatch.setenv("HOME", str(home / "user-home"))
    return home


@pytest.fixture(autouse=True)
def english_content(monkeypatch):
    """Tests read English unless they choose a language; none leaks into the next test."""
    from peerdesk.core import language

    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "PEERDESK_PSEUDO"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    language.set_current(language.ENGLISH)
    yield
    language.set_current(language.ENGLISH)


@pytest.fixture
def memory_db():
    """A hardened in-memory database at the current schema, as an unlocked vault holds it."""
    from peerdesk.storage import migrations
    from peerdesk.storage.database import open_memory, wrap

    db = wrap(open_memory())
    migrations.migrate(db)
    yield db
    db.conn.close()


# Cheap Argon2id costs for tests only: the floor is lowered in-process, never through the
# environment, so a shipped PeerDesk can neither write nor read such a vault.
@pytest.fixture
def fast_kdf(monkeypatch):
    """Make vault creation/unlock take milliseconds in this test process."""
    from peerdesk.storage import crypto

    cheap = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
    monkeypatch.setattr(crypto, "KDF_FLOOR", cheap)
    monkeypatch.setattr(crypto, "calibrate", lambda _target_ms=0: cheap)
    return cheap


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_factory(fast_kdf, tmp_path):
    """Create vaults under tmp_path; yields a function (name) -> (vault, recovery_key)."""
    from peerdesk.storage.vault import create_vault

    made = []

    def make(name: str = "vault.peerdesk", passphrase: str = PASSPHRASE):
        vault, recovery = create_vault(tmp_path / name, passphrase)
        made.append(vault)
        return vault, recovery

    yield make
    for vault in made:
        vault.close()


@pytest.fixture
def desk(vault_factory):
    """An unlocked vault's Desk facade (every registered feature service)."""
    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory()
    return open_desk(vault)
