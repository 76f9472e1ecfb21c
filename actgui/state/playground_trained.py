"""The playground's trained network as plain JSON-able values, for a setup file.

:func:`trained_settings` turns a trainer's
:class:`~actgui.model.training.TrainingProgress` into lists, numbers and
texts; :func:`progress_from_settings` turns them back. Together they let a
setup hold a trained network, its curves and what is needed to continue
training exactly as it would have gone on (the optimiser's moments, the
shuffled order and the shuffling generator)::

    {
      "epoch": 120, "steps": 840,
      "weights": [[[...], ...], ...],        # per layer, (n_in, n_out), input layer first
      "biases": [[...], ...],                # per layer, (n_out,)
      "history": {"epochs": [0, 1, ...], "train_loss": [...], "test_loss": [...],
                  "train_accuracy": [...], "test_accuracy": [...]},   # null: not a number
      "shuffle": {"order": [...], "position": 17,
                  "generator": {"state": "hex", "inc": "hex", "has_uint32": 0, "uinteger": 0}},
      "adam": {"t": 840, "m_weights": [...], "m_biases": [...],
               "v_weights": [...], "v_biases": [...]}              # only under Adam
    }

A history longer than :data:`MAX_HISTORY` epochs is thinned evenly (epoch 0
and the current epoch always kept), which keeps the largest setup well
under the 1 MB a setup file may have; the curves look the same. Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from actgui.model.refusal import Refusal
from actgui.model.training import History, Trainer, TrainingProgress

MAX_HISTORY = 2000
"""The most epochs of the training history a setup keeps."""

HISTORY_KEYS = ("epochs", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
GENERATOR_BITS = 128
"""PCG64's state and increment are 128-bit numbers, written as hexadecimal texts."""


def trained_settings(trainer: Trainer, max_history: int = MAX_HISTORY) -> dict[str, Any] | None:
    """The trainer's progress as JSON-able values, or None if its weights are not finite (diverged)."""
    if trainer.diverged:
        return None
    progress = trainer.progress()
    history = _thinned(progress.history, max_history)
    generator = progress.generator
    settings: dict[str, Any] = {
        "epoch": progress.epoch,
        "steps": progress.steps,
        "weights": [w.tolist() for w in progress.weights],
        "biases": [b.tolist() for b in progress.biases],
        "history": {
            "epochs": list(history.epochs),
            **{key: [_number(v) for v in getattr(history, key)] for key in HISTORY_KEYS[1:]},
        },
        "shuffle": {
            "order": [int(i) for i in progress.order],
            "position": progress.cursor,
            "generator": {
                "state": f"{generator['state']['state']:x}",
                "inc": f"{generator['state']['inc']:x}",
                "has_uint32": int(generator["has_uint32"]),
                "uinteger": int(generator["uinteger"]),
            },
        },
    }
    if progress.adam_m:
        layers = len(progress.weights)
        settings["adam"] = {
            "t": progress.adam_t,
            "m_weights": [m.tolist() for m in progress.adam_m[:layers]],
            "m_biases": [m.tolist() for m in progress.adam_m[layers:]],
            "v_weights": [v.tolist() for v in progress.adam_v[:layers]],
            "v_biases": [v.tolist() for v in progress.adam_v[layers:]],
        }
    return settings


def progress_from_settings(settings: Mapping[str, Any], bit_generator: str = "PCG64") -> TrainingProgress:
    """The progress :func:`trained_settings` gave (JSON types checked by the caller).

    Raises
    ------
    ValueError
        (a :class:`~actgui.model.refusal.Refusal`) for a generator state that
        is not a hexadecimal number; the other values are checked by
        :meth:`Trainer.resume`.
    """
    history = settings["history"]
    shuffle = settings["shuffle"]
    generator = shuffle["generator"]
    adam = settings.get("adam")
    return TrainingProgress(
        weights=_arrays(settings["weights"]),
        biases=_arrays(settings["biases"]),
        epoch=settings["epoch"],
        steps=settings["steps"],
        history=History(
            list(history["epochs"]),
            *([math.nan if v is None else v for v in history[key]] for key in HISTORY_KEYS[1:]),
        ),
        order=np.array(shuffle["order"], dtype=np.int64),
        cursor=shuffle["position"],
        generator={
            "bit_generator": bit_generator,
            "state": {"state": _hex(generator["state"]), "inc": _hex(generator["inc"])},
            "has_uint32": generator["has_uint32"],
            "uinteger": generator["uinteger"],
        },
        adam_m=(*_arrays(adam["m_weights"]), *_arrays(adam["m_biases"])) if adam else (),
        adam_v=(*_arrays(adam["v_weights"]), *_arrays(adam["v_biases"])) if adam else (),
        adam_t=adam["t"] if adam else 0,
    )


def _arrays(values: Sequence[Any]) -> tuple[np.ndarray, ...]:
    return tuple(np.array(v, dtype=np.float64) for v in values)


def _hex(text: str) -> int:
    if not 1 <= len(text) <= GENERATOR_BITS // 4 or any(c not in "0123456789abcdef" for c in text):
        raise Refusal("trained_generator", kind="PCG64")
    return int(text, 16)


def _number(value: float) -> float | None:
    """JSON has no NaN or infinity: a loss or accuracy that is not a finite number is null."""
    return float(value) if math.isfinite(value) else None


def _thinned(history: History, most: int) -> History:
    """``history`` with at most ``most`` evenly spread epochs, the first and the last kept."""
    if len(history) <= most:
        return history
    keep = np.unique(np.round(np.linspace(0, len(history) - 1, most)).astype(int))
    return History(*([getattr(history, key)[i] for i in keep] for key in HISTORY_KEYS))
