"""The explorer page: selector and controls, the plots (or softmax view), facts and pins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from actgui.state.explorer import ExplorerState
from actgui.state.view import ViewSettings
from actgui.ui.explorer.activation_selector import ActivationSelector
from actgui.ui.explorer.compare_panel import ComparePanel
from actgui.ui.explorer.curve_plots import CurvePlots
from actgui.ui.explorer.facts_panel import FactsPanel
from actgui.ui.explorer.param_controls import ParamControls
from actgui.ui.explorer.range_controls import RangeControls
from actgui.ui.explorer.rrelu_band import RReluBand
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import apply_theme

if TYPE_CHECKING:
    from actgui.ui.explorer.glu_view import GluView
    from actgui.ui.explorer.softmax_view import SoftmaxView

DEFAULT_SIZES = (250, 700, 330)
"""Default widths of the left column, the plots and the right column."""

DEFAULT_RIGHT_SIZES = (420, 200)
"""Default heights of the facts and the pins in the right column."""


def _group(title_owner: QWidget, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title_owner)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(widget)
    return box


class ExplorerPage(Retranslating, QWidget):
    """The first page of the window: explore one activation, compare several.

    Attributes
    ----------
    selector, params, ranges, plots, softmax, facts, compare
        The panels, each bound to ``state`` on its own. ``softmax`` is built
        the first time it is used, so it stays off the start-up path.
    center
        Shows ``plots`` for elementwise activations and ``softmax`` for the
        softmax family.
    splitter, right_splitter
        Their state is saved with the window layout.
    """

    def __init__(
        self, state: ExplorerState, parent: QWidget | None = None, view: ViewSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.view = view
        self.selector = ActivationSelector(state)
        self.params = ParamControls(state)
        self.ranges = RangeControls(state)
        self.plots = CurvePlots(state)
        self.rrelu_band = RReluBand(state, self.plots.f_plot, self.plots.f_legend)
        self._softmax: SoftmaxView | None = None
        self._glu: GluView | None = None
        self.pending_softmax_layout: QByteArray | None = None
        """A saved splitter state for the softmax view, applied when it is built."""
        self.facts = FactsPanel(state)
        self.compare = ComparePanel(state)

        self.selector_box = _group(self, self.selector)
        self.params_box = _group(self, self.params)
        self.ranges_box = _group(self, self.ranges)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 2, 6)
        left_layout.addWidget(self.selector_box, 1)
        left_layout.addWidget(self.params_box)
        left_layout.addWidget(self.ranges_box)
        left.setMinimumWidth(210)

        self.center = QStackedWidget(self)
        self.center.addWidget(self.plots)

        facts_scroll = QScrollArea(self)
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts_holder = QWidget()
        holder_layout = QVBoxLayout(facts_holder)
        holder_layout.setContentsMargins(8, 6, 8, 6)
        holder_layout.addWidget(self.facts)
        facts_scroll.setWidget(facts_holder)
        self.compare_box = _group(self, self.compare)
        compare_scroll = QScrollArea(self)
        compare_scroll.setWidgetResizable(True)
        compare_scroll.setFrameShape(QFrame.Shape.NoFrame)
        compare_scroll.setWidget(self.compare_box)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.addWidget(facts_scroll)
        self.right_splitter.addWidget(compare_scroll)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.setMinimumWidth(240)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        state.activation_changed.connect(self._show_center)
        self.retranslate_ui()
        self.reset_layout()
        self._show_center(state.activation_id)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.selector_box.setTitle(self.tr("Activation"))
        self.params_box.setTitle(self.tr("Parameters"))
        self.ranges_box.setTitle(self.tr("Plotted range"))
        self.compare_box.setTitle(self.tr("Compare"))

    def reset_layout(self) -> None:
        """Give the columns and the right column's panels their default sizes."""
        self.splitter.setSizes(list(DEFAULT_SIZES))
        self.right_splitter.setSizes(list(DEFAULT_RIGHT_SIZES))
        self.plots.splitter.setSizes([1, 1])
        if self._softmax is not None:
            self._softmax.splitter.setSizes([3, 2])

    @property
    def softmax_built(self) -> bool:
        """Whether the softmax view exists yet."""
        return self._softmax is not None

    @property
    def softmax(self) -> SoftmaxView:
        """The softmax-family view, built on first use in the current theme."""
        if self._softmax is None:
            from actgui.ui.explorer.softmax_view import SoftmaxView

            view = SoftmaxView(self.state)
            self.center.addWidget(view)
            layout = self.pending_softmax_layout
            if layout is None or not view.splitter.restoreState(layout) or 0 in view.splitter.sizes():
                view.splitter.setSizes([3, 2])
            apply_theme(view, self.view.theme if self.view is not None else "light")
            self._softmax = view
        return self._softmax

    @property
    def glu(self) -> GluView:
        """The GLU view (heatmap of a * g(b) and a slice), built on first use in the current theme."""
        if self._glu is None:
            from actgui.ui.explorer.glu_view import GluView

            view = GluView(self.state)
            self.center.addWidget(view)
            view.splitter.setSizes([3, 2])
            apply_theme(view, self.view.theme if self.view is not None else "light")
            self._glu = view
        return self._glu

    def _show_center(self, _activation_id: str) -> None:
        act = self.state.activation
        if act.is_gated:
            self.center.setCurrentWidget(self.glu)
            self.glu.update_view()
            return
        vector = act.is_vector
        self.center.setCurrentWidget(self.softmax if vector else self.plots)
        if vector:
            self.softmax.update_view()
