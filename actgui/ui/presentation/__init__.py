"""Presentation mode: the app on a classroom projector.

F5 swaps the main window's page for a full-screen teaching view: large type,
thick high-contrast curves, the controls collapsed into one compact strip,
the plots filling the screen and, beside them, the activation's name, its
formula, its derivative and its teaching note in large print. PageDown and
PageUp (what a presentation clicker sends) step through a list of
activations: the seed's five, or a list the teacher picks (remembered).

Leaving (F5 or Esc) puts back the original page and restores the window's
geometry, window state, menu bar, status bar, tool bars and docks exactly:
the page itself is only detached, never rebuilt or resized by this module.

The step logic is the Qt-free :class:`StepThrough`; the view binds to the
same :class:`~actgui.state.explorer.ExplorerState` as the explorer, so what was shown in
class is still selected afterwards.
"""

from __future__ import annotations

from actgui.ui.presentation.fit_label import FitLabel
from actgui.ui.presentation.mode import PresentationMode
from actgui.ui.presentation.step_dialog import StepListDialog
from actgui.ui.presentation.steps import STEPS_KEY, StepThrough, load_steps, save_steps
from actgui.ui.presentation.view import FONT_SCALE, LINE_WIDTH, PALETTES, Palette, PresentationView

__all__ = [
    "FONT_SCALE",
    "LINE_WIDTH",
    "PALETTES",
    "STEPS_KEY",
    "FitLabel",
    "Palette",
    "PresentationMode",
    "PresentationView",
    "StepListDialog",
    "StepThrough",
    "load_steps",
    "save_steps",
]
