"""--screenshot and the no-display picture show the header's business days and the pace rows:
the picture waits for the calendar the window loads after its first paint."""

from datetime import date

from kpidesk.app import no_display_picture
from kpidesk.services import business_calendar
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.screenshot import take_when_settled

PROSPECTS = 4


def test_the_picture_waits_for_the_business_days(
    qtbot, english, settings, demo_file, tmp_path, monkeypatch
):
    monkeypatch.setattr(business_calendar, "_holidays_by_year", {})  # a fresh process
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(demo_file)
    window.document.controller.set_period(date(2026, 11, 1))
    business_calendar._holidays_by_year.clear()  # as at start-up: nothing loaded yet
    window.show()
    seen = {}
    grab = window.grab

    def grab_and_look():
        seen["header"] = window.header.text()
        seen["pace"] = window.form.per_day.isVisibleTo(window.form)
        return grab()

    monkeypatch.setattr(window, "grab", grab_and_look)
    window._select_node(PROSPECTS)
    done = []
    take_when_settled(window, tmp_path / "window.png", lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert "(19 business days, 14 passed)" in seen["header"]
    assert seen["pace"]
    assert (tmp_path / "window.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_without_a_display_the_picture_goes_to_the_temporary_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    assert no_display_picture() == tmp_path / "kpidesk-window.png"
