from dataclasses import replace

import numpy as np
import pytest

from actgui.model import elementwise_ids, get_activation
from actgui.model.datasets import make_dataset
from actgui.model.network import (
    MLP,
    NetworkConfig,
    TrainConfig,
    Trainer,
    bce_with_logits,
    train,
)

# Activations whose derivative is 0 almost everywhere (step) or which have
# jumps (hardshrink) still get checked: the check avoids their kinks.
KINKS = {
    "relu": [0.0],
    "leaky_relu": [0.0],
    "prelu": [0.0],
    "step": [0.0],
    "hardtanh": [-1.0, 1.0],
    "relu6": [0.0, 6.0],
    "hardsigmoid": [-3.0, 3.0],
    "hardswish": [-3.0, 3.0],
    "softshrink": [-0.5, 0.5],
    "hardshrink": [-0.5, 0.5],
    "elu": [0.0],
    "selu": [0.0],
    "celu": [0.0],
    "softsign": [0.0],
}


def _numeric_gradient(net, x, y, l2, param, eps=1e-6):
    grad = np.zeros_like(param)
    for idx in np.ndindex(param.shape):
        old = param[idx]
        param[idx] = old + eps
        up = net.loss(x, y, l2)
        param[idx] = old - eps
        down = net.loss(x, y, l2)
        param[idx] = old
        grad[idx] = (up - down) / (2 * eps)
    return grad


def _far_from_kinks(net, x, kinks_per_layer, margin=1e-3):
    fwd = net.forward(x)
    return all(
        not kinks or np.min(np.abs(z[..., None] - np.array(kinks))) > margin
        for z, kinks in zip(fwd.pre_activations, kinks_per_layer, strict=True)
    )


def _check_backprop(cfg, kinks_per_layer):
    """Compare backpropagation with central differences, on points away from every kink."""
    rng = np.random.default_rng(0)
    net = MLP(cfg)
    for b in net.biases:
        b[:] = rng.normal(0.0, 0.3, size=b.shape)
    # Draw points until no pre-activation sits within 1e-3 of a kink.
    for _ in range(200):
        x = rng.uniform(-1.0, 1.0, size=(12, 2))
        if _far_from_kinks(net, x, kinks_per_layer):
            break
    else:
        pytest.fail("could not find points away from the kinks")
    y = (rng.random(12) > 0.5).astype(float)
    grads = net.gradients(x, y, l2=0.01)
    pairs = [*zip(grads.weights, net.weights, strict=True), *zip(grads.biases, net.biases, strict=True)]
    for analytic, param in pairs:
        numeric = _numeric_gradient(net, x, y, 0.01, param)
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-7)
    return net, x, y


def test_every_elementwise_activation_is_covered():
    assert len(elementwise_ids()) >= 20


@pytest.mark.parametrize("act_id", elementwise_ids())
def test_backprop_matches_finite_differences(act_id):
    cfg = NetworkConfig((5, 4), (act_id, act_id), init="xavier", init_scale=1.5, seed=1)
    kinks = KINKS.get(act_id, [])
    _check_backprop(cfg, [kinks, kinks])


# Two non-default settings per parameterised activation (one per hidden layer),
# and where their kinks (or, for softplus, the switch to x at beta x > threshold) are.
PARAMETERISED = {
    "rrelu": ({"lower": 0.2, "upper": 0.6}, {"lower": 0.0, "upper": 0.1}),
    "threshold": ({"threshold": -0.3, "value": -0.3}, {"threshold": 0.4, "value": 0.1}),
    "squareplus": ({"b": 0.5}, {"b": 9.0}),
    "leaky_relu": ({"negative_slope": 0.3}, {"negative_slope": 0.75}),
    "prelu": ({"weight": 0.6}, {"weight": 0.05}),
    "elu": ({"alpha": 2.5}, {"alpha": 0.3}),
    "celu": ({"alpha": 0.4}, {"alpha": 3.0}),
    "gelu": ({"approximate": "tanh"}, {"approximate": "tanh"}),
    "softplus": ({"beta": 3.0, "threshold": 4.0}, {"beta": 0.5, "threshold": 1.0}),
    "hardtanh": ({"min_val": -0.4, "max_val": 0.7}, {"min_val": -2.0, "max_val": 0.2}),
    "softshrink": ({"lambd": 0.3}, {"lambd": 0.05}),
    "hardshrink": ({"lambd": 0.3}, {"lambd": 0.05}),
}


