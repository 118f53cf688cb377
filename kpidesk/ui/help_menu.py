"""The Help menu: the guide (F1 opens the current tab's page), a fresh demo plan, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kpidesk import __version__
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import demo_label
from kpidesk.resources import resources_dir
from kpidesk.services import clock
from kpidesk.services.demo import fresh_demo_copy
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.actions import make_action
from kpidesk.ui.icons import app_icon

# The guide's section for each tab of the main window, by the tab page's object name.
GUIDE_SECTIONS = {
    "planTree": "tree",
    "diagramPage": "diagram",
    "actualsPage": "actuals",
    "chartsPage": "progress",
    "reviewsPage": "reviews",
}

LICENCES = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("pyqtgraph", "MIT"),
    ("NumPy", "BSD-3-Clause"),
    ("sqlite-utils", "Apache-2.0"),
    ("PyYAML", "MIT"),
    ("openpyxl", "MIT"),
    ("jpholiday", "MIT"),
    ("KPI Desk Sans JP (Noto Sans CJK JP subset)", "SIL OFL 1.1"),
    ("Lucide icons", "ISC"),
)


def guide_language() -> str:
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def guide_url(section: str = "loop") -> QUrl:
    """The bundled guide in the user's language, at `section`."""
    url = QUrl.fromLocalFile(str(resources_dir() / "guide" / f"{guide_language()}.html"))
    url.setFragment(section)
    return url


def demo_folder() -> Path:
    """Where fresh demo copies go: the app's data folder, never the user's documents."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "demo"


def new_demo_copy() -> Path:
    """A fresh demo plan in the current language."""
    return fresh_demo_copy(demo_folder(), demo_label, clock.now())


class GuideDialog(QDialog):
    """The bundled guide, opened at one section; links inside it move within the guide."""

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="guideDialog")
        self.setWindowTitle(self.tr("KPI Desk Guide"))
        self.browser = QTextBrowser(objectName="guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.show_section(section)
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def show_section(self, section: str) -> None:
        self.browser.setSource(guide_url(section))
        self.browser.scrollToAnchor(section)

    def section(self) -> str:
        return self.browser.source().fragment()


class AboutDialog(QDialog):
    """The app's icon, version and purpose, and the licences of what it ships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="aboutDialog")
        self.setWindowTitle(self.tr("About KPI Desk"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(fill(self.tr("KPI Desk %1"), __version__), objectName="aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(self.tr("Plan, track and review sales KPIs."))
        licences = QTextBrowser(objectName="aboutLicences")
        licences.setPlainText(self.licence_text())
        licences.setAccessibleName(self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (icon, title, purpose):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(QLabel(self.tr("KPI Desk is MIT-licensed. It ships:")))
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def licence_text(self) -> str:
        lines = [f"{name}: {licence}" for name, licence in LICENCES]
        lines.append("")
        lines.append(
            self.tr(
                "Qt is used under the LGPL v3 as shared libraries, which you may replace. "
                "The font is a renamed subset of Noto Sans CJK JP, as the OFL requires."
            )
        )
        return "\n".join(lines)


class HelpMenu(QObject):
    """Builds the Help menu of a main window that has `views` (its tabs) and `open_file`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.guide_action = make_action(
            window,
            self.tr("KPI Desk &Guide"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            "guideAction",
        )
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.demo_action = make_action(
            window, self.tr("Open &Demo Plan"), self.open_demo, None, "openDemoAction"
        )
        self.about_action = make_action(window, self.tr("&About KPI Desk"), self.show_about)
        self.guide: GuideDialog | None = None

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.guide_action)
        menu.addAction(self.demo_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def current_section(self) -> str:
        page = self.window.views.currentWidget()
        return GUIDE_SECTIONS.get(page.objectName() if page else "", "loop")

    def show_guide(self) -> GuideDialog:
        """Open the guide at the current tab's section (or bring it forward there)."""
        section = self.current_section()
        if self.guide is None:
            self.guide = GuideDialog(section, self.window)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide.destroyed.connect(self._guide_closed)
            self.guide.show()
        else:
            self.guide.show_section(section)
            self.guide.raise_()
        return self.guide

    def _guide_closed(self) -> None:
        self.guide = None

    def open_demo(self) -> bool:
        """A fresh copy of the demo plan in the current language, opened in the window."""
        return self.window.open_file(new_demo_copy())

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
