"""Copy to the clipboard: a chart or the diagram as an image and as SVG, a table as tab-separated
text (with its header row) that pastes into Excel cell by cell."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsItem,
    QGraphicsView,
    QWidget,
)

from kpidesk.i18n.fill import fill
from kpidesk.ui.actions import make_action
from kpidesk.ui.svg_fonts import portable_svg

SVG_MIME = "image/svg+xml"
IMAGE_SCALE = 2.0  # pixels per screen pixel in a copied picture: crisp on slides and at ×2
translate = QCoreApplication.translate


# -- tables --------------------------------------------------------------------------------


def table_text(view: QAbstractItemView) -> str:
    """The selected cells (the rectangle around them), or the whole table when nothing is
    selected or the view selects only one row at a time (there the row marks where you read,
    not what to copy), as tab-separated lines under the column headers."""
    model = view.model()
    selected = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection:
        selected = []
    if selected:
        rows = sorted({index.row() for index in selected})
        columns = sorted({index.column() for index in selected})
        rows = list(range(rows[0], rows[-1] + 1))
        columns = list(range(columns[0], columns[-1] + 1))
    else:
        rows = list(range(model.rowCount()))
        columns = list(range(model.columnCount()))
    columns = [c for c in columns if not _hidden(view, c)]
    header = [_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    row_names = _row_headers_shown(view)  # the Actuals grid's days, for one
    lines = ["\t".join([""] * row_names + header)]
    for row in rows:
        cells = [_cell(model.index(row, c, QModelIndex()).data()) for c in columns]
        if row_names:
            cells.insert(0, _cell(model.headerData(row, Qt.Orientation.Vertical)))
        lines.append("\t".join(cells))
    return "\r\n".join(lines) + "\r\n"  # Excel's own line ends


def _row_headers_shown(view: QAbstractItemView) -> bool:
    vertical = getattr(view, "verticalHeader", None)
    return bool(vertical and not vertical().isHidden())


def _hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden and is_hidden(column))


def _cell(value: object) -> str:
    """A cell as one field: tabs and line breaks inside it would split it in Excel."""
    return " ".join(str("" if value is None else value).split())


def copy_table(view: QAbstractItemView) -> str:
    text = table_text(view)
    QApplication.clipboard().setText(text)
    return text


# -- pictures -------------------------------------------------------------------------------


def picture_data(image: QImage, svg: str) -> QMimeData:
    """An image for any program, and the same picture as SVG for those that take vectors."""
    data = QMimeData()
    data.setImageData(image)
    data.setData(SVG_MIME, QByteArray(svg.encode("utf-8")))
    return data


def view_picture(view: QGraphicsView) -> tuple[QImage, str]:
    """What a graphics view shows (a chart), as an image at IMAGE_SCALE and as SVG."""
    source = QRectF(view.viewport().rect())
    scene_rect = view.mapToScene(view.viewport().rect()).boundingRect()
    size = QSize(round(source.width() * IMAGE_SCALE), round(source.height() * IMAGE_SCALE))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    brush = view.backgroundBrush()
    painted = brush.style() != Qt.BrushStyle.NoBrush
    image.fill(brush.color() if painted else QColor(Qt.GlobalColor.white))
    kept = _drawn_afresh(view.scene())  # kept pixels: blurred when scaled, images in the SVG
    try:
        painter = QPainter(image)
        hints = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        painter.setRenderHints(hints)
        view.scene().render(painter, QRectF(image.rect()), scene_rect)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), image.pixelColor(0, 0))
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), scene_rect)
        painter.end()
    finally:
        for item, mode in kept:
            item.setCacheMode(mode)
    return image, portable_svg(QByteArray(buffer.data()).data().decode("utf-8"))


def _drawn_afresh(scene) -> list:
    """Items of `scene` that keep their painting as pixels (a chart's legend) paint afresh
    until their modes are given back: returns each with its mode."""
    kept = [(item, item.cacheMode()) for item in scene.items()]
    kept = [(item, mode) for item, mode in kept if mode != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in kept:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return kept


def copy_picture(image: QImage, svg: str) -> None:
    QApplication.clipboard().setMimeData(picture_data(image, svg))


# -- actions ---------------------------------------------------------------------------------


def _shortcut_text() -> str:
    return QKeySequence(QKeySequence.StandardKey.Copy).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def copy_action(owner: QWidget, text: str, tip: str, slot, name: str, scope: QWidget) -> QAction:
    """A Copy action that works while `scope` has the focus, in its right-click menu too."""
    action = make_action(owner, text, slot, QKeySequence.StandardKey.Copy, name, scope=scope)
    action.setToolTip(fill(tip, _shortcut_text()))
    scope.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


class _CopyKey(QObject):
    """Gives the Copy key to `action`: an item view with a current cell takes Ctrl+C for
    itself (it would copy that one cell's text), so the shortcut alone never fires there."""

    def __init__(self, view: QAbstractItemView, action: QAction) -> None:
        super().__init__(view)
        self.action = action
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        copy = QKeySequence.StandardKey.Copy
        if event.type() == QEvent.Type.KeyPress and event.matches(copy):
            self.action.trigger()
            return True
        return super().eventFilter(watched, event)


def add_table_copy(owner: QWidget, view: QAbstractItemView) -> QAction:
    """Ctrl+C (and the right-click menu) on `view` copies it as tab-separated text."""
    action = copy_action(
        owner,
        translate("Clipboard", "Copy Table"),
        translate("Clipboard", "Copy the selected cells, or the whole table, for Excel (%1)"),
        lambda: copy_table(view),
        "copyTableAction",
        view,
    )
    _CopyKey(view, action)
    return action


def add_chart_copy(owner: QWidget, view: QGraphicsView) -> QAction:
    """Ctrl+C (and the right-click menu) on a chart copies it as an image and as SVG."""
    return copy_action(
        owner,
        translate("Clipboard", "Copy Chart"),
        translate("Clipboard", "Copy the chart as a picture, for slides and mail (%1)"),
        lambda: copy_picture(*view_picture(view)),
        "copyChartAction",
        view,
    )
