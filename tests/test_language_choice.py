"""The UI speaks Japanese on a Japanese system, English elsewhere, and --lang overrides both."""

import pytest
from PySide6.QtCore import QLocale

from kpidesk.i18n.catalog import choose_language, requested_language

JAPAN = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        (None, JAPAN, "ja"),
        (None, US, "en"),
        (None, GERMANY, "en"),
        ("en", JAPAN, "en"),
        ("ja", US, "ja"),
    ],
)
def test_choose_language(requested, system, expected):
    assert choose_language(requested, system) == expected


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["show", "f", "--lang", "ja"], "ja"),
        (["--lang=en"], "en"),
        (["--lang", "fr"], None),
        (["--lang"], None),
        ([], None),
    ],
)
def test_requested_language(argv, expected):
    assert requested_language(argv) == expected


def test_qt_own_dialogs_speak_japanese_too(qapp):
    from PySide6.QtCore import QCoreApplication

    from kpidesk.i18n.catalog import install_translators

    install_translators(qapp, "ja")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
