"""Independent high-precision references for the activation catalogue (mpmath, 50 digits).

Each reference follows the formula PyTorch (``torch.nn.functional``, CPU,
float64) evaluates, and autograd's backward formula for the derivative, so
that a comparison against it is a comparison against PyTorch's semantics
without installing PyTorch. The source of each convention is recorded next
to it (the forward kernels are in aten/src/ATen/native/cpu/Activation.cpp
and UnaryOpsKernel.cpp, the backward formulas in tools/autograd/derivatives.yaml
and the ``*_backward`` kernels there).

Deliberate differences from PyTorch, all in the direction of the exact
mathematical value:

- NaN in gives NaN out for derivatives too (PyTorch's threshold-based
  backward kernels, e.g. relu's, return 0 at NaN).
- At +-inf the model returns the limit (PyTorch gives NaN for x * sigmoid(x)
  and friends at -inf, where it evaluates -inf * 0).
- GELU's value is computed without cancellation for x << 0 (PyTorch's
  0.5 x (1 + erf(x / sqrt 2)) and 0.5 x (1 + tanh(u)) round to 0 below
  about x = -8.3 and x = -6; the exact value is ~1e-16 and smaller there).

Also runnable as a script, printing the largest error found per activation::

    python -m tests.model.reference
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import mpmath as mp
import numpy as np

DPS = 50
SMALLEST_NORMAL = 2.2250738585072014e-308
"""Relative errors are measured against max(|reference|, this): below it the true value underflows."""

SELU_ALPHA = mp.mpf("1.6732632423543772848170429916717")
SELU_SCALE = mp.mpf("1.0507009873554804934193349852946")
GELU_KAPPA = mp.mpf("0.044715")

Ref = Callable[..., tuple[mp.mpf, mp.mpf, mp.mpf | None]]
"""reference(x, **params) -> (value, derivative, derivative_scale or None)."""


def _sigma(x: mp.mpf) -> mp.mpf:
    return 1 / (1 + mp.exp(-x))


def _sigma_grad(x: mp.mpf) -> mp.mpf:
    # sigma (1 - sigma), written so that 50 digits suffice for any float64 x
    # (1 - sigma(x) itself would cancel completely for x > 115).
    e = mp.exp(-abs(x))
    return e / (1 + e) ** 2


def _ncdf(x: mp.mpf) -> mp.mpf:
    """Phi(x); mpmath's own overflows for |x| near 1e308, where the asymptotic series is exact."""
    if abs(x) < 1e4:
        return mp.ncdf(x)
    # Phi(-a) = phi(a) / a * (1 - 1/a^2 + 3/a^4 - 15/a^6 + ...): for a >= 1e4 the
    # omitted terms are below 1e-30 relative.
    a = abs(x)
    tail = mp.npdf(a) / a * (1 - 1 / a**2 + 3 / a**4 - 15 / a**6)
    return 1 - tail if x > 0 else tail


def _sech2(x: mp.mpf) -> mp.mpf:
    return mp.sech(x) ** 2


# Each reference: (f(x), f'(x), scale of f' or None). The scale is the sum of
# the magnitudes of the terms of f' where they cancel near a root of f' (the
# dips of GELU, SiLU, Mish): there, no formula evaluated in float64 gets a
# small relative error, and the error is measured against the terms instead.


def ref_sigmoid(x):  # sigmoid: 1 / (1 + exp(-x)); backward: grad * (1 - y) * y
    return _sigma(x), _sigma_grad(x), None


def ref_tanh(x):  # tanh backward: grad * (1 - y^2)
    return mp.tanh(x), _sech2(x), None


def ref_relu(x):  # relu backward is threshold_backward(grad, result, 0): 0 where result <= 0, so relu'(0) = 0
    return max(x, mp.mpf(0)), mp.mpf(1 if x > 0 else 0), None


def ref_leaky_relu(x, negative_slope):
    # leaky_relu_backward: x > 0 ? grad : grad * negative_slope, so leaky_relu'(0) = negative_slope
    ns = mp.mpf(negative_slope)
    return (x if x > 0 else ns * x), (mp.mpf(1) if x > 0 else ns), None


def ref_prelu(x, weight):  # prelu backward: x > 0 ? grad : weight * grad, so prelu'(0) = weight
    w = mp.mpf(weight)
    return (x if x > 0 else w * x), (mp.mpf(1) if x > 0 else w), None


def ref_linear(x):
    return x, mp.mpf(1), None


