"""Training that assesses: fixed-position guessing fails, every role-play path ends honestly."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import InvalidInput
from peerdesk.core.training.assessment import (
    EFFECT_RANK,
    MINUTES_PER_REFLECTION,
    READING_WPM,
    all_paths,
    debrief,
    display_order,
    ending_changing_nodes,
    ending_of,
    estimate_minutes,
    path_nodes,
    reading_words,
    weakest,
)
from peerdesk.core.training.loader import load_catalogue
from peerdesk.core.training.model import CheckKind, Effect, Ending, Module
from peerdesk.core.training.progress import passes, score_checks
from peerdesk.core.training.quality import catalogue_problems

CATALOGUE = load_catalogue()
MODULES = list(CATALOGUE.modules.values())
SCENARIOS = [(m, s) for m in MODULES for s in m.scenarios]


def fixed_position_answers(module: Module, position: int, seed: int | None) -> dict[str, set[int]]:
    """Always the option shown at `position` (file order when seed is None), as file indexes."""
    answers = {}
    for check in module.checks:
        count = len(check.options)
        order = tuple(range(count)) if seed is None else display_order(check.id, count, seed)
        answers[check.id] = {order[min(position, count - 1)]}
    return answers


# --- checks: guessing by position does not pass ---
@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
@pytest.mark.parametrize("position", range(8))
def test_no_fixed_position_passes_a_shipped_module_in_file_order(module, position):
    correct = score_checks(module, fixed_position_answers(module, position, None))
    assert not passes(module, correct), (module.id, position, correct)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_always_the_first_shown_option_rarely_passes_once_shuffled(module):
    """Over 500 attempts (seeds), the first-shown option passes at most a handful of times."""
    passed = sum(
        passes(module, score_checks(module, fixed_position_answers(module, 0, seed)))
        for seed in range(500)
    )
    assert passed <= 10, (module.id, passed)


def test_no_option_position_holds_more_than_40_percent_of_right_answers():
    positions: dict[int, int] = {}
    for module in MODULES:
        for check in module.checks:
            for index in check.correct_indexes():
                positions[index] = positions.get(index, 0) + 1
    assert max(positions.values()) <= 0.40 * sum(positions.values())


def test_right_answer_is_longest_in_at_most_45_percent_of_single_checks():
    singles = [c for m in MODULES for c in m.checks if c.kind is CheckKind.SINGLE]
    longest = [
        c
        for c in singles
        if max(len(o.text) for o in c.options if o.correct)
        >= max(len(o.text) for o in c.options if not o.correct)
    ]
    assert len(longest) <= 0.45 * len(singles)


def test_choosing_every_option_never_answers_a_multiple_check():
    for module in MODULES:
        for check in module.checks:
            assert not check.is_answered_correctly(set(range(len(check.options))))


def test_shipped_catalogue_meets_every_quality_rule():
    assert catalogue_problems(MODULES) == []


@settings(max_examples=200)
@given(
    key=st.text(min_size=0, max_size=40),
    count=st.integers(min_value=1, max_value=8),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
)
def test_display_order_is_a_stable_permutation(key, count, seed):
    order = display_order(key, count, seed)
    assert sorted(order) == list(range(count))
    assert display_order(key, count, seed) == order  # the same attempt shows the same order


def test_display_order_varies_between_attempts():
    orders = {display_order("q1", 4, seed) for seed in range(200)}
    assert len(orders) == 24  # every arrangement of four options turns up
    firsts = [display_order("q1", 4, seed)[0] for seed in range(2000)]
    assert all(300 <= firsts.count(i) <= 700 for i in range(4))


# --- role-plays: the path decides the ending ---
@pytest.mark.parametrize(("module", "scenario"), SCENARIOS, ids=lambda x: getattr(x, "id", ""))
def test_every_path_ends_as_the_rules_say(module, scenario):
    endings = set()
    paths = list(all_paths(scenario))
    assert paths
    for choices in paths:
        ending = ending_of(scenario, choices)
        assert ending is not None
        endings.add(ending)
        taken = path_nodes(scenario, choices)
        if any(r.effect is Effect.MISSED for _node, r in taken):
            assert ending is not Ending.GOOD, choices
        if sum(r.effect is Effect.PARTLY for _node, r in taken) > 1:
            assert ending is not Ending.GOOD, choices
        if all(r.effect is not Effect.SHOWN for _node, r in taken[:-1]):
            assert ending is not Ending.GOOD, choices  # weak (partly or missed) until the last
        weak_until_last = all(
            c in weakest(node) for (node, _r), c in zip(taken[:-1], choices, strict=False)
        )
        if weak_until_last:
            assert ending is not Ending.GOOD, choices
            if choices[-1] in weakest(taken[-1][0]):
                assert ending is Ending.POOR, choices
    assert {Ending.GOOD, Ending.POOR} <= endings
    assert len(ending_changing_nodes(scenario)) >= 2


@pytest.mark.parametrize(("module", "scenario"), SCENARIOS, ids=lambda x: getattr(x, "id", ""))
def test_the_best_reply_is_not_always_in_the_same_place(module, scenario):
    best_positions = [
        next(i for i, r in enumerate(node.responses) if r.effect is Effect.SHOWN)
        for node in scenario.nodes.values()
        if not node.debrief
    ]
    assert len(set(best_positions)) >= 2


@pytest.mark.parametrize(("module", "scenario"), SCENARIOS, ids=lambda x: getattr(x, "id", ""))
def test_debrief_speaks_only_of_what_was_done_on_the_path(module, scenario):
    skills = {r.skill.lower() for node in scenario.nodes.values() for r in node.responses}
    for node in scenario.nodes.values():
        if node.debrief:  # the ending text is shared by many paths: it may name no skill
            assert not [s for s in skills if re.search(rf"\b{re.escape(s)}\b", node.text.lower())]
    for choices in all_paths(scenario):
        result = debrief(scenario, choices)
        taken = path_nodes(scenario, choices)
        assert [(s.said, s.skill, s.effect) for s in result.steps] == [
            (r.text, r.skill, r.effect) for _node, r in taken
        ]
        assert result.ending is ending_of(scenario, choices)


def test_an_unfinished_walk_has_no_debrief_and_bad_choices_are_refused():
    module = CATALOGUE.modules["high-risk-conversations"]
    scenario = module.scenarios[0]
    assert ending_of(scenario, (0,)) is None
    with pytest.raises(InvalidInput):
        debrief(scenario, (0,))
    with pytest.raises(InvalidInput):
        path_nodes(scenario, (9,))


# --- honest time ---
def test_estimates_follow_the_content():
    for module in MODULES:
        computed = estimate_minutes(module)
        assert 0.8 * computed <= module.estimated_minutes <= 1.5 * computed, module.id
    # the whole catalogue: reading plus pauses and reflections, not several times the reading
    reading = sum(reading_words(m) for m in MODULES) / READING_WPM
    reflections = sum(MINUTES_PER_REFLECTION * len(m.reflections) for m in MODULES)
    total = sum(m.estimated_minutes for m in MODULES)
    assert reading + reflections <= total <= 1.5 * (reading + reflections)


def test_estimate_grows_with_the_words_to_read():
    module = CATALOGUE.modules["postvention"]
    longer = replace(module, lessons=(*module.lessons, replace(module.lessons[0], id="extra")))
    extra = len(module.lessons[0].body.split()) / READING_WPM
    assert estimate_minutes(longer) - estimate_minutes(module) == pytest.approx(extra, abs=1)


def test_effect_ranks_are_ordered():
    assert EFFECT_RANK[Effect.MISSED] < EFFECT_RANK[Effect.PARTLY] < EFFECT_RANK[Effect.SHOWN]


def test_new_modules_name_their_sources():
    for module_id in (
        "high-risk-conversations",
        "psychological-first-aid",
        "postvention",
        "critical-incident-groups",
        "confidentiality-and-the-law",
        "mutual-aid-and-emotional-agility",
    ):
        module = CATALOGUE.modules[module_id]
        assert module.sources and all(s.title and s.publisher for s in module.sources)
        assert len(module.checks) >= 6 and module.scenarios


def test_high_stakes_content_says_what_it_must():
    text = {m.id: " ".join(lesson.body for lesson in m.lessons).lower() for m in MODULES}
    pfa = text["psychological-first-aid"]
    assert "look, listen and link" in pfa and "not** counselling" in pfa
    groups = text["critical-incident-groups"]
    assert "should not be used" in groups and "ng116" in groups and "about a month" in groups
    law = text["confidentiality-and-the-law"]
    assert "varies" in law and "subpoena" in law and "court order" in law
    risk = text["high-risk-conversations"]
    assert "where are you" in risk and "stay on the line" in risk and "firearm" in risk
    assert "died by suicide" in text["postvention"] and "anniversar" in text["postvention"]


def test_role_play_replies_never_promise_secrecy_as_a_good_reply():
    promises = re.compile(r"never (leave|report)|nothing (you say )?will ever|i promise", re.I)
    for module, scenario in SCENARIOS:
        for node in scenario.nodes.values():
            for response in node.responses:
                if promises.search(response.text):
                    assert response.effect is Effect.MISSED, (module.id, response.text)


@pytest.mark.parametrize(("module", "scenario"), SCENARIOS, ids=lambda x: getattr(x, "id", ""))
def test_always_the_first_shown_reply_rarely_ends_well(module, scenario):
    """Replies are shuffled per run: pressing 1 every time is not a way through (under 3 %)."""
    good = 0
    for seed in range(1000):
        choices: list[int] = []
        node = scenario.nodes[scenario.start]
        while not node.debrief:
            first = display_order(f"{scenario.id}/{node.id}", len(node.responses), seed)[0]
            choices.append(first)
            node = scenario.nodes[node.responses[first].next]
        good += ending_of(scenario, tuple(choices)) is Ending.GOOD
    assert good <= 30, (scenario.id, good)
