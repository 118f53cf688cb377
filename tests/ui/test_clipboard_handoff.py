"""Quitting after copying a chart neither crashes nor empties the clipboard."""

import subprocess
import sys
import textwrap

QUIT_AFTER_COPY = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from kpidesk.ui import clipboard_handoff
    from kpidesk.ui.clipboard import picture_data

    app = QApplication([])
    clipboard_handoff.install(app)  # as the app's start does
    picture = QImage(40, 30, QImage.Format.Format_ARGB32)
    picture.fill(0xFF336699)
    QApplication.clipboard().setMimeData(picture_data(picture, "<svg/>"))
    QTimer.singleShot(0, app.quit)
    app.exec()
    kept = QApplication.clipboard().image()
    print(kept.width(), kept.height(), hex(kept.pixel(5, 5)))
    """
)


def test_quitting_after_a_copy_exits_cleanly_and_keeps_the_picture():
    result = subprocess.run(
        [sys.executable, "-c", QUIT_AFTER_COPY], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr  # PySide6 6.11 segfaulted here without it
    assert result.stdout.split() == ["40", "30", "0xff336699"]


def test_another_programs_clipboard_is_left_alone(qapp):
    from kpidesk.ui import clipboard_handoff

    qapp.clipboard().setText("from elsewhere")  # Qt's own data, not a Python QMimeData
    clipboard_handoff.hand_over()
    assert qapp.clipboard().text() == "from elsewhere"
