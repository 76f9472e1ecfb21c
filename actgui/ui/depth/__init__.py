"""The depth lab: signal and gradient through 1 to 200 random layers, against mean-field theory.

Only :mod:`.lazy` is imported at start-up; the page and its plots are built
the first time the tab is shown.
"""
