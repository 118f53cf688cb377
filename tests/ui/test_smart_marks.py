"""One set of SMART marks for the window and the PDF: ✓ ! ✗ in English, ○ △ × in Japanese."""

import pytest
from PySide6.QtCore import QCoreApplication

from kpidesk.domain.smart import Result
from kpidesk.i18n.catalog import install_translators
from kpidesk.i18n.smart_marks import smart_mark
from kpidesk.report.texts import smart_legend

RESULTS = (Result.PASS, Result.WARNING, Result.FAIL)


@pytest.fixture
def japanese(qapp):
    install_translators(QCoreApplication.instance(), "ja")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_english_marks_and_legend(qapp):
    assert [smart_mark(r) for r in RESULTS] == ["✓", "!", "✗"]
    assert smart_legend() == "SMART: ✓ meets the criterion, ! needs a look, ✗ does not meet it."


def test_japanese_marks_and_legend(japanese):
    assert [smart_mark(r) for r in RESULTS] == ["○", "△", "×"]
    assert smart_legend() == "SMART：○ 基準を満たす、△ 要確認、× 基準を満たさない。"
