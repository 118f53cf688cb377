"""A plan open read-only: every edit disabled and refused, "(read-only)" in the title, and the
views read afresh (debounced) whenever the file changes on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kpidesk.i18n.fill import fill
from kpidesk.i18n.lock_messages import read_only_text
from kpidesk.i18n.messages import file_error_text
from kpidesk.services.plan_files import PlanFileError
from kpidesk.ui.plan_document import PlanDocument

translate = QCoreApplication.translate
RELOAD_DELAY_MS = 400  # a commit writes the file several times: read it once they are done
# Network file systems (NFS, SMB) do not report another machine's writes to the file watcher:
# the file's size and time are also looked at this often.
POLL_MS = 3000
BROWSING_WIDGETS = {"reviewChoice"}  # choosers that only pick what to look at
EDITING_KEYS = {Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


def file_title(document: PlanDocument) -> str:
    """The file's name for the window title, marked when it is open read-only."""
    if not document.read_only:
        return document.path.name
    return fill(translate("ReadOnly", "%1 (read-only)"), document.path.name)


class ReadOnlyMode(QObject):
    """Keeps a main window's edits off while its plan is read-only, and follows the file.

    Signals: `reloaded()` after the plan was read again because the file changed.
    """

    reloaded = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._tree_triggers = window.tree.editTriggers()
        self._drag_mode = window.tree.dragDropMode()
        self._locked = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(RELOAD_DELAY_MS)
        self.debounce.timeout.connect(self.reload)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._seen: tuple[int, int] | None = None
        window.tree.installEventFilter(self)
        window.tree.viewport().installEventFilter(self)
        window.views.currentChanged.connect(lambda _index: self.apply())
        window.detail_tabs.currentChanged.connect(lambda _index: self.apply())

    @property
    def active(self) -> bool:
        document = self.window.document
        return document is not None and document.read_only

    def apply(self) -> None:
        """Bring the window in line with its plan (called whenever its actions are updated)."""
        self._follow_file()
        if not self.active:
            self._unlock()
            return
        window = self.window
        for action in self._edit_actions():
            action.setEnabled(False)
        window.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        window.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self._locked = True
        for root in (window.detail_tabs, window.actuals_page, window.reviews_page):
            lock_widgets(root)

    def _unlock(self) -> None:
        if not self._locked:
            return
        self._locked = False
        window = self.window
        window.tree.setEditTriggers(self._tree_triggers)
        window.tree.setDragDropMode(self._drag_mode)
        window.import_action.setEnabled(True)  # the window's own updates leave these alone
        window.backup_actions.restore_action.setEnabled(True)
        for action in window.policy_actions.actions():
            action.setEnabled(True)

    def _edit_actions(self) -> list:
        window = self.window
        tree = window.tree_actions
        actions = [tree.add, tree.rename, tree.delete, tree.paste]
        actions += [tree.move_up, tree.move_down, tree.promote, tree.demote]
        actions += [window.undo_action, window.redo_action, window.import_action]
        for name in (
            "team_action",
            "funnel_action",
            "what_if_action",
            "period_action",
            "next_period_action",
            "closing_days_action",
            "thresholds_action",
            "new_review_action",
            "month_turn_action",
            "reopen_period_action",
        ):
            actions.append(getattr(window, name))
        actions.append(window.backup_actions.restore_action)
        return actions + window.policy_actions.actions()

    def eventFilter(self, watched, event) -> bool:
        """Typing or double-clicking in the tree of a read-only plan says why nothing happens."""
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            self.window._show_message(read_only_text())
            return False  # the double-click still opens or folds the KPI
        if kind == QEvent.Type.KeyPress and watched is self.window.tree:
            typed = event.text()
            if (typed and typed.isprintable()) or event.key() in EDITING_KEYS:
                self.window._show_message(read_only_text())
                return True
        return False

    # -- following the file -------------------------------------------------------------

    def _follow_file(self) -> None:
        wanted = [str(self.window.document.path)] if self.active else []
        if self.watcher.files() != wanted:
            if self.watcher.files():
                self.watcher.removePaths(self.watcher.files())
            if wanted:
                self.watcher.addPaths(wanted)
        if not wanted:
            self.poll.stop()
            self._seen = None
        elif not self.poll.isActive():
            self._seen = _stamp(self.window.document.path)
            self.poll.start()

    def _poll(self) -> None:
        stamp = _stamp(self.window.document.path) if self.active else None
        if stamp is not None and stamp != self._seen:
            self._seen = stamp
            self.debounce.start()

    def _file_changed(self, _path: str) -> None:
        if self.active:
            self.debounce.start()

    def reload(self) -> None:
        """Read the plan afresh and show it as opening it does, keeping the selected KPI."""
        if not self.active:
            return
        window = self.window
        node_id = window.current_node_id()
        try:
            fresh = PlanDocument(window.document.path, window.number_format, read_only=True)
        except PlanFileError as error:  # replaced halfway, say: the next change tries again
            window._show_message(file_error_text(error.code, error.path, error.detail))
            self._follow_file()
            return
        self._seen = _stamp(fresh.path)
        window._switch_to(fresh)
        if node_id is not None and node_id in fresh.session.plan.nodes:
            window._select_node(node_id)
        self.reloaded.emit()


def _stamp(path: Path) -> tuple[int, int] | None:
    """The file's modification time and size (None while it cannot be read)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def lock_widgets(root: QWidget) -> None:
    """Make every field under `root` read-only and every button and choice disabled."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            if widget.objectName() in BROWSING_WIDGETS or isinstance(widget.parent(), QTabBar):
                continue
            widget.setEnabled(False)
