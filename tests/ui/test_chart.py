"""The shared chart: painting edge cases, summary sentence, keyboard, table model, palettes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from peerdesk.ui.shared.chart import (
    Band,
    ChartSpec,
    ChartTableModel,
    ChartWidget,
    Series,
    chart_colors,
    contrast_ratio,
    paint_chart,
    point_text,
    summary_sentence,
)

pytestmark = pytest.mark.gui

WEEKS = ["8 Sep", "15 Sep", "22 Sep", "29 Sep", "6 Oct", "13 Oct"]
LONG = [f"week of {w}" for w in WEEKS]


def make_spec(**overrides: object) -> ChartSpec:
    fields: dict[str, object] = {
        "title": "Burnout score",
        "x_labels": WEEKS,
        "x_descriptions": LONG,
        "series": [Series("Burnout score", [24, 27, 33, 30, 29, 31])],
        "period": "last 6 weeks",
        "x_noun": "weeks",
    }
    fields.update(overrides)
    return ChartSpec(**fields)  # type: ignore[arg-type]


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.Text, "#ececec"),
        (QPalette.ColorRole.Highlight, "#5b9dfa"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.LinkVisited, "#c58af9"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def render(
    spec: ChartSpec, palette: QPalette, size=(480, 300), highlight=None, ratio=1.0
) -> QImage:
    image = QImage(int(size[0] * ratio), int(size[1] * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("magenta"))  # anything left magenta was never painted
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, *size), spec, palette, highlight)
    painter.end()
    return image


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )


def columns_with(image: QImage, color: QColor) -> list[int]:
    """x positions of columns holding at least one pixel close to color."""
    return [
        x
        for x in range(image.width())
        if any(near(image.pixelColor(x, y), color) for y in range(0, image.height(), 1))
    ]


def count_pixels(image: QImage, color: QColor, tolerance: int = 40) -> int:
    return sum(
        near(image.pixelColor(x, y), color, tolerance)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


@pytest.fixture
def light(qapp) -> QPalette:
    return QApplication.palette()


# --- painting ------------------------------------------------------------------------------


def test_empty_chart_paints_background_title_and_message(light):
    image = render(ChartSpec(title="Burnout score", x_labels=[]), light)
    colors = chart_colors(light)
    assert count_pixels(image, QColor("magenta"), 0) == 0
    assert count_pixels(image, colors.background, 0) > 0
    assert count_pixels(image, colors.text) > 50  # title and the "no values" message


def test_series_without_any_value_still_paints(light):
    spec = make_spec(series=[Series("Burnout score", [None] * len(WEEKS))])
    image = render(spec, light)
    assert count_pixels(image, chart_colors(light).text) > 50


def test_one_point_draws_its_marker(light):
    spec = make_spec(x_labels=["3 Nov"], x_descriptions=[], series=[Series("Score", [31])])
    image = render(spec, light)
    accent = chart_colors(light).series[0]
    assert count_pixels(image, accent) > 5


def test_gap_is_a_break_not_a_zero(light):
    accent = chart_colors(light).series[0]
    joined = columns_with(
        render(
            make_spec(series=[Series("S", [10, 10, 10])], x_labels=WEEKS[:3], y_range=(0, 20)),
            light,
        ),
        accent,
    )
    gapped = columns_with(
        render(
            make_spec(series=[Series("S", [10, None, 10])], x_labels=WEEKS[:3], y_range=(0, 20)),
            light,
        ),
        accent,
    )

    # Ignore the legend swatch on the left: look only right of it, across the plot.
    def longest_hole(cols: list[int]) -> int:
        plot = [c for c in cols if c > 100]
        return max(b - a for a, b in itertools.pairwise(plot))

    assert longest_hole(joined) <= 2
    assert longest_hole(gapped) > 60  # a whole slot without any line pixel


def test_zero_is_drawn_where_a_gap_is_not(light):
    accent = chart_colors(light).series[0]
    zero = render(make_spec(series=[Series("S", [10, 0, 10])], x_labels=WEEKS[:3]), light)
    gap = render(make_spec(series=[Series("S", [10, None, 10])], x_labels=WEEKS[:3]), light)
    assert count_pixels(zero, accent) > count_pixels(gap, accent) + 20


def test_bands_are_shaded_and_labelled(light):
    bands = [Band(10, 22, "low"), Band(23, 41, "moderate"), Band(42, 50, "high")]
    spec = make_spec(bands=bands, y_range=(10, 50))
    image = render(spec, light)
    shades = chart_colors(light).bands
    assert count_pixels(image, shades[0], 0) > 200
    assert count_pixels(image, shades[1], 0) > 200
    # Without bands the shade appears only as stray anti-aliased pixels.
    assert count_pixels(render(make_spec(), light), shades[1], 0) < 20


def test_bars_on_a_second_axis_with_a_line(light):
    spec = make_spec(
        series=[
            Series("Burnout score", [24, 27, None, 30, 29, 31]),
            Series("Contacts", [3, 0, 5, None, 6, 2], kind="bar", axis="right", units="contacts"),
        ],
        right_units="contacts per week",
    )
    image = render(spec, light)
    colors = chart_colors(light)
    assert count_pixels(image, colors.series[0]) > 20
    assert count_pixels(image, colors.series[1]) > 100


def test_hidpi_paints_at_full_resolution(light):
    image = render(make_spec(), light, ratio=2.0)
    assert image.width() == 960
    assert count_pixels(image, QColor("magenta"), 0) == 0
    assert count_pixels(image, chart_colors(light).series[0]) > 100


def test_highlight_changes_pixels(light):
    assert render(make_spec(), light) != render(make_spec(), light, highlight=2)


def test_tiny_rect_does_not_crash(light):
    image = render(make_spec(bands=[Band(0, 30, "low")]), light, size=(30, 20))
    assert image.width() == 30


# --- words ----------------------------------------------------------------------------------


def test_summary_sentence_from_the_data():
    assert summary_sentence(make_spec()) == (
        "Burnout score, last 6 weeks: from 24 to 31, highest 33 in week of 22 Sep."
    )


def test_summary_mentions_gaps_band_and_units():
    spec = make_spec(
        series=[
            Series("Burnout score", [24, None, 33, None, 29, 31]),
            Series("Hours", [1.5, 2, 4, 3, 2, 2.5], units="hours"),
        ],
        bands=[Band(23, 41, "moderate")],
    )
    assert summary_sentence(spec) == (
        "Burnout score, last 6 weeks: from 24 to 31, highest 33 in week of 22 Sep. "
        "No value for 2 of 6 weeks. The latest value is in the moderate band. "
        "Hours, last 6 weeks: from 1.5 hours to 2.5 hours, highest 4 in week of 22 Sep."
    )


def test_summary_for_one_point_and_for_nothing():
    one = make_spec(
        x_labels=["3 Nov"], x_descriptions=["week of 3 Nov"], series=[Series("Score", [31])]
    )
    assert summary_sentence(one) == "Score, last 6 weeks: 31 in week of 3 Nov."
    assert summary_sentence(ChartSpec(title="Contacts", x_labels=[])) == "Contacts: no values yet."


def test_point_text_names_every_series():
    spec = make_spec(
        series=[Series("Score", [1, None]), Series("Contacts", [2, 3], units="contacts")],
        x_labels=WEEKS[:2],
    )
    assert point_text(spec, 1) == "week of 15 Sep: Score no value, Contacts 3 contacts"


# --- widget ---------------------------------------------------------------------------------


@pytest.fixture
def widget(qtbot) -> ChartWidget:
    chart = ChartWidget(make_spec())
    qtbot.addWidget(chart)
    chart.resize(480, 300)
    with qtbot.waitExposed(chart):
        chart.show()
    return chart


def test_widget_accessible_name_and_description(widget):
    assert widget.accessibleName() == "Burnout score"
    assert widget.accessibleDescription() == summary_sentence(make_spec())
    widget.set_spec(make_spec(title="Hours", series=[Series("Hours", [1, 2, 3, 4, 5, 6])]))
    assert widget.accessibleName() == "Hours"
    assert "from 1 to 6" in widget.accessibleDescription()
    assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_arrow_keys_move_the_highlight(widget, qtbot):
    before = widget.grab().toImage()
    with qtbot.waitSignal(widget.highlighted) as signal:
        qtbot.keyClick(widget, Qt.Key.Key_Left)  # from nothing: the latest point
    assert signal.args == [5]
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.highlighted_index() == 4
    assert widget.toolTip() == "week of 6 Oct: Burnout score 29"
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    qtbot.keyClick(widget, Qt.Key.Key_Left)  # stays at the first point
    assert widget.highlighted_index() == 0
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.highlighted_index() == 5
    assert widget.grab().toImage() != before
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert widget.highlighted_index() is None


def test_keys_on_an_empty_chart_do_nothing(qtbot):
    chart = ChartWidget(ChartSpec(title="Nothing", x_labels=[]))
    qtbot.addWidget(chart)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.highlighted_index() is None


def test_size_hints_grow_with_the_font(widget):
    small = widget.minimumSizeHint()
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    large = widget.minimumSizeHint()
    assert large.width() >= small.width() * 1.8
    assert large.height() >= small.height() * 1.8
    widget.resize(widget.sizeHint())
    assert not widget.grab().toImage().isNull()


# --- table model ----------------------------------------------------------------------------


def test_table_model_passes_qtmodeltester(qtmodeltester):
    spec = make_spec(
        series=[
            Series("Score", [24, None, 33, 30, 29, 31]),
            Series("Contacts", [1, 2, 3, 4, 5, 6], units="contacts"),
        ]
    )
    model = ChartTableModel(spec)
    qtmodeltester.check(model)
    model.set_spec(ChartSpec(title="Empty", x_labels=[]))
    qtmodeltester.check(model)


def test_table_model_holds_the_chart_values():
    spec = make_spec(
        series=[
            Series("Score", [24, None, 33, 30, 29, 31.5]),
            Series("Hours", [1] * 6, units="hours"),
        ]
    )
    model = ChartTableModel(spec)
    assert (model.rowCount(), model.columnCount()) == (6, 3)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Period"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Hours (hours)"
    assert model.data(model.index(0, 0)) == "week of 8 Sep"
    assert model.data(model.index(5, 1)) == "31.5"
    assert model.data(model.index(1, 1)) == "–"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.AccessibleTextRole) == "no value"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.UserRole) is None


# --- palettes -------------------------------------------------------------------------------


def test_colours_come_from_the_palette_with_enough_contrast():
    palette = dark_palette()
    colors = chart_colors(palette)
    assert colors.background == palette.color(QPalette.ColorRole.Base)
    assert colors.text == palette.color(QPalette.ColorRole.Text)
    assert colors.series[0] == palette.color(QPalette.ColorRole.Highlight)
    assert contrast_ratio(colors.text, colors.background) >= 4.5
    assert all(contrast_ratio(c, colors.background) >= 3 for c in colors.series)


def test_a_faint_accent_falls_back_to_the_text_colour():
    palette = dark_palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#26262a"))  # almost the background
    colors = chart_colors(palette)
    assert colors.series[0] == palette.color(QPalette.ColorRole.Text)


def test_dark_palette_renders_dark_background_and_light_ink(qapp):
    palette = dark_palette()
    image = render(make_spec(bands=[Band(23, 41, "moderate")]), palette)
    colors = chart_colors(palette)
    assert count_pixels(image, colors.background, 0) > 1000
    assert count_pixels(image, colors.text) > 50
    assert count_pixels(image, colors.series[0]) > 50
    assert count_pixels(image, QColor("#ffffff"), 0) == 0  # nothing left light-theme white


def test_counts_get_whole_number_ticks():
    from peerdesk.ui.shared.chart_style import nice_ticks

    assert nice_ticks(0, 12) == [0.0, 2.5, 5.0, 7.5, 10.0, 12.5]
    assert nice_ticks(0, 12, whole=True) == [0.0, 5.0, 10.0, 15.0]
    assert all(t.is_integer() for t in nice_ticks(0, 3, whole=True))