def ref_step(x):  # torch.heaviside(x, 1): H(0) = 1; it has no derivative, the model uses 0 everywhere
    return mp.mpf(1 if x >= 0 else 0), mp.mpf(0), None


def ref_elu(x, alpha):
    # elu: x > 0 ? x : alpha * (exp(x) - 1); elu_backward (is_result=False):
    # x <= 0 ? grad * alpha * exp(x) : grad, so elu'(0) = alpha
    a = mp.mpf(alpha)
    if x > 0:
        return x, mp.mpf(1), None
    return a * mp.expm1(x), a * mp.exp(x), None


def ref_selu(x):  # selu = elu with scale = SELU_SCALE, alpha = SELU_ALPHA: selu'(0) = scale * alpha
    if x > 0:
        return SELU_SCALE * x, SELU_SCALE, None
    return SELU_SCALE * SELU_ALPHA * mp.expm1(x), SELU_SCALE * SELU_ALPHA * mp.exp(x), None


def ref_celu(x, alpha):
    # celu = elu(x, alpha, scale=1, input_scale=1/alpha); backward at x <= 0:
    # grad * (1/alpha) * alpha * exp(x/alpha), so celu'(0) = 1
    a = mp.mpf(alpha)
    if x > 0:
        return x, mp.mpf(1), None
    return a * mp.expm1(x / a), mp.exp(x / a), None


def ref_gelu(x, approximate):
    if approximate == "none":
        # gelu: x * Phi(x); gelu_backward: grad * (Phi(x) + x * phi(x))
        cdf, pdf = _ncdf(x), mp.npdf(x)
        return x * cdf, cdf + x * pdf, cdf + abs(x) * pdf
    # approximate='tanh': 0.5 x (1 + tanh(k (x + 0.044715 x^3))), k = sqrt(2/pi);
    # backward: 0.5 (1 + tanh(u)) + 0.5 x (1 - tanh(u)^2) k (1 + 3 * 0.044715 x^2)
    k = mp.sqrt(2 / mp.pi)
    u = k * (x + GELU_KAPPA * x**3)
    # 0.5 (1 + tanh(u)) = sigmoid(2u): the same number, without cancellation at x << 0.
    half = _sigma(2 * u)
    term = x * 2 * _sigma_grad(2 * u) * k * (1 + 3 * GELU_KAPPA * x * x)
    return x * half, half + term, abs(half) + abs(term)


def ref_silu(x):  # silu: x * sigmoid(x); backward: grad * s * (1 + x * (1 - s))
    s = _sigma(x)
    term = x * _sigma_grad(x)
    return x * s, s + term, s + abs(term)


def ref_mish(x):
    # mish: x * tanh(softplus(x)); backward: tanh(sp) + x * sigmoid(x) * (1 - tanh(sp)^2)
    sp = mp.log1p(mp.exp(x))
    t = mp.tanh(sp)
    term = x * _sigma(x) * _sech2(sp)
    return x * t, t + term, abs(t) + abs(term)


def ref_softplus(x, beta, threshold):
    # softplus: (x * beta) > threshold ? x : log1p(exp(x * beta)) / beta, the test
    # made in float64; softplus_backward: (x * beta) > threshold ? grad : grad * sigmoid(x * beta)
    with np.errstate(over="ignore"):
        linear = float(x) * beta > threshold
    if linear:
        return x, mp.mpf(1), None
    b = mp.mpf(beta)
    return mp.log1p(mp.exp(b * x)) / b, _sigma(b * x), None


def ref_softsign(x):  # x / (1 + |x|), through autograd: 1 / (1 + |x|)^2 (abs'(0) = sgn(0) = 0)
    return x / (1 + abs(x)), 1 / (1 + abs(x)) ** 2, None


def ref_hardtanh(x, min_val, max_val):
    # hardtanh_backward: (x <= min_val || x >= max_val) ? 0 : grad,
    # so hardtanh'(min_val) = hardtanh'(max_val) = 0
    lo, hi = mp.mpf(min_val), mp.mpf(max_val)
    return min(max(x, lo), hi), mp.mpf(1 if lo < x < hi else 0), None


def ref_relu6(x):  # relu6 is hardtanh(x, 0, 6): relu6'(0) = relu6'(6) = 0
    return ref_hardtanh(x, 0.0, 6.0)


