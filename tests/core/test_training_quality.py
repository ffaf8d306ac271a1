"""The shipped-module rules catch guessable checks, dishonest endings and implausible times."""

from __future__ import annotations

import copy
import json

from peerdesk.core.training.loader import builtin_folder, parse_bytes
from peerdesk.core.training.quality import catalogue_problems, quality_problems

# held out from the older tests: the postvention module
GOOD = json.loads(builtin_folder().joinpath("14-postvention.json").read_text("utf-8"))


def parsed(data):
    module, problems = parse_bytes(json.dumps(data).encode(), "m.json")
    assert problems == [] and module is not None
    return module


def messages(data) -> list[str]:
    return [f"{p.field}: {p.message}" for p in quality_problems(parsed(data))]


def nodes(data):
    return data["scenarios"][0]["nodes"]


def test_the_shipped_module_passes_untouched():
    assert messages(copy.deepcopy(GOOD)) == []


def test_right_answers_all_first_are_caught():
    data = copy.deepcopy(GOOD)
    for check in data["checks"]:
        check["options"].sort(key=lambda o: not o["correct"])
    assert any("option 1 is the right answer" in m for m in messages(data))


def test_right_answer_always_longest_is_caught():
    data = copy.deepcopy(GOOD)
    for check in data["checks"]:
        for option in check["options"]:
            if option["correct"]:
                option["text"]["en"] += " — and this is said with a great deal of extra care"
    assert any("the longest option in" in m for m in messages(data))


def test_a_giveaway_distractor_and_an_all_right_multiple_check_are_caught():
    data = copy.deepcopy(GOOD)
    single = next(c for c in data["checks"] if c["kind"] == "single")
    next(o for o in single["options"] if not o["correct"])["text"] = "No."
    multiple = next(c for c in data["checks"] if c["kind"] == "multiple")
    for option in multiple["options"]:
        option["correct"] = True
    found = messages(data)
    assert any("much shorter than the right answer" in m for m in found)
    assert any("choosing every option must not be right" in m for m in found)


def test_a_role_play_whose_last_reply_decides_everything_is_caught():
    data = copy.deepcopy(GOOD)
    for node in nodes(data):
        for response in node.get("responses", []):
            if node["id"].endswith("-x") and response["effect"] == "shown":
                response["next"] = response["next"].replace("end-fair", "end-good")
    found = messages(data)  # after missed replies, a good last reply now still ends well
    assert any("misses a skill reaches the good ending" in m for m in found)
    assert any("weakest replies until the last step reach the good ending" in m for m in found)


def test_fewer_than_two_ending_changing_decisions_is_caught():
    data = copy.deepcopy(GOOD)
    for node in nodes(data):
        if node.get("debrief"):
            node["ending"] = "good"  # whatever the trainee does, the same ending
    found = messages(data)
    assert any("only 0 decision(s) change the ending" in m for m in found)
    assert any("needs a good ending and a poor one" in m for m in found)


def test_a_decision_without_a_missed_reply_and_a_loop_are_caught():
    data = copy.deepcopy(GOOD)
    first = nodes(data)[0]
    for response in first["responses"]:
        response["effect"] = "shown"
    assert any("one that misses it" in m for m in messages(data))
    looped = copy.deepcopy(GOOD)
    by_id = {node["id"]: node for node in nodes(looped)}
    by_id["n3"]["responses"][0]["next"] = "n2"
    assert any("must not loop" in m for m in messages(looped))


def test_an_implausible_estimate_is_caught():
    data = copy.deepcopy(GOOD)
    data["estimated_minutes"] = 240
    assert any("estimated_minutes: 240 is not plausible" in m for m in messages(data))
    data["estimated_minutes"] = 5
    assert any("is not plausible" in m for m in messages(data))


def test_ending_and_sources_are_validated_as_format():
    data = copy.deepcopy(GOOD)
    nodes(data)[-1]["ending"] = "great"
    data["sources"] = [{"title": "", "publisher": "WHO", "url": "http://example.org"}]
    module, problems = parse_bytes(json.dumps(data).encode(), "m.json")
    fields = {(p.field, p.message) for p in problems}
    assert module is None
    assert (
        f"scenarios[0].nodes[{len(nodes(data)) - 1}].ending",
        "must be 'good', 'fair' or 'poor'",
    ) in fields
    assert ("sources[0].title", "must not be empty") in fields
    assert ("sources[0].url", "must start with https://") in fields


def test_an_old_pack_without_endings_still_loads():
    data = copy.deepcopy(GOOD)
    for node in nodes(data):
        node.pop("ending", None)
    data.pop("sources")
    module = parsed(data)
    assert all(n.ending.value == "good" for n in module.scenarios[0].nodes.values())


def test_catalogue_rule_counts_positions_across_modules():
    first = copy.deepcopy(GOOD)
    for check in first["checks"]:
        check["options"].sort(key=lambda o: not o["correct"])
    found = catalogue_problems([parsed(first)])
    assert any(p.source == "(catalogue)" for p in found)


def test_half_shown_skills_all_the_way_to_a_good_last_reply_are_caught():
    data = copy.deepcopy(GOOD)
    for node in nodes(data):
        for response in node.get("responses", []):
            if node["id"].endswith("-p") and response["effect"] == "partly":
                target = response["next"]
                if target.endswith("-x"):
                    response["next"] = target[:-2] + "-p"  # a second 'partly' costs nothing
    found = messages(data)
    assert any("several half-shown skills" in m for m in found)
    assert any("shows no skill until the last step" in m for m in found)
