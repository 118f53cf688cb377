"""The exported diagram SVG reads the same in other programs: fallback Japanese fonts named,
and every text carries its width as drawn, so another font is fitted to the box."""

import re

from PySide6.QtSvg import QSvgRenderer

from kpidesk.domain.decomposition import compute
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.svg_fonts import FAMILY_LIST, portable_svg
from kpidesk.ui.tree_diagram import TreeDiagramView


def test_the_diagram_svg_names_fallback_fonts_and_fixes_each_texts_width(
    qtbot, english, demo, tmp_path
):
    view = TreeDiagramView()
    qtbot.addWidget(view)
    view.set_plan(demo, compute(demo), NumberFormat())
    path = tmp_path / "tree.svg"
    view.export_svg(path)
    svg = path.read_text(encoding="utf-8")
    assert 'font-family="KPI Desk Sans JP"' not in svg
    assert FAMILY_LIST.startswith("'KPI Desk Sans JP', 'Noto Sans CJK JP'")
    assert FAMILY_LIST.endswith("'Yu Gothic', 'Meiryo', 'IPAexGothic', sans-serif")
    texts = re.findall(r"<text\b[^>]*>[^<]*</text>", svg)
    assert texts and all('lengthAdjust="spacingAndGlyphs"' in text for text in texts)
    prospects = next(text for text in texts if text.endswith(">Prospects</text>"))
    length = float(re.search(r'textLength="([0-9.]+)"', prospects).group(1))
    assert 50 < length < 80  # "Prospects" in bold 12 px, as the box was sized for it
    assert QSvgRenderer(str(path)).isValid()


def test_markup_in_a_name_stays_escaped_and_other_fonts_are_left_alone():
    svg = (
        '<g font-family="Arial"><text x="0" font-family="KPI Desk Sans JP" font-size="12" '
        'font-weight="400">&lt;b&gt;売上</text></g>'
    )
    out = portable_svg(svg)
    assert '<g font-family="Arial">' in out
    assert ">&lt;b&gt;売上</text>" in out
    assert 'textLength="' in out
