"""Figure export: PNG at 1x/2x/3x and SVG, from the GUI and headless.

- :mod:`~actgui.export.atomic`: atomic file writes (QSaveFile).
- :mod:`~actgui.export.render`: a widget to a crisp PNG or a vector SVG.
- :mod:`~actgui.export.naming`: default file names.
- :mod:`~actgui.export.gallery`: the one-command handout of every activation.
"""
