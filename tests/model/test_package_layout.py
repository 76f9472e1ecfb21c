"""The model's modules split by concern, and every name still importable from where it was."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import actgui.model
import actgui.model.activations as activations
from actgui.model import mlp, network, training
from actgui.model.activations.base import Activation

CATALOGUE = [
    ("sigmoid", "Classic"),
    ("relu", "Rectifiers"),
    ("tanh", "Classic"),
    ("softmax", "Multi-class outputs"),
    ("leaky_relu", "Rectifiers"),
    ("linear", "Classic"),
    ("step", "Classic"),
    ("elu", "Rectifiers"),
    ("selu", "Rectifiers"),
    ("celu", "Rectifiers"),
    ("gelu", "Smooth rectifiers"),
    ("silu", "Smooth rectifiers"),
    ("mish", "Smooth rectifiers"),
    ("softplus", "Smooth rectifiers"),
    ("softsign", "Smooth rectifiers"),
    ("hardtanh", "Piecewise linear"),
    ("relu6", "Piecewise linear"),
    ("hardsigmoid", "Piecewise linear"),
    ("hardswish", "Piecewise linear"),
    ("logsigmoid", "Smooth rectifiers"),
    ("tanhshrink", "Shrinkage"),
    ("softshrink", "Shrinkage"),
    ("hardshrink", "Shrinkage"),
    ("prelu", "Rectifiers"),
    ("log_softmax", "Multi-class outputs"),
    ("softmin", "Multi-class outputs"),
    ("rrelu", "Rectifiers"),
    ("threshold", "Rectifiers"),
    ("exponential", "Classic"),
    ("squareplus", "Smooth rectifiers"),
    ("sparse_plus", "Smooth rectifiers"),
    ("sparse_sigmoid", "Piecewise linear"),
    ("sparsemax", "Multi-class outputs"),
    ("gumbel_softmax", "Multi-class outputs"),
    ("glu", "Gated linear units"),
]
"""The catalogue's order and categories before activations.py became a package."""

ACTIVATIONS_NAMES = [
    "ACTIVATIONS",
    "CATEGORIES",
    "CLASSIC",
    "HARD",
    "MULTICLASS",
    "RECTIFIERS",
    "SEED_IDS",
    "SHRINK",
    "SMOOTH",
    "Activation",
    "FloatArray",
    "Kind",
    "Param",
    "ParamValue",
    "Properties",
    "ValueFn",
    "elementwise_ids",
    "get_activation",
]
"""The public names of the old actgui/model/activations.py."""

NETWORK_NAMES = [
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
"""The public names of the old actgui/model/network.py."""


def test_the_catalogue_keeps_its_order_and_categories():
    assert [(a.id, a.category) for a in activations.ACTIVATIONS.values()] == CATALOGUE
    assert activations.CATEGORIES == (
        "Classic",
        "Rectifiers",
        "Smooth rectifiers",
        "Piecewise linear",
        "Shrinkage",
        "Multi-class outputs",
        "Gated linear units",
    )
    assert tuple(activations.ACTIVATIONS)[:5] == activations.SEED_IDS


@pytest.mark.parametrize("name", ACTIVATIONS_NAMES)
def test_the_old_activations_names_import_from_the_package(name):
    assert hasattr(activations, name)


@pytest.mark.parametrize("name", actgui.model.__all__)
def test_the_model_package_exports_what_it_did(name):
    assert getattr(actgui.model, name) is not None


def test_every_activation_is_defined_once_in_one_family_module():
    defined: dict[str, str] = {}
    for info in pkgutil.iter_modules(activations.__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"actgui.model.activations.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Activation):
                assert value.id not in defined, (value.id, defined.get(value.id), info.name)
                defined[value.id] = info.name
    assert sorted(defined) == sorted(activations.ACTIVATIONS)
    for act in activations.ACTIVATIONS.values():
        assert act.__class__ is Activation


@pytest.mark.parametrize("name", NETWORK_NAMES)
def test_network_re_exports_the_network_and_its_training(name):
    home = mlp if hasattr(mlp, name) else training
    assert getattr(network, name) is getattr(home, name)
    assert name in network.__all__


def test_training_lives_apart_from_the_network():
    assert not hasattr(mlp, "OPTIMIZERS")
    for name in ("TrainConfig", "Trainer", "History", "train"):
        assert not hasattr(mlp, name), name
        assert getattr(training, name).__module__ == "actgui.model.training"
    for name in ("MLP", "NetworkConfig", "GridOutputs", "NeuronStats", "bce_with_logits"):
        assert getattr(mlp, name).__module__ == "actgui.model.mlp"
