"""`peerdesk --demo`: a throwaway vault in a temporary folder, seeded with realistic sample data."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

DEMO_PASSPHRASE = "demo lantern harbour morning"
DEMO_DAYS = 120  # about four months of history
_NOTES = (
    "Talked through a hard week; they felt heard. Suggested a short walk at lunch.",
    "Quick check-in after the team meeting. Agreed to talk again on Friday.",
    "Worried about workload; went over who to speak to about it.",
    "Shared the employee assistance line; they plan to call tomorrow.",
    "Mostly listening today. Ended on a calmer note.",
)


def make_demo(folder: Path, seed: int = 7) -> tuple[Path, str]:
    """Create and seed a demo vault in `folder`; returns (vault path, its passphrase)."""
    from peerdesk.storage import crypto
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import create_vault

    path = folder / "demo.peerdesk"
    # The floor cost is enough for a vault that holds nothing real and is deleted on exit.
    vault, _recovery = create_vault(path, DEMO_PASSPHRASE, kdf_params=crypto.KDF_FLOOR)
    try:
        desk = open_desk(vault)
        rng = random.Random(seed)
        _seed_settings(desk.settings, rng)
        _seed_contacts(desk.contacts, rng)
        _seed_selfcare(desk.selfcare, rng)
        _seed_training(desk.training, rng)
        vault.save()
    finally:
        vault.close()
    return path, DEMO_PASSPHRASE


def _seed_settings(settings: Any, _rng: random.Random) -> None:
    settings.set("auto_lock_minutes", 10)


_TOPICS = ("work_stress", "workload_burnout", "conflict", "grief_loss", "family_relationships",
           "health", "critical_incident", "isolation", "career")  # fmt: skip
_SIGNS = ("mood", "behaviour", "performance", "anxiety", "guilt", "anger")
_REFERRALS = (("Employee assistance programme", "eap"), ("Counselling service", "counselling"),
              ("Peer support team lead", "peer_team"), ("Crisis line", "crisis_line"))  # fmt: skip


def _seed_contacts(contacts: Any, rng: random.Random) -> None:
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(days=DEMO_DAYS)
    for day in range(DEMO_DAYS):
        if rng.random() > 0.35:  # a conversation on roughly one day in three
            continue
        when = start + timedelta(days=day, hours=rng.randint(8, 17), minutes=rng.choice((0, 30)))
        contacts.add(_contact(when, rng))


def _contact(when: datetime, rng: random.Random) -> Any:
    from peerdesk.core.contacts.model import Contact, Referral

    risk = rng.choices(("none", "some_concern", "escalated"), (0.75, 0.22, 0.03))[0]
    referrals: tuple[Referral, ...] = ()
    if rng.random() < 0.3:
        label, category = rng.choice(_REFERRALS)
        referrals = (Referral(label=label, category=category, declined=rng.random() < 0.2),)
    followup = when.date() + timedelta(days=rng.choice((3, 7, 14))) if rng.random() < 0.3 else None
    return Contact(
        when=when,
        duration_min=rng.choice((10, 15, 20, 30, 45, 60)),
        channel=rng.choice(("in_person", "in_person", "phone", "video", "text_chat")),
        started_by=rng.choice(("they_reached_out", "supporter_checked_in", "referred")),
        topics=tuple(sorted(set(rng.sample(_TOPICS, rng.choice((1, 1, 2)))))),
        signs=tuple(sorted(set(rng.sample(_SIGNS, rng.choice((0, 1, 2)))))),
        risk=risk,
        referrals=referrals,
        followup_due=followup,
        followup_done=followup is not None and followup < date.today() and rng.random() < 0.7,
        affect=rng.randint(1, 5),
        note=rng.choice(_NOTES),
    )


def _seed_selfcare(selfcare: Any, rng: random.Random) -> None:
    """Weekly quick check-ins drifting down with the load, a monthly ProQOL entry and a plan."""
    today = datetime.now().replace(hour=18, minute=0, second=0, microsecond=0)
    weeks = DEMO_DAYS // 7
    for week in range(weeks):
        when = today - timedelta(weeks=weeks - week)
        base = 4 if week < weeks // 2 else 3
        items = ("energy", "sleep", "stress", "mood", "connected", "meaning")
        answers = {k: max(1, min(5, base + rng.choice((-1, 0, 0, 1)))) for k in items}
        selfcare.add_by_keys("quick_checkin", answers, taken_at=when)
    for month in range(DEMO_DAYS // 30):
        when = today - timedelta(days=30 * (DEMO_DAYS // 30 - month))
        selfcare.add_checkin(
            "proqol5", [rng.choice((2, 3, 3, 4)) for _ in range(30)], taken_at=when
        )
    selfcare.save_plan({
        "warning_signs": ["Sleeping badly for more than a few nights", "Dreading my phone"],
        "what_helps": ["A walk before work", "Cooking with music on", "Saying no to extra shifts"],
        "people": ["My sister", "The peer team coordinator"],
        "professional_supports": ["Employee assistance programme", "My family doctor"],
        "boundaries": ["No support calls after 9 pm unless it is urgent"],
    })  # fmt: skip


def _seed_training(training: Any, _rng: random.Random) -> None:
    """Two modules finished (lessons, passing checks, a role-play), one begun, one course."""
    modules = training.modules()
    for status in modules[:2]:
        module = training.module(status.module_id)
        for lesson in module.lessons:
            training.finish_lesson(module.id, lesson.id)
        right = {c.id: set(c.correct_indexes()) for c in module.checks}
        training.submit_checks(module.id, right)
        for scenario in module.scenarios:
            training.record_scenario_run(module.id, scenario.id, _best_path(scenario))
    if len(modules) > 2:
        third = training.module(modules[2].module_id)
        training.finish_lesson(third.id, third.lessons[0].id)
    training.add_external("Psychological first aid", "Regional health authority", date.today()
                          - timedelta(days=60), 6.0)  # fmt: skip


def _best_path(scenario: Any) -> tuple[int, ...]:
    """Take the reply that shows the skill at each node: a run that reaches the good ending."""
    choices: list[int] = []
    node = scenario.nodes[scenario.start]
    while not node.debrief and node.responses and len(choices) < 50:
        shown = [i for i, r in enumerate(node.responses) if r.effect.value == "shown"]
        choices.append(shown[0] if shown else 0)
        node = scenario.nodes[node.responses[choices[-1]].next]
    return tuple(choices)
