"""The PDF writer: text, escaping, metadata, real font sizes, embedded charts, no partial files."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from peerdesk.core.errors import InvalidInput
from peerdesk.ui.shared.chart import Band, ChartSpec, Series
from peerdesk.ui.shared.pdf import Heading, Html, Paragraph, Table, chart_image, esc, write_pdf

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]

SPEC = ChartSpec(
    title="Burnout and support load",
    x_labels=["6 Oct", "13 Oct", "20 Oct", "27 Oct"],
    x_descriptions=["week of 6 Oct", "week of 13 Oct", "week of 20 Oct", "week of 27 Oct"],
    series=[
        Series("Burnout score", [24, None, 31, 29]),
        Series("Contacts", [3, 5, 0, 4], kind="bar", axis="right", units="contacts"),
    ],
    bands=[Band(10, 22, "low"), Band(23, 41, "moderate"), Band(42, 50, "high")],
    y_range=(10, 50),
    period="last 4 weeks",
    x_noun="weeks",
)


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def report(qapp, tmp_path) -> Path:
    path = tmp_path / "report.pdf"
    blocks = [
        Heading("Contacts per month"),
        Paragraph("Counts below 5 are shown as <5 & never exact."),
        Table(["Month", "Contacts", "Hours"], [["2025-09", 12, 7.5], ["2025-10", "<5", 3]]),
        SPEC,
        Html(f"<p>Prepared by {esc('<script>')}</p>"),
    ]
    pages = write_pdf(path, "Team report <Q4>", blocks)
    assert pages == 1
    return path


def test_text_round_trips_and_is_escaped(report):
    text = poppler("pdftotext", str(report), "-")
    assert "Team report <Q4>" in text
    assert "Counts below 5 are shown as <5 & never exact." in text
    assert "7.5" in text
    assert "<5" in text
    assert "Prepared by <script>" in text
    assert "highest 31 in week of 20 Oct" in text  # the chart's summary sentence
    assert "page 1 of 1" in text


def test_metadata_and_page_size(report):
    info = poppler("pdfinfo", str(report))
    assert re.search(r"^Title:\s+Team report <Q4>$", info, re.M)
    assert re.search(r"^Creator:\s+PeerDesk$", info, re.M)
    assert "(A4)" in info
    assert re.search(r"^Pages:\s+1$", info, re.M)


def test_fonts_have_their_real_size(report):
    """Without setPaintDevice(writer) the text would be a third of its size (about 3 pt)."""
    bbox = poppler("pdftotext", "-bbox", str(report), "-")
    heights: dict[str, float] = {}
    for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', bbox):
        heights.setdefault(m.group(3), float(m.group(2)) - float(m.group(1)))  # first one wins
    assert 14 < heights["Team"] < 30  # h1
    assert 8 < heights["Counts"] < 16  # 10 pt body text
    assert 6 < heights["page"] < 12  # 8 pt footer


def test_chart_is_drawn_as_vectors_where_the_document_reserved_room(report):
    # Vector drawing keeps the chart's own words as real text and adds no big raster image.
    text = poppler("pdftotext", str(report), "-")
    for words in ("Burnout and support load", "moderate", "13 Oct", "contacts"):
        assert words in text
    images = poppler("pdfimages", "-list", str(report)).splitlines()[2:]
    assert all(int(row.split()[3]) <= 1 for row in images)  # only the blank placeholder
    bbox = poppler("pdftotext", "-bbox", str(report), "-")
    tops = {
        word: min(
            float(m.group(1))
            for m in re.finditer(rf'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">{word}<', bbox)
        )
        for word in ("Burnout", "Prepared")  # the highest "Burnout" is the chart's title
    }
    chart_height_pt = 320 * 72 / 96
    assert tops["Prepared"] - tops["Burnout"] > chart_height_pt  # nothing overlaps the chart


def test_chart_image_is_drawn(qapp):
    image = chart_image(SPEC)
    assert image.devicePixelRatio() == pytest.approx(300 / 96)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 2000, 25) for y in range(0, 1000, 25)}
    assert len(colours) > 5
    assert image.pixelColor(0, 0) == QColor("#ffffff")


def test_long_documents_get_more_pages(qapp, tmp_path):
    path = tmp_path / "long.pdf"
    pages = write_pdf(path, "Plan", [Paragraph(f"Line {n}") for n in range(150)])
    assert pages >= 2
    assert f"page {pages} of {pages}" in poppler("pdftotext", str(path), "-")


def test_missing_folder_is_a_clear_error_and_writes_nothing(qapp, tmp_path):
    target = tmp_path / "no-such-folder" / "out.pdf"
    with pytest.raises(InvalidInput, match=r"path: the folder .* does not exist"):
        write_pdf(target, "Plan", ["text"])
    assert not target.parent.exists()


def test_a_failing_block_leaves_no_partial_file(qapp, tmp_path):
    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_pdf(tmp_path / "x.pdf", "Plan", [Table(["a"], [[Broken()]])])
    assert list(tmp_path.iterdir()) == []
