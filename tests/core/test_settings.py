"""The settings registry: validation with the field named, scopes, local file, vault service."""

from __future__ import annotations

import json

import pytest

from peerdesk.core import settings as reg
from peerdesk.core.errors import InvalidInput


def test_every_setting_has_a_valid_default_and_scope():
    for spec in reg.SETTINGS:
        assert spec.scope in ("local", "vault")
        assert reg.validate(spec.key, spec.default) == spec.default
    local = {s.key for s in reg.in_scope("local")}
    # Nothing about the user's practice: the country is a coarse preference the lock screen's
    # crisis directory needs before unlock, and it may only be one of a few codes.
    assert local == {"theme", "font_scale", "language", "country"}
    assert set(reg.setting("country").choices) <= {"system", "AU", "CA", "GB", "IE", "NZ", "US"}


@pytest.mark.parametrize(
    ("key", "value", "label"),
    [("auto_lock_minutes", 0, "Lock after idle minutes"), ("theme", "neon", "Colour theme"),
     ("font_scale", "big", "Text size"), ("backups_kept", 1000, "Backups kept")],
)  # fmt: skip
def test_bad_values_name_the_field(key, value, label):
    with pytest.raises(InvalidInput) as err:
        reg.validate(key, value)
    assert err.value.message.startswith(label)


def test_values_are_converted():
    assert reg.validate("auto_lock_minutes", "7") == 7
    assert reg.validate("lock_on_minimise", "yes") is True
    assert reg.decode("auto_lock_minutes", "not json") == 5  # unreadable falls back to default


def test_local_settings_persist_and_refuse_vault_keys(tmp_path):
    path = tmp_path / "settings.json"
    local = reg.LocalSettings(path)
    local.set("font_scale", 1.5)
    assert reg.LocalSettings(path).get("font_scale") == 1.5
    assert set(json.loads(path.read_text())) == {"font_scale"}
    with pytest.raises(InvalidInput):
        local.set("auto_lock_minutes", 3)
    path.write_text("{broken")
    assert reg.LocalSettings(path).get("theme") == "system"


def test_vault_service_notifies_and_validates():
    store: dict[str, str] = {}
    topics: list[str] = []
    service = reg.SettingsService(lambda: store, store.__setitem__, topics.append)
    assert service.get("auto_lock_minutes") == 5
    service.set("auto_lock_minutes", 2)
    assert service.get("auto_lock_minutes") == 2 and topics == ["settings"]
    with pytest.raises(InvalidInput):
        service.set("auto_lock_minutes", -1)
    assert service.get("auto_lock_minutes") == 2 and topics == ["settings"]
    with pytest.raises(InvalidInput):
        service.set("theme", "dark")
