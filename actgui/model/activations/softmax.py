"""The softmax family along the last axis: softmax, log-softmax and softmin."""

from __future__ import annotations

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.activations.base import MULTICLASS, Activation, Properties
from actgui.model.params import Param
from actgui.model.refusal import Refusal


def _scaled_logits(z: FloatArray, temperature: float) -> tuple[FloatArray, tuple[int, ...]]:
    if z.ndim == 0:
        z = z.reshape(1)
    if z.shape[-1] == 0:
        raise Refusal("logits_empty")
    if temperature == 1.0:
        return z, z.shape  # never modified downstream
    with np.errstate(over="ignore"):  # checked just below
        s = z / temperature
    if temperature < 1.0 and np.any(np.isinf(s) & np.isfinite(z)):
        # Finite logits overflowed when divided by T. The family is invariant
        # to a shift of each row, so shift by the row's finite maximum first:
        # z - max <= 0 then only overflows to -inf, where the limit is right.
        finite_max = np.max(np.where(np.isfinite(z), z, -np.inf), axis=-1, keepdims=True)
        shift = np.where(np.isfinite(finite_max), finite_max, 0.0)
        with np.errstate(over="ignore"):
            s = (z - shift) / temperature
    return s, z.shape


class _Logits:
    """Scaled logits as a 2-D array laid out for speed, and the way back to z's shape.

    With many short rows (the usual case: a batch of 5 or 10 logits) the rows
    are transposed, so that every operation runs along the long axis and the
    reductions over the logits are elementwise operations between rows.
    """

    def __init__(self, s: FloatArray) -> None:
        self.shape = s.shape
        rows = s.reshape(-1, s.shape[-1])
        self.axis = 0 if rows.shape[1] <= rows.shape[0] else 1
        self.rows = rows
        self.work = np.ascontiguousarray(rows.T) if self.axis == 0 else rows

    def back(self, result: FloatArray) -> FloatArray:
        """A result in the working layout, in z's shape."""
        if self.axis == 0:
            result = np.ascontiguousarray(result.T)
        return result.reshape(self.shape)

    def parts(self) -> tuple[FloatArray, FloatArray, FloatArray] | None:
        """Return s - max, exp(s - max) and ``others`` (below), or None if a row has no finite maximum.

        A NaN makes the maximum NaN and a row of -inf has maximum -inf: those rows
        (and rows with +inf) go to :func:`_log_softmax_nonfinite`. The rest hold
        finite numbers and -inf, whose exp is 0, as it should be.

        ``others`` is the sum of exp(s - max) minus 1, computed directly (the sum
        over the entries below the maximum, plus 1 for every extra tie), so that
        log-sum-exp = max + log1p(others) and 1 - softmax keep full relative
        precision even when one logit dominates and the sum rounds to 1.
        """
        work, axis = self.work, self.axis
        m = np.max(work, axis=axis, keepdims=True)
        if not np.isfinite(m).all():
            return None
        with np.errstate(over="ignore"):  # -1e308 - 1e308 is -inf: exp gives the right 0
            shifted = work - m
        e = np.exp(shifted)
        others = np.sum(np.multiply(e, shifted < 0), axis=axis, keepdims=True)
        # Each maximum contributes exactly 1 to the full sum, so rounding the difference
        # counts them; every maximum after the first belongs to ``others``.
        others += np.rint(np.sum(e, axis=axis, keepdims=True) - others) - 1.0
        return shifted, e, others


def _log_softmax_nonfinite(s: FloatArray) -> FloatArray:
    """log_softmax of scaled logits some of which are infinite or NaN: the limits.

    A row with NaN gives NaN; a row with +inf logits shares all the mass
    equally among them; a row of only -inf logits is undefined (NaN);
    other -inf logits get probability 0.
    """
    has_nan = np.any(np.isnan(s), axis=-1, keepdims=True)
    pos_inf = (s == np.inf) & ~has_nan
    inf_rows = np.any(pos_inf, axis=-1, keepdims=True)
    all_neg_inf = np.all(s == -np.inf, axis=-1, keepdims=True)
    bad = inf_rows | all_neg_inf
    clean = np.where(bad, 0.0, s)
    m = np.max(clean, axis=-1, keepdims=True)
    with np.errstate(over="ignore"):
        shifted = clean - m
    out: FloatArray = shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
    if np.any(inf_rows):
        count = np.maximum(np.sum(pos_inf, axis=-1, keepdims=True), 1)
        out = np.where(inf_rows, np.where(pos_inf, -np.log(count), -np.inf), out)
    if np.any(all_neg_inf):
        out = np.where(all_neg_inf, np.nan, out)
    return out


def _log_softmax_scaled(s: FloatArray) -> FloatArray:
    """log_softmax of already scaled logits: log-sum-exp, never the log of an underflowed number."""
    logits = _Logits(s)
    parts = logits.parts()
    if parts is None:
        return _log_softmax_nonfinite(s)
    shifted, _, others = parts
    shifted -= np.log1p(others)
    return logits.back(shifted)


def _softmax_and_complement(z: FloatArray, temperature: float) -> tuple[FloatArray, FloatArray]:
    """softmax(z / T) and 1 - softmax(z / T), both to full relative precision, in z's shape."""
    s, shape = _scaled_logits(z, temperature)
    logits = _Logits(s)
    parts = logits.parts()
    if parts is None:
        y = np.exp(_log_softmax_nonfinite(s))
        return y.reshape(shape), (1.0 - y).reshape(shape)  # the limits are exact (0, 1 or 1/k)
    _, e, others = parts
    total = others + 1.0
    complement = 1.0 - e
    complement += others  # (1 - e_i) + others = sum of the other entries, no cancellation
    complement /= total
    e /= total
    return logits.back(e), logits.back(complement)


