"""The explorer page: one small widget file per control or panel, each bound to the ExplorerState.

``page.ExplorerPage`` assembles them: the activation selector, parameter and
range controls on the left, the f/f' plots (or the softmax view) in the
middle, the facts and the compare pins on the right.
"""
