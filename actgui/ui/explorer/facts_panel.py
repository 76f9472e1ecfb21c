"""The facts panel: f and f' typeset, output range, properties and the teaching note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from actgui.model import Activation
from actgui.state.explorer import ExplorerState
from actgui.ui.explorer.conventions_view import ConventionsView
from actgui.ui.explorer.seed_claim import SeedClaimBox
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.formula import FormulaLabel
from actgui.ui.widgets.model_text import model_text

FORMULA_SCALE = 1.75
"""Formula size relative to the text: typeset math reads smaller than text."""

RANGE_SCALE = 1.5

PROPERTY_NAMES = (
    ("bounded", "Bounded"),
    ("monotonic", "Monotonic"),
    ("smooth", "Smooth"),
    ("zero_centred", "Zero-centred"),
)


class FactsPanel(Retranslating, QWidget):
    """What to know about the selected activation.

    The formulas change only when the activation does, so they never slow
    down a slider; they are typeset when the panel is visible, and cached.
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.theme: Theme = LIGHT
        self.title = QLabel(self)
        self.subtitle = QLabel(self)
        self.subtitle.setEnabled(False)
        self.f_formula = FormulaLabel(self, size=16)
        self.df_formula = FormulaLabel(self, size=16)
        self.range_caption = QLabel(self)
        self.range_formula = FormulaLabel(self, size=14)
        self.properties_caption = QLabel(self)
        self.property_labels: dict[str, QLabel] = {}
        properties = QGridLayout()
        properties.setContentsMargins(0, 0, 0, 0)
        properties.setHorizontalSpacing(12)
        for index, (key, _text) in enumerate(PROPERTY_NAMES):
            label = QLabel(self)
            self.property_labels[key] = label
            properties.addWidget(label, index // 2, index % 2)
        self.note_caption = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.conventions = ConventionsView(state, self)
        for caption in (self.range_caption, self.properties_caption, self.note_caption):
            caption_font = caption.font()
            caption_font.setBold(True)
            caption.setFont(caption_font)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addWidget(self.f_formula)
        layout.addWidget(self.df_formula)
        layout.addWidget(line)
        range_row = QGridLayout()
        range_row.addWidget(self.range_caption, 0, 0)
        range_row.addWidget(self.range_formula, 0, 1)
        range_row.setColumnStretch(1, 1)
        layout.addLayout(range_row)
        layout.addWidget(self.properties_caption)
        layout.addLayout(properties)
        layout.addSpacing(4)
        layout.addWidget(self.note_caption)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.conventions)
        self.seed_claim = SeedClaimBox(state, self)
        layout.addWidget(self.seed_claim)
        layout.addStretch(1)

        state.activation_changed.connect(self._show_activation)
        state.params_changed.connect(lambda _params: self._show_properties())
        self._scale_to_font()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.range_caption.setText(model_text("Output range"))  # a property label of the model
        self.properties_caption.setText(self.tr("Properties"))
        self.note_caption.setText(self.tr("When to use it"))
        self._show_activation(self.state.activation_id)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change; scale the title and formulas with the font."""
        if event.type() == QEvent.Type.FontChange:
            self._scale_to_font()
        super().changeEvent(event)

    def _scale_to_font(self) -> None:
        """Size the title and the typeset formulas relative to the widget's font."""
        base = self.font().pointSizeF()
        base = base if base > 0 else 10.0
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(base * 1.35)
        self.title.setFont(title_font)
        self.f_formula.set_font_size(round(base * FORMULA_SCALE, 1))
        self.df_formula.set_font_size(round(base * FORMULA_SCALE, 1))
        self.range_formula.set_font_size(round(base * RANGE_SCALE, 1))

    def set_theme(self, theme: Theme) -> None:
        """Recolour the formulas for ``theme``."""
        self.theme = theme
        for formula in (self.f_formula, self.df_formula, self.range_formula):
            formula.set_colour(theme.text)
        self._show_activation(self.state.activation_id)

    def formulas(self) -> tuple[FormulaLabel, ...]:
        """Return the typeset formulas of the panel."""
        return (self.f_formula, self.df_formula, self.range_formula)

    def _definitions(self) -> dict[str, str]:
        """What each property means, for its tooltip."""
        return {
            "bounded": self.tr("Bounded: |f(x)| stays below a finite limit for every x, on both sides."),
            "monotonic": self.tr(
                "Monotonic: f never decreases; a larger input never gives a smaller output."
            ),
            "smooth": self.tr(
                "Smooth: continuously differentiable. f has no jump and f′ has no jump (no kink); "
                "the second derivative may still jump."
            ),
            "zero_centred": self.tr(
                "Zero-centred: f is odd, f(−x) = −f(x), so inputs spread evenly around 0 give "
                "outputs centred on 0."
            ),
        }

    def _show_properties(self) -> None:
        """Show the properties for the current parameter values, each defined in its tooltip."""
        act: Activation = self.state.activation
        flags = act.properties_for(self.state.params)
        definitions = self._definitions()
        for key, text in PROPERTY_NAMES:
            holds = getattr(flags, key)
            label = self.property_labels[key]
            if holds is None:
                label.setText(f"– {model_text(text)}")
                verdict = self.tr("Does not apply: each output depends on every logit.")
            else:
                label.setText(f"{'✓' if holds else '✗'} {model_text(text)}")
                verdict = (
                    self.tr("Yes, for the current parameter values.")
                    if holds
                    else self.tr("No, for the current parameter values.")
                )
            label.setEnabled(bool(holds))
            label.setToolTip(f"{definitions[key]}\n{verdict}")

    def _show_activation(self, _activation_id: str) -> None:
        act: Activation = self.state.activation
        self.title.setText(model_text(act.name))
        self.subtitle.setText(f"{act.id} · {model_text(act.category)}")
        self.f_formula.set_latex(act.latex)
        self.df_formula.set_latex(act.latex_derivative)
        self.range_formula.set_latex(act.output_range)
        self._show_properties()
        self.note.setText(model_text(act.note))
