"""Typed errors that carry a message a person understands and a documented CLI exit code."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core.messages import number, say


class PeerDeskError(Exception):
    """Base of every error PeerDesk shows to a person instead of a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(PeerDeskError):
    exit_code = 2

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message or say("That passphrase (or recovery key) does not open this vault.")
        )


class VaultDamaged(PeerDeskError):
    """The file does not authenticate: truncated, corrupted or tampered with."""

    exit_code = 3

    def __init__(self, message: str = "", newest_backup: Path | None = None) -> None:
        if not message:
            message = say("The vault file is damaged or has been changed outside PeerDesk.")
        if newest_backup is not None:
            message += say(
                " The newest backup is {backup}; restoring it checks that it opens "
                "before anything is replaced.",
                backup=newest_backup,
            )
        super().__init__(message)
        self.newest_backup = newest_backup


class VaultInUse(PeerDeskError):
    exit_code = 4

    def __init__(self, path: Path | str = "") -> None:
        super().__init__(
            say(
                "The vault {path} is already open in another PeerDesk window or command. "
                "Close it there first.",
                path=path,
            )
        )


class VaultTooNew(PeerDeskError):
    exit_code = 5

    def __init__(self, what: str = "") -> None:
        super().__init__(
            say(
                "This vault was written by a newer PeerDesk ({what}). "
                "Install the newer version to open it; nothing was changed.",
                what=what,
            )
        )


class SaveFailed(PeerDeskError):
    """Writing failed; the previous file is intact and the change is still in memory."""

    exit_code = 6

    def __init__(self, reason: str) -> None:
        super().__init__(
            say(
                "Could not save the vault: {reason}. The previous file is intact and your "
                "latest changes are kept in memory; they will be written by the next "
                "successful save.",
                reason=reason,
            )
        )
        self.reason = reason


class CopyFailed(SaveFailed):
    """Writing a copy elsewhere failed; the vault itself was not touched."""

    def __init__(self, reason: str) -> None:
        PeerDeskError.__init__(
            self,
            say(
                "Could not write the copy: {reason}. Your vault itself is unchanged.", reason=reason
            ),
        )
        self.reason = reason


class VaultNotFound(PeerDeskError):
    exit_code = 7

    def __init__(self, path: Path | str) -> None:
        super().__init__(say("No vault at {path}. Create one with 'peerdesk init'.", path=path))


class InvalidInput(PeerDeskError):
    """Bad input from a person or a file; `field` names what was wrong."""

    exit_code = 8

    def __init__(self, message: str, field: str | None = None) -> None:
        # "field: message" as is: the field is a code, and windows split the message on ": ".
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.detail = message  # without the field name, for a report that names it apart


class VaultExists(PeerDeskError):
    exit_code = 9

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            say("A vault already exists at {path}; PeerDesk will not overwrite it.", path=path)
        )


class VaultLocked(PeerDeskError):
    exit_code = 10

    def __init__(self) -> None:
        super().__init__(say("The vault is locked. Unlock it first."))


class UnlockTooCostly(PeerDeskError):
    """A file asks for far more key-derivation work than a normal unlock: refused before it runs."""

    exit_code = 11

    def __init__(self, estimate_s: float, budget_s: float) -> None:
        super().__init__(
            say(
                "This vault file asks for far more unlocking work than usual (about "
                "{estimate} s on this computer now; a file not opened here before may take "
                "about {budget} s, twice a normal unlock and a second). A damaged or "
                "deliberately altered file can do this, so nothing was tried. If you made this "
                "vault with a long unlock time, or on a much faster computer, unlock it anyway "
                "once (--allow-slow-unlock on the command line).",
                estimate=number(round(estimate_s)),
                budget=number(round(budget_s, 1)),
            )
        )
        self.estimate_s = estimate_s
        self.budget_s = budget_s


EXIT_CODES = {
    0: "ok",
    1: "other error",
    2: "wrong passphrase or recovery key",
    3: "vault damaged or tampered with",
    4: "vault in use by another PeerDesk",
    5: "vault written by a newer PeerDesk",
    6: "save failed (previous file intact)",
    7: "vault not found",
    8: "invalid input",
    9: "vault already exists",
    10: "vault locked",
    11: "unlock would take far longer than usual (refused before trying)",
    64: "command-line usage error",
}