def ref_hardsigmoid(x):
    # hardsigmoid: min(max(x + 3, 0), 6) / 6; backward: (-3 < x < 3) ? grad / 6 : 0
    return min(max(x + 3, mp.mpf(0)), mp.mpf(6)) / 6, (mp.mpf(1) / 6 if -3 < x < 3 else mp.mpf(0)), None


def ref_hardswish(x):
    # hardswish: x * min(max(x + 3, 0), 6) / 6; hardswish_backward:
    # x < -3 ? 0 : x <= 3 ? grad * (x / 3 + 0.5) : grad, so hardswish'(-3) = -0.5, hardswish'(3) = 1.5
    value = x * min(max(x + 3, mp.mpf(0)), mp.mpf(6)) / 6
    if x < -3:
        d = mp.mpf(0)
    elif x <= 3:
        d = x / 3 + mp.mpf(1) / 2
    else:
        d = mp.mpf(1)
    return value, d, None


def ref_logsigmoid(x):  # log(sigmoid(x)); log_sigmoid_backward: 1 - sigmoid(x)
    return -mp.log1p(mp.exp(-x)), _sigma(-x), None


def ref_tanhshrink(x):  # x - tanh(x); through autograd: 1 - (1 - tanh^2) = tanh^2
    return x - mp.tanh(x), mp.tanh(x) ** 2, None


def ref_softshrink(x, lambd):
    # softshrink: x > l ? x - l : x < -l ? x + l : 0; softshrink_backward:
    # (x >= -l && x <= l) ? 0 : grad, so softshrink'(+-lambd) = 0
    lam = mp.mpf(lambd)
    if x > lam:
        v = x - lam
    elif x < -lam:
        v = x + lam
    else:
        v = mp.mpf(0)
    return v, mp.mpf(0 if -lam <= x <= lam else 1), None


def ref_hardshrink(x, lambd):
    # hardshrink: (x >= -l && x <= l) ? 0 : x; backward as softshrink's: hardshrink'(+-lambd) = 0
    lam = mp.mpf(lambd)
    inside = -lam <= x <= lam
    return (mp.mpf(0) if inside else x), mp.mpf(0 if inside else 1), None


def ref_rrelu(x, lower, upper):
    # F.rrelu(training=False) is leaky_relu(x, (lower + upper) / 2): slope at 0, as leaky_relu's backward
    slope = (mp.mpf(lower) + mp.mpf(upper)) / 2
    return (x if x > 0 else slope * x), (mp.mpf(1) if x > 0 else slope), None


def ref_threshold(x, threshold, value):
    # threshold kernel: x <= threshold ? value : x; threshold_backward: 0 where x <= threshold
    th = mp.mpf(threshold)
    return (mp.mpf(value) if x <= th else x), mp.mpf(0 if x <= th else 1), None


def ref_exponential(x):  # torch.exp / keras.activations.exponential; exp' = exp
    return mp.exp(x), mp.exp(x), None


def ref_squareplus(x, b):
    # Keras 3: (x + sqrt(x^2 + b)) / 2; the derivative (1 + x / sqrt(x^2 + b)) / 2. With b = 0 it is
    # ReLU, whose derivative at 0 the model takes as 0 (Keras's formula is 0/0 there).
    bb = mp.mpf(b)
    h = mp.sqrt(x * x + bb)
    if h == 0:
        return mp.mpf(0), mp.mpf(0), None
    if x < 0:  # x + h cancels entirely for |x| >> 1, even at 50 digits
        return bb / (2 * (h - x)), bb / (2 * h * (h - x)), None
    return (x + h) / 2, (1 + x / h) / 2, None


def ref_sparse_plus(x):
    # Keras 3: where(x <= -1, 0, where(x < 1, (x + 1)^2 / 4, x)); the derivative is continuous
    if x <= -1:
        return mp.mpf(0), mp.mpf(0), None
    if x >= 1:
        return x, mp.mpf(1), None
    return (x + 1) ** 2 / 4, (x + 1) / 2, None


def ref_sparse_sigmoid(x):
    # Keras 3: where(x <= -1, 0, where(x >= 1, 1, (x + 1) / 2)): the constant branches own the corners
    if x <= -1:
        return mp.mpf(0), mp.mpf(0), None
    if x >= 1:
        return mp.mpf(1), mp.mpf(0), None
    return (x + 1) / 2, mp.mpf("0.5"), None


