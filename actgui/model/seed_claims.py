"""The seed article's advice on its five activations, each claim beside what holds.

The lesson actgui grew from recommended sigmoid and tanh "for linearly
separable data", Leaky ReLU for "sparse connections", tanh or ReLU for data
with "many negative values" and softmax for "noisy data". None of these is
how the activations are chosen; the explorer shows each claim with what is
true instead (translated in the ``"model"`` context like the notes).

    >>> from actgui.model.activations import SEED_IDS
    >>> sorted(SEED_CLAIMS) == sorted(SEED_IDS)
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class SeedClaim:
    """What the seed article said about an activation, and what holds."""

    claim: str
    holds: str


SEED_CLAIMS: Mapping[str, SeedClaim] = MappingProxyType(
    {
        "sigmoid": SeedClaim(
            claim="Use sigmoid for linearly separable data.",
            holds=(
                "Linearly separable data need no hidden non-linearity at all: one linear layer "
                "with a sigmoid output (logistic regression) separates them. The sigmoid's place "
                "is that output, the probability of a class, and the gates of LSTM cells; in "
                "hidden layers it saturates and passes at most a quarter of the gradient."
            ),
        ),
        "tanh": SeedClaim(
            claim="Use tanh for linearly separable data, or for data with many negative values.",
            holds=(
                "Neither decides it. Linearly separable data need no hidden non-linearity; tanh "
                "is a hidden activation for data that are not. Inputs are usually standardised, "
                "so half of them are negative whatever the activation. What tanh offers is "
                "zero-centred outputs with a slope up to 1 (RNN and LSTM cells use it)."
            ),
        ),
        "relu": SeedClaim(
            claim="Use ReLU for data with many negative values.",
            holds=(
                "Negative values are ReLU's weak side, not its use: for every negative "
                "pre-activation it outputs 0 and passes no gradient, and a unit negative on every "
                "point is dead. It is the default hidden activation of deep feed-forward and "
                "convolutional networks, with He initialisation, whatever the sign of the data."
            ),
        ),
        "leaky_relu": SeedClaim(
            claim="Use Leaky ReLU for sparse connections.",
            holds=(
                "It has nothing to do with sparse connections. Its small slope for z < 0 keeps "
                "every unit trainable, so units cannot die as ReLUs can; it makes the activations "
                "less sparse than ReLU's exact zeros, not more."
            ),
        ),
        "softmax": SeedClaim(
            claim="Use softmax for noisy data.",
            holds=(
                "Noise has nothing to do with it. Softmax turns a vector of logits into "
                "probabilities that sum to 1: the output of a multi-class classifier, and the "
                "weights of attention inside Transformers."
            ),
        ),
    }
)
"""The seed article's claim and what holds, for each of its five activations."""
