"""scripts/training_texts.py: export each English text once, merge a translation back in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from peerdesk.core.training.loader import builtin_folder, parse_bytes

SCRIPT = Path(__file__).parents[1] / "scripts" / "training_texts.py"


def english_only(data):
    if isinstance(data, list):
        return [english_only(item) for item in data]
    if isinstance(data, dict):
        if set(data) == {"en", "fr"}:
            return data["en"]
        return {key: english_only(value) for key, value in data.items()}
    return data


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_export_then_merge_gives_a_module_in_both_languages(tmp_path):
    shipped = json.loads(builtin_folder().joinpath("05-conflict.json").read_text("utf-8"))
    module = tmp_path / "m.json"
    module.write_text(json.dumps(english_only(shipped)), "utf-8")
    exported = json.loads(run("export", str(module)).stdout)
    assert len(exported) < 130 and len(set(exported.values())) == len(exported)  # each once
    assert all(source["title"] not in exported.values() for source in shipped.get("sources", []))
    translation = tmp_path / "fr.json"
    translation.write_text(json.dumps({k: f"«{v}»" for k, v in exported.items()}), "utf-8")
    assert run("merge", str(module), str(translation)).returncode == 0
    merged = json.loads(module.read_text("utf-8"))
    assert merged["title"] == {"en": shipped["title"]["en"], "fr": f"«{shipped['title']['en']}»"}
    assert (
        merged["checks"][0]["options"][0]["correct"]
        is shipped["checks"][0]["options"][0]["correct"]
    )
    found, problems = parse_bytes(module.read_bytes(), "m.json", language="fr")
    assert problems == [] and found is not None and found.summary.startswith("«")


def test_merge_refuses_an_incomplete_translation_and_changes_nothing(tmp_path):
    module = tmp_path / "m.json"
    module.write_bytes(builtin_folder().joinpath("05-conflict.json").read_bytes())
    before = module.read_bytes()
    translation = tmp_path / "fr.json"
    translation.write_text(json.dumps({"1": "Transformer les conflits"}), "utf-8")
    result = run("merge", str(module), str(translation))
    assert result.returncode != 0 and "no text for 2," in result.stderr
    assert module.read_bytes() == before
    assert run("merge", str(module)).returncode != 0