REFERENCES: dict[str, Ref] = {
    "sigmoid": ref_sigmoid,
    "tanh": ref_tanh,
    "relu": ref_relu,
    "leaky_relu": ref_leaky_relu,
    "prelu": ref_prelu,
    "linear": ref_linear,
    "step": ref_step,
    "elu": ref_elu,
    "selu": ref_selu,
    "celu": ref_celu,
    "gelu": ref_gelu,
    "silu": ref_silu,
    "mish": ref_mish,
    "softplus": ref_softplus,
    "softsign": ref_softsign,
    "hardtanh": ref_hardtanh,
    "relu6": ref_relu6,
    "hardsigmoid": ref_hardsigmoid,
    "hardswish": ref_hardswish,
    "logsigmoid": ref_logsigmoid,
    "tanhshrink": ref_tanhshrink,
    "softshrink": ref_softshrink,
    "hardshrink": ref_hardshrink,
    "rrelu": ref_rrelu,
    "threshold": ref_threshold,
    "exponential": ref_exponential,
    "squareplus": ref_squareplus,
    "sparse_plus": ref_sparse_plus,
    "sparse_sigmoid": ref_sparse_sigmoid,
}


# --------------------------------------------------------------------------
# Parameter settings and grids.
# --------------------------------------------------------------------------

PARAM_SETTINGS: dict[str, list[dict[str, object]]] = {
    "leaky_relu": [{}, {"negative_slope": 0.0}, {"negative_slope": 1.0}, {"negative_slope": 0.2}],
    "prelu": [{}, {"weight": 0.0}, {"weight": 1.0}, {"weight": 0.1}],
    "elu": [{}, {"alpha": 0.0}, {"alpha": 10.0}, {"alpha": 0.5}, {"alpha": 1.7}],
    "celu": [{}, {"alpha": 0.01}, {"alpha": 10.0}, {"alpha": 0.3}, {"alpha": 2.5}],
    "gelu": [{}, {"approximate": "tanh"}],
    "softplus": [
        {},
        {"beta": 0.1},
        {"beta": 20.0},
        {"beta": 2.0, "threshold": 1.0},
        {"beta": 0.5, "threshold": 50.0},
        {"beta": 20.0, "threshold": 50.0},
    ],
    "hardtanh": [
        {},
        {"min_val": -10.0, "max_val": 10.0},
        {"min_val": -10.0, "max_val": -9.9},
        {"min_val": 2.0, "max_val": 10.0},
        {"min_val": -0.5, "max_val": 3.0},
    ],
    "softshrink": [{}, {"lambd": 0.0}, {"lambd": 5.0}, {"lambd": 1.3}],
    "hardshrink": [{}, {"lambd": 0.0}, {"lambd": 5.0}, {"lambd": 1.3}],
    "rrelu": [{}, {"lower": 0.0, "upper": 0.0}, {"lower": 1.0, "upper": 1.0}, {"lower": 0.1, "upper": 0.7}],
    "threshold": [{}, {"threshold": 1.5, "value": -2.0}, {"threshold": -10.0, "value": 10.0}],
    "squareplus": [{}, {"b": 0.0}, {"b": 20.0}, {"b": 0.3}],
}


def settings(activation_id: str) -> list[dict[str, object]]:
    """Every parameter setting worth testing: defaults, range ends, interior values."""
    return PARAM_SETTINGS.get(activation_id, [{}])


def kinks(activation_id: str, params: dict[str, object]) -> list[float]:
    """Where the function or its derivative is not smooth, for the setting."""
    p = {**_defaults(activation_id), **params}
    if activation_id in ("relu", "leaky_relu", "prelu", "step", "elu", "selu", "celu", "rrelu"):
        return [0.0]
    if activation_id == "hardtanh":
        return [float(p["min_val"]), float(p["max_val"])]
    if activation_id == "relu6":
        return [0.0, 6.0]
    if activation_id in ("hardsigmoid", "hardswish"):
        return [-3.0, 3.0]
    if activation_id in ("softshrink", "hardshrink"):
        return [-float(p["lambd"]), float(p["lambd"])]
    if activation_id == "softplus":
        return [float(p["threshold"]) / float(p["beta"])]
    if activation_id == "threshold":
        return [float(p["threshold"])]
    if activation_id in ("sparse_plus", "sparse_sigmoid"):
        return [-1.0, 1.0]
    if activation_id == "squareplus" and float(p["b"]) == 0.0:
        return [0.0]
    if activation_id == "softsign":
        return [0.0]  # f'' jumps: (1 + |x|)^-2 has a corner at 0
    return []


