"""Malformed modules and packs give precise errors (file and field); good modules still load."""

from __future__ import annotations

import copy
import json
import os
import zipfile
from pathlib import Path

import pytest

from peerdesk.core.training.loader import Catalogue, builtin_folder, load_folder, parse_bytes
from peerdesk.core.training.packs import read_pack

GOOD = json.loads(builtin_folder().joinpath("01-peer-support-basics.json").read_text("utf-8"))


def module(**changes):
    data = copy.deepcopy(GOOD)
    data["id"] = "custom-module"
    data["prerequisites"] = []
    data.update(changes)
    return data


def problems_of(data, source="m.json"):
    found, problems = parse_bytes(json.dumps(data).encode(), source)
    assert found is None
    return {(p.field, p.message) for p in problems}, [str(p) for p in problems]


def nodes(data):
    return data["scenarios"][0]["nodes"]


def test_good_module_parses():
    found, problems = parse_bytes(json.dumps(module()).encode(), "m.json")
    assert problems == [] and found is not None and found.id == "custom-module"


def test_missing_and_wrong_type_fields_name_the_field():
    data = module()
    del data["title"]
    data["estimated_minutes"] = "forty"
    data["lessons"][1]["body"] = ""
    _, text = problems_of(data)
    assert "m.json: title: is missing" in text
    assert "m.json: estimated_minutes: must be a whole number, not text" in text
    assert "m.json: lessons[1].body: must not be empty" in text


def test_invalid_json_reports_line_and_column():
    found, problems = parse_bytes(b'{\n "id": "x",\n oops\n}', "broken.json")
    assert found is None
    assert problems[0].source == "broken.json" and "line 3" in problems[0].message


def test_single_choice_with_two_correct_answers():
    data = module()
    options = data["checks"][0]["options"]
    next(option for option in options if not option["correct"])["correct"] = True
    fields, _ = problems_of(data)
    assert any(f == "checks[0].options" and "exactly one correct" in m for f, m in fields)


def test_option_without_explanation_and_bad_kind():
    data = module()
    del data["checks"][2]["options"][0]["explanation"]
    data["checks"][3]["kind"] = "essay"
    fields, _ = problems_of(data)
    assert ("checks[2].options[0].explanation", "is missing") in fields
    assert ("checks[3].kind", "must be 'single' or 'multiple'") in fields


def test_duplicate_ids():
    data = module()
    data["lessons"][2]["id"] = data["lessons"][0]["id"]
    fields, _ = problems_of(data)
    assert ("lessons[2].id", "'the-role' is used twice") in fields


def test_response_without_feedback():
    data = module()
    del nodes(data)[0]["responses"][1]["feedback"]
    fields, _ = problems_of(data)
    assert ("scenarios[0].nodes[0].responses[1].feedback", "is missing") in fields


def test_next_pointing_to_a_missing_node():
    data = module()
    second = nodes(data)[1]
    second["responses"][0]["next"] = "nowhere"
    fields, _ = problems_of(data)
    where = f"scenarios[0].nodes[{second['id']}].responses[0].next"
    assert (where, "names a missing node 'nowhere'") in fields


def test_unreachable_node():
    data = module()
    reply = {"text": "a", "feedback": "f", "skill": "s", "effect": "shown", "next": "end-good"}
    island = {"id": "island", "speaker": "Sam", "text": "Hello?", "responses": [reply, reply]}
    nodes(data).append(island)
    fields, _ = problems_of(data)
    assert ("scenarios[0].nodes[island]", "cannot be reached from the start node") in fields


def test_cycle_without_exit():
    data = module()
    for node in nodes(data):  # every copy of the last decision loops back to n5, and back
        if node["id"].startswith("n6"):
            for response in node["responses"]:
                response["next"] = "n5"
        if node["id"].startswith("n5"):
            for response in node["responses"]:
                response["next"] = "n6"
    fields, _ = problems_of(data)
    messages = {f: m for f, m in fields}
    assert "never leads to a debrief" in messages["scenarios[0].nodes[n6]"]
    assert "cannot be reached" in messages["scenarios[0].nodes[end-good]"]


def test_too_few_responses_and_a_debrief_with_responses():
    data = module()
    nodes(data)[0]["responses"] = nodes(data)[0]["responses"][:1]
    nodes(data)[-1]["responses"] = []
    fields, _ = problems_of(data)
    assert ("scenarios[0].nodes[0].responses", "must hold between 2 and 4 entries, not 1") in fields
    last = len(nodes(data)) - 1
    assert any(f == f"scenarios[0].nodes[{last}].responses" for f, _ in fields)


