"""The self-gated units x * gate(x): GELU, SiLU (Swish) and Mish."""

from __future__ import annotations

import math

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import SMOOTH, Activation, Properties
from actgui.model.params import Param


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


GELU = Activation(
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
        "standard normal variable is below it. The activation of BERT, GPT-2 and the "
        "Vision Transformer; LLaMA-style language models use SwiGLU (a gated unit "
        "built from SiLU) instead. Smooth and slightly non-monotonic: it falls to a "
        "minimum of about -0.17 at x = -0.75. approximate='tanh' is the faster formula "
        "used by the original GPT-2 code."
    ),
    _value=_gelu,
    _derivative=_gelu_d,
)
SILU = Activation(
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
)
MISH = Activation(
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
)