def _defaults(activation_id: str) -> dict[str, object]:
    from actgui.model import get_activation

    return get_activation(activation_id).defaults()


EXTREMES = [
    0.0, -0.0, 5e-324, -5e-324, 2.5e-310, -2.5e-310, 1e-300, -1e-300, SMALLEST_NORMAL, -SMALLEST_NORMAL,
    30.0, -30.0, 38.5, -38.5, 40.0, -40.0, 354.0, -354.0, 700.0, -700.0, 709.9, -709.9, 745.2, -745.2,
    1e5, -1e5, 1e300, -1e300, 1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308,
]  # fmt: skip


def near(point: float) -> list[float]:
    """Points on both sides of ``point``, from the next float to 1e-3 away."""
    out = [point, float(np.nextafter(point, np.inf)), float(np.nextafter(point, -np.inf))]
    scale = max(1.0, abs(point))
    for d in (1e-15, 1e-12, 1e-9, 1e-6, 1e-3):
        out += [point + d * scale, point - d * scale]
    return out


def grid(activation_id: str, params: dict[str, object]) -> np.ndarray:
    """x from -1e4 to 1e4, dense near 0 and near the kinks, plus the float64 extremes."""
    tiny_to_big = np.geomspace(1e-8, 1e4, 121)
    parts = [
        np.linspace(-10.0, 10.0, 801),
        np.linspace(-1e4, 1e4, 201),
        tiny_to_big,
        -tiny_to_big,
        np.array(EXTREMES),
    ]
    for k in [0.0, *kinks(activation_id, params)]:
        parts.append(np.array(near(k)))
    return np.unique(np.concatenate(parts))  # sorted; -0.0 and 0.0 collapse, 0.0 is in EXTREMES


# --------------------------------------------------------------------------
# Comparison.
# --------------------------------------------------------------------------


@dataclass
class Errors:
    """Largest relative errors of value and derivative over a grid, and where."""

    value: float = 0.0
    value_at: float = math.nan
    derivative: float = 0.0
    derivative_at: float = math.nan
    failures: list[str] = field(default_factory=list)


def reference_arrays(
    activation_id: str, params: dict[str, object], xs: Iterable[float]
) -> tuple[list[mp.mpf], list[mp.mpf], list[mp.mpf]]:
    """mpmath values, derivatives and derivative scales at every x."""
    ref = REFERENCES[activation_id]
    full = {**_defaults(activation_id), **params}
    values, derivatives, scales = [], [], []
    with mp.workdps(DPS):
        for x in xs:
            v, d, s = ref(mp.mpf(float(x)), **full)
            values.append(v)
            derivatives.append(d)
            scales.append(abs(d) if s is None else s)
    return values, derivatives, scales


def relative_errors(got: np.ndarray, want: list[mp.mpf], scales: list[mp.mpf] | None = None) -> np.ndarray:
    """|got - want| / max(scale, smallest normal), elementwise, in high precision."""
    out = np.empty(len(want))
    with mp.workdps(DPS):
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            scale = abs(w) if scales is None else scales[i]
            if not math.isfinite(g):
                out[i] = 0.0 if (g == float(w)) else math.inf
                continue
            out[i] = float(abs(mp.mpf(float(g)) - w) / max(scale, mp.mpf(SMALLEST_NORMAL)))
    return out


def compare(activation_id: str, params: dict[str, object]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The grid and the relative errors of value and derivative on it."""
    from actgui.model import get_activation

    act = get_activation(activation_id)
    xs = grid(activation_id, params)
    values, derivatives, scales = reference_arrays(activation_id, params, xs)
    value_err = relative_errors(act(xs, **params), values)
    derivative_err = relative_errors(act.derivative(xs, **params), derivatives, scales)
    return xs, value_err, derivative_err


def main() -> None:
    """Print the largest error per activation and setting."""
    print(f"{'activation':34s} {'max rel err f':>14s} {'at x':>12s} {'max rel err df':>15s} {'at x':>12s}")
    for activation_id in REFERENCES:
        for params in settings(activation_id):
            xs, ev, ed = compare(activation_id, params)
            shown = ", ".join(f"{k}={v}" for k, v in params.items())
            label = f"{activation_id}({shown})" if params else activation_id
            iv, idd = int(np.argmax(ev)), int(np.argmax(ed))
            print(f"{label:34s} {ev[iv]:14.2e} {xs[iv]:12.4g} {ed[idd]:15.2e} {xs[idd]:12.4g}")


if __name__ == "__main__":
    main()
