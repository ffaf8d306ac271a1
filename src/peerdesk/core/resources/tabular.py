"""Open Referral HSDS tabular data packages (3.x and the older 1.x/2.x tables) to services."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from peerdesk.core.messages import say
from peerdesk.core.resources.hsds import add_service
from peerdesk.core.resources.reading import PackageFiles, csv_rows, decode
from peerdesk.core.resources.report import ImportReport, Progress

Rows = list[tuple[str, int, dict[str, str]]]  # (file, row number, row)
Tables = dict[str, Rows]

# Canonical table -> file stems used by HSDS 1.x, 2.x and 3.x (singular and plural spellings).
ALIASES: dict[str, tuple[str, ...]] = {
    "organizations": ("organizations", "organization"),
    "services": ("services", "service"),
    "locations": ("locations", "location"),
    "phones": ("phones", "phone"),
    "schedules": ("schedules", "schedule", "regular_schedules", "regular_schedule"),
    "holiday_schedules": ("holiday_schedules", "holiday_schedule"),
    "service_areas": ("service_areas", "service_area"),
    "languages": ("languages", "language"),
    "attributes": ("attributes", "attribute", "service_attributes", "service_attribute",
                   "services_taxonomy", "service_taxonomy"),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term", "taxonomy", "taxonomies"),
    "addresses": ("addresses", "address", "physical_addresses", "physical_address",
                  "postal_addresses", "postal_address"),
    "service_at_locations": ("service_at_locations", "service_at_location",
                             "services_at_location", "services_at_locations"),
    "eligibility": ("eligibility", "eligibilities"),
    "payments_accepted": ("payments_accepted", "payment_accepted"),
    "required_documents": ("required_documents", "required_document"),
    "cost_options": ("cost_options", "cost_option"),
    "funding": ("funding", "fundings"),
    "accessibility": ("accessibility", "accessibility_for_disabilities", "accessibilities"),
}  # fmt: skip
_STEM_TO_TABLE = {stem: table for table, stems in ALIASES.items() for stem in stems}
REQUIRED = {"services": ("id", "name"), "organizations": ("id", "name"), "phones": ("number",)}
# HSDS columns PeerDesk reads or knowingly leaves aside; any other column gets one warning.
_COMMON = "id service_id location_id organization_id service_at_location_id"
KNOWN = {
    "organizations": "name alternate_name description email website url tax_status tax_id"
    " year_incorporated legal_status logo uri parent_organization_id",
    "services": "program_id name alternate_name description url email status"
    " interpretation_services application_process fees_description wait_time fees"
    " accreditations eligibility_description minimum_age maximum_age assured_date"
    " assurer_email licenses alert last_modified",
    "locations": "name alternate_name description location_type url latitude longitude"
    " transportation external_identifier external_identifier_type",
    "phones": "contact_id number extension type language description",
    "schedules": "weekday opens_at closes_at byday freq description dtstart until valid_from"
    " valid_to timezone count wkst interval byweekno bymonthday byyearday schedule_link"
    " attending_type notes",
    "holiday_schedules": "closed opens_at closes_at start_date end_date",
    "service_areas": "service_area name description extent extent_type uri",
    "languages": "phone_id language name code note",
    "attributes": "link_id link_type link_entity taxonomy_id taxonomy_term_id taxonomy_detail"
    " value label",
    "taxonomy_terms": "name term code description parent_id parent_name taxonomy vocabulary"
    " language taxonomy_id term_uri",
    "addresses": "attention address_1 address_2 address_3 address_4 city region"
    " state_province postal_code country address_type",
    "service_at_locations": "description",
    "eligibility": "eligibility",
    "payments_accepted": "payment",
    "required_documents": "document uri",
    "cost_options": "valid_from valid_to option currency amount amount_description",
    "funding": "source",
    "accessibility": "accessibility description details url",
}
IGNORED_OK = {"datapackage", "contacts", "contact", "programs", "program", "metadata",
              "meta_table_descriptions", "meta_table_description"}  # fmt: skip


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".csv").lower()


def _listed_paths(files: PackageFiles, report: ImportReport) -> list[str] | None:
    raw = files.read("datapackage.json")
    text = decode(raw, "datapackage.json", report) if raw is not None else None
    if text is None:
        return None
    try:
        package = json.loads(text)
        paths = [str(r["path"]) for r in package["resources"]]
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        report.error(
            "datapackage.json", None, "resources", say("is not a data package ({err})", err=err)
        )
        return None
    version = str(package.get("version") or "")
    report.kind = f"hsds-tabular {'3.x' if version.startswith('3') else version or '1.x/2.x'}"
    return paths


def _table_files(files: PackageFiles, report: ImportReport) -> dict[str, list[str]]:
    """Canonical table -> file names, from datapackage.json (which must exist).

    Published packages often leave tables out of datapackage.json (the Open Referral sample
    omits phones.csv), so CSV files with an HSDS table name next to it are read too.
    """
    paths = _listed_paths(files, report)
    if paths is None:
        return {}
    unlisted = [n for n in files.names() if n.endswith(".csv") and "/" not in n]
    tables: dict[str, list[str]] = defaultdict(list)
    for path in paths + [n for n in unlisted if n not in paths]:
        stem = _stem(path)
        if stem in _STEM_TO_TABLE:
            if path not in paths:
                report.warn(path, None, None, say("is not listed in datapackage.json; read anyway"))
            tables[_STEM_TO_TABLE[stem]].append(path)
        elif stem not in IGNORED_OK and path in paths:
            report.warn(path, None, None, say("is not a table PeerDesk reads; ignored"))
    if "services" not in tables:
        report.error("datapackage.json", None, "resources", say("lists no services table"))
    return dict(tables)


def _read_table(files: PackageFiles, table: str, name: str, report: ImportReport) -> Rows:
    raw = files.read(name)
    text = decode(raw, name, report) if raw is not None else None
    if text is None:
        return []
    header, rows = csv_rows(text, name, report)
    for column in REQUIRED.get(table, ()):
        if header and column not in header:
            report.error(name, 1, column, say("required column is missing"))
    known = set(KNOWN[table].split()) | set(_COMMON.split())
    unknown = [column for column in header if column and column not in known]
    if unknown:
        report.warn(
            name, 1, None, say("columns PeerDesk does not use: {items}", items=", ".join(unknown))
        )
    report.table_rows[name] = len(rows)
    return [(name, number, row) for number, row in rows]


def _group(rows: Rows, key: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for file, number, row in rows:
        if row.get(key):
            grouped[row[key]].append({**row, "_where": (file, number)})
    return grouped


def _attributes(tables: Tables) -> dict[str, list[dict[str, Any]]]:
    terms = {row["id"]: row for _, _, row in tables.get("taxonomy_terms", []) if row.get("id")}
    by_service: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, _, row in tables.get("attributes", []):
        service_id = row.get("service_id") or (
            row.get("link_id") if row.get("link_type", "service") in ("", "service") else ""
        )
        term = terms.get(row.get("taxonomy_term_id") or row.get("taxonomy_id") or "")
        if service_id and term:
            by_service[service_id].append({"taxonomy_term": term})
    return by_service


def _location_objects(tables: Tables) -> dict[str, dict[str, Any]]:
    """Locations with their addresses, accessibility and phones, by location id."""
    addresses = _group(tables.get("addresses", []), "location_id")
    access = _group(tables.get("accessibility", []), "location_id")
    phones = _group(tables.get("phones", []), "location_id")
    ids = {row.get("id", "") for _, _, row in tables.get("locations", [])} | set(addresses)
    rows = {row.get("id", ""): row for _, _, row in tables.get("locations", [])}
    return {
        lid: {**rows.get(lid, {}), "addresses": addresses.get(lid, []),
              "accessibility": access.get(lid, []), "phones": phones.get(lid, [])}
        for lid in ids if lid
    }  # fmt: skip


def _service_locations(tables: Tables) -> dict[str, list[Any]]:
    """service id -> [{"location": …}], from service_at_location rows or 1.x location_id."""
    locations = _location_objects(tables)
    links: dict[str, list[str]] = defaultdict(list)
    for _, _, row in tables.get("service_at_locations", []):
        links[row.get("service_id", "")].append(row.get("location_id", ""))
    for _, _, row in tables.get("services", []):
        if row.get("location_id"):
            links[row.get("id", "")].append(row["location_id"])
    return {
        sid: [{"location": locations[lid]} for lid in dict.fromkeys(lids) if lid in locations]
        for sid, lids in links.items()
    }


_BY_SERVICE = ("phones", "schedules", "service_areas", "languages", "eligibility",
               "payments_accepted", "required_documents", "cost_options", "funding",
               "holiday_schedules")  # fmt: skip


def _warn_dangling(tables: Tables, report: ImportReport) -> None:
    """Rows pointing at a service that is not in the package are left out and listed."""
    services = {row.get("id", "") for _, _, row in tables.get("services", [])}
    orgs = {row.get("id", "") for _, _, row in tables.get("organizations", [])}
    for table in (*_BY_SERVICE, "service_at_locations", "attributes"):
        for file, number, row in tables.get(table, []):
            sid = row.get("service_id", "")
            if sid and sid not in services and row.get("organization_id", "") not in orgs:
                why = say(
                    "refers to service {sid!r}, which is not in the package; left out", sid=sid
                )
                report.warn(file, number, "service_id", why)


def _assemble(tables: Tables) -> list[tuple[str, int, dict[str, Any]]]:
    """Nested service objects (3.x JSON shape) with the services.csv row each came from."""
    orgs = {row["id"]: dict(row) for _, _, row in tables.get("organizations", []) if row.get("id")}
    org_phones = _group(tables.get("phones", []), "organization_id")
    org_funding = _group(tables.get("funding", []), "organization_id")
    for org_id, org in orgs.items():
        org["phones"] = org_phones.get(org_id, [])  # type: ignore[assignment]
        org["funding"] = org_funding.get(org_id, [])  # type: ignore[assignment]
    linked = {key: _group(tables.get(key, []), "service_id") for key in _BY_SERVICE}
    attributes, locations = _attributes(tables), _service_locations(tables)
    services = []
    for file, number, row in tables.get("services", []):
        sid = row.get("id", "")
        service: dict[str, Any] = {**row, "organization": orgs.get(row.get("organization_id", ""))}
        service.update({key: groups.get(sid, []) for key, groups in linked.items()})
        service["attributes"] = attributes.get(sid, [])
        service["service_at_locations"] = locations.get(sid, [])
        if not service["phones"]:  # 1.x often puts the number on the location only
            service["phones"] = [p for link in service["service_at_locations"]
                                 for p in link["location"]["phones"]]  # fmt: skip
        services.append((file, number, service))
    return services


def _read_tables(files: PackageFiles, report: ImportReport, progress: Progress | None) -> Tables:
    names = _table_files(files, report)
    tables: Tables = defaultdict(list)
    steps = [(table, name) for table, group in sorted(names.items()) for name in group]
    for step, (table, name) in enumerate(steps, start=1):
        if progress:
            progress(step, len(steps) + 1, f"Reading {name}")
        tables[table] += _read_table(files, table, name, report)
    return tables


def _usable(file: str, number: int, service: dict[str, Any], report: ImportReport) -> bool:
    status = str(service.get("status") or "").strip().lower()
    if status in ("inactive", "defunct"):
        report.hide_requests.append(str(service.get("id") or ""))
        report.skip(
            file, number, "status", say("the service is marked {status}; skipped", status=status)
        )
        return False
    return True


def import_tabular(
    files: PackageFiles,
    report: ImportReport,
    default_country: str | None,
    progress: Progress | None,
) -> None:
    tables = _read_tables(files, report, progress)
    if report.errors:
        return  # a broken table would give misleading service errors; report the cause first
    _warn_dangling(tables, report)
    services = _assemble(tables)
    seen: set[str] = set()
    for index, (file, number, service) in enumerate(services, start=1):
        if progress and index % 500 == 0:
            progress(index, len(services), "Checking services")
        if service.get("id") in seen:
            report.skip(
                file, number, "id", say("{value!r} appears twice; skipped", value=service["id"])
            )
            continue
        seen.add(str(service.get("id")))
        if _usable(file, number, service, report):
            add_service(report, service, (file, number), default_country)
