"""The depth lab's model: signal and gradient through many random layers, in theory and measured.

Weights are N(0, weight_std^2 / fan_in), biases N(0, bias_std^2), every
layer the same elementwise activation.

- :func:`mean_field` follows the variance map and the gradient factor chi
  (Poole et al. 2016; Schoenholz et al. 2017), :func:`edge_of_chaos` finds
  where chi = 1 at the fixed point, :func:`phase_diagram` maps log chi over
  (weight_std, bias_std); they live in :mod:`.depth_theory`.
- :func:`simulate` measures one random network (:mod:`.depth_sim`).
- :data:`INITS` maps the usual initialisations to weight_std and
  :func:`torch_gain` gives PyTorch's ``calculate_gain`` for comparison.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from actgui.model.depth_sim import (
    HISTOGRAM_BINS,
    MAX_SAMPLES,
    MAX_WIDTH,
    MIN_SAMPLES,
    MIN_WIDTH,
    Histograms,
    Simulation,
    WeightBank,
    simulate,
)
from actgui.model.depth_theory import (
    KINKS,
    MAX_DEPTH,
    MAX_STD,
    MeanField,
    edge_of_chaos,
    fixed_point_chi,
    gaussian_moments,
    mean_field,
    moment_table,
    phase_diagram,
)

__all__ = [
    "HISTOGRAM_BINS",
    "INITS",
    "KINKS",
    "MAX_DEPTH",
    "MAX_SAMPLES",
    "MAX_STD",
    "MAX_WIDTH",
    "MIN_SAMPLES",
    "MIN_WIDTH",
    "Histograms",
    "Init",
    "MeanField",
    "Simulation",
    "WeightBank",
    "edge_of_chaos",
    "fixed_point_chi",
    "gaussian_moments",
    "init_weight_std",
    "mean_field",
    "moment_table",
    "phase_diagram",
    "simulate",
    "torch_gain",
]


@dataclass(frozen=True)
class Init:
    """An initialisation scheme: its id, name and whether its matrices are orthogonal."""

    id: str
    name: str
    orthogonal: bool = False


INITS: Mapping[str, Init] = {
    init.id: init
    for init in (
        Init("lecun", "LeCun"),
        Init("xavier", "Xavier / Glorot"),
        Init("he", "He (Kaiming)"),
        Init("orthogonal", "Orthogonal", orthogonal=True),
    )
}
"""The initialisation presets, in display order."""


def init_weight_std(init_id: str, fan_in: int = 1, fan_out: int = 1) -> float:
    """The weight_std (weights N(0, weight_std^2 / fan_in)) of an initialisation.

    LeCun: 1. Xavier/Glorot: variance 2 / (fan_in + fan_out), so
    weight_std^2 = 2 fan_in / (fan_in + fan_out), 1 for square layers.
    He: sqrt(2). Orthogonal: gain 1 (the matrix is scaled by weight_std).
    """
    if init_id == "xavier":
        return math.sqrt(2.0 * fan_in / (fan_in + fan_out))
    if init_id == "he":
        return math.sqrt(2.0)
    if init_id in ("lecun", "orthogonal"):
        return 1.0
    raise KeyError(init_id)


def torch_gain(activation_id: str, params: Mapping[str, Any] | None = None) -> float | None:
    """PyTorch's ``torch.nn.init.calculate_gain`` for this activation, or None if it has none.

    linear and sigmoid 1, tanh 5/3, relu sqrt(2), leaky_relu
    sqrt(2 / (1 + negative_slope^2)), selu 3/4 (torch's choice for
    self-normalising networks, not a variance-preserving gain).
    """
    values = dict(params or {})
    if activation_id in ("linear", "sigmoid"):
        return 1.0
    if activation_id == "tanh":
        return 5.0 / 3.0
    if activation_id == "relu":
        return math.sqrt(2.0)
    if activation_id == "leaky_relu":
        slope = float(values.get("negative_slope", 0.01))
        return math.sqrt(2.0 / (1.0 + slope**2))
    if activation_id == "selu":
        return 0.75
    return None
