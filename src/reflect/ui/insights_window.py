"""``InsightsWindow``: charts of the journey, each with a table and a summary in words.

The main window imports this module only when Insights is first opened: it is where
matplotlib's Qt canvas comes in (with ``reflect.render.charts``), and matplotlib takes
most of a second to load, which nobody opening their journal should wait for.

All reading goes through the ``fetch`` the window is given (the journal worker), so the
journal is never touched on the UI thread. One read brings everything the four charts
need for a period; switching charts draws from it without reading again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflect.core.insights import (
    MONTH,
    WEEK,
    Bucket,
    Chart,
    ChartText,
    Insights,
    Period,
    chart_text,
    has_data,
)
from reflect.core.journal import Journal
from reflect.render.charts import ChartFigure, ChartTheme
from reflect.ui import file_dialogs
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import wording_text
from reflect.ui.worker import Fetch

# matplotlib's Qt canvas carries no annotations; this gives making one a type.
_qt_canvas: Callable[[Figure], FigureCanvasQTAgg] = FigureCanvasQTAgg

# Texts marked here are translated where shown, under the context "InsightsWindow".
WINDOW_TITLE = QT_TRANSLATE_NOOP("InsightsWindow", "Insights")
CHARTS = tuple(Chart)
CHART_NAMES = {  # the tabs (the core's Chart values, which name files, stay English)
    Chart.MOMENTS: QT_TRANSLATE_NOOP("InsightsWindow", "Hope and struggle"),
    Chart.CHECK_INS: QT_TRANSLATE_NOOP("InsightsWindow", "Check-ins"),
    Chart.DAYS_WRITTEN: QT_TRANSLATE_NOOP("InsightsWindow", "Days written"),
    Chart.TAGS: QT_TRANSLATE_NOOP("InsightsWindow", "Tags"),
}
# (words, months back; None is the whole journal)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("InsightsWindow", "Last 3 months"), 3),
    (QT_TRANSLATE_NOOP("InsightsWindow", "Last 12 months"), 12),
    (QT_TRANSLATE_NOOP("InsightsWindow", "All time"), None),
)
GROUPINGS: tuple[tuple[str, Bucket], ...] = (
    (QT_TRANSLATE_NOOP("InsightsWindow", "By week"), WEEK),
    (QT_TRANSLATE_NOOP("InsightsWindow", "By month"), MONTH),
)
GATHERING = QT_TRANSLATE_NOOP("InsightsWindow", "Gathering your charts…")
Index = QModelIndex | QPersistentModelIndex


def chart_theme(palette: QPalette) -> ChartTheme:
    """The chart colours of a window's palette (light or dark)."""
    return ChartTheme(
        background=palette.color(QPalette.ColorRole.Window).name(),
        foreground=palette.color(QPalette.ColorRole.WindowText).name(),
    )


class ChartTableModel(QAbstractTableModel):
    """A chart's numbers as a table: the same rows the chart is drawn from, as words."""

    def __init__(self) -> None:
        super().__init__()
        self._header: tuple[str, ...] = ()
        self._rows: Sequence[tuple[str, ...]] = ()

    def set_text(self, text: ChartText | None) -> None:
        """Show ``text``'s table, or nothing."""
        self.beginResetModel()
        self._header = () if text is None else text.header
        self._rows = () if text is None else text.rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            # Counts line up on the right; the first column names the week, month or tag.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._header)
        ):
            return self._header[section]
        return None


