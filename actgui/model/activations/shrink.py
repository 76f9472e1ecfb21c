"""The shrinkage functions: tanhshrink, softshrink and hardshrink."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import SHRINK, Activation, Properties, cases, number_param
from actgui.model.params import ParamValue


@functools.cache
def _tanhshrink_series() -> tuple[float, ...]:
    """Coefficients of (x - tanh x) / x^3 in powers of x^2, from tanh's Taylor series.

    Computed exactly with fractions on first use (about 10 ms: kept off the
    import, which every start of the app pays).

    tanh x = sum_n 2^(2n) (2^(2n) - 1) B_(2n) x^(2n - 1) / (2n)!, B the Bernoulli numbers.
    """
    from fractions import Fraction

    count = 14
    bernoulli = [Fraction(1)]
    for m in range(1, 2 * count + 3):
        bernoulli.append(-sum((math.comb(m + 1, k) * bernoulli[k] for k in range(m)), Fraction(0)) / (m + 1))
    coefficients = []
    for n in range(2, count + 2):  # the x^1 terms cancel; start at x^3
        c = Fraction(4**n * (4**n - 1)) * bernoulli[2 * n] / math.factorial(2 * n)
        coefficients.append(float(-c))
    return tuple(coefficients)


_TANHSHRINK_CUTOFF = 0.25
"""Below it x - tanh(x) would lose up to 6 digits to cancellation: the series is used."""


def _tanhshrink(x: FloatArray) -> FloatArray:
    out = x - np.tanh(x)
    small = np.flatnonzero(np.abs(x) < _TANHSHRINK_CUTOFF)
    if small.size:
        xs = x.reshape(-1)[small]
        x2 = xs * xs
        series = _tanhshrink_series()
        poly = np.full_like(xs, series[-1])
        for coefficient in reversed(series[:-1]):
            poly *= x2
            poly += coefficient
        poly *= x2
        poly *= xs
        out.reshape(-1)[small] = poly
    return out


def _tanhshrink_d(x: FloatArray) -> FloatArray:
    t = np.tanh(x)
    t *= t
    return t


def _softshrink(x: FloatArray, lambd: float) -> FloatArray:
    return x - np.clip(x, -lambd, lambd)  # x - lambd, 0 or x + lambd, exactly as PyTorch rounds


def _shrink_d(x: FloatArray, lambd: float) -> FloatArray:
    return nx.indicator(x, np.abs(x) > lambd)  # 0 on [-lambd, lambd], ends included


def _hardshrink(x: FloatArray, lambd: float) -> FloatArray:
    return x * (np.abs(x) > lambd)  # inf is never in the dead zone, so inf * 0 never happens


def _shrink_properties(values: Mapping[str, ParamValue]) -> Properties:
    # Both are the identity at lambda = 0; otherwise softshrink has kinks and
    # hardshrink jumps at +-lambda. Both never decrease and are odd.
    return Properties(bounded=False, monotonic=True, smooth=values["lambd"] == 0.0, zero_centred=True)


TANHSHRINK = Activation(
    id="tanhshrink",
    name="Tanhshrink",
    category=SHRINK,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{tanhshrink}(x) = x - \tanh(x)",
    latex_derivative=r"\mathrm{tanhshrink}'(x) = \tanh^2(x)",
    output_range=r"(-\infty, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=True),
    note=(
        "Nearly flat (x^3/3) around zero and linear far from it: a smooth shrinkage "
        "that suppresses small values. Rarely used as a hidden activation; appears in "
        "sparse coding and denoising models."
    ),
    _value=_tanhshrink,
    _derivative=_tanhshrink_d,
)
SOFTSHRINK = Activation(
    id="softshrink",
    name="Softshrink",
    category=SHRINK,
    kind="elementwise",
    params=(number_param("lambd", 0.5, 0.0, 5.0, 0.05, r"\lambda", "Half-width of the dead zone."),),
    latex=r"\mathrm{softshrink}(x) = "
    + cases((r"x - \lambda", r"x > \lambda"), (r"x + \lambda", r"x < -\lambda"), ("0", r"\text{otherwise}")),
    latex_derivative=r"\mathrm{softshrink}'(x) = "
    + cases(("1", r"|x| > \lambda"), ("0", r"\text{otherwise}")),
    output_range=r"(-\infty, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=True),
    note=(
        "Soft thresholding: zeroes small values and shrinks the rest towards zero by "
        "lambda. It is the proximal operator of the L1 norm, the step that makes ISTA "
        "and LASSO produce sparse solutions."
    ),
    _value=_softshrink,
    _derivative=_shrink_d,
    _properties_at=_shrink_properties,
)
HARDSHRINK = Activation(
    id="hardshrink",
    name="Hardshrink",
    category=SHRINK,
    kind="elementwise",
    params=(number_param("lambd", 0.5, 0.0, 5.0, 0.05, r"\lambda", "Half-width of the dead zone."),),
    latex=r"\mathrm{hardshrink}(x) = " + cases(("x", r"|x| > \lambda"), ("0", r"\text{otherwise}")),
    latex_derivative=r"\mathrm{hardshrink}'(x) = "
    + cases(("1", r"|x| > \lambda"), ("0", r"\text{otherwise}")),
    output_range=r"\{0\} \cup (-\infty, -\lambda) \cup (\lambda, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=True),
    note=(
        "Hard thresholding: keeps values larger than lambda in magnitude unchanged and "
        "sets the rest to zero. It never decreases, but it jumps at +-lambda, which "
        "makes it a poor hidden activation. Used in sparse coding and wavelet denoising."
    ),
    _value=_hardshrink,
    _derivative=_shrink_d,
    _properties_at=_shrink_properties,
)
