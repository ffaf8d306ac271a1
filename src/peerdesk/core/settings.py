"""The one declared registry of PeerDesk settings, with their scope, bounds and validation."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

Scope = Literal["local", "vault"]
COUNTRY_CHOICES = ("system", "AU", "CA", "GB", "IE", "NZ", "US")  # the shipped directory's
Value = bool | int | float | str


@dataclass(frozen=True)
class Setting:
    """One setting: `local` ones live in a plain file (read before unlock), `vault` ones inside."""

    key: str
    label: str
    kind: type[bool] | type[int] | type[float] | type[str]
    default: Value
    description: str
    scope: Scope
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("theme", "Colour theme", str, "system",
            "Follow the system's light or dark look, or choose one.", "local",
            choices=("system", "light", "dark")),
    Setting("font_scale", "Text size", float, 1.0,
            "Makes all text larger or smaller (1.0 is the system size).", "local", 0.8, 2.0),
    Setting("language", "Language", str, "system",
            "The language of the window and of the questionnaires; 'system' follows your "
            "computer. A change applies the next time PeerDesk starts.", "local",
            choices=("system", "en", "fr")),
    # A country code only (no content): the directory, also on the lock screen, starts there.
    Setting("country", "Your country", str, "system",
            "The referral directory shows this country's services first, starting with its "
            "emergency number; 'system' follows your computer's region.", "local",
            choices=COUNTRY_CHOICES),
    Setting("auto_lock_minutes", "Lock after idle minutes", int, 5,
            "Lock after this many minutes without keyboard or mouse use.", "vault", 1, 240),
    Setting("lock_on_minimise", "Lock when minimised", bool, False,
            "Lock the vault as soon as the window is minimised.", "vault"),
    Setting("lock_on_screen_lock", "Lock with the screen", bool, True,
            "Lock the vault when your computer's screen locks or it goes to sleep.", "vault"),
    Setting("backups_kept", "Backups kept", int, 10,
            "How many earlier encrypted copies of the vault to keep.", "vault", 1, 100),
    # The contact log's own key: its service reads it (one setting, one place in the vault).
    # Check-in reminders are the self-care page's cadence (daily/weekly/off), kept there.
    Setting("contacts.retention_months", "Clear old contact notes after", int, 0,
            "Blank the text of contact notes and incident numbers older than this many months; "
            "the statistics stay. “Never” keeps notes until you delete them.", "vault", 0, 60),
)  # fmt: skip

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    try:
        return BY_KEY[key]
    except KeyError:
        raise InvalidInput(say("unknown setting {key!r}", key=key), field="setting") from None


def in_scope(scope: Scope) -> list[Setting]:
    return [s for s in SETTINGS if s.scope == scope]


def validate(key: str, value: object) -> Value:
    """Return the value converted to the setting's type, or raise InvalidInput naming it."""
    spec = setting(key)
    try:
        converted = _convert(spec, value)
    except (TypeError, ValueError):
        raise InvalidInput(
            say("expected a {kind}, got {value!r}", kind=spec.kind.__name__, value=value),
            spec.label,
        ) from None
    if spec.choices and converted not in spec.choices:
        raise InvalidInput(
            say("must be one of {items}", items=", ".join(spec.choices)), field=spec.label
        )
    if isinstance(converted, int | float) and not isinstance(converted, bool):
        if spec.minimum is not None and converted < spec.minimum:
            raise InvalidInput(
                say("must be at least {minimum:g}", minimum=spec.minimum), field=spec.label
            )
        if spec.maximum is not None and converted > spec.maximum:
            raise InvalidInput(
                say("must be at most {maximum:g}", maximum=spec.maximum), field=spec.label
            )
    return converted


def _convert(spec: Setting, value: object) -> Value:
    if spec.kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(text)
    if spec.kind is int:
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        return int(str(value).strip()) if isinstance(value, str) else int(value)  # type: ignore[call-overload]
    if spec.kind is float:
        return float(value)  # type: ignore[arg-type]
    return str(value)


def encode(value: Value) -> str:
    """Vault settings are stored as JSON text in a key/value table."""
    return json.dumps(value)


def decode(key: str, text: str) -> Value:
    """Read a stored value; anything unreadable or out of bounds falls back to the default."""
    try:
        return validate(key, json.loads(text))
    except (InvalidInput, ValueError):
        return setting(key).default


class SettingsService:
    """Vault-scoped settings over a key/value store (the vault's `settings` table)."""

    def __init__(
        self,
        load: Callable[[], Mapping[str, str]],
        store: Callable[[str, str], None],
        notify: Callable[[str], None],
    ) -> None:
        self._load = load
        self._store = store
        self._notify = notify

    def get(self, key: str) -> Value:
        spec = setting(key)
        if spec.scope != "vault":
            raise InvalidInput(say("is kept outside the vault"), field=spec.label)
        raw = self._load().get(key)
        return spec.default if raw is None else decode(key, raw)

    def set(self, key: str, value: object) -> Value:
        if setting(key).scope != "vault":
            raise InvalidInput(say("is kept outside the vault"), field=setting(key).label)
        clean = validate(key, value)
        self._store(key, encode(clean))
        self._notify("settings")
        return clean

    def all(self) -> dict[str, Value]:
        return {s.key: self.get(s.key) for s in in_scope("vault")}


class LocalSettings:
    """Theme, text size and language: a plain JSON file, readable before unlock. Never content."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Value] = {}
        self._read()

    def _read(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}  # a missing or broken file means defaults; it holds nothing precious
        if not isinstance(raw, dict):
            raw = {}
        for spec in in_scope("local"):
            if spec.key in raw:
                self._values[spec.key] = decode(spec.key, json.dumps(raw[spec.key]))

    def get(self, key: str) -> Value:
        spec = setting(key)
        if spec.scope != "local":
            raise InvalidInput(say("is kept inside the vault"), field=spec.label)
        return self._values.get(key, spec.default)

    def set(self, key: str, value: object) -> Value:
        if setting(key).scope != "local":
            raise InvalidInput(say("is kept inside the vault"), field=setting(key).label)
        self._values[key] = validate(key, value)
        self._write()
        return self._values[key]

    def all(self) -> dict[str, Value]:
        return {s.key: self.get(s.key) for s in in_scope("local")}

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
