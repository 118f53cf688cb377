"""The ヨミ band keeps its lines and wash from one series to the next: selecting the KGI again
gives them new points, never new items (made anew, they took about 14 ms a selection)."""

from dataclasses import replace
from fractions import Fraction

from kpidesk.ui.charts import Tab
from tests.ui.test_chart_panel import FMT, data_of, december
from tests.ui.test_yomi_band import BANDS, panel  # noqa: F401 (fixture)

LATER = (("A", Fraction(50)), ("B", Fraction(70)))  # another KGI's ヨミ: two ranks


def legend_names(page) -> list[str]:
    return [label.text for _, label in page.plot_item.legend.items]


def test_the_band_s_items_are_kept_and_the_legend_names_each_rank_once(panel):  # noqa: F811
    panel.set_cumulative(replace(december(), bands=BANDS), FMT)
    page = panel.page(Tab.CUMULATIVE)
    band = page.yomi_band
    items = [id(line) for line in band.lines] + [id(band.fill)]
    panel.set_cumulative(december(), FMT)  # no ヨミ: nothing of the band shows
    assert band.lines == [] and band.fill is None
    assert not any(name.startswith("Pipeline") for name in legend_names(page))
    panel.set_cumulative(replace(december(), bands=LATER), FMT)
    assert [data_of(line) for line in band.lines] == [
        ([8.0, 22.0], [36.0, 50.0]),
        ([8.0, 22.0], [36.0, 70.0]),
    ]
    assert [id(line) for line in band.lines] + [id(band.fill)] == items[:2] + items[-1:]
    assert [line.isVisible() for line in band.lines] == [True, True]
    assert legend_names(page)[-2:] == ["Pipeline A", "Pipeline A+B"]
    assert legend_names(page).count("Pipeline A") == 1
    assert band.fill.isVisible() and band.fill.curves == band.lines
    panel.set_cumulative(replace(december(), bands=BANDS), FMT)
    assert [id(line) for line in band.lines] + [id(band.fill)] == items
    assert legend_names(page)[-3:] == ["Pipeline A", "Pipeline A+B", "Pipeline A+B+C"]


def test_the_legend_is_painted_from_kept_pixels_and_copied_as_text(panel):  # noqa: F811
    """On screen the legend, the same from series to series, is drawn from pixels kept since it
    last changed; a copy of the chart still has its names as SVG text, not as images."""
    from PySide6.QtWidgets import QGraphicsItem

    from kpidesk.ui.clipboard import view_picture

    kept = QGraphicsItem.CacheMode.DeviceCoordinateCache
    panel.set_cumulative(replace(december(), bands=BANDS), FMT)
    page = panel.page(Tab.CUMULATIVE)
    legend = page.plot_item.legend
    parts = [legend] + [part for sample, label in legend.items for part in (sample, label.item)]
    assert len(parts) == 1 + 2 * 7 and all(part.cacheMode() == kept for part in parts)
    _image, svg = view_picture(page.plot)
    for name in ("Actual", "Pace", "Forecast", "Target", "Pipeline A+B+C"):
        assert f">{name}</text>" in svg  # drawn from kept pixels, they were images
    assert all(part.cacheMode() == kept for part in parts)  # and kept again after the copy