def _param_kinks(act_id, params):
    if act_id == "softplus":
        return [params["threshold"] / params["beta"]]
    if act_id == "hardtanh":
        return [params["min_val"], params["max_val"]]
    if act_id in ("softshrink", "hardshrink"):
        return [-params["lambd"], params["lambd"]]
    if act_id == "threshold":
        return [params["threshold"]]
    return KINKS.get(act_id, [])


def test_every_parameterised_activation_is_covered():
    with_params = {a for a in elementwise_ids() if get_activation(a).params}
    assert with_params == set(PARAMETERISED)


@pytest.mark.parametrize("act_id", sorted(PARAMETERISED))
def test_backprop_with_non_default_parameters_matches_finite_differences(act_id):
    params = PARAMETERISED[act_id]
    default_cfg = NetworkConfig((5, 4), (act_id, act_id), init="xavier", init_scale=1.5, seed=1)
    cfg = replace(default_cfg, activation_params=params)
    net, x, y = _check_backprop(cfg, [_param_kinks(act_id, p) for p in params])
    # The parameters matter: the same weights with the default parameters give another loss.
    default = MLP(default_cfg)
    default.weights, default.biases = net.weights, net.biases
    assert abs(net.loss(x, y) - default.loss(x, y)) > 1e-6


def test_backprop_uses_the_catalogue_derivative(monkeypatch):
    act = get_activation("tanh")
    calls = []
    original = type(act).derivative

    def spy(self, x, **params):
        calls.append(self.id)
        return original(self, x, **params)

    monkeypatch.setattr(type(act), "derivative", spy)
    net = MLP(NetworkConfig((3, 3), ("tanh", "tanh")))
    net.gradients(np.zeros((4, 2)), np.zeros(4))
    assert calls == ["tanh", "tanh"]


def test_logistic_regression_without_hidden_layers():
    net = MLP(NetworkConfig((), ()))
    assert [w.shape for w in net.weights] == [(2, 1)]
    data = make_dataset("blobs", seed=0)
    trainer = Trainer(net, data, TrainConfig("adam", 0.05, 32))
    trainer.train_epochs(100)
    assert trainer.history.test_accuracy[-1] > 0.95


def test_bce_is_stable_for_huge_logits():
    logits = np.array([1e4, -1e4, 800.0, -800.0])
    y = np.array([1.0, 0.0, 0.0, 1.0])
    loss = bce_with_logits(logits, y)
    assert np.isfinite(loss)
    assert loss == pytest.approx((800.0 + 800.0) / 4)
    assert bce_with_logits(np.array([0.0]), np.array([1.0])) == pytest.approx(np.log(2.0))


def test_init_schemes():
    uniform = MLP(NetworkConfig((16,), ("relu",), init="uniform", seed=0))
    assert np.all(np.abs(uniform.weights[0]) <= 0.1)
    xavier = MLP(NetworkConfig((16,), ("tanh",), init="xavier", seed=0))
    assert np.max(np.abs(xavier.weights[0])) <= np.sqrt(6 / 18)
    he = MLP(NetworkConfig((16, 16), ("relu", "relu"), init="he", seed=0))
    assert 0.2 < np.std(he.weights[1]) < 0.5  # sqrt(2 / 16) = 0.35
    big = MLP(NetworkConfig((16,), ("tanh",), init="xavier", init_scale=10.0, seed=0))
    np.testing.assert_allclose(big.weights[0], 10.0 * xavier.weights[0])
    assert all(np.all(b == 0) for b in he.biases)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"layer_sizes": (8,) * 5, "activations": ("tanh",) * 5},
        {"layer_sizes": (17,), "activations": ("tanh",)},
        {"layer_sizes": (0,), "activations": ("tanh",)},
        {"layer_sizes": (4,), "activations": ()},
        {"layer_sizes": (4,), "activations": ("softmax",)},
        {"layer_sizes": (4,), "activations": ("nope",)},
        {"init": "orthogonal"},
        {"init_scale": 0.0},
        {"init_scale": 0.05},  # below what the playground's box can show
    ],
)
def test_invalid_network_config_raises(kwargs):
    with pytest.raises(ValueError):
        NetworkConfig(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"optimizer": "rmsprop"},
        {"learning_rate": 0.0},
        {"learning_rate": 5e-5},  # below what the playground's box can show
        {"learning_rate": 100.0},
        {"batch_size": 0},
        {"l2": -1.0},
    ],
)
def test_invalid_train_config_raises(kwargs):
    with pytest.raises(ValueError):
        TrainConfig(**kwargs)


