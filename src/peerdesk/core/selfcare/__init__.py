"""Self-care: instruments as data, scoring, check-ins, trends, the plan, nudges and milestones."""

from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.instruments import Band, Instrument, Subscale
from peerdesk.core.selfcare.nudges import Milestone, Nudge
from peerdesk.core.selfcare.plan import SelfCarePlan
from peerdesk.core.selfcare.scoring import MeasureScore
from peerdesk.core.selfcare.service import SelfCareService, Trend

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
