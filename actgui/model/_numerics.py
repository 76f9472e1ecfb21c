"""Numerically stable building blocks shared by the activation functions.

Every helper takes and returns float64 arrays, is exact to a few ulp over the
whole float64 range (infinities included) and emits no floating-point
warnings. Branches are blended with exact 0/1 factors rather than np.where
(which evaluates both sides and, with a data-dependent mask, costs as much as
several arithmetic passes), and the inputs of each formula are clamped to
where it is meant to be used. Long formulas run on cache-sized blocks
(:func:`blockwise`). Also here: erfc, erf and the normal CDF, vectorised to
full double precision.
"""

from __future__ import annotations

import base64
import functools
import math
from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

from actgui.model import _erfcx_table
from actgui.model.refusal import Refusal

FloatArray = NDArray[np.float64]

SQRT_2 = math.sqrt(2.0)
SQRT_2PI = math.sqrt(2.0 * math.pi)
INV_SQRT_2PI = 1.0 / SQRT_2PI

BLOCK = 8192
"""Elements per block in :func:`blockwise`: the temporaries of a long formula stay in L2."""

ROW_BLOCK = 32768
"""Elements per block in :func:`rowwise`: its formulas are short, so larger blocks cost less overhead."""


def as_float_array(x: ArrayLike, name: str = "x", copy: bool = True) -> FloatArray:
    """Convert ``x`` to a float64 array, refusing non-real input.

    With ``copy=False`` a float64 array is returned as it is, not copied.

    Raises
    ------
    Refusal
        ``array_not_real`` or ``array_dtype`` (a ValueError) if ``x`` is not
        made of real numbers (strings, complex, objects).
    """
    try:
        arr = np.asarray(x)
    except Exception as exc:  # ragged nested lists and the like
        raise Refusal("array_not_real", name=name, reason=str(exc)) from None
    if arr.dtype.kind not in "biuf":
        raise Refusal("array_dtype", name=name, dtype=str(arr.dtype))
    return arr.astype(np.float64, copy=copy)


def keep_nan(x: FloatArray, out: FloatArray) -> FloatArray:
    """Return ``out`` (modified) with NaN wherever ``x`` is NaN (NaN in, NaN out)."""
    nan = np.isnan(x)
    if nan.any():
        out[nan] = np.nan
    return out


def indicator(x: FloatArray, mask: NDArray[np.bool_]) -> FloatArray:
    """``mask`` as 1.0 / 0.0, with NaN wherever ``x`` is NaN."""
    return keep_nan(x, mask.astype(np.float64))


def sigmoid_kernel(x: FloatArray, out: FloatArray) -> None:
    """Write 1 / (1 + exp(-x)) into ``out``, as exp(min(x, 0)) / (1 + exp(-|x|)): no branch, no overflow.

    Both tails are exact to a few ulp: for x < 0 this is e^x / (1 + e^x).
    """
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)
    e += 1.0
    np.minimum(x, 0.0, out=out)
    np.exp(out, out=out)
    out /= e


