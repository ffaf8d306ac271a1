"""Open Referral HSDS tabular data packages (3.x and the older 1.x/2.x tables) to services."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from peerdesk.core.resources.hsds import add_service
from peerdesk.core.resources.reading import PackageFiles, Row, csv_rows, decode
from peerdesk.core.resources.report import ImportReport, Progress

# Canonical table -> file stems used by HSDS 1.x, 2.x and 3.x (singular and plural spellings).
ALIASES: dict[str, tuple[str, ...]] = {
    "organizations": ("organizations", "organization"),
    "services": ("services", "service"),
    "locations": ("locations", "location"),
    "phones": ("phones", "phone"),
    "schedules": ("schedules", "schedule", "regular_schedules", "regular_schedule"),
    "service_areas": ("service_areas", "service_area"),
    "languages": ("languages", "language"),
    "attributes": (
        "attributes",
        "attribute",
        "service_attributes",
        "service_attribute",
        "services_taxonomy",
        "service_taxonomy",
    ),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term", "taxonomy", "taxonomies"),
    "addresses": ("addresses", "address", "physical_addresses", "physical_address"),
    "service_at_locations": ("service_at_locations", "service_at_location"),
}
_STEM_TO_TABLE = {stem: table for table, stems in ALIASES.items() for stem in stems}
REQUIRED = {"services": ("id", "name"), "organizations": ("id", "name"), "phones": ("number",)}
# Columns we read; anything else is reported as a warning (HSDS allows extension columns).
KNOWN = {
    "organizations": "id name alternate_name description email website url",
    "services": "id organization_id program_id name alternate_name description url email status"
    " assured_date last_modified",
    "locations": "id organization_id name description location_type latitude longitude",
    "phones": "id location_id service_id organization_id contact_id service_at_location_id"
    " number extension type language description",
    "schedules": "id service_id location_id service_at_location_id weekday opens_at closes_at"
    " byday freq description dtstart until valid_from valid_to",
    "service_areas": "id service_id service_area name description extent extent_type uri",
    "languages": "id service_id location_id phone_id language name code note",
    "attributes": "id link_id link_type link_entity service_id taxonomy_id taxonomy_term_id"
    " taxonomy_detail value label",
    "taxonomy_terms": "id name term code description parent_id parent_name taxonomy vocabulary"
    " language taxonomy_id term_uri",
    "addresses": "id location_id organization_id attention address_1 address_2 address_3"
    " address_4 city region state_province postal_code country address_type",
    "service_at_locations": "id service_id location_id description",
}
IGNORED_OK = {"datapackage", "holiday_schedules", "holiday_schedule", "contacts", "programs"}


def _table_files(files: PackageFiles, report: ImportReport) -> dict[str, str]:
    """Canonical table -> file name, from datapackage.json (which must exist)."""
    raw = files.read("datapackage.json")
    text = decode(raw, "datapackage.json", report) if raw is not None else None
    if text is None:
        return {}
    try:
        package = json.loads(text)
        resources = package["resources"]
        paths = [str(r["path"]) for r in resources]
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        report.error("datapackage.json", None, "resources", f"is not a data package ({err})")
        return {}
    version = str(package.get("version") or "")
    report.kind = f"hsds-tabular {'3.x' if version.startswith('3') else version or '1.x/2.x'}"
    tables: dict[str, str] = {}
    for path in paths:
        stem = path.rsplit("/", 1)[-1].removesuffix(".csv").lower()
        if stem in _STEM_TO_TABLE:
            tables.setdefault(_STEM_TO_TABLE[stem], path)
        elif stem not in IGNORED_OK:
            report.warn(path, None, None, "is not a table PeerDesk reads; ignored")
    if "services" not in tables:
        report.error("datapackage.json", None, "resources", "lists no services table")
    return tables


def _read_table(files: PackageFiles, table: str, name: str, report: ImportReport) -> list[Row]:
    raw = files.read(name)
    text = decode(raw, name, report) if raw is not None else None
    if text is None:
        return []
    header, rows = csv_rows(text, name, report)
    for column in REQUIRED.get(table, ()):
        if header and column not in header:
            report.error(name, 1, column, "required column is missing")
    known = set(KNOWN[table].split())
    for column in header:
        if column and column not in known:
            report.warn(name, 1, column, "unknown column; ignored")
    report.table_rows[name] = len(rows)
    return rows


def _group(rows: list[Row], key: str, file: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number, row in rows:
        if row.get(key):
            grouped[row[key]].append({**row, "_where": (file, number)})
    return grouped


def _term_lookup(tables: dict[str, list[Row]]) -> dict[str, dict[str, str]]:
    return {row["id"]: row for _, row in tables.get("taxonomy_terms", []) if row.get("id")}


def _attributes(tables: dict[str, list[Row]]) -> dict[str, list[dict[str, Any]]]:
    terms = _term_lookup(tables)
    by_service: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, row in tables.get("attributes", []):
        service_id = row.get("service_id") or (
            row.get("link_id") if row.get("link_type", "service") in ("", "service") else ""
        )
        term = terms.get(row.get("taxonomy_term_id") or row.get("taxonomy_id") or "")
        if service_id and term:
            by_service[service_id].append({"taxonomy_term": term})
    return by_service


def _locations(tables: dict[str, list[Row]], names: dict[str, str]) -> dict[str, list[Any]]:
    addresses = _group(tables.get("addresses", []), "location_id", names.get("addresses", ""))
    by_service: dict[str, list[Any]] = defaultdict(list)
    for _, row in tables.get("service_at_locations", []):
        location = {"addresses": addresses.get(row.get("location_id", ""), [])}
        by_service[row.get("service_id", "")].append({"location": location})
    return by_service


def _assemble(
    tables: dict[str, list[Row]], names: dict[str, str]
) -> list[tuple[int, dict[str, Any]]]:
    """Nested service objects (3.x JSON shape) with the services.csv row each came from."""
    orgs = {row["id"]: row for _, row in tables.get("organizations", []) if row.get("id")}
    org_phones = _group(tables.get("phones", []), "organization_id", names.get("phones", ""))
    for org_id, org in orgs.items():
        org["phones"] = org_phones.get(org_id, [])  # type: ignore[assignment]
    linked = {
        key: _group(tables.get(table, []), "service_id", names.get(table, ""))
        for key, table in [
            ("phones", "phones"), ("schedules", "schedules"),
            ("service_areas", "service_areas"), ("languages", "languages"),
        ]
    }  # fmt: skip
    attributes, locations = _attributes(tables), _locations(tables, names)
    services = []
    for number, row in tables.get("services", []):
        sid = row.get("id", "")
        service: dict[str, Any] = {**row, "organization": orgs.get(row.get("organization_id", ""))}
        service.update({key: groups.get(sid, []) for key, groups in linked.items()})
        service["attributes"] = attributes.get(sid, [])
        service["service_at_locations"] = locations.get(sid, [])
        services.append((number, service))
    return services


def import_tabular(
    files: PackageFiles,
    report: ImportReport,
    default_country: str | None,
    progress: Progress | None,
) -> None:
    names = _table_files(files, report)
    tables: dict[str, list[Row]] = {}
    for step, (table, name) in enumerate(sorted(names.items()), start=1):
        if progress:
            progress(step, len(names) + 1, f"Reading {name}")
        tables[table] = _read_table(files, table, name, report)
    if report.errors:
        return  # a broken table would give misleading service errors; report the cause first
    services = _assemble(tables, names)
    seen: set[str] = set()
    for index, (number, service) in enumerate(services, start=1):
        if progress and index % 500 == 0:
            progress(index, len(services), "Checking services")
        if service.get("id") in seen:
            report.error(names["services"], number, "id", f"{service['id']!r} appears twice")
            continue
        seen.add(str(service.get("id")))
        add_service(report, service, (names["services"], number), default_country)