class InsightsWindow(QWidget):
    """A window of charts: hope and struggle, check-ins, days written and tags, over a
    chosen period, by week or by month; each also as a table, and savable as a picture."""

    def __init__(self, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._fetch = fetch
        self._generation = 0  # counts reads asked for: only the latest one's answer is used
        self._insights: Insights | None = None
        self._stale = True  # read again when next shown
        self.setWindowTitle(QCoreApplication.translate("InsightsWindow", WINDOW_TITLE))
        self.resize(940, 640)

        self.chart_tabs = QTabBar()
        self.chart_tabs.setAccessibleName(QCoreApplication.translate("InsightsWindow", "Chart"))
        for chart in CHARTS:
            self.chart_tabs.addTab(QCoreApplication.translate("InsightsWindow", CHART_NAMES[chart]))
        self.period_choice = _choice(
            QCoreApplication.translate("InsightsWindow", "Period"),
            [words for words, _ in PERIODS],
            1,
        )
        self.grouping_choice = _choice(
            QCoreApplication.translate("InsightsWindow", "Group by"),
            [words for words, _ in GROUPINGS],
            1,
        )
        self.table_toggle = QPushButton(
            QCoreApplication.translate("InsightsWindow", "Show as &Table")
        )
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleName(
            QCoreApplication.translate("InsightsWindow", "Show as table")
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("InsightsWindow", "&Save Chart as PNG…")
        )
        self.save_button.setAccessibleName(
            QCoreApplication.translate("InsightsWindow", "Save chart as PNG")
        )
        self.save_button.setEnabled(False)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("InsightsWindow", "Summary"))
        # Selectable and reachable with Tab, so a screen reader can read it and anyone copy
        # it (the flags set a focus policy of their own, hence the order).
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("InsightsWindow", "Save status"))

        self.chart_figure = ChartFigure()
        self.canvas = _qt_canvas(self.chart_figure.figure)
        self.canvas.setMinimumSize(480, 300)
        self.table_model = ChartTableModel()
        self.table = self._make_table()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.canvas)
        self.pages.addWidget(self.table)

        self._lay_out()
        self.chart_tabs.currentChanged.connect(self._on_chart_tabs_current_changed)
        self.period_choice.currentIndexChanged.connect(self._on_choice_changed)
        self.grouping_choice.currentIndexChanged.connect(self._on_choice_changed)
        self.table_toggle.toggled.connect(self._on_table_toggle_toggled)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)  # as in Moments and Look Back
        self._clear_views()

    # --- what the main window calls --------------------------------------------------------

    def refresh(self) -> None:
        """Read the journal again (entries changed, or it was unlocked); waits until shown."""
        self._stale = True
        if self.isVisible():
            self._load()

    def forget_everything(self) -> None:
        """Drop every number and picture of the journal (it is being locked)."""
        self._generation += 1  # an answer already on its way belongs to the locked journal
        self._insights = None
        self._stale = True
        self.chart_figure.clear()
        self._redraw()
        self._clear_views()

    # --- reading and showing ---------------------------------------------------------------

    @property
    def chart(self) -> Chart:
        """The chart chosen."""
        return CHARTS[max(self.chart_tabs.currentIndex(), 0)]

    @property
    def insights(self) -> Insights | None:
        """What is shown, or ``None`` before it arrives (and after a lock)."""
        return self._insights

    def _load(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        months = PERIODS[self.period_choice.currentIndex()][1]
        period = None if months is None else Period.recent_months(months, date.today())
        bucket = GROUPINGS[self.grouping_choice.currentIndex()][1]
        if self._insights is None:
            self.summary.setText(QCoreApplication.translate("InsightsWindow", GATHERING))

        def read(journal: Journal) -> Insights:  # on the worker thread: no widgets here
            return journal.insights(period, bucket)

        self._fetch(read, lambda insights: self._on_worker_insights_loaded(generation, insights))

    def _on_worker_insights_loaded(self, generation: int, insights: Insights) -> None:
        if generation != self._generation:
            return  # asked again since (another period), or locked
        self._insights = insights
        self._show_chart()

    def _show_chart(self) -> None:
        insights = self._insights
        if insights is None:
            return
        chart = self.chart
        text = chart_text(insights, chart, wording_text)
        self.chart_figure.show(insights, chart, chart_theme(self.palette()))
        self._redraw()
        self.table_model.set_text(text)
        self.summary.setText(text.summary)
        self.canvas.setAccessibleName(text.title)
        self.canvas.setAccessibleDescription(text.summary)
        self.table.setAccessibleDescription(text.title)
        self.save_button.setEnabled(has_data(insights, chart))
        self.grouping_choice.setEnabled(chart is not Chart.TAGS)  # tags are counted whole
        self.status.clear()

    def _redraw(self) -> None:
        canvas: FigureCanvasBase = self.canvas  # its typed face; Qt's draws when next painted
        canvas.draw_idle()

    def _clear_views(self) -> None:
        self.table_model.set_text(None)
        self.summary.clear()
        self.status.clear()
        self.canvas.setAccessibleName(QCoreApplication.translate("InsightsWindow", "Chart"))
        self.canvas.setAccessibleDescription("")
        self.table.setAccessibleDescription("")
        self.save_button.setEnabled(False)

    # --- saving ----------------------------------------------------------------------------

    def save_chart(self, path: Path) -> bool:
        """Save the chart shown as a PNG picture at ``path``; a failure is told in a message
        box. Returns whether it was saved."""
        if self._insights is None or not has_data(self._insights, self.chart):
            return False  # nothing to save (or the journal was locked meanwhile)
        try:
            self.chart_figure.save_png(path)
        except OSError as error:
            reason = error.strerror or QCoreApplication.translate(
                "InsightsWindow", "the folder may not be writable"
            )
            said = QCoreApplication.translate(
                "InsightsWindow",
                "Reflect couldn't save the chart as {file} ({reason}). "
                "Would you try another folder?",
            )
            QMessageBox.warning(
                self,
                QCoreApplication.translate("InsightsWindow", "Couldn't Save the Chart"),
                said.format(file=path.name, reason=reason),
            )
            return False
        said = QCoreApplication.translate(
            "InsightsWindow",
            "Saved the chart as {file}. The picture is not encrypted, so keep it somewhere safe.",
        )
        self.status.setText(said.format(file=path.name))
        return True

    def _on_save_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        suggested = Path(folder or Path.home()) / f"{self.chart.value}.png"
        path = file_dialogs.save_file(
            self,
            QCoreApplication.translate("InsightsWindow", "Save Chart as PNG"),
            suggested,
            QCoreApplication.translate("InsightsWindow", "PNG pictures (*.png)"),
        )
        if path is not None:
            self.save_chart(path if path.suffix.lower() == ".png" else path.with_suffix(".png"))

    # --- events ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show_chart()  # light or dark: the chart follows the window

    def _on_chart_tabs_current_changed(self, _index: int) -> None:
        self._show_chart()

    def _on_choice_changed(self, _index: int) -> None:
        self._load()

    def _on_table_toggle_toggled(self, as_table: bool) -> None:
        self.pages.setCurrentWidget(self.table if as_table else self.canvas)

    # --- building --------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("chart_table")
        table.setModel(self.table_model)
        table.setAccessibleName(QCoreApplication.translate("InsightsWindow", "Chart as a table"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        choices = QHBoxLayout()
        for words, box in (
            (QCoreApplication.translate("InsightsWindow", "&Period:"), self.period_choice),
            (QCoreApplication.translate("InsightsWindow", "&Group:"), self.grouping_choice),
        ):
            label = QLabel(words)
            label.setBuddy(box)
            choices.addWidget(label)
            choices.addWidget(box)
        choices.addStretch(1)
        choices.addWidget(self.table_toggle)
        choices.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart_tabs)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)


def _choice(name: str, items: Sequence[str], chosen: int) -> QComboBox:
    """A combo box named ``name`` (translated) of ``items`` (marked, translated here)."""
    box = QComboBox()
    box.setAccessibleName(name)
    for item in items:
        box.addItem(QCoreApplication.translate("InsightsWindow", item))
    box.setCurrentIndex(chosen)
    return box
