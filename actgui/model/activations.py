"""The catalogue of activation functions: values, derivatives and teaching metadata.

Values and derivatives follow PyTorch's ``torch.nn.functional`` (parameter
names, defaults, and autograd's convention at kinks, e.g. relu'(0) = 0),
but are computed so that they stay exact in the tails where the textbook
formula cancels or overflows.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.params import Param, ParamValue

Kind = Literal["elementwise", "vector"]
ValueFn = Callable[..., FloatArray]


@dataclass(frozen=True)
class Properties:
    """Qualitative properties of an activation at its default parameters."""

    bounded: bool
    monotonic: bool
    smooth: bool
    zero_centred: bool


@dataclass(frozen=True, eq=False)
class Activation:
    """One activation function with its derivative and teaching metadata.

    Call it like a function: ``act(x, **params)``. Elementwise activations
    return an array of ``x``'s shape; vector activations (the softmax family)
    work along the last axis.
    """

    id: str
    name: str
    category: str
    kind: Kind
    params: tuple[Param, ...]
    latex: str
    latex_derivative: str
    output_range: str
    properties: Properties
    note: str
    _value: ValueFn = field(repr=False)
    _derivative: ValueFn = field(repr=False)
    _jacobian: Callable[..., FloatArray] | None = field(default=None, repr=False)
    _check: Callable[[dict[str, ParamValue]], None] | None = field(default=None, repr=False)

    @property
    def is_vector(self) -> bool:
        """Whether the activation maps a vector to a vector (softmax family)."""
        return self.kind == "vector"

    @property
    def param_names(self) -> tuple[str, ...]:
        """Names of the parameters, in display order."""
        return tuple(p.name for p in self.params)

    def param(self, name: str) -> Param:
        """Return the metadata of parameter ``name``.

        Raises
        ------
        ValueError
            If the activation has no such parameter.
        """
        for p in self.params:
            if p.name == name:
                return p
        valid = ", ".join(self.param_names) or "none"
        raise ValueError(f"{self.id} has no parameter {name!r} (valid: {valid})")

    def defaults(self) -> dict[str, ParamValue]:
        """The default value of every parameter."""
        return {p.name: p.default for p in self.params}

    def resolve(self, params: Mapping[str, Any] | None = None) -> dict[str, ParamValue]:
        """Validate ``params`` and fill in defaults for the missing ones.

        Raises
        ------
        ValueError
            For an unknown name, a wrong type, a non-finite or out-of-range
            value, or an inconsistent combination (e.g. min_val >= max_val).
        """
        values = self.defaults()
        for name, value in (params or {}).items():
            values[name] = self.param(name).validate(value)
        if self._check is not None:
            self._check(values)
        return values

    def label(self, params: Mapping[str, Any] | None = None) -> str:
        """A short label such as ``leaky_relu(negative_slope=0.1)`` for legends.

        Only parameters that differ from their default are shown.
        """
        values = self.resolve(params)
        shown = [
            f"{p.name}={values[p.name]:g}" if not p.is_choice else f"{p.name}={values[p.name]}"
            for p in self.params
            if values[p.name] != p.default
        ]
        return f"{self.id}({', '.join(shown)})" if shown else self.id

    def __call__(self, x: ArrayLike, /, **params: Any) -> FloatArray:
        """Evaluate the activation."""
        return self._apply(self._value, x, self.resolve(params))

    def derivative(self, x: ArrayLike, /, **params: Any) -> FloatArray:
        """The derivative df/dx elementwise.

        For a vector activation this is the diagonal of the Jacobian,
        d y_i / d z_i, along the last axis.
        """
        return self._apply(self._derivative, x, self.resolve(params))

    def _apply(self, fn: ValueFn, x: ArrayLike, values: dict[str, ParamValue]) -> FloatArray:
        """Run ``fn`` over ``x``: small inputs at once, large ones block by block.

        Block by block, every temporary stays in cache and only the output is a
        large allocation (see nx.blockwise); the functions never modify their
        input, so it is not copied.
        """
        arr = nx.as_float_array(x, copy=False)
        if self.is_vector:
            if arr.ndim < 2 or arr.size <= nx.ROW_BLOCK:
                return fn(arr, **values)
            return nx.rowwise(lambda rows: fn(rows, **values), arr)
        if arr.ndim == 0:  # the functions see arrays, never NumPy scalars
            return fn(arr.reshape(1), **values).reshape(())
        if arr.size <= nx.BLOCK:
            return fn(arr, **values)

        def kernel(block: FloatArray, out: FloatArray) -> None:
            out[...] = fn(block, **values)

        return nx.blockwise(kernel, arr)

    def jacobian(self, z: ArrayLike, /, **params: Any) -> FloatArray:
        """The n x n Jacobian d y_i / d z_j for a 1-D input ``z``.

        For an elementwise activation this is ``diag(f'(z))``.
        """
        arr = nx.as_float_array(z, "z")
        if arr.ndim != 1 or arr.size == 0:
            raise ValueError(f"jacobian needs a non-empty 1-D vector, got shape {arr.shape}")
        values = self.resolve(params)
        if self._jacobian is not None:
            return self._jacobian(arr, **values)
        return np.diag(self._derivative(arr, **values))


# --------------------------------------------------------------------------
# Elementwise functions. Each takes a float64 array and validated parameters
# and never modifies its input.
#
# They are written for speed as well as accuracy: no np.where on the hot path
# (with a data-dependent mask it costs as much as five arithmetic passes),
# piecewise functions blended with exact 0/1 factors, and the longer formulas
# run block by block (nx.blockwise) so their temporaries stay in cache. Each
# derivative follows autograd's convention at the kinks; the PyTorch formula
# behind every convention is recorded in tests/model/reference.py.
# --------------------------------------------------------------------------


def _sigmoid(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sigmoid_kernel, x)


def _sigmoid_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sigmoid_grad_kernel, x)


def _tanh(x: FloatArray) -> FloatArray:
    return np.tanh(x)


def _tanh_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sech2_kernel, x)


def _relu(x: FloatArray) -> FloatArray:
    return np.maximum(x, 0.0)


def _relu_d(x: FloatArray) -> FloatArray:
    return nx.indicator(x, x > 0)  # relu'(0) = 0


def _blend_positive(x: FloatArray, negative: FloatArray) -> FloatArray:
    """1 where x > 0, ``negative`` elsewhere, NaN at NaN: exactly, by 0/1 factors, no branch."""
    positive = nx.indicator(x, x > 0)
    negative *= 1.0 - positive
    negative += positive
    return negative


def _leaky_relu(x: FloatArray, negative_slope: float) -> FloatArray:
    if negative_slope == 0.0:
        return np.maximum(x, 0.0)  # 0 * -inf would be NaN
    out = np.minimum(x, 0.0)
    out *= negative_slope
    out += np.maximum(x, 0.0)
    return out


def _leaky_relu_d(x: FloatArray, negative_slope: float) -> FloatArray:
    return _blend_positive(x, np.full_like(x, negative_slope))  # leaky_relu'(0) = negative_slope


def _prelu(x: FloatArray, weight: float) -> FloatArray:
    return _leaky_relu(x, weight)


def _prelu_d(x: FloatArray, weight: float) -> FloatArray:
    return _leaky_relu_d(x, weight)


def _linear(x: FloatArray) -> FloatArray:
    return x.copy()


def _linear_d(x: FloatArray) -> FloatArray:
    return nx.keep_nan(x, np.ones_like(x))


def _step(x: FloatArray) -> FloatArray:
    return nx.indicator(x, x >= 0)  # H(0) = 1


def _step_d(x: FloatArray) -> FloatArray:
    return nx.keep_nan(x, np.zeros_like(x))


def _negative_exp_branch(x: FloatArray, scale: float, alpha: float, expm1: bool) -> FloatArray:
    """The negative branch: alpha expm1(x / scale) (or alpha exp(x / scale)) on x <= 0, 0 on x > 0."""
    with np.errstate(over="ignore"):  # x / scale -> -inf is intended
        z = np.minimum(x, 0.0)
        if scale != 1.0:
            z /= scale
    out = np.expm1(z) if expm1 else np.exp(z)
    out *= alpha
    return out


def _elu(x: FloatArray, alpha: float) -> FloatArray:
    out = _negative_exp_branch(x, 1.0, alpha, expm1=True)
    out += np.maximum(x, 0.0)
    return out


def _elu_d(x: FloatArray, alpha: float) -> FloatArray:
    return _blend_positive(x, _negative_exp_branch(x, 1.0, alpha, expm1=False))  # elu'(0) = alpha


_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _selu(x: FloatArray) -> FloatArray:
    out = _elu(x, _SELU_ALPHA)
    with np.errstate(over="ignore"):  # scale * x beyond 1.7e308 is +inf, as it should be
        out *= _SELU_SCALE
    return out


def _selu_d(x: FloatArray) -> FloatArray:
    out = _elu_d(x, _SELU_ALPHA)
    out *= _SELU_SCALE
    return out


def _celu(x: FloatArray, alpha: float) -> FloatArray:
    out = _negative_exp_branch(x, alpha, alpha, expm1=True)
    out += np.maximum(x, 0.0)
    return out


def _celu_d(x: FloatArray, alpha: float) -> FloatArray:
    return _blend_positive(x, _negative_exp_branch(x, alpha, 1.0, expm1=False))  # celu'(0) = 1


def _gelu_exact_kernel(x: FloatArray, out: FloatArray) -> None:
    # x Phi(x) = max(x, 0) - |x| Phi(-|x|): exact in both tails, no branch,
    # and |x| is clamped where Phi(-|x|) has underflowed, so inf * 0 never happens.
    a, tail = nx.normal_tail(x)
    np.maximum(x, 0.0, out=out)
    tail *= a
    out -= tail


def _gelu_exact_grad_kernel(x: FloatArray, out: FloatArray) -> None:
    # Phi(x) + x phi(x) = d for x <= 0 and 1 - d for x > 0,
    # with d = Phi(-|x|) - |x| phi(x) = exp(-x^2/2) (R(|x|) - |x| / sqrt(2 pi)).
    # R(a) - a / sqrt(2 pi) has its own table, derived from R's, so d costs
    # what Phi(-|x|) costs.
    # It cancels near the minimum at -0.75, as any formula of these two terms does.
    a = np.abs(x)
    np.minimum(a, nx.NDTR_CLAMP, out=a)
    d = nx.gaussian_times_table(a, nx.INV_SQRT_2PI)
    # d for x <= 0 and 1 - d for x > 0, blended without a branch (a masked copy
    # with a random mask is 4x slower than this arithmetic).
    np.multiply(d, -2.0, out=out)
    out += 1.0
    out *= x > 0
    out += d


_GELU_K = math.sqrt(2.0 / math.pi)
_GELU_C = 0.044715
_GELU_CLIP = 1e5
"""|x| beyond which tanh-GELU's sigmoid has long saturated: keeps x^3 finite."""


def _gelu_tanh_parts(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Return x clipped (xc), 2u = 2 k (xc + c xc^3), and 2 k (1 + 3 c xc^2) = d(2u)/dx."""
    xc = np.clip(x, -_GELU_CLIP, _GELU_CLIP)
    x2 = xc * xc
    du = x2 * (6.0 * _GELU_K * _GELU_C)
    du += 2.0 * _GELU_K
    two_u = x2 * (2.0 * _GELU_K * _GELU_C)
    two_u += 2.0 * _GELU_K
    two_u *= xc
    return xc, two_u, du


def _gelu_tanh_kernel(x: FloatArray, out: FloatArray) -> None:
    # 0.5 x (1 + tanh(u)) = x sigmoid(2u), which does not cancel for x << 0.
    _, two_u, _ = _gelu_tanh_parts(x)
    nx.sigmoid_kernel(two_u, out)
    out *= np.maximum(x, -_GELU_CLIP)  # +inf * 1 = inf; -inf never meets the 0 it would make NaN


def _gelu_tanh_grad_kernel(x: FloatArray, out: FloatArray) -> None:
    # sigmoid(2u) + x sigmoid'(2u) d(2u)/dx
    xc, two_u, du = _gelu_tanh_parts(x)
    nx.sigmoid_grad_kernel(two_u, out)
    out *= du
    out *= xc
    sigma = np.empty_like(x)
    nx.sigmoid_kernel(two_u, sigma)
    out += sigma


def _gelu(x: FloatArray, approximate: str) -> FloatArray:
    kernel = _gelu_exact_kernel if approximate == "none" else _gelu_tanh_kernel
    return nx.blockwise(kernel, x)


def _gelu_d(x: FloatArray, approximate: str) -> FloatArray:
    kernel = _gelu_exact_grad_kernel if approximate == "none" else _gelu_tanh_grad_kernel
    return nx.blockwise(kernel, x)


_UNDERFLOW = 800.0
"""exp(-800) is 0 in float64: past -800, x * (something that underflowed) is 0."""


def _silu_kernel(x: FloatArray, out: FloatArray) -> None:
    nx.sigmoid_kernel(x, out)
    out *= np.maximum(x, -_UNDERFLOW)  # -inf * 0 would be NaN


def _silu_grad_kernel(x: FloatArray, out: FloatArray) -> None:
    # sigma + x sigma' (= sigma (1 + x (1 - sigma)) without the cancelling 1 - sigma)
    nx.sigmoid_grad_kernel(x, out)
    out *= np.clip(x, -_UNDERFLOW, _UNDERFLOW)
    sig = np.empty_like(x)
    nx.sigmoid_kernel(x, sig)
    out += sig


def _silu(x: FloatArray) -> FloatArray:
    return nx.blockwise(_silu_kernel, x)


def _silu_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(_silu_grad_kernel, x)


_MISH_EXP_CLAMP = 300.0
"""e^x is clamped at e^300: tanh(softplus(x)) is 1 and the derivative's extra term < 1e-250 there."""


def _mish_parts(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """E = e^x (clamped), n = E (E + 2) and d = n + 2.

    tanh(softplus(x)) = ((1 + E)^2 - 1) / ((1 + E)^2 + 1) = n / d: no logarithm,
    no cancellation for x << 0 (where it is about E), no overflow.
    """
    e = np.minimum(x, _MISH_EXP_CLAMP)
    np.exp(e, out=e)
    n = e + 2.0
    n *= e
    return e, n, n + 2.0


def _mish_kernel(x: FloatArray, out: FloatArray) -> None:
    _, n, d = _mish_parts(x)
    np.divide(n, d, out=out)
    out *= np.maximum(x, -_UNDERFLOW)  # -inf * 0 would be NaN


def _mish_grad_kernel(x: FloatArray, out: FloatArray) -> None:
    # tanh(sp) + x sigma(x) sech^2(sp), with sech^2(sp) = 1 - (n/d)^2 = 4 (n + 1) / d^2.
    e, n, d = _mish_parts(x)
    np.divide(n, d, out=out)  # tanh(sp), exactly 1 once n + 2 rounds to n
    n += 1.0
    n /= d
    n /= d
    n *= 4.0  # sech^2(sp)
    sigma = e + 1.0
    np.divide(e, sigma, out=sigma)
    n *= sigma
    n *= np.clip(x, -_UNDERFLOW, _MISH_EXP_CLAMP)
    out += n


def _mish(x: FloatArray) -> FloatArray:
    return nx.blockwise(_mish_kernel, x)


def _mish_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(_mish_grad_kernel, x)


def _softplus_parts(x: FloatArray, beta: float, threshold: float) -> tuple[FloatArray, FloatArray]:
    """Return beta * x clamped at the threshold, and 1.0 where PyTorch's linear branch applies."""
    with np.errstate(over="ignore"):  # beta * x -> +-inf is intended
        bx = x * beta
    linear = nx.indicator(bx, bx > threshold)  # the test PyTorch makes, in float64
    np.minimum(bx, threshold, out=bx)
    return bx, linear


def _softplus(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    # (beta x > threshold) ? x : log1p(exp(beta x)) / beta, selected exactly with 0/1 factors.
    bx, linear = _softplus_parts(x, beta, threshold)
    out = nx.softplus(bx)
    out /= beta
    out *= 1.0 - linear
    linear *= np.maximum(x, threshold / beta)  # x where linear, a finite number times 0 elsewhere
    out += linear
    return out


def _softplus_d(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    bx, linear = _softplus_parts(x, beta, threshold)
    out = nx.blockwise(nx.sigmoid_kernel, bx)
    out *= 1.0 - linear
    out += linear
    return out


_SOFTSIGN_CLIP = 1e300
"""softsign(1e300) is 1 in float64; clipping keeps inf / inf out."""


def _softsign(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -_SOFTSIGN_CLIP, _SOFTSIGN_CLIP)
    out = np.abs(xc)
    out += 1.0
    np.divide(xc, out, out=out)
    return out


def _softsign_d(x: FloatArray) -> FloatArray:
    out = np.abs(x)
    out += 1.0
    np.divide(1.0, out, out=out)
    out *= out
    return out


def _check_hardtanh(values: dict[str, ParamValue]) -> None:
    if not float(values["min_val"]) < float(values["max_val"]):
        raise ValueError(
            "parameters 'min_val' and 'max_val' need min_val < max_val, "
            f"got min_val={values['min_val']:g}, max_val={values['max_val']:g}"
        )


def _hardtanh(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return np.clip(x, min_val, max_val)


def _hardtanh_d(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return nx.indicator(x, (x > min_val) & (x < max_val))  # 0 at both ends


def _relu6(x: FloatArray) -> FloatArray:
    return np.clip(x, 0.0, 6.0)


def _relu6_d(x: FloatArray) -> FloatArray:
    return _hardtanh_d(x, 0.0, 6.0)


def _hardsigmoid(x: FloatArray) -> FloatArray:
    # relu6(x + 3) / 6: x + 3 is exact near -3, where x / 6 + 1/2 would cancel.
    out = x + 3.0
    np.clip(out, 0.0, 6.0, out=out)
    out /= 6.0
    return out


def _hardsigmoid_d(x: FloatArray) -> FloatArray:
    out = nx.indicator(x, (x > -3.0) & (x < 3.0))  # 0 at +-3
    out /= 6.0
    return out


def _hardswish(x: FloatArray) -> FloatArray:
    out = _hardsigmoid(x)  # exactly 1 for x >= 3, so x * 1 = x
    out *= np.maximum(x, -3.0)  # the factor is 0 below -3: -inf * 0 would be NaN
    return out


def _hardswish_d(x: FloatArray) -> FloatArray:
    # 0 for x < -3, x/3 + 1/2 = (2x + 3)/6 on [-3, 3] (so -0.5 at -3 and 1.5 at 3), 1 above.
    middle = np.clip(x, -3.0, 3.0)
    middle *= 2.0
    middle += 3.0  # exact near the root -1.5, where x/3 + 1/2 would cancel
    middle /= 6.0
    middle *= (x >= -3.0) & (x <= 3.0)
    middle += x > 3.0
    return nx.keep_nan(x, middle)


def _logsigmoid(x: FloatArray) -> FloatArray:
    out = np.abs(x)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    return np.subtract(np.minimum(x, 0.0), out, out=out)


def _logsigmoid_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sigmoid_kernel, np.negative(x))


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
        bernoulli.append(-sum(math.comb(m + 1, k) * bernoulli[k] for k in range(m)) / (m + 1))
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


# --------------------------------------------------------------------------
# The softmax family, along the last axis.
# --------------------------------------------------------------------------


def _scaled_logits(z: FloatArray, temperature: float) -> tuple[FloatArray, tuple[int, ...]]:
    if z.ndim == 0:
        z = z.reshape(1)
    if z.shape[-1] == 0:
        raise ValueError("the softmax family needs at least one logit along the last axis")
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
    out = shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
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


# --------------------------------------------------------------------------
# Metadata.
# --------------------------------------------------------------------------

CLASSIC = "Classic"
RECTIFIERS = "Rectifiers"
SMOOTH = "Smooth rectifiers"
HARD = "Piecewise linear"
SHRINK = "Shrinkage"
MULTICLASS = "Multi-class outputs"

CATEGORIES: tuple[str, ...] = (CLASSIC, RECTIFIERS, SMOOTH, HARD, SHRINK, MULTICLASS)
"""Display order of the categories."""

SEED_IDS: tuple[str, ...] = ("sigmoid", "relu", "tanh", "softmax", "leaky_relu")
"""The five activations of the original lesson, shown first everywhere."""

_T = Param(
    "temperature",
    1.0,
    0.05,
    20.0,
    0.05,
    symbol="T",
    description="Divides the logits before normalising: high T flattens, low T sharpens.",
)


def _p(name: str, default: float, lo: float, hi: float, step: float, symbol: str, text: str) -> Param:
    return Param(name, default, lo, hi, step, symbol=symbol, description=text)


def _cases(*rows: tuple[str, str]) -> str:
    body = r" \\ ".join(f"{value} & {cond}" for value, cond in rows)
    return r"\begin{cases} " + body + r" \end{cases}"


_ALL: list[Activation] = [
    Activation(
        id="sigmoid",
        name="Sigmoid",
        category=CLASSIC,
        kind="elementwise",
        params=(),
        latex=r"\sigma(x) = \frac{1}{1 + e^{-x}}",
        latex_derivative=r"\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)",
        output_range="(0, 1)",
        properties=Properties(bounded=True, monotonic=True, smooth=True, zero_centred=False),
        note=(
            "Squashes any input into (0, 1), so it reads as a probability: use it on the "
            "output of a binary classifier (with binary cross-entropy) and in gates of "
            "LSTMs/GRUs. Avoid it in deep hidden layers: its derivative is at most 0.25 "
            "and vanishes for |x| > 5, so gradients shrink layer by layer, and its "
            "outputs are not zero-centred."
        ),
        _value=_sigmoid,
        _derivative=_sigmoid_d,
    ),
    Activation(
        id="relu",
        name="ReLU",
        category=RECTIFIERS,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{ReLU}(x) = \max(0, x)",
        latex_derivative=r"\mathrm{ReLU}'(x) = " + _cases(("1", "x > 0"), ("0", "x \\le 0")),
        output_range=r"[0, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "The default for hidden layers of feed-forward and convolutional networks: "
            "cheap, and its gradient is exactly 1 for positive inputs, so it does not "
            "vanish in deep stacks. A unit whose input stays negative gets zero gradient "
            "and can 'die'; Leaky ReLU or ELU avoid that. Use He initialisation with it. "
            "The derivative at 0 is taken as 0, as PyTorch and TensorFlow do."
        ),
        _value=_relu,
        _derivative=_relu_d,
    ),
    Activation(
        id="tanh",
        name="Tanh",
        category=CLASSIC,
        kind="elementwise",
        params=(),
        latex=r"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
        latex_derivative=r"\tanh'(x) = 1 - \tanh^2(x)",
        output_range="(-1, 1)",
        properties=Properties(bounded=True, monotonic=True, smooth=True, zero_centred=True),
        note=(
            "A rescaled sigmoid, tanh(x) = 2 sigmoid(2x) - 1, with zero-centred outputs in "
            "(-1, 1) and a derivative up to 1, so it usually trains faster than sigmoid in "
            "small networks. The usual choice inside RNN and LSTM cells. It still saturates "
            "for |x| > 3, so very deep tanh networks suffer from vanishing gradients; use "
            "Xavier/Glorot initialisation with it."
        ),
        _value=_tanh,
        _derivative=_tanh_d,
    ),
    Activation(
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
        properties=Properties(bounded=True, monotonic=True, smooth=True, zero_centred=False),
        note=(
            "Turns a vector of logits into a probability distribution over classes: the "
            "output layer of a multi-class classifier, trained with cross-entropy (which "
            "frameworks fuse with log-softmax for stability). It is not a hidden-layer "
            "activation and has nothing to do with 'noisy data'. Adding a constant to all "
            "logits changes nothing; the temperature T sharpens (T < 1) or flattens (T > 1) "
            "the distribution."
        ),
        _value=_softmax,
        _derivative=_softmax_d,
        _jacobian=_softmax_jacobian,
    ),
    Activation(
        id="leaky_relu",
        name="Leaky ReLU",
        category=RECTIFIERS,
        kind="elementwise",
        params=(_p("negative_slope", 0.01, 0.0, 1.0, 0.01, r"\alpha", "Slope for negative inputs."),),
        latex=r"\mathrm{LeakyReLU}(x) = " + _cases(("x", "x > 0"), (r"\alpha x", r"x \le 0")),
        latex_derivative=r"\mathrm{LeakyReLU}'(x) = " + _cases(("1", "x > 0"), (r"\alpha", r"x \le 0")),
        output_range=r"(-\infty, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "ReLU with a small slope for negative inputs, so no unit ever has a zero "
            "gradient and none can die. A drop-in replacement for ReLU when many units go "
            "dead (large learning rates, GANs). PyTorch's default slope is 0.01; Keras's "
            "LeakyReLU layer defaults to 0.3 (Keras 2) or 0.2 (Keras 3 and "
            "tf.nn.leaky_relu)."
        ),
        _value=_leaky_relu,
        _derivative=_leaky_relu_d,
    ),
    Activation(
        id="linear",
        name="Linear (identity)",
        category=CLASSIC,
        kind="elementwise",
        params=(),
        latex=r"f(x) = x",
        latex_derivative=r"f'(x) = 1",
        output_range=r"(-\infty, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=True),
        note=(
            "No activation at all. A stack of linear layers is still one linear map, so "
            "a network without a non-linearity can only learn linear decision boundaries "
            "(it cannot solve XOR). Use it on the output of a regression model."
        ),
        _value=_linear,
        _derivative=_linear_d,
    ),
    Activation(
        id="step",
        name="Step (Heaviside)",
        category=CLASSIC,
        kind="elementwise",
        params=(),
        latex=r"H(x) = " + _cases(("1", r"x \ge 0"), ("0", "x < 0")),
        latex_derivative=r"H'(x) = 0 \quad (x \ne 0)",
        output_range=r"\{0, 1\}",
        properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "The original perceptron's threshold unit. Its derivative is zero everywhere "
            "it exists, so gradient descent gets no signal through it: that is why "
            "backpropagation needed smooth replacements such as the sigmoid. Shown for "
            "history and contrast, not for training."
        ),
        _value=_step,
        _derivative=_step_d,
    ),
    Activation(
        id="elu",
        name="ELU",
        category=RECTIFIERS,
        kind="elementwise",
        params=(_p("alpha", 1.0, 0.0, 10.0, 0.1, r"\alpha", "Value approached for x -> -inf is -alpha."),),
        latex=r"\mathrm{ELU}(x) = " + _cases(("x", "x > 0"), (r"\alpha\,(e^{x} - 1)", r"x \le 0")),
        latex_derivative=r"\mathrm{ELU}'(x) = " + _cases(("1", "x > 0"), (r"\alpha\, e^{x}", r"x \le 0")),
        output_range=r"(-\alpha, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "Exponential Linear Unit: like ReLU for positive inputs, but saturates smoothly "
            "to -alpha for negative ones, which pushes mean activations towards zero and "
            "keeps a gradient for negative inputs. Smooth everywhere when alpha = 1. A "
            "little more expensive than ReLU (an exponential)."
        ),
        _value=_elu,
        _derivative=_elu_d,
    ),
    Activation(
        id="selu",
        name="SELU",
        category=RECTIFIERS,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{SELU}(x) = \lambda " + _cases(("x", "x > 0"), (r"\alpha\,(e^{x} - 1)", r"x \le 0")),
        latex_derivative=r"\mathrm{SELU}'(x) = \lambda "
        + _cases(("1", "x > 0"), (r"\alpha\, e^{x}", r"x \le 0")),
        output_range=r"(-\lambda\alpha, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "Scaled ELU with fixed constants (alpha = 1.6733, lambda = 1.0507) chosen so "
            "that activations keep zero mean and unit variance through many layers: a "
            "self-normalising network. It only works as intended with LeCun-normal "
            "initialisation, plain fully connected layers and AlphaDropout."
        ),
        _value=_selu,
        _derivative=_selu_d,
    ),
    Activation(
        id="celu",
        name="CELU",
        category=RECTIFIERS,
        kind="elementwise",
        params=(
            _p("alpha", 1.0, 0.01, 10.0, 0.01, r"\alpha", "Scale of the negative part; must be positive."),
        ),
        latex=r"\mathrm{CELU}(x) = \max(0, x) + \min\bigl(0,\ \alpha\,(e^{x/\alpha} - 1)\bigr)",
        latex_derivative=r"\mathrm{CELU}'(x) = " + _cases(("1", "x > 0"), (r"e^{x/\alpha}", r"x \le 0")),
        output_range=r"(-\alpha, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
        note=(
            "Continuously differentiable ELU: dividing x by alpha inside the exponential "
            "makes the slope at 0 equal to 1 for every alpha, so the derivative has no "
            "jump. Otherwise behaves like ELU."
        ),
        _value=_celu,
        _derivative=_celu_d,
    ),
    Activation(
        id="gelu",
        name="GELU",
        category=SMOOTH,
        kind="elementwise",
        params=(
            Param(
                "approximate",
                "none",
                choices=("none", "tanh"),
                description="'none' uses the exact Gaussian CDF; 'tanh' the faster approximation.",
            ),
        ),
        latex=(
            r"\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left(1 + \mathrm{erf}"
            r"\left(\frac{x}{\sqrt{2}}\right)\right)"
        ),
        latex_derivative=(
            r"\mathrm{GELU}'(x) = \Phi(x) + x\,\varphi(x),\quad "
            r"\varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}"
        ),
        output_range=r"[-0.17, \infty)",
        properties=Properties(bounded=False, monotonic=False, smooth=True, zero_centred=False),
        note=(
            "Gaussian Error Linear Unit: weights each input by the probability that a "
            "standard normal variable is below it. The activation of BERT, GPT and most "
            "Transformers. Smooth and slightly non-monotonic (a dip to about -0.17 near "
            "x = -0.75). approximate='tanh' is the faster formula used by the original "
            "GPT-2 code."
        ),
        _value=_gelu,
        _derivative=_gelu_d,
    ),
    Activation(
        id="silu",
        name="SiLU (Swish)",
        category=SMOOTH,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}",
        latex_derivative=r"\mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)",
        output_range=r"[-0.28, \infty)",
        properties=Properties(bounded=False, monotonic=False, smooth=True, zero_centred=False),
        note=(
            "Sigmoid-weighted linear unit, also called Swish (with beta = 1). Smooth, "
            "non-monotonic (minimum about -0.278 at x = -1.28), unbounded above. Used in "
            "EfficientNet, YOLO and many modern vision and language models, often a small "
            "improvement over ReLU in deep networks."
        ),
        _value=_silu,
        _derivative=_silu_d,
    ),
    Activation(
        id="mish",
        name="Mish",
        category=SMOOTH,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{Mish}(x) = x \tanh\bigl(\mathrm{softplus}(x)\bigr)",
        latex_derivative=(
            r"\mathrm{Mish}'(x) = \tanh\bigl(\mathrm{sp}(x)\bigr) + "
            r"x\,\mathrm{sech}^2\bigl(\mathrm{sp}(x)\bigr)\,\sigma(x)"
        ),
        output_range=r"[-0.31, \infty)",
        properties=Properties(bounded=False, monotonic=False, smooth=True, zero_centred=False),
        note=(
            "A smooth, non-monotonic rectifier close to SiLU (minimum about -0.309). "
            "Popular in object detection (YOLOv4). Costs more than ReLU; gains over SiLU "
            "are usually small."
        ),
        _value=_mish,
        _derivative=_mish_d,
    ),
    Activation(
        id="softplus",
        name="Softplus",
        category=SMOOTH,
        kind="elementwise",
        params=(
            _p("beta", 1.0, 0.1, 20.0, 0.1, r"\beta", "Sharpness: large beta approaches ReLU."),
            _p("threshold", 20.0, 1.0, 50.0, 1.0, r"t", "Above beta*x > threshold the function is linear."),
        ),
        latex=r"\mathrm{softplus}(x) = \frac{1}{\beta} \log\bigl(1 + e^{\beta x}\bigr)",
        latex_derivative=r"\mathrm{softplus}'(x) = \sigma(\beta x)",
        output_range=r"(0, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
        note=(
            "A smooth ReLU whose derivative is the sigmoid. Used where an output must be "
            "positive (a variance or a rate) rather than as a hidden activation. For "
            "beta * x above the threshold PyTorch returns x itself, for stability. Keras's "
            "softplus has no beta (beta = 1)."
        ),
        _value=_softplus,
        _derivative=_softplus_d,
    ),
    Activation(
        id="softsign",
        name="Softsign",
        category=SMOOTH,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{softsign}(x) = \frac{x}{1 + |x|}",
        latex_derivative=r"\mathrm{softsign}'(x) = \frac{1}{(1 + |x|)^2}",
        output_range="(-1, 1)",
        properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=True),
        note=(
            "Like tanh but approaches its bounds polynomially rather than exponentially, "
            "so it saturates more slowly. Rarely used today; of historical interest as a "
            "cheaper tanh."
        ),
        _value=_softsign,
        _derivative=_softsign_d,
    ),
    Activation(
        id="hardtanh",
        name="Hardtanh",
        category=HARD,
        kind="elementwise",
        params=(
            _p("min_val", -1.0, -10.0, 10.0, 0.1, "a", "Lower limit; must be below max_val."),
            _p("max_val", 1.0, -10.0, 10.0, 0.1, "b", "Upper limit; must be above min_val."),
        ),
        latex=r"\mathrm{hardtanh}(x) = \min\bigl(\max(x, a),\ b\bigr)",
        latex_derivative=r"\mathrm{hardtanh}'(x) = " + _cases(("1", "a < x < b"), ("0", r"\text{otherwise}")),
        output_range="[a, b]",
        properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=True),
        note=(
            "A piecewise-linear tanh: identity between the limits, constant outside. "
            "Cheap, used in quantised and low-power networks. Its gradient is exactly 0 "
            "outside [a, b], a hard form of saturation."
        ),
        _value=_hardtanh,
        _derivative=_hardtanh_d,
        _check=_check_hardtanh,
    ),
    Activation(
        id="relu6",
        name="ReLU6",
        category=HARD,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{ReLU6}(x) = \min\bigl(\max(0, x),\ 6\bigr)",
        latex_derivative=r"\mathrm{ReLU6}'(x) = " + _cases(("1", "0 < x < 6"), ("0", r"\text{otherwise}")),
        output_range="[0, 6]",
        properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "ReLU capped at 6, which keeps activations in a range that survives low-"
            "precision (8-bit) arithmetic. Used in MobileNet for mobile devices."
        ),
        _value=_relu6,
        _derivative=_relu6_d,
    ),
    Activation(
        id="hardsigmoid",
        name="Hard sigmoid",
        category=HARD,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{hardsigmoid}(x) = "
        + _cases(("0", r"x \le -3"), ("1", r"x \ge 3"), (r"x/6 + 1/2", r"\text{otherwise}")),
        latex_derivative=r"\mathrm{hardsigmoid}'(x) = "
        + _cases((r"1/6", "-3 < x < 3"), ("0", r"\text{otherwise}")),
        output_range="[0, 1]",
        properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "A piecewise-linear sigmoid, much cheaper to compute; used in MobileNetV3's "
            "gates. PyTorch and Keras 3 use slope 1/6 (relu6(x + 3) / 6); Keras 2 and "
            "older TensorFlow used slope 0.2: max(0, min(1, 0.2 x + 0.5))."
        ),
        _value=_hardsigmoid,
        _derivative=_hardsigmoid_d,
    ),
    Activation(
        id="hardswish",
        name="Hard swish",
        category=HARD,
        kind="elementwise",
        params=(),
        latex=r"\mathrm{hardswish}(x) = x \cdot \frac{\mathrm{ReLU6}(x + 3)}{6}",
        latex_derivative=r"\mathrm{hardswish}'(x) = "
        + _cases(("0", "x < -3"), (r"x/3 + 1/2", r"-3 \le x \le 3"), ("1", "x > 3")),
        output_range=r"[-0.375, \infty)",
        properties=Properties(bounded=False, monotonic=False, smooth=False, zero_centred=False),
        note=(
            "A piecewise approximation of SiLU/Swish built from ReLU6, introduced with "
            "MobileNetV3 for fast inference on phones."
        ),
        _value=_hardswish,
        _derivative=_hardswish_d,
    ),
    Activation(
        id="logsigmoid",
        name="Log-sigmoid",
        category=SMOOTH,
        kind="elementwise",
        params=(),
        latex=r"\log\sigma(x) = -\log\bigl(1 + e^{-x}\bigr)",
        latex_derivative=r"\frac{d}{dx}\log\sigma(x) = 1 - \sigma(x)",
        output_range=r"(-\infty, 0)",
        properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
        note=(
            "The logarithm of the sigmoid, computed without ever taking the log of a "
            "number that underflowed. Appears inside losses (binary cross-entropy with "
            "logits, word2vec's negative sampling) rather than as a hidden activation."
        ),
        _value=_logsigmoid,
        _derivative=_logsigmoid_d,
    ),
    Activation(
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
    ),
    Activation(
        id="softshrink",
        name="Softshrink",
        category=SHRINK,
        kind="elementwise",
        params=(_p("lambd", 0.5, 0.0, 5.0, 0.05, r"\lambda", "Half-width of the dead zone."),),
        latex=r"\mathrm{softshrink}(x) = "
        + _cases(
            (r"x - \lambda", r"x > \lambda"), (r"x + \lambda", r"x < -\lambda"), ("0", r"\text{otherwise}")
        ),
        latex_derivative=r"\mathrm{softshrink}'(x) = "
        + _cases(("1", r"|x| > \lambda"), ("0", r"\text{otherwise}")),
        output_range=r"(-\infty, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=True),
        note=(
            "Soft thresholding: zeroes small values and shrinks the rest towards zero by "
            "lambda. It is the proximal operator of the L1 norm, the step that makes ISTA "
            "and LASSO produce sparse solutions."
        ),
        _value=_softshrink,
        _derivative=_shrink_d,
    ),
    Activation(
        id="hardshrink",
        name="Hardshrink",
        category=SHRINK,
        kind="elementwise",
        params=(_p("lambd", 0.5, 0.0, 5.0, 0.05, r"\lambda", "Half-width of the dead zone."),),
        latex=r"\mathrm{hardshrink}(x) = " + _cases(("x", r"|x| > \lambda"), ("0", r"\text{otherwise}")),
        latex_derivative=r"\mathrm{hardshrink}'(x) = "
        + _cases(("1", r"|x| > \lambda"), ("0", r"\text{otherwise}")),
        output_range=r"\{0\} \cup (-\infty, -\lambda) \cup (\lambda, \infty)",
        properties=Properties(bounded=False, monotonic=False, smooth=False, zero_centred=True),
        note=(
            "Hard thresholding: keeps values larger than lambda in magnitude unchanged and "
            "sets the rest to zero. Used in sparse coding and wavelet denoising; the jump "
            "at +-lambda makes it a poor hidden activation."
        ),
        _value=_hardshrink,
        _derivative=_shrink_d,
    ),
    Activation(
        id="prelu",
        name="PReLU",
        category=RECTIFIERS,
        kind="elementwise",
        params=(_p("weight", 0.25, 0.0, 1.0, 0.01, "a", "The negative slope (learned during training)."),),
        latex=r"\mathrm{PReLU}(x) = " + _cases(("x", "x > 0"), ("a x", r"x \le 0")),
        latex_derivative=r"\mathrm{PReLU}'(x) = " + _cases(("1", "x > 0"), ("a", r"x \le 0")),
        output_range=r"(-\infty, \infty)",
        properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
        note=(
            "Parametric ReLU: a Leaky ReLU whose negative slope a is a learned parameter "
            "(PyTorch initialises it to 0.25, one per layer or per channel). Introduced "
            "for deep image classifiers; the slider shows the function for one value of a."
        ),
        _value=_prelu,
        _derivative=_prelu_d,
    ),
    Activation(
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
        properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
        note=(
            "The logarithm of softmax, computed directly with the log-sum-exp trick so it "
            "never takes the log of an underflowed probability. Feed it to the negative "
            "log-likelihood loss: log_softmax + NLLLoss is PyTorch's cross-entropy."
        ),
        _value=_log_softmax,
        _derivative=_log_softmax_d,
        _jacobian=_log_softmax_jacobian,
    ),
    Activation(
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
        properties=Properties(bounded=True, monotonic=False, smooth=True, zero_centred=False),
        note=(
            "Softmax of the negated inputs: the smallest value gets the largest weight. "
            "Useful for soft selection of the nearest item from a vector of distances or "
            "costs (soft attention over distances, soft nearest neighbours)."
        ),
        _value=_softmin,
        _derivative=_softmin_d,
        _jacobian=_softmin_jacobian,
    ),
]

ACTIVATIONS: Mapping[str, Activation] = {a.id: a for a in _ALL}
"""Every activation by id, the seed's five first."""

assert tuple(ACTIVATIONS)[:5] == SEED_IDS


def get_activation(activation_id: str) -> Activation:
    """Return the activation with this id.

    Raises
    ------
    ValueError
        If the id is unknown; the message lists the valid ids.
    """
    try:
        return ACTIVATIONS[activation_id]
    except (KeyError, TypeError):
        valid = ", ".join(ACTIVATIONS)
        raise ValueError(f"unknown activation {activation_id!r}; valid ids: {valid}") from None


def elementwise_ids() -> tuple[str, ...]:
    """Ids of the elementwise activations, in catalogue order."""
    return tuple(a.id for a in _ALL if not a.is_vector)