def test_activation_parameters_reach_the_network():
    cfg = NetworkConfig((3,), ("leaky_relu",), activation_params=({"negative_slope": 0.3},))
    net = MLP(cfg)
    assert net.activation(0, np.array([-1.0]))[0] == pytest.approx(-0.3)
    assert net.activation_derivative(0, np.array([-1.0]))[0] == pytest.approx(0.3)


XOR = make_dataset("xor", n_points=300, noise=0.1, seed=0)


def test_tanh_solves_xor_and_linear_cannot():
    train_cfg = TrainConfig("adam", 0.03, 32)
    tanh = train(XOR, NetworkConfig((8, 8), ("tanh", "tanh"), seed=0), train_cfg, epochs=500)
    linear = train(XOR, NetworkConfig((8, 8), ("linear", "linear"), seed=0), train_cfg, epochs=500)
    assert tanh.history.train_accuracy[-1] >= 0.95
    assert tanh.history.test_accuracy[-1] >= 0.9
    # A stack of linear layers is one linear function: no line separates XOR.
    assert max(linear.history.train_accuracy[1:]) <= 0.75
    assert linear.history.test_accuracy[-1] <= 0.75


def test_sgd_and_adam_both_reduce_the_loss():
    for optimizer, lr in (("sgd", 0.5), ("adam", 0.02)):
        cfg = NetworkConfig((8,), ("relu",), init="he")
        trainer = train(XOR, cfg, TrainConfig(optimizer, lr, 32), epochs=60)
        assert trainer.history.train_loss[-1] < 0.7 * trainer.history.train_loss[0]


def test_l2_shrinks_the_weights():
    norms = []
    for l2 in (0.0, 0.05):
        trainer = train(XOR, NetworkConfig((8,), ("tanh",)), TrainConfig("adam", 0.03, 32, l2), epochs=150)
        norms.append(sum(float(np.sum(w**2)) for w in trainer.network.weights))
    assert norms[1] < 0.5 * norms[0]


def test_trainer_resumes_at_any_batch_and_records_each_epoch():
    trainer = Trainer(MLP(NetworkConfig((4,), ("tanh",))), XOR, TrainConfig(batch_size=50))
    assert trainer.epoch == 0 and len(trainer.history) == 1  # the untrained network
    batches_per_epoch = int(np.ceil(len(XOR.y_train) / 50))
    for _ in range(batches_per_epoch - 1):
        assert not trainer.train_batch()
    assert trainer.train_batch()
    assert trainer.epoch == 1 and trainer.history.epochs == [0, 1]
    trainer.train_epochs(3)
    assert trainer.epoch == 4 and trainer.steps == 4 * batches_per_epoch


def test_train_for_respects_its_budget():
    trainer = Trainer(MLP(NetworkConfig((16,) * 4, ("tanh",) * 4)), XOR, TrainConfig(batch_size=1))
    import time

    start = time.perf_counter()
    trainer.train_for(0.01)
    # One batch of a 4x16 network takes well under a millisecond.
    assert time.perf_counter() - start < 0.03
    assert trainer.steps > 0


def test_same_seeds_same_training():
    a = train(XOR, NetworkConfig((6,), ("relu",), init="he", seed=3), epochs=20, seed=5)
    b = train(XOR, NetworkConfig((6,), ("relu",), init="he", seed=3), epochs=20, seed=5)
    np.testing.assert_array_equal(a.network.weights[0], b.network.weights[0])


