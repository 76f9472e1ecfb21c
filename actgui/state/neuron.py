"""One neuron of the forward-pass layer, explained: the numbers and curves behind y_j.

Pure functions of a :class:`~actgui.model.ForwardPass`; the
:class:`~actgui.state.layer.LayerState` calls them for its selected neuron.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from actgui.model import ForwardPass, get_activation, sample_curve
from actgui.model._numerics import FloatArray
from actgui.model.params import ParamValue

CURVE_SAMPLES = 401
EXP_LIMIT = 700.0
"""Above this |h / T| the softmax's e^(h/T) terms overflow and are not spelled out."""
CURVE_HALF_WIDTH = 6.0


@dataclass(frozen=True)
class NeuronExplanation:
    """Everything the explain-one-neuron view shows for output j.

    Attributes
    ----------
    index
        j.
    x
        The inputs x_i, shape (n_in,).
    weights
        Column j of W (scaled by k), shape (n_in,).
    contributions
        x_i * W_ij, shape (n_in,).
    bias
        b_j.
    pre_activation
        h_j = sum_i x_i W_ij + b_j.
    output
        y_j = f(h)_j.
    gradient
        f'(h_j) (for the softmax family dy_j / dh_j).
    activation
        The activation's id.
    params
        Its resolved parameters.
    exponentials
        For the softmax family, e^(s_k) for every output k, where s = h / T
        (s = -h / T for softmin): y_j = e^(s_j) / sum_k e^(s_k). None for an
        elementwise activation, or when an e^(s_k) would overflow.
    """

    index: int
    x: FloatArray
    weights: FloatArray
    contributions: FloatArray
    bias: float
    pre_activation: float
    output: float
    gradient: float
    activation: str
    params: dict[str, ParamValue]
    exponentials: FloatArray | None = None

    @property
    def steps(self) -> FloatArray:
        """The terms of the sum in order: x_0 W_0j, ..., x_{n-1} W_{n-1}j, then b_j."""
        return np.concatenate([self.contributions, [self.bias]])

    @property
    def running_sums(self) -> FloatArray:
        """The sum after each step; the last is h_j (up to rounding in the order of the sum)."""
        return np.cumsum(self.steps)


def explain_neuron(fp: ForwardPass, gradient: FloatArray, j: int) -> NeuronExplanation:
    """The numbers behind output ``j`` of the forward pass ``fp`` (``gradient``: f'(h))."""
    return NeuronExplanation(
        index=j,
        x=fp.x[0].copy(),
        weights=fp.weights[:, j].copy(),
        contributions=fp.contributions[:, j].copy(),
        bias=float(fp.bias[j]),
        pre_activation=float(fp.pre_activation[0, j]),
        output=float(fp.output[0, j]),
        gradient=float(gradient[0, j]),
        activation=fp.activation,
        params=dict(fp.params),
        exponentials=exponentials(fp),
    )


def exponentials(fp: ForwardPass) -> FloatArray | None:
    """e^(s_k) of softmax, log_softmax and softmin (None otherwise, or overflowing).

    sparsemax and gumbel_softmax are vector activations too, but not e^(s_k) / sum: None.
    """
    if fp.activation not in ("softmax", "log_softmax", "softmin"):
        return None
    sign = -1.0 if fp.activation == "softmin" else 1.0
    scaled = sign * fp.pre_activation[0] / float(fp.params["temperature"])
    if float(np.max(np.abs(scaled))) > EXP_LIMIT:
        return None
    result: FloatArray = np.exp(scaled)
    return result


def neuron_curve(fp: ForwardPass, j: int) -> tuple[FloatArray, FloatArray]:
    """y_j as a function of h_j (the other outputs held fixed), around h_j.

    The range is [-6, 6], widened to include h_j with a margin. For an
    elementwise activation this is simply f.
    """
    hj = float(fp.pre_activation[0, j])
    half = max(CURVE_HALF_WIDTH, 1.15 * abs(hj))
    grid = np.linspace(-half, half, CURVE_SAMPLES)
    act = get_activation(fp.activation)
    if act.is_vector:
        logits = np.repeat(fp.pre_activation, CURVE_SAMPLES, axis=0)
        logits[:, j] = grid
        values = act(logits, **fp.params)[:, j]
    else:
        values = act(grid, **fp.params)
    return grid, values


def reference_ranges(fp: ForwardPass) -> tuple[tuple[float, float] | None, float]:
    """The activation's natural display scale: ``(y_bounds, gradient_peak)`` over [-6, 6].

    ``y_bounds`` is the range of f if f is bounded (None otherwise), and
    ``gradient_peak`` the largest |f'|, so the bars of y and f'(h) can be
    drawn against the most they could be.
    """
    curve = sample_curve(fp.activation, fp.params, -6.0, 6.0, 241)
    act = get_activation(fp.activation)
    bounds = (float(np.min(curve.y)), float(np.max(curve.y))) if act.properties.bounded else None
    return bounds, float(np.max(np.abs(curve.dy)))
