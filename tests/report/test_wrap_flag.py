"""A report text wraps between words, or anywhere when one word is wider than the line."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kpidesk.report.blocks import wrap_flag
from kpidesk.report.styles import Face
from kpidesk.report.writer import chart_font

LONG_WORD = "Kundenzufriedenheitsbefragungsergebnisse"


def test_a_text_wraps_between_words_unless_one_word_is_wider_than_the_line(qapp):
    with chart_font():  # the bundled font, as the report measures with it
        face = Face.on(QImage(10, 10, QImage.Format.Format_RGB32), 9)
        word = face.width(LONG_WORD)
        text = f"売上 {LONG_WORD} 目標"
        assert wrap_flag(face, text, face.width(text)) == Qt.TextFlag.TextWordWrap  # fits whole
        assert wrap_flag(face, text, word + 1) == Qt.TextFlag.TextWordWrap
        assert wrap_flag(face, text, word - 1) == Qt.TextFlag.TextWrapAnywhere
        assert wrap_flag(face, "", 10) == Qt.TextFlag.TextWordWrap
