"""View > Gradient shading: the |f'| level below which the derivative plot is shaded, or none.

One exclusive choice per level of
:data:`~actgui.state.explorer.GRADIENT_THRESHOLDS`, bound both ways to
:attr:`ExplorerState.gradient_threshold` (state-to-menu updates with the
actions' signals blocked).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from actgui.state.explorer import GRADIENT_THRESHOLDS, ExplorerState
from actgui.ui.i18n.retranslate import Retranslating


class ShadingMenu(Retranslating, QMenu):
    """Pick the gradient-shading level of the explorer's derivative plot."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[float, QAction] = {}
        for threshold in GRADIENT_THRESHOLDS:
            action = QAction(self, checkable=True)
            action.setData(threshold)
            action.triggered.connect(lambda _checked=False, t=threshold: state.set_gradient_threshold(t))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[threshold] = action
        state.gradient_threshold_changed.connect(self.sync)
        self.retranslate_ui()
        self.sync()

    def sync(self, *_args: object) -> None:
        """Check the state's level."""
        for threshold, action in self.choices.items():
            with QSignalBlocker(action):
                action.setChecked(threshold == self.state.gradient_threshold)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setTitle(self.tr("&Gradient shading"))
        self.setToolTip(
            self.tr("Shade the derivative plot where |f′| is below a level, the same for every activation")
        )
        self.setToolTipsVisible(True)
        for threshold, action in self.choices.items():
            if threshold:
                action.setText(self.tr("Where |f′| < %1").replace("%1", f"{threshold:g}"))
                action.setToolTip(
                    self.tr(
                        "Where |f′| < %1, a unit passes back less than %2 % of the gradient that reaches it"
                    )
                    .replace("%1", f"{threshold:g}")
                    .replace("%2", f"{100 * threshold:g}")
                )
            else:
                action.setText(self.tr("Off"))
                action.setToolTip(self.tr("No shading"))
