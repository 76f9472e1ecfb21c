"""The playground's network and its training, in one import.

The network (configuration, forward pass, backpropagation, loss) lives in
:mod:`actgui.model.mlp`; its training (optimisers, the trainer and its
history) in :mod:`actgui.model.training`. This module gathers both, so
existing imports keep working::

    >>> from actgui.model.datasets import make_dataset
    >>> from actgui.model.network import MLP, NetworkConfig, Trainer, TrainConfig
    >>> data = make_dataset("xor", seed=0)
    >>> trainer = Trainer(MLP(NetworkConfig((8, 8), ("tanh", "tanh"))), data, TrainConfig())
    >>> trainer.train_epochs(5)
    >>> trainer.epoch
    5
"""

from __future__ import annotations

from actgui.model.mlp import (
    DEAD_TOLERANCE,
    INIT_SCHEMES,
    MAX_HIDDEN_LAYERS,
    MAX_INIT_SCALE,
    MAX_NEURONS,
    MIN_INIT_SCALE,
    MLP,
    Forward,
    Gradients,
    GridOutputs,
    NetworkConfig,
    NeuronStats,
    bce_with_logits,
    init_weights,
)
from actgui.model.training import (
    MAX_BATCH_SIZE,
    MAX_L2,
    MAX_LEARNING_RATE,
    MIN_LEARNING_RATE,
    OPTIMIZERS,
    History,
    TrainConfig,
    Trainer,
    train,
)

__all__ = [
    "DEAD_TOLERANCE",
    "INIT_SCHEMES",
    "MAX_BATCH_SIZE",
    "MAX_HIDDEN_LAYERS",
    "MAX_INIT_SCALE",
    "MAX_L2",
    "MAX_LEARNING_RATE",
    "MAX_NEURONS",
    "MIN_INIT_SCALE",
    "MIN_LEARNING_RATE",
    "MLP",
    "OPTIMIZERS",
    "Forward",
    "Gradients",
    "GridOutputs",
    "History",
    "NetworkConfig",
    "NeuronStats",
    "TrainConfig",
    "Trainer",
    "bce_with_logits",
    "init_weights",
    "train",
]