def test_predict_grid_matches_predict_proba():
    net = MLP(NetworkConfig((3, 2), ("tanh", "relu"), seed=2))
    grid = net.predict_grid(resolution=5, extent=1.0)
    assert grid.probability.shape == (5, 5)
    assert [h.shape for h in grid.hidden] == [(3, 5, 5), (2, 5, 5)]
    # Row i is y = coords[i], column j is x = coords[j].
    point = np.array([[grid.coords[4], grid.coords[1]]])
    assert grid.probability[1, 4] == pytest.approx(net.predict_proba(point)[0])
    fwd = net.forward(point)
    assert grid.hidden[0][:, 1, 4] == pytest.approx(fwd.hidden_outputs[0][0])


# --- the lessons' claims ------------------------------------------------------

CIRCLE = make_dataset("circle", n_points=300, noise=0.1, seed=0)


@pytest.mark.parametrize("seed", range(4))
def test_large_initial_weights_saturate_sigmoid_and_the_typical_gradient_vanishes(seed):
    deep = ((8,) * 4, ("sigmoid",) * 4)
    xavier = MLP(NetworkConfig(*deep, init="xavier", seed=seed))
    large = MLP(NetworkConfig(*deep, init="xavier", init_scale=50.0, seed=seed))
    x, y = CIRCLE.x_train, CIRCLE.y_train
    # Saturation: sigma'(z) is far smaller on average in every layer.
    for s_x, s_l in zip(xavier.neuron_stats(x), large.neuron_stats(x), strict=True):
        assert s_l.mean_abs_derivative.mean() < 0.5 * s_x.mean_abs_derivative.mean()
    # The first-layer gradient of a typical point vanishes (orders of magnitude).
    typical_x = xavier.typical_gradient_norms(x, y)
    typical_l = large.typical_gradient_norms(x, y)
    assert typical_l[0] < 1e-2 * typical_x[0]


def test_sigmoid_gradients_shrink_layer_by_layer_but_tanh_do_not():
    x, y = CIRCLE.x_train, CIRCLE.y_train
    sig = MLP(NetworkConfig((8,) * 4, ("sigmoid",) * 4, seed=0)).typical_gradient_norms(x, y)
    tanh = MLP(NetworkConfig((8,) * 4, ("tanh",) * 4, seed=0)).typical_gradient_norms(x, y)
    # sigma' <= 1/4: four sigmoid layers shrink the gradient by well over 100x.
    assert sig[0] < 1e-2 * sig[-1]
    assert tanh[0] > 0.3 * tanh[-1]


@pytest.mark.parametrize("seed", range(3))
def test_a_large_learning_rate_kills_relus_but_not_leaky_relus(seed):
    data = make_dataset("moons", n_points=300, noise=0.1, seed=seed)
    bad = TrainConfig("sgd", 3.0, 10)
    relu = Trainer(MLP(NetworkConfig((8, 8), ("relu", "relu"), init="he", seed=seed)), data, bad, seed=seed)
    leaky = Trainer(
        MLP(NetworkConfig((8, 8), ("leaky_relu", "leaky_relu"), init="he", seed=seed)), data, bad, seed=seed
    )
    dead_at_start = relu.dead_neurons()
    relu.train_epochs(30)
    leaky.train_epochs(30)
    # The large steps kill neurons that were alive (at most one of 16 starts dead).
    assert dead_at_start <= 1
    assert relu.dead_neurons() >= dead_at_start + 4
    assert leaky.dead_neurons() == 0
    # A dead neuron's gradient is exactly zero, so it can never recover.
    stats = relu.neuron_stats()
    dead_first = np.flatnonzero(stats[0].dead)
    if dead_first.size:
        grads = relu.network.gradients(data.x_train, data.y_train)
        np.testing.assert_array_equal(grads.weights[0][:, dead_first], 0.0)


def test_playground_model_and_state_import_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, actgui.model.network, actgui.model.datasets, actgui.state.playground; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"Qt imported by the playground model: {proc.stdout}{proc.stderr}"
