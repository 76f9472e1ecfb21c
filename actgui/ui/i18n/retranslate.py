"""Follow a language switch: one ``changeEvent`` for every widget with a ``retranslate_ui``.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to
every widget. A widget that sets its texts in ``retranslate_ui()`` puts
:class:`Retranslating` first among its bases and needs nothing else::

    class Panel(Retranslating, QWidget):
        def retranslate_ui(self) -> None:
            self.button.setText(self.tr("Reset"))

The mixin comes first so that its ``changeEvent`` runs before the Qt class's;
a subclass that handles other events (``FontChange``) overrides ``changeEvent``
and calls ``super().changeEvent(event)``, which reaches the mixin.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget: calls ``retranslate_ui()`` on ``QEvent.LanguageChange``.

    Put it before the Qt base class (``class Panel(Retranslating, QWidget)``);
    the class must define ``retranslate_ui()``.
    """

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language (the widget defines it)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch, then let the Qt base class handle the event."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
