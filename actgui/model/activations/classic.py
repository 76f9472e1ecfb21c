"""The classic units: sigmoid, tanh, the identity and the step, with log-sigmoid and softsign."""

from __future__ import annotations

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import CLASSIC, SMOOTH, Activation, Properties, cases


def _sigmoid(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sigmoid_kernel, x)


def _sigmoid_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sigmoid_grad_kernel, x)


def _tanh(x: FloatArray) -> FloatArray:
    return np.tanh(x)


def _tanh_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sech2_kernel, x)


def _linear(x: FloatArray) -> FloatArray:
    return x.copy()


def _linear_d(x: FloatArray) -> FloatArray:
    return nx.keep_nan(x, np.ones_like(x))


def _step(x: FloatArray) -> FloatArray:
    return nx.indicator(x, x >= 0)  # H(0) = 1


def _step_d(x: FloatArray) -> FloatArray:
    return nx.keep_nan(x, np.zeros_like(x))


def _logsigmoid(x: FloatArray) -> FloatArray:
    out = np.abs(x)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    return np.subtract(np.minimum(x, 0.0), out, out=out)


def _logsigmoid_d(x: FloatArray) -> FloatArray:
    return nx.blockwise(nx.sigmoid_kernel, np.negative(x))


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


SIGMOID = Activation(
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
)
TANH = Activation(
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
)
LINEAR = Activation(
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
)
STEP = Activation(
    id="step",
    name="Step (Heaviside)",
    category=CLASSIC,
    kind="elementwise",
    params=(),
    latex=r"H(x) = " + cases(("1", r"x \ge 0"), ("0", "x < 0")),
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
)
LOGSIGMOID = Activation(
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
)
SOFTSIGN = Activation(
    id="softsign",
    name="Softsign",
    category=SMOOTH,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{softsign}(x) = \frac{x}{1 + |x|}",
    latex_derivative=r"\mathrm{softsign}'(x) = \frac{1}{(1 + |x|)^2}",
    output_range="(-1, 1)",
    properties=Properties(bounded=True, monotonic=True, smooth=True, zero_centred=True),
    note=(
        "Like tanh but approaches its bounds polynomially rather than exponentially, "
        "so it saturates more slowly. Rarely used today; of historical interest as a "
        "cheaper tanh. Continuously differentiable: only its second derivative jumps at 0."
    ),
    _value=_softsign,
    _derivative=_softsign_d,
)
