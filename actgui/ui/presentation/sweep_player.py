"""Presentation mode's live sweep: a parameter moves forward and back on its own, for a class.

The strip's parameter editor shows a play button beside each numeric
parameter; a click starts moving that parameter across its allowed range
(logarithmically for one that spans decades, as an animated export does),
forward then back, until the button is clicked again, another parameter is
played, the activation changes or presentation mode ends. Each step goes
through the state's setter like a slider would, so the plots, formulas and
notes follow; a value the state refuses (Hardtanh's ``min_val`` passing
``max_val``) is skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, QTimer

from actgui.model.sweep import bounce_order, spans_decades, sweep_values
from actgui.state.explorer import ExplorerState
from actgui.ui.widgets.param_editor import ParamEditor

STEPS = 80
"""Values from one end of the range to the other: 4 s each way at :data:`INTERVAL_MS`."""

INTERVAL_MS = 50
"""20 steps a second, the rate of an exported animation."""


class SweepPlayer(QObject):
    """Plays a sweep of one parameter of ``state`` live; bound to ``editor``'s play buttons."""

    def __init__(self, state: ExplorerState, editor: ParamEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.editor = editor
        self.name = ""
        self._values: list[float] = []
        self._position = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.step)
        editor.set_row_button("play")
        editor.sweep_requested.connect(self.toggle)
        state.activation_changed.connect(self.stop)

    @property
    def playing(self) -> bool:
        """Whether a sweep is playing."""
        return self._timer.isActive()

    def toggle(self, name: str) -> None:
        """Play a sweep of ``name``, or stop it if it is the one playing."""
        if self.playing and name == self.name:
            self.stop()
        else:
            self.play(name)

    def play(self, name: str) -> None:
        """Start moving ``name`` from its lowest allowed value to its highest and back, over and over."""
        param = self.state.activation.param(name)
        if param.is_choice or param.minimum is None or param.maximum is None:
            return
        values = sweep_values(
            param.minimum, param.maximum, STEPS, spans_decades(param.minimum, param.maximum)
        )
        order = bounce_order(STEPS, True)[:-1]  # looping: the first value follows the last
        self._values = [float(values[i]) for i in order]
        current = float(self.state.params[name])
        # Start where the parameter is now, moving up: no jump for the class.
        self._position = min(range(STEPS), key=lambda i: abs(self._values[i] - current))
        self.name = name
        self._show_buttons()
        self._timer.start()

    def stop(self, *_args: object) -> None:
        """Stop the sweep; the parameter keeps the value it reached."""
        self._timer.stop()
        self.name = ""
        self._show_buttons()

    def step(self) -> None:
        """Move to the next value (the timer calls this)."""
        if not self._values or self.name not in self.state.params:
            self.stop()
            return
        self._position = (self._position + 1) % len(self._values)
        try:
            self.state.set_param(self.name, self._values[self._position])
        except ValueError:
            pass  # a value this activation refuses with its other parameters: skip it

    def _show_buttons(self) -> None:
        for name, button in self.editor.row_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(name == self.name)
