"""The paper a report starts on: Letter where the office printer has it, A4 everywhere else."""

import pytest
from PySide6.QtCore import QLocale

from kpidesk.report.options import Paper, default_paper

L, C = QLocale.Language, QLocale.Country


@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [
        (L.English, C.UnitedStates, Paper.LETTER),
        (L.French, C.Canada, Paper.LETTER),
        (L.Spanish, C.Mexico, Paper.LETTER),
        (L.Filipino, C.Philippines, Paper.LETTER),
        (L.Japanese, C.Japan, Paper.A4),
        (L.English, C.UnitedKingdom, Paper.A4),
        (L.C, C.AnyCountry, Paper.A4),
    ],
)
def test_letter_only_where_it_is_the_custom(language, country, paper):
    assert default_paper(QLocale(language, country)) == paper
