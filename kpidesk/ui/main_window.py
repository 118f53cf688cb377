"""The main window: the KPI tree beside the selected KPI's form, with File, Edit and View menus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.model import RoundingPolicy
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import (
    rounding_policy_name,
)
from kpidesk.services.plan_files import PlanFileError
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.actions import make_action
from kpidesk.ui.backup_actions import BackupActions
from kpidesk.ui.field_undo import FieldUndoGuard
from kpidesk.ui.file_actions import FileActions
from kpidesk.ui.focus_return import FocusReturn
from kpidesk.ui.help_menu import HelpMenu
from kpidesk.ui.icons import decorate
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.module_sources import forget_module_sources
from kpidesk.ui.node_form import NodeForm
from kpidesk.ui.plan_dialogs import PlanDialogs
from kpidesk.ui.plan_document import PlanDocument
from kpidesk.ui.plan_header import PlanHeader
from kpidesk.ui.plan_pages import PlanPages
from kpidesk.ui.plan_tree_model import Column, PlanTreeModel
from kpidesk.ui.print_preview import print_preview_action
from kpidesk.ui.print_report import print_action
from kpidesk.ui.read_only import ReadOnlyMode, file_title
from kpidesk.ui.recent_files import remember
from kpidesk.ui.rename_plan import rename_plan_action
from kpidesk.ui.scroll_fit import keep_form_unclipped
from kpidesk.ui.smart_glance import SmartGlance, SmartPlaces
from kpidesk.ui.swap import swap_in
from kpidesk.ui.team_menu import TeamMenu
from kpidesk.ui.theme import attach_theme
from kpidesk.ui.tones import show_as_error
from kpidesk.ui.tree_actions import TreeActions
from kpidesk.ui.tree_columns import TreeColumnWidths
from kpidesk.ui.tree_expansion import ExpandedWhenShown
from kpidesk.ui.tree_keys import TreeKeyboard

MONEY_IN_MAN_KEY = "view/moneyInMan"


class MainWindow(QMainWindow):
    """Shows one plan at a time; every edit is saved at once and can be undone."""

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: PlanDocument | None = None
        self.number_format = NumberFormat(
            money_in_man=settings.value(MONEY_IN_MAN_KEY, False, type=bool)
        )
        self.undo_group = QUndoGroup(self)
        self.model = PlanTreeModel(self.number_format, parent=self)  # no plan yet
        self.model.editRefused.connect(self._show_cell_refusal)
        self._build_widgets()
        self.read_only_mode = ReadOnlyMode(self)
        FocusReturn(self)  # a closing dialog gives the keyboard back to this window
        self._build_actions()
        self._update_title()
        self.resize(1180, 680)
        forget_module_sources()  # what PySide6 read of the modules imported so far

    # -- building -------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.header = PlanHeader()
        self.tree = QTreeView(objectName="planTree", accessibleName=self.tr("KPI tree"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.column_widths = TreeColumnWidths(self.tree, stretch_column=Column.NAME)
        self.expansion = ExpandedWhenShown(self.tree)  # every KPI shown, once the tree shows
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.message_bar = PlainLabel(objectName="messageBar")
        show_as_error(self.message_bar)
        self.message_bar.setWordWrap(True)
        self.message_bar.hide()

        self.views = PlanPages(self.tree, self.number_format)  # diagram, actuals, charts, reviews
        self.views.kpiClicked.connect(self._select_node)
        self.views.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.views.failed.connect(self._show_message)
        self.diagram_page, self.actuals_page = self.views.diagram_page, self.views.actuals_page
        self.charts_page, self.reviews_page = self.views.charts_page, self.views.reviews_page
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.message_bar)

        self.form_area = QScrollArea(accessibleName=self.tr("The selected KPI"))
        self.form_area.setWidgetResizable(True)
        self.form_area.setMinimumWidth(360)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form: NodeForm | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        self.detail_tabs = QTabWidget(objectName="detailTabs", accessibleName=self.tr("Details"))
        self.detail_tabs.addTab(self.form_area, self.tr("Details"))
        splitter.addWidget(self.detail_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 420])
        self.setCentralWidget(splitter)
        self.smart_places = SmartPlaces(self.tree, self.detail_tabs, self.statusBar())
        self.smart_glance: SmartGlance | None = None  # the open plan's, in those places

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.dialogs = PlanDialogs(self)  # team_action … month_turn_action: they need a plan
        self.files = FileActions(self, self.dialogs.needs_plan)  # new_action … export_pdf_action
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key.Redo)
        FieldUndoGuard(self)  # Ctrl+Z in a text field undoes the plan's edit, not the typing
        self.tree_actions = TreeActions(self.tree, self.model, self._show_message)
        self.tree_keyboard = TreeKeyboard(self)  # Left/Right across cells, F6 tree <-> form
        self.policy_actions = QActionGroup(self)
        for policy in RoundingPolicy:
            action = self.policy_actions.addAction(rounding_policy_name(policy))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, p=policy: self._set_policy(p))
        self.man_action = make_action(self, self.tr("Show Money in 万円"), self._toggle_man)
        self.man_action.setCheckable(True)
        self.man_action.setChecked(self.number_format.money_in_man)
        self.expand_action = make_action(self, self.tr("&Expand All"), self.tree.expandAll)
        self.help_menu = HelpMenu(self)  # the guide (F1), a fresh demo plan, About

        menu = self.menuBar()
        self.backup_actions = BackupActions(self)  # Save a Copy, Restore From Backup, backups
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        file_menu.addAction(self.save_as_action)
        file_menu.addActions(self.backup_actions.actions())
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_actuals_action])
        file_menu.addAction(self.export_pdf_action)
        file_menu.addAction(print_action(self))  # Print… the meeting report
        file_menu.addAction(print_preview_action(self))  # and its preview
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        for action in self.tree_actions.all:
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        plan_menu = menu.addMenu(self.tr("&Plan"))
        plan_menu.addAction(rename_plan_action(self))  # Rename Plan…
        plan_menu.addActions([self.team_action, self.funnel_action, self.what_if_action])
        plan_menu.addSeparator()
        plan_menu.addActions(
            [
                self.period_action,
                self.next_period_action,
                self.reopen_period_action,
                self.closing_days_action,
                self.thresholds_action,
            ]
        )
        plan_menu.addSeparator()
        plan_menu.addActions(self.policy_actions.actions())
        self.team_menu = TeamMenu(self)  # Send to Reps…, Collect From Reps…
        self.team_menu.fill(menu.addMenu(self.tr("Tea&m")))
        review_menu = menu.addMenu(self.tr("&Review"))
        review_menu.addActions([self.new_review_action, self.month_turn_action])
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([self.man_action, self.expand_action])
        view_menu.addAction(self.smart_places.filter_action)
        self.theme = attach_theme(self, view_menu)  # Colour Scheme: system (live), light, dark
        help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.fill(help_menu)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.tree_actions.add, self.tree_actions.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.team_action, self.funnel_action, self.what_if_action])
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        decorate(self._action_icons())
        self._update_actions()

    # -- files --------------------------------------------------------------------

    def open_file(self, path: str | Path | None = None, ask_when_held: bool = True) -> bool:
        return self.files.open_file(path, ask_when_held)

    def new_plan(self, path: str | Path | None = None, template: str | None = None) -> bool:
        return self.files.new_plan(path, template)

    def save_as(self, path: str | Path | None = None) -> bool:
        return self.files.save_as(path)

    def import_actuals(self, path: str | Path | None = None) -> bool:
        return self.files.import_actuals(path)

    def export_actuals(self, path: str | Path | None = None) -> bool:
        return self.files.export_actuals(path)

    def export_pdf(self):
        return self.files.export_pdf()

    def _file_error(self, error: PlanFileError) -> None:
        self.files.file_error(error)

    def _file_filter(self) -> str:
        return self.files.file_filter()

    def _switch_to(self, document: PlanDocument) -> None:
        """Show `document`: every view follows it from now on, and the previous plan closes."""
        self.backup_actions.attach(document)
        self.views.save_notes()  # the previous plan's review notes, while it is still open
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.close()
        self.document = document
        controller = document.controller
        self.undo_group.addStack(controller.undo_stack)
        self.undo_group.setActiveStack(controller.undo_stack)
        controller.refused.connect(self.statusBar().showMessage)
        controller.storage_failed.connect(self._show_message)
        document.changed.connect(self._plan_changed)
        document.structureChanged.connect(self.expansion.expand_all)
        document.currentChanged.connect(self._show_current)
        self.tree_actions.controller = controller
        self._use_model(PlanTreeModel(self.number_format, document, self))
        self.expansion.expand_all()
        self.views.follow(document)
        self.header = swap_in(self.header, PlanHeader(document))
        self.form = NodeForm(document)
        self.form_area.setWidget(self.form)
        keep_form_unclipped(self.form_area)  # English labels are longer: never clip the form
        make_accessible(self)  # names for screen readers, the form's tab order, shortcut tips
        self.smart_glance = SmartGlance(document, self.tree, self.model, self.smart_places)
        root = self.model.index(0, 0)
        if root.isValid():
            self.tree.setCurrentIndex(root)
        self.tree.setFocus()  # the arrows work at once, with no click first
        remember(self.settings, document.path)
        self._update_title()
        self._update_actions()

    def _use_model(self, model: PlanTreeModel) -> None:
        """Show an opened plan's own tree model; the previous plan's goes."""
        previous, selection, self.model = self.model, self.tree.selectionModel(), model
        model.editRefused.connect(self._show_cell_refusal)
        self.tree.setModel(model)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.column_widths.follow(model)
        self.tree_actions.model = model
        selection.deleteLater()
        previous.deleteLater()

    def _action_icons(self) -> dict:
        """Each toolbar and File-menu action by the name of its icon."""
        return {
            "undo": self.undo_action,
            "redo": self.redo_action,
            "add-kpi": self.tree_actions.add,
            "delete": self.tree_actions.delete,
            "team": self.team_action,
            "funnel": self.funnel_action,
            "what-if": self.what_if_action,
            "new": self.new_action,
            "open": self.open_action,
            "import": self.import_action,
            "export-pdf": self.export_pdf_action,
            "guide": self.help_menu.guide_action,
            "about": self.help_menu.about_action,
        }

    # -- edits --------------------------------------------------------------------

    def current_node_id(self) -> int | None:
        return self.model.node_id(self.tree.currentIndex())

    def _plan_changed(self, _outcome) -> None:
        """The window's own part of any change: the message bar, the title, the actions."""
        self.message_bar.hide()
        self._update_title()
        self._update_actions()

    def _show_cell_refusal(self, index, message: str) -> None:
        self._show_message(message)
        rect = self.tree.visualRect(index)
        QToolTip.showText(self.tree.viewport().mapToGlobal(rect.bottomLeft()), message, self.tree)

    def _show_message(self, message: str) -> None:
        self.message_bar.setText(message)
        self.message_bar.show()
        self.statusBar().showMessage(message, 8000)

    def _current_changed(self, current, _previous) -> None:
        """The tree's selection is the document's current KPI, which every view shows."""
        if self.document is not None:
            self.document.set_current_kpi(self.model.node_id(current))
        self._update_actions()

    def _show_current(self, node_id: int | None) -> None:
        if node_id is not None and node_id != self.current_node_id():
            self._select_node(node_id)

    @property
    def diagram(self):
        return self.views.diagram

    @property
    def actuals(self):
        return self.views.actuals

    @property
    def charts(self):
        return self.charts_page.panel

    @property
    def chart_rep(self) -> QComboBox | None:
        return self.charts_page.rep

    @property
    def as_of(self) -> date | None:
        """The day progress is shown as of; None is today."""
        return self.views.as_of

    @as_of.setter
    def as_of(self, day: date | None) -> None:
        self.views.as_of = day

    @property
    def reviews(self):
        return self.views.reviews

    def show_charts(self) -> None:
        self.views.setCurrentWidget(self.charts_page)

    def show_reviews(self) -> None:
        self.views.setCurrentWidget(self.reviews_page)

    def new_review(self) -> None:
        if self.document is not None:
            self.show_reviews()
            self.reviews.new_review()

    def show_month_turn(self):
        return self.dialogs.show_month_turn()

    def show_actuals(self) -> None:
        self.views.setCurrentWidget(self.actuals_page)

    def show_diagram(self) -> None:
        self.views.setCurrentWidget(self.diagram_page)

    def _select_node(self, node_id: int) -> None:
        index = self.model.index_of(node_id)
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)

    # -- view ---------------------------------------------------------------------

    def _toggle_man(self, checked: bool) -> None:
        self.number_format.money_in_man = checked
        self.settings.setValue(MONEY_IN_MAN_KEY, checked)
        self.model.refresh_all()
        self.views.refresh_diagram()
        if self.form is not None:
            self.form.show_node(self.form.node_id)
            self.smart_glance.refresh_form()

    def _update_title(self) -> None:
        title = self.tr("KPI Desk")
        if self.document is not None:
            title = f"{file_title(self.document)} — {title}"
        self.setWindowTitle(title)

    def _update_actions(self) -> None:
        self.tree_actions.update_enabled()
        self.dialogs.update_enabled(self.current_node_id())
        if self.document is not None:
            policy = self.document.session.plan.rounding_policy
            for action, choice in zip(self.policy_actions.actions(), RoundingPolicy, strict=True):
                action.setChecked(choice is policy)
        self.read_only_mode.apply()

    def _set_policy(self, policy: RoundingPolicy) -> None:
        if self.document is not None:
            self.show_refusal(self.document.controller.set_rounding_policy(policy))

    def show_refusal(self, refusal: str | None) -> None:
        if refusal:
            self._show_message(refusal)

    def closeEvent(self, event) -> None:
        editor = self.tree.indexWidget(self.tree.currentIndex())
        if editor is not None:  # an edit in progress is kept, as everywhere else
            self.tree.commitData(editor)
        self.views.save_notes()
        self.backup_actions.detach()
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)
