"""``actgui --self-test``: build the whole window offscreen, paint it, check the pixels.

Used by CI and by the frozen bundle's smoke test: it exercises Qt's platform
plugin, the fonts, pyqtgraph and the formula typesetter, the parts that break
when a dependency or a bundle is incomplete.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QColor, QImage

MIN_COLOURS = 40
"""A painted window has far more distinct colours than this; a blank one has 1-3."""

MIN_CURVE_PIXELS = 150
"""Pixels of exactly the curve colour a drawn curve leaves at least."""


def image_array(image: QImage) -> np.ndarray:
    """Return the pixels of ``image`` as an (h, w) array of 0xAARRGGBB integers."""
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = converted.width(), converted.height()
    data = np.frombuffer(converted.constBits(), dtype=np.uint32, count=converted.bytesPerLine() // 4 * height)
    return data.reshape(height, converted.bytesPerLine() // 4)[:, :width].copy()


def count_colour(pixels: np.ndarray, colour: str) -> int:
    """Return how many pixels have exactly ``colour`` (alpha ignored)."""
    rgb = QColor(colour).rgb() & 0xFFFFFF
    return int(np.count_nonzero((pixels & 0xFFFFFF) == rgb))


def distinct_colours(pixels: np.ndarray) -> int:
    """Return the number of distinct RGB colours in ``pixels``."""
    return int(np.unique(pixels & 0xFFFFFF).size)


def run_self_test(lang: str | None = None, report: Callable[[str], None] = print) -> int:
    """Build and paint the main window offscreen and check that it drew.

    Parameters
    ----------
    lang
        The user-interface language to build the window in.
    report
        Where the one-line result goes (stdout by default).

    Returns
    -------
    int
        0 if every check passed, 1 otherwise (with the failures reported).
    """
    from actgui.ui.app import create_app, ensure_display

    ensure_display()
    start = time.perf_counter()
    failures: list[str] = []
    window = None
    try:
        app = create_app()
        from actgui.state.session import Session
        from actgui.ui.i18n import install_language

        install_language(app, lang)  # --lang, else the saved choice or the system locale
        from actgui.ui.main_window import MainWindow
        from actgui.ui.theme import get_theme

        session = Session()  # never the user's settings: the self-test must not change them
        state = session.explorer
        window = MainWindow(session, lang=lang)
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        explorer = window.explorer

        for formula in explorer.facts.formulas():
            formula.render_now()
            if formula.image is None:
                failures.append(f"formula {formula.latex!r} was not typeset")
        from actgui.ui.widgets import typeset

        # The shipped formulas (resources/formulas) and the typesetter for the others.
        unshipped = [latex for latex in typeset.model_formulas() if typeset.shipped_svg(latex) is None]
        if unshipped:
            failures.append(f"{len(unshipped)} typeset formulas are missing from the resources")
        try:
            typeset.typeset(r"y_i = \frac{e^{z_i}}{\sum_j e^{z_j}}", "#000000", 12.0)
        except ValueError as exc:
            failures.append(f"ziamath cannot typeset: {exc}")

        pixels = image_array(window.grab().toImage())
        colours = distinct_colours(pixels)
        if colours < MIN_COLOURS:
            failures.append(f"the window looks blank ({colours} distinct colours)")
        theme = get_theme(session.view.theme)
        for name, colour in (("f(x)", theme.curve), ("f'(x)", theme.derivative)):
            found = count_colour(pixels, colour)
            if found < MIN_CURVE_PIXELS:
                failures.append(f"the {name} curve is missing ({found} pixels of {colour})")

        state.set_activation("softmax")
        app.processEvents()
        bars = image_array(explorer.softmax.bars_widget.grab().toImage())
        if count_colour(bars, theme.curve) < MIN_CURVE_PIXELS:
            failures.append("the softmax bars are missing")

        pages = window.tabs.count()
        for index in range(pages):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            page = window.tabs.widget(index)
            page_colours = distinct_colours(image_array(page.grab().toImage())) if page is not None else 0
            if page_colours < 3:
                failures.append(f"page {window.tabs.tabText(index)!r} is blank")
        window.tabs.setCurrentIndex(0)
    except Exception as exc:  # the self-test reports every failure instead of a traceback
        failures.append(f"{type(exc).__name__}: {exc}")
        pages, colours = 0, 0
    finally:
        if window is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            # Delete the window now: pyqtgraph views still alive at interpreter exit can crash it.
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            del window

    elapsed = (time.perf_counter() - start) * 1000
    if failures:
        report("self-test FAILED: " + "; ".join(failures))
        return 1
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    report(
        f"self-test ok: {pages} page(s) painted, {colours} colours, formulas typeset, "
        f"Qt {qVersion()} on '{QGuiApplication.platformName()}', {elapsed:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())