def test_a_broken_module_does_not_stop_the_others(tmp_path):
    (tmp_path / "a-good.json").write_text(json.dumps(module()), "utf-8")
    (tmp_path / "b-bad.json").write_text(json.dumps(module(id="other", version=0)), "utf-8")
    (tmp_path / "c-junk.json").write_text("not json", "utf-8")
    catalogue = Catalogue()
    load_folder(tmp_path, catalogue, "packs")
    assert list(catalogue.modules) == ["custom-module"]
    text = [str(p) for p in catalogue.problems]
    assert "packs/b-bad.json: version: must be between 1 and 10000, not 0" in text
    assert any(t.startswith("packs/c-junk.json: (file): is not valid JSON") for t in text)


# --- packs ---------------------------------------------------------------------------------------
def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_pack_folder_with_markdown_bodies(tmp_path):
    data = module()
    body = data["lessons"][0].pop("body")
    data["lessons"][0]["body_file"] = "lessons/role.md"
    (tmp_path / "mod").mkdir()
    (tmp_path / "mod" / "lessons").mkdir()
    (tmp_path / "mod" / "module.json").write_text(json.dumps(data), "utf-8")
    (tmp_path / "mod" / "lessons" / "role.md").write_text(body["en"], "utf-8")
    report = read_pack(tmp_path)
    assert report.ok, report.problems
    assert report.modules[0].lessons[0].body == body["en"]


def test_pack_folder_with_a_markdown_body_per_language(tmp_path):
    data = module()
    body = data["lessons"][0].pop("body")
    data["lessons"][0]["body_file"] = {"en": "lessons/role.md", "fr": "lessons/role.fr.md"}
    (tmp_path / "lessons").mkdir()
    (tmp_path / "module.json").write_text(json.dumps(data), "utf-8")
    (tmp_path / "lessons" / "role.md").write_text(body["en"], "utf-8")
    (tmp_path / "lessons" / "role.fr.md").write_text(body["fr"], "utf-8")
    assert read_pack(tmp_path, "fr").modules[0].lessons[0].body == body["fr"]
    assert read_pack(tmp_path, "en").modules[0].lessons[0].body == body["en"]
    (tmp_path / "lessons" / "role.fr.md").unlink()
    problems = [str(p) for p in read_pack(tmp_path, "fr").problems]
    assert problems == [
        "module.json: lessons[0].body_file.fr: no Markdown file 'lessons/role.fr.md' in the pack"
    ]


def test_pack_zip_ok(tmp_path):
    pack = write_zip(tmp_path / "p.zip", {"custom.json": json.dumps(module()).encode()})
    report = read_pack(pack)
    assert report.ok and [m.id for m in report.modules] == ["custom-module"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil.json", "points outside the pack"),
        ("/abs.json", "points outside the pack"),
        ("run.py", "packs hold only .json and .md files"),
        ("setup.sh", "packs hold only .json and .md files"),
    ],
)
def test_pack_rejects_unsafe_names(tmp_path, name, expected):
    pack = write_zip(tmp_path / "p.zip", {"ok.json": json.dumps(module()).encode(), name: b"{}"})
    report = read_pack(pack)
    assert not report.ok and report.modules == []
    assert any(p.source == name and expected in p.message for p in report.problems)


def test_pack_rejects_zip_bomb_and_oversized_files(tmp_path):
    pack = write_zip(
        tmp_path / "bomb.zip",
        {"bomb.json": b" " * (900 * 1024), "huge.md": os.urandom(1100 * 1024)},
    )
    report = read_pack(pack)
    text = [str(p) for p in report.problems]
    assert any(t.startswith("bomb.json: (file): compresses suspiciously well") for t in text)
    assert any(t.startswith("huge.md: (file): is larger than") for t in text)


def test_pack_folder_rejects_symlinks(tmp_path):
    (tmp_path / "ok.json").write_text(json.dumps(module()), "utf-8")
    (tmp_path / "link.json").symlink_to(tmp_path / "ok.json")
    report = read_pack(tmp_path)
    assert not report.ok
    assert any(p.source == "link.json" and "is a link" in p.message for p in report.problems)


def test_pack_reports_every_broken_module_with_its_file(tmp_path):
    bad = module(id="Bad Id!")
    pack = write_zip(tmp_path / "p.zip", {"a.json": json.dumps(module()).encode(),
                                         "sub/b.json": json.dumps(bad).encode()})  # fmt: skip
    report = read_pack(pack)
    assert not report.ok
    assert [str(p) for p in report.problems] == [
        "sub/b.json: id: must be lower-case letters, digits, '-' or '_'"
    ]


def test_not_a_pack(tmp_path):
    (tmp_path / "x.txt").write_text("hello", "utf-8")
    report = read_pack(tmp_path / "x.txt")
    assert [p.message for p in report.problems] == ["is neither a folder nor a zip file"]
