"""Marks beside the softmax view's bars: softmax next to sparsemax, and Gumbel-softmax draws.

sparsemax is shown with softmax(z) beside each bar, so the zeros it makes
stand out; gumbel_softmax with a few more draws (the next seeds), their
average and softmax(z / tau), so that a single random draw reads as one
sample among many.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from actgui.model import get_activation
from actgui.model.params import ParamValue
from actgui.ui.theme import LIGHT, Theme

DRAWS = 6
"""Extra Gumbel-softmax draws shown beside each bar (seeds seed+1 ... seed+DRAWS)."""

OFFSET = 0.38
"""How far right of its bar a mark sits (bars are 0.6 wide)."""


def companions(
    activation_id: str, logits: np.ndarray, params: dict[str, ParamValue]
) -> dict[str, np.ndarray]:
    """The values to mark beside the bars: ``softmax`` and, for gumbel_softmax, ``draws`` and ``average``."""
    if activation_id == "sparsemax":
        return {"softmax": get_activation("softmax")(logits)}
    if activation_id == "gumbel_softmax":
        tau, seed = float(params["tau"]), float(params["seed"])
        gumbel = get_activation("gumbel_softmax")
        seeds = [(seed + k) % 10_000 for k in range(DRAWS + 1)]  # the shown draw and the next ones
        draws = np.array([gumbel(logits, **{**params, "seed": s}) for s in seeds])
        return {
            "softmax": get_activation("softmax")(logits, temperature=tau),
            "draws": draws[1:],
            "average": draws.mean(axis=0),
        }
    return {}


class SoftmaxCompanions:
    """Scatter marks on the bars plot, created once, updated with setData."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.softmax = pg.ScatterPlotItem(symbol="d", size=11)
        self.draws = pg.ScatterPlotItem(symbol="o", size=5)
        self.average = pg.ScatterPlotItem(symbol="t1", size=11)
        for item in (self.draws, self.average, self.softmax):
            item.setZValue(5)
            item.setVisible(False)
            plot.addItem(item, ignoreBounds=True)
        self.values: dict[str, np.ndarray] = {}
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Colour the marks: softmax in the derivative's colour, the draws grey."""
        self.softmax.setBrush(pg.mkBrush(theme.derivative))
        self.softmax.setPen(pg.mkPen(theme.plot_foreground, width=1))
        grey = pg.mkColor(theme.plot_foreground)
        grey.setAlpha(110)
        self.draws.setBrush(pg.mkBrush(grey))
        self.draws.setPen(pg.mkPen(None))
        self.average.setBrush(pg.mkBrush(theme.plot_foreground))
        self.average.setPen(pg.mkPen(None))

    def update(self, activation_id: str, logits: np.ndarray, params: dict[str, ParamValue]) -> None:
        """Mark what goes beside the bars of ``activation_id`` (nothing for the rest of the family)."""
        self.values = values = companions(activation_id, logits, params)
        n = logits.size
        x = np.arange(n, dtype=np.float64) + OFFSET
        soft = values.get("softmax")
        self.softmax.setVisible(soft is not None)
        if soft is not None:
            self.softmax.setData(x=x, y=soft)
        draws = values.get("draws")
        self.draws.setVisible(draws is not None)
        self.average.setVisible(draws is not None)
        if draws is not None:
            self.draws.setData(x=np.tile(x - 0.12, draws.shape[0]), y=draws.reshape(-1))
            self.average.setData(x=x - 0.12, y=values["average"])

    def legend(self, activation_id: str) -> str:
        """One line saying what the marks are, in the current language."""
        if activation_id == "sparsemax":
            return QCoreApplication.translate(
                "SoftmaxCompanions", "◆ softmax(z) for comparison: sparsemax gives exact zeros"
            )
        if activation_id == "gumbel_softmax":
            return QCoreApplication.translate(
                "SoftmaxCompanions",
                "Bars: the draw of this seed · ● {n} more draws · ▲ their average (with this one) · "
                "◆ softmax(z / τ)",
            ).format(n=DRAWS)
        return ""