def sigmoid_grad_kernel(x: FloatArray, out: FloatArray) -> None:
    """Write sigmoid'(x) = e / (1 + e)^2 with e = exp(-|x|) into ``out``: exact in both tails."""
    np.abs(x, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    d = out + 1.0
    d *= d
    out /= d


def sech2_kernel(x: FloatArray, out: FloatArray) -> None:
    """Write sech^2(x) = 4 e / (1 + e)^2 with e = exp(-2|x|), into ``out``; exact where 1 - tanh^2 cancels."""
    np.abs(x, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out *= out  # exp(-2|x|) without the overflow of -2|x| at 1e308
    d = out + 1.0
    d *= d
    out *= 4.0
    out /= d


def sigmoid(x: FloatArray) -> FloatArray:
    """Logistic sigmoid 1 / (1 + exp(-x)), stable for every float64."""
    return blockwise(sigmoid_kernel, x)


def softplus(x: FloatArray) -> FloatArray:
    """log(1 + exp(x)) without overflow or loss of precision."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def blockwise(kernel: Callable[[FloatArray, FloatArray], None], x: FloatArray) -> FloatArray:
    """Apply ``kernel(x_block, out_block)`` to cache-sized blocks of ``x``.

    A formula of many NumPy operations over a large array is limited by memory
    traffic: every operation streams whole arrays through RAM. Run block by
    block, the temporaries stay in cache and the same formula runs 2-3 times
    faster. ``kernel`` gets 1-D contiguous blocks and writes into ``out_block``.
    """
    flat = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    out = np.empty_like(flat)
    for start in range(0, flat.size, BLOCK):
        stop = start + BLOCK
        kernel(flat[start:stop], out[start:stop])
    return out.reshape(np.shape(x))


def rowwise(fn: Callable[[FloatArray], FloatArray], z: FloatArray) -> FloatArray:
    """Apply ``fn`` (a function of rows along the last axis) to blocks of rows of ``z``.

    The row-wise counterpart of :func:`blockwise`, for the softmax family.
    """
    n = z.shape[-1]
    rows = np.ascontiguousarray(z).reshape(-1, n)
    out = np.empty_like(rows)
    step = max(1, ROW_BLOCK // max(n, 1))
    for start in range(0, rows.shape[0], step):
        out[start : start + step] = fn(rows[start : start + step])
    return out.reshape(z.shape)


# --------------------------------------------------------------------------
# The normal CDF, erfc and erf, vectorised, to full double precision.
#
# Phi(-x) = R(x) exp(-x^2 / 2) for x >= 0, where R(x) = Phi(-x) exp(x^2 / 2)
# (a Mills ratio, erfcx(x / sqrt 2) / 2) is smooth and slowly varying, so it
# is well approximated by piecewise polynomials. The table comes from
# tests/model/make_erfcx_table.py (see there for the construction): 2^9
# pieces per binade of x + 1, found from the bits of x + 1 by a shift, each a
# degree-4 polynomial in the remaining mantissa bits. The Gaussian factor
# must not round x^2 (that would cost up to 1e-13 in the far tail). For Phi,
# exp(-x_k^2 / 2) at the start x_k of each piece is exact and folded into the
# polynomials (gaussian_times_table). For erfc(a) = 2 R(a sqrt 2) exp(-a^2),
# whose pieces are those of a sqrt 2, x = x_hi + x_lo with x_hi holding 26
# bits, so x_hi^2 is exact and exp(-x^2) = exp(-x_hi^2) exp(-x_lo (x + x_hi)).
# --------------------------------------------------------------------------

_TAIL_COEFFICIENTS = tuple(
    np.ascontiguousarray(column)
    for column in np.frombuffer(base64.b64decode(_erfcx_table.TABLE_BASE64), dtype="<f8")
    .astype(np.float64)
    .reshape(_erfcx_table.ROWS, _erfcx_table.DEGREE + 1)
    .T
)
_KEY_SHIFT = _erfcx_table.FRACTION_BITS
_FRACTION_MASK = np.int64((1 << _erfcx_table.FRACTION_BITS) - 1)
_HIGH_26_BITS = np.int64(-(1 << 27))  # clears the low 27 of the 52 mantissa bits
NDTR_CLAMP = 40.0
"""Phi(-40) < 1e-349 has underflowed to 0: larger |x| are clamped here."""
_ERFC_CLAMP = NDTR_CLAMP / SQRT_2


_PIECE_MASK = ~_FRACTION_MASK  # keeps the sign, exponent and piece bits of x + 1
_KEYS = np.arange(_erfcx_table.ROWS, dtype=np.int64) + _erfcx_table.FIRST_KEY


def _table_key(x: FloatArray) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The bits of x + 1 and the row of the table that holds x."""
    bits = (x + 1.0).view(np.int64)
    key = bits >> _KEY_SHIFT
    key -= _erfcx_table.FIRST_KEY
    return bits, key


def _horner(columns: tuple[FloatArray, ...], key: NDArray[np.int64], t: FloatArray) -> FloatArray:
    """sum_i c_i[key] t^i, for ``columns`` = (c_n, ..., c_0)."""
    it = iter(columns)
    acc = next(it).take(key, mode="clip")
    coefficient = np.empty_like(acc)
    for column in it:
        acc *= t
        acc += column.take(key, mode="clip", out=coefficient)
    return acc


def scaled_normal_tail(x: FloatArray) -> FloatArray:
    """R(x) = Phi(-x) exp(x^2 / 2) for a block 0 <= x < 63 (NaN: finite garbage)."""
    bits, key = _table_key(x)
    bits &= _FRACTION_MASK
    return _horner(_TAIL_COEFFICIENTS, key, bits.astype(np.float64))


@functools.cache
def gaussian_tail_columns(slope: float = 0.0) -> tuple[FloatArray, ...]:
    """The pieces' polynomials for exp(-x_k^2 / 2) (R(x) - slope x), in t = x - x_k.

    x_k is the start of the piece (x_k + 1 has 10 significant bits, so x_k^2
    is exact). The table's polynomials are in v = t / 2^(e - 52), the low bits
    of x + 1 in its binade 2^e: dividing c_i by 2^(i (e - 52)) is exact, and
    the line only changes the two lowest coefficients. Built on first use.
    """
    starts = (_KEYS << _KEY_SHIFT).view(np.float64) - 1.0
    step = np.ldexp(1.0, (_KEYS >> (52 - _KEY_SHIFT)) - 1023 - 52)  # the value of one v
    degree = _erfcx_table.DEGREE
    columns = [c / step ** (degree - i) for i, c in enumerate(_TAIL_COEFFICIENTS)]
    columns[-2] -= slope
    columns[-1] -= slope * starts
    gauss = np.exp(-0.5 * starts * starts)
    return tuple(np.ascontiguousarray(c * gauss) for c in columns)


def gaussian_times_table(a: FloatArray, slope: float = 0.0) -> FloatArray:
    """(R(a) - slope a) exp(-a^2 / 2) for a block 0 <= a <= NDTR_CLAMP; with slope 0, Phi(-a).

    To about 1 ulp. exp(-a^2 / 2) = exp(-x_k^2 / 2) exp(-t (a + x_k) / 2) with
    t = a - x_k, exact; the first factor is folded into the polynomials
    (:func:`gaussian_tail_columns`) and the second exponent is below 2.5, so
    its rounding costs less than an ulp: one exp and no exact square needed.
    """
    bits, key = _table_key(a)
    bits &= _PIECE_MASK
    start = bits.view(np.float64)
    start -= 1.0  # x_k, for the piece of the rounded a + 1: t may be a hair below 0
    t = a - start
    acc = _horner(gaussian_tail_columns(slope), key, t)
    start += a
    t *= start
    t *= -0.5
    np.exp(t, out=t)
    acc *= t
    return acc


def exp_neg_square(a: FloatArray, scale: float) -> FloatArray:
    """exp(-scale * a^2) for a >= 0 and scale a power of 2, without rounding a^2."""
    head = (a.view(np.int64) & _HIGH_26_BITS).view(np.float64)  # a_hi
    tail = a + head
    lo = np.subtract(head, a)
    tail *= lo  # -(a^2 - a_hi^2), to about 1 ulp of a number below 1e-4
    tail *= scale
    np.exp(tail, out=tail)
    head *= head  # exact: 26 bits times 26 bits
    head *= -scale
    np.exp(head, out=head)
    head *= tail
    return head


def normal_tail(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """For a block ``x``: |x| clamped at :data:`NDTR_CLAMP`, and Phi(-|x|).

    Phi(-|x|), the smaller of Phi(x) and 1 - Phi(x), is exact to about 1 ulp;
    past the clamp it has underflowed to 0. NaN stays NaN.
    """
    a = np.abs(x)
    np.minimum(a, NDTR_CLAMP, out=a)
    return a, gaussian_times_table(a)


def _ndtr_kernel(x: FloatArray, out: FloatArray) -> None:
    _, tail = normal_tail(x)
    # Phi(x) = tail for x <= 0 and 1 - tail for x > 0, blended without a branch.
    np.multiply(tail, -2.0, out=out)
    out += 1.0
    out *= x > 0
    out += tail


def ndtr(x: ArrayLike) -> FloatArray:
    """The standard normal CDF Phi(x), vectorised, to a few ulp (max 4.1e-16 relative vs mpmath).

    Computed from x directly, not from erfc(-x / sqrt 2), whose rounded
    argument would cost up to 1e-13 relative accuracy in the far tail.
    """
    return blockwise(_ndtr_kernel, np.asarray(x, dtype=np.float64))


def _erfc_of_abs(x: FloatArray) -> FloatArray:
    a = np.abs(x)
    np.minimum(a, _ERFC_CLAMP, out=a)
    q = scaled_normal_tail(a * SQRT_2)  # R is well conditioned: rounding a sqrt 2 costs < 1 ulp
    q *= exp_neg_square(a, 1.0)
    q *= 2.0
    return q


def _erfc_kernel(x: FloatArray, out: FloatArray) -> None:
    q = _erfc_of_abs(x)  # erfc(|x|), NaN for NaN
    # erfc(x) = q for x >= 0 and 2 - q for x < 0, blended without a branch.
    np.multiply(q, -2.0, out=out)
    out += 2.0
    out *= x < 0
    out += q


def erfc(x: ArrayLike) -> FloatArray:
    """Complementary error function, vectorised, to a few ulp (max 6.4e-16 relative vs mpmath)."""
    return blockwise(_erfc_kernel, np.asarray(x, dtype=np.float64))


# erf(x) / x = (2 / sqrt(pi)) sum_n (-1)^n x^(2n) / (n! (2n + 1)) for |x| < 1/2,
# where 1 - erfc(x) would cancel. 13 terms: the first omitted one is < 1e-18.
_ERF_SERIES = tuple(
    (-1) ** n * 2.0 / math.sqrt(math.pi) / (math.factorial(n) * (2 * n + 1)) for n in range(13)
)


def _erf_kernel(x: FloatArray, out: FloatArray) -> None:
    small = np.abs(x) < 0.5
    xs = np.where(small, x, 0.0)
    x2 = xs * xs
    series = np.full_like(x, _ERF_SERIES[-1])
    for coefficient in reversed(_ERF_SERIES[:-1]):
        series *= x2
        series += coefficient
    series *= xs
    large = np.copysign(1.0 - _erfc_of_abs(x), x)
    np.copyto(out, np.where(small, series, large))


def erf(x: ArrayLike) -> FloatArray:
    """Error function, vectorised (max 3.1e-16 relative vs mpmath): a series near 0, 1 - erfc elsewhere."""
    return blockwise(_erf_kernel, np.asarray(x, dtype=np.float64))
