"""Self-care: instruments as data, scoring, check-ins, trends, the plan, nudges and milestones."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peerdesk.core.selfcare.checkins import CheckIn
    from peerdesk.core.selfcare.instruments import Band, Instrument, Subscale
    from peerdesk.core.selfcare.nudges import Milestone, Nudge
    from peerdesk.core.selfcare.plan import SelfCarePlan
    from peerdesk.core.selfcare.scoring import MeasureScore
    from peerdesk.core.selfcare.service import SelfCareService, Trend

# Loaded on first use (PEP 562): the window's shared words need one small function from
# `trends` before the vault is open, and importing every instrument with it cost ~60 ms of start.
_HOME = {
    "Band": "instruments",
    "CheckIn": "checkins",
    "Instrument": "instruments",
    "MeasureScore": "scoring",
    "Milestone": "nudges",
    "Nudge": "nudges",
    "SelfCarePlan": "plan",
    "SelfCareService": "service",
    "Subscale": "instruments",
    "Trend": "service",
}
__all__ = [
    "Band",
    "CheckIn",
    "Instrument",
    "MeasureScore",
    "Milestone",
    "Nudge",
    "SelfCarePlan",
    "SelfCareService",
    "Subscale",
    "Trend",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