def _softmax(z: FloatArray, temperature: float) -> FloatArray:
    s, shape = _scaled_logits(z, temperature)
    logits = _Logits(s)
    parts = logits.parts()
    if parts is None:
        return np.exp(_log_softmax_nonfinite(s)).reshape(shape)
    _, e, others = parts
    others += 1.0
    e /= others
    return logits.back(e)


def _log_softmax(z: FloatArray, temperature: float) -> FloatArray:
    s, shape = _scaled_logits(z, temperature)
    return _log_softmax_scaled(s).reshape(shape)


def _softmin(z: FloatArray, temperature: float) -> FloatArray:
    return _softmax(-z, temperature)


def _softmax_d(z: FloatArray, temperature: float) -> FloatArray:
    y, out = _softmax_and_complement(z, temperature)
    out *= y
    if temperature != 1.0:
        out /= temperature
    return out


def _log_softmax_d(z: FloatArray, temperature: float) -> FloatArray:
    _, out = _softmax_and_complement(z, temperature)
    if temperature != 1.0:
        out /= temperature
    return out


def _softmin_d(z: FloatArray, temperature: float) -> FloatArray:
    out = _softmax_d(-z, temperature)
    return np.negative(out, out=out)


def _softmax_jacobian(z: FloatArray, temperature: float) -> FloatArray:
    y, complement = _softmax_and_complement(z, temperature)
    out = -np.outer(y, y)
    np.fill_diagonal(out, y * complement)  # y_i (1 - y_i) without cancellation
    return out / temperature


def _log_softmax_jacobian(z: FloatArray, temperature: float) -> FloatArray:
    y, complement = _softmax_and_complement(z, temperature)
    out = np.repeat(-y[np.newaxis, :], y.size, axis=0)
    np.fill_diagonal(out, complement)  # 1 - y_i without cancellation
    return out / temperature


def _softmin_jacobian(z: FloatArray, temperature: float) -> FloatArray:
    return -_softmax_jacobian(-z, temperature)


_T = Param(
    "temperature",
    1.0,
    0.05,
    20.0,
    0.05,
    symbol="T",
    description="Divides the logits before normalising: high T flattens, low T sharpens.",
)


SOFTMAX = Activation(
    id="softmax",
    name="Softmax",
    category=MULTICLASS,
    kind="vector",
    params=(_T,),
    latex=r"\mathrm{softmax}(z)_i = \frac{e^{z_i / T}}{\sum_{j} e^{z_j / T}}",
    latex_derivative=(
        r"\frac{\partial y_i}{\partial z_j} = \frac{1}{T}\, y_i \left(\delta_{ij} - y_j\right)"
    ),
    output_range=r"(0, 1),\ \sum_i y_i = 1",
    properties=Properties(bounded=True, monotonic=None, smooth=True, zero_centred=False),
    note=(
        "Turns a vector of logits into a probability distribution over classes: the "
        "output layer of a multi-class classifier, trained with cross-entropy (which "
        "frameworks fuse with log-softmax for stability). Inside networks it weights "
        "the values in Transformer attention and picks the experts in mixture-of-"
        "experts layers, though never as an elementwise hidden activation; it has "
        "nothing to do with 'noisy data'. Adding a constant to all "
        "logits changes nothing; the temperature T sharpens (T < 1) or flattens (T > 1) "
        "the distribution."
    ),
    _value=_softmax,
    _derivative=_softmax_d,
    _jacobian=_softmax_jacobian,
)
LOG_SOFTMAX = Activation(
    id="log_softmax",
    name="Log-softmax",
    category=MULTICLASS,
    kind="vector",
    params=(_T,),
    latex=r"\log\mathrm{softmax}(z)_i = \frac{z_i}{T} - \log \sum_{j} e^{z_j / T}",
    latex_derivative=(
        r"\frac{\partial y_i}{\partial z_j} = \frac{1}{T}\left(\delta_{ij} - \mathrm{softmax}(z)_j\right)"
    ),
    output_range=r"(-\infty, 0)",
    properties=Properties(bounded=False, monotonic=None, smooth=True, zero_centred=False),
    note=(
        "The logarithm of softmax, computed directly with the log-sum-exp trick so it "
        "never takes the log of an underflowed probability. Feed it to the negative "
        "log-likelihood loss: log_softmax + NLLLoss is PyTorch's cross-entropy."
    ),
    _value=_log_softmax,
    _derivative=_log_softmax_d,
    _jacobian=_log_softmax_jacobian,
)
SOFTMIN = Activation(
    id="softmin",
    name="Softmin",
    category=MULTICLASS,
    kind="vector",
    params=(_T,),
    latex=r"\mathrm{softmin}(z)_i = \frac{e^{-z_i / T}}{\sum_{j} e^{-z_j / T}}",
    latex_derivative=(
        r"\frac{\partial y_i}{\partial z_j} = -\frac{1}{T}\, y_i \left(\delta_{ij} - y_j\right)"
    ),
    output_range=r"(0, 1),\ \sum_i y_i = 1",
    properties=Properties(bounded=True, monotonic=None, smooth=True, zero_centred=False),
    note=(
        "Softmax of the negated inputs: the smallest value gets the largest weight. "
        "Useful for soft selection of the nearest item from a vector of distances or "
        "costs (soft attention over distances, soft nearest neighbours)."
    ),
    _value=_softmin,
    _derivative=_softmin_d,
    _jacobian=_softmin_jacobian,
)
