"""Speed of loading and validating the training catalogue and of reading a module pack."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from peerdesk.core.training.languages import translation_problems
from peerdesk.core.training.loader import builtin_folder, load_catalogue
from peerdesk.core.training.packs import read_pack
from peerdesk.core.training.quality import catalogue_problems

TARGET_STRICT_MS = 2000  # `peerdesk training validate` walks every role-play path; keep it snappy
# ... in English and again in French since issue 20; the target covers both together


def timed(fn, repeat: int = 20) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    catalogue = load_catalogue(language="en")
    french = load_catalogue(language="fr")

    def both_languages() -> None:
        for modules in (catalogue.modules.values(), french.modules.values()):
            catalogue_problems(list(modules))
        for module in catalogue.modules.values():
            translation_problems(module)

    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "pack.zip"
        with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry in builtin_folder().iterdir():
                if entry.name.endswith(".json"):
                    archive.writestr(f"pack/{entry.name}", entry.read_bytes())
        rows = [
            (
                f"load + validate {len(catalogue.modules)} shipped modules",
                timed(lambda: load_catalogue(language="en")),
            ),
            ("the same, in French", timed(lambda: load_catalogue(language="fr"))),
            ("read + validate the same as a zip pack", timed(lambda: read_pack(pack))),
            (
                "shipped-module rules (every role-play path)",
                timed(lambda: catalogue_problems(list(catalogue.modules.values())), repeat=5),
            ),
            ("rules in English and French + translation checks", timed(both_languages, repeat=5)),
        ]
    print(f"{'operation':<48} {'median ms':>10}")
    for name, ms in rows:
        print(f"{name:<48} {ms:>10.1f}")
    strict_ms = rows[-1][1]
    verdict = "ok" if strict_ms <= TARGET_STRICT_MS else "SLOWER THAN TARGET"
    print(f"shipped-module rules target {TARGET_STRICT_MS} ms: {verdict}")


if __name__ == "__main__":
    main()
