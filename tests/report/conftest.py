"""Fixtures for the report: the demo plan in December 2026 with nine days of actuals."""

import atexit
import hashlib
import re
import shutil
import tempfile
from datetime import date
from fractions import Fraction
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject
from PySide6.QtCore import QLocale

from kpidesk.domain.demo import demo_plan
from kpidesk.domain.model import TEAM
from kpidesk.i18n.catalog import install_translators
from kpidesk.i18n.messages import demo_label
from kpidesk.services.plan_files import open_plan
from kpidesk.storage.plan_file import create_plan_file
from tests.conftest import plan_copy

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
AS_OF = date(2026, 12, 11)  # the 9th of December's 23 business days
DAYS = [date(2026, 12, d) for d in (1, 2, 3, 4, 7, 8, 9, 10, 11)]
US_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def with_actuals(session) -> None:
    """Each of the 10 reps finds 2 prospects on each of the 9 days (180); close rate 20 %,
    unit price ¥100,000: so 36 deals and ¥3,600,000 of revenue by 11 December."""
    session.set_period(date(2026, 12, 1))
    values = {(PROSPECTS, rep, day): Fraction(2) for rep in range(1, 11) for day in DAYS}
    values[(CLOSE_RATE, TEAM, date(2026, 12, 10))] = Fraction(1, 5)
    values[(UNIT_PRICE, TEAM, date(2026, 12, 10))] = Fraction(100_000)
    session.record_actuals(values)


_templates: dict[str, Path] = {}  # language -> the plan made once per test process


def plan_file(tmp_path, language: str, name: str = "plan.kpidesk"):
    """A demo plan file in `language` with the actuals above (translations installed first):
    a copy of the one made for the first test that asked in this language."""
    from PySide6.QtWidgets import QApplication

    install_translators(QApplication.instance(), language)
    if language == "en":
        QLocale.setDefault(US_ENGLISH)  # what `kpidesk --lang en` gets under LANG=C.UTF-8
    if language not in _templates:
        folder = Path(tempfile.mkdtemp(prefix="kpidesk-report-"))
        atexit.register(shutil.rmtree, folder, True)
        template = _templates[language] = folder / name
        create_plan_file(template, demo_plan(demo_label))
        opened = open_plan(template)
        with_actuals(opened.session)
        opened.close()
    return plan_copy(_templates[language], tmp_path / name)


@pytest.fixture
def session_in(qapp, tmp_path):
    """`session_in("ja")`: an open session of the plan; closed after the test."""
    opened = []

    def make(language: str):
        plan = open_plan(plan_file(tmp_path, language, f"plan-{len(opened)}.kpidesk"))
        opened.append(plan)
        return plan.session

    yield make
    for plan in opened:
        plan.close()
    install_translators(qapp, "en")


def page_texts(path) -> list[str]:
    """Each page's text in reading order, runs of spaces and line breaks made one space."""
    return [_text(page) for page in pypdf.PdfReader(str(path)).pages]


def page_text(path, index: int) -> str:
    """Page `index`'s text as page_texts gives it, reading that page alone (pypdf takes about
    70 ms of CPU for a page of charts)."""
    return _text(pypdf.PdfReader(str(path)).pages[index])


# a page's exact content (digest) -> its text: many tests export the same report, and pypdf
# parses each page's thousands of operators (Qt writes a Td and a Tj per glyph) in Python
_texts: dict[bytes, str] = {}


def _text(page) -> str:
    key = hashlib.sha256(repr(_exact(page)).encode()).digest()
    if key not in _texts:
        _texts[key] = " ".join(page.extract_text(extraction_mode="layout").split())
    return _texts[key]


SUBSET_TAG = re.compile(r"^/[A-Z]{6}\+")  # "/QQBAAA+": a font subset's name, random per file


def _exact(item):
    """Everything the text is extracted from: the page's entries (the reader has copied the
    inherited ones into it), followed down, streams decoded, font programs included; all but
    its /Parent and the random subset tags, so that the same page of two exports is equal."""
    if isinstance(item, IndirectObject):
        item = item.get_object()
    if isinstance(item, StreamObject):
        return item.get_data(), _exact(DictionaryObject(item))
    if isinstance(item, DictionaryObject):
        return sorted((key, _exact(value)) for key, value in item.items() if key != "/Parent")
    if isinstance(item, ArrayObject):
        return [_exact(value) for value in item]
    if isinstance(item, NameObject):
        return SUBSET_TAG.sub("/", item)
    return type(item).__name__, repr(item)
