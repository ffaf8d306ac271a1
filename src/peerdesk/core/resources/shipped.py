"""The directory entries shipped with PeerDesk (package data), validated on load."""

from __future__ import annotations

import json

from peerdesk.core.content import resource_path
from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.entity import Resource, resource_from_dict

FORMAT = "peerdesk-directory/1"


def shipped_files() -> list[tuple[str, bytes]]:
    folder = resource_path("directory")
    return sorted(
        (entry.name, entry.read_bytes())
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    )


def parse_shipped(name: str, data: bytes) -> list[Resource]:
    """Resources of one shipped file; any problem names the file, the entry and the field."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidInput(f"is not valid UTF-8 JSON ({err})", field=name) from err
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidInput(f'must have "format": "{FORMAT}"', field=name)
    entries = doc.get("resources")
    if not isinstance(entries, list):
        raise InvalidInput("must have a list of resources", field=f"{name}: resources")
    out = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise InvalidInput("must be an object", field=f"{name}: resources[{index}]")
        try:
            out.append(resource_from_dict(entry, "shipped"))
        except InvalidInput as err:
            rid = entry.get("id", index)
            raise InvalidInput(err.message, field=f"{name}: resource {rid}") from err
    return out


def load_shipped() -> list[Resource]:
    resources: list[Resource] = []
    seen: set[str] = set()
    for name, data in shipped_files():
        for resource in parse_shipped(name, data):
            if resource.id in seen:
                raise InvalidInput(f"id {resource.id!r} appears twice", field=name)
            seen.add(resource.id)
            resources.append(resource)
    return resources
