"""Training modules: format, validation, scenario checks, module packs and progress."""

from peerdesk.core.training.loader import Catalogue, load_catalogue
from peerdesk.core.training.service import TrainingService

__all__ = ["Catalogue", "TrainingService", "load_catalogue"]
