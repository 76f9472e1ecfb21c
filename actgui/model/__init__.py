"""The pure NumPy model of actgui: activation functions, a dense layer, curves.

This package never imports Qt or pyqtgraph, so it can be used from a notebook::

    >>> from actgui.model import get_activation, DenseLayer
    >>> sigmoid = get_activation("sigmoid")
    >>> float(sigmoid(0.0))
    0.5
"""

from actgui.model.activations import (
    ACTIVATIONS,
    CATEGORIES,
    SEED_IDS,
    Activation,
    Properties,
    elementwise_ids,
    get_activation,
)
from actgui.model.curves import Curve, sample_curve
from actgui.model.layer import DenseLayer, ForwardPass, random_input
from actgui.model.params import Param

__all__ = [
    "ACTIVATIONS",
    "CATEGORIES",
    "SEED_IDS",
    "Activation",
    "Curve",
    "DenseLayer",
    "ForwardPass",
    "Param",
    "Properties",
    "elementwise_ids",
    "get_activation",
    "random_input",
    "sample_curve",
]
