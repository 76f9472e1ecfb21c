"""The depth lab's model: mean field against mpmath, the edge of chaos, the simulation against theory."""

from __future__ import annotations

import math

import mpmath as mp
import numpy as np
import pytest

from actgui.model import ACTIVATIONS, depth_sim
from actgui.model.activations import elementwise_ids, get_activation
from actgui.model.depth import (
    KINKS,
    edge_of_chaos,
    gaussian_moments,
    init_weight_std,
    mean_field,
    phase_diagram,
    simulate,
    torch_gain,
)
from actgui.model.refusal import Refusal

# Independent references: the activation written with mpmath, and its kinks for mpmath's quad.
MP_FUNCTIONS = {
    "tanh": (lambda x: mp.tanh(x), lambda x: 1 - mp.tanh(x) ** 2, ()),
    "relu": (lambda x: max(x, 0), lambda x: 1 if x > 0 else 0, (0,)),
    "sigmoid": (lambda x: 1 / (1 + mp.exp(-x)), lambda x: mp.exp(-x) / (1 + mp.exp(-x)) ** 2, ()),
    "gelu": (
        lambda x: x * mp.ncdf(x),
        lambda x: mp.ncdf(x) + x * mp.npdf(x),
        (),
    ),
    "hardtanh": (lambda x: min(max(x, -1), 1), lambda x: 1 if -1 < x < 1 else 0, (-1, 1)),
    "selu": (
        lambda x: (
            1.0507009873554804934193349852946
            * (x if x > 0 else 1.6732632423543772848170429916717 * mp.expm1(x))
        ),
        lambda x: (
            1.0507009873554804934193349852946
            * (1 if x > 0 else 1.6732632423543772848170429916717 * mp.exp(x))
        ),
        (0,),
    ),
    "rrelu": (lambda x: x if x > 0 else mp.mpf(11) / 48 * x, lambda x: 1 if x > 0 else mp.mpf(11) / 48, (0,)),
    "threshold": (lambda x: x if x > 0.5 else -1, lambda x: 1 if x > 0.5 else 0, (0.5,)),
    "squareplus": (lambda x: (x + mp.sqrt(x * x + 4)) / 2, lambda x: (1 + x / mp.sqrt(x * x + 4)) / 2, ()),
    "sparse_plus": (
        lambda x: 0 if x <= -1 else (x if x >= 1 else (x + 1) ** 2 / 4),
        lambda x: 0 if x <= -1 else (1 if x >= 1 else (x + 1) / 2),
        (-1, 1),
    ),
    "sparse_sigmoid": (
        lambda x: min(max((x + 1) / 2, 0), 1),
        lambda x: mp.mpf(1) / 2 if -1 < x < 1 else 0,
        (-1, 1),
    ),
}
MP_PARAMS: dict[str, dict[str, float]] = {"threshold": {"threshold": 0.5, "value": -1.0}}
"""Parameters for the references written for other than the defaults (rrelu's slope is (1/8 + 1/3) / 2)."""


def mp_moments(name: str, q: float) -> tuple[float, float]:
    f, d, kinks = MP_FUNCTIONS[name]
    with mp.workdps(30):  # locally: other tests compute their references at mpmath's default precision
        s = mp.sqrt(q)
        points = [-mp.inf, *sorted({mp.mpf(k) / s for k in kinks} | {0, -1 / s, 1 / s}), mp.inf]
        second = mp.quad(lambda z: f(s * z) ** 2 * mp.npdf(z), points)
        slope = mp.quad(lambda z: d(s * z) ** 2 * mp.npdf(z), points)
        return float(second), float(slope)


@pytest.mark.parametrize("name", sorted(MP_FUNCTIONS))
@pytest.mark.parametrize("q", [1e-4, 0.3, 1.0, 4.0, 60.0])
def test_gaussian_moments_match_mpmath(name: str, q: float) -> None:
    second, slope = gaussian_moments(get_activation(name), MP_PARAMS.get(name, {}), q)
    ref_second, ref_slope = mp_moments(name, q)
    assert second == pytest.approx(ref_second, rel=1e-6)
    assert slope == pytest.approx(ref_slope, rel=1e-6)


@pytest.mark.parametrize("name", ["tanh", "gelu", "selu", "rrelu", "threshold", "sparse_plus", "squareplus"])
def test_mean_field_follows_the_variance_map_computed_with_mpmath(name: str) -> None:
    result = mean_field(name, weight_std=1.3, bias_std=0.2, depth=4, q0=0.7, **MP_PARAMS.get(name, {}))
    q = 0.7
    for layer in range(4):
        second, slope = mp_moments(name, q)
        assert result.chi[layer] == pytest.approx(1.3**2 * slope, rel=1e-6)
        q = 1.3**2 * second + 0.2**2
        assert result.q[layer + 1] == pytest.approx(q, rel=1e-6)
    assert result.q[0] == 0.7
    assert result.grad_sq[-1] == 1.0
    assert result.grad_sq[0] == pytest.approx(np.prod(result.chi), rel=1e-12)


@pytest.mark.parametrize("q", [1e-4, 1.0, 20.0, 60.0, 100.0, 250.0])
def test_exponential_moments_are_exact(q: float) -> None:
    # E[e^(2 sqrt(q) z)] = e^(2q): the mass sits at x = 2q, 2 sqrt(q) deviations out (31.6 at q = 250),
    # beyond the quadrature's first window of 12.
    second, slope = gaussian_moments(get_activation("exponential"), {}, q)
    assert second == pytest.approx(math.exp(2 * q), rel=1e-12)
    assert slope == second


def test_exponential_moments_overflow_to_infinity() -> None:
    assert gaussian_moments(get_activation("exponential"), {}, 400.0) == (math.inf, math.inf)


def test_relu_variance_map_is_exact() -> None:
    # E[relu(sqrt(q) z)^2] = q / 2 and E[relu'^2] = 1/2: He's weight_std keeps q at q0.
    result = mean_field("relu", weight_std=math.sqrt(2), depth=50, q0=2.5)
    np.testing.assert_allclose(result.q, 2.5, rtol=1e-12)
    np.testing.assert_allclose(result.chi, 1.0, rtol=1e-12)


def test_relu_edge_of_chaos_is_sqrt_2() -> None:
    assert edge_of_chaos("relu") == pytest.approx(math.sqrt(2), abs=1e-12)


def test_tanh_edge_of_chaos() -> None:
    assert edge_of_chaos("tanh", bias_std=0.3) == pytest.approx(1.396, abs=1e-3)
    assert edge_of_chaos("tanh") == pytest.approx(1.0, abs=1e-6)  # chi = w^2 tanh'(0)^2 at q* = 0


def test_chi_is_one_at_the_edge_of_chaos() -> None:
    w = edge_of_chaos("tanh", bias_std=0.3)
    result = mean_field("tanh", weight_std=w, bias_std=0.3, depth=200)
    assert result.chi[-1] == pytest.approx(1.0, abs=1e-6)


def test_no_edge_of_chaos_is_refused_with_a_reason() -> None:
    with pytest.raises(Refusal) as caught:
        edge_of_chaos("step")
    assert caught.value.code == "edge_none"
    assert "below 1" in str(caught.value)


def test_vector_activations_are_refused() -> None:
    with pytest.raises(Refusal):
        mean_field("softmax", weight_std=1.0, depth=3)


def test_phase_diagram_crosses_zero_at_the_edge() -> None:
    w = np.linspace(0.5, 3.0, 251)
    log_chi = phase_diagram("tanh", w, np.array([0.3]))[0]
    crossing = w[np.flatnonzero(log_chi >= 0)[0]]
    assert crossing == pytest.approx(1.396, abs=0.02)
    relu = phase_diagram("relu", w, np.array([0.0]))[0]
    np.testing.assert_allclose(relu, np.log(w**2 / 2), atol=1e-9)


@pytest.mark.parametrize("name", elementwise_ids())
def test_unlisted_activations_have_no_kinks(name: str) -> None:
    # Quadrature is split at KINKS; an activation left out must be smooth (f and f' without jumps).
    if name in KINKS:
        return
    # A jump is a step between grid points far larger than the steps two either side of it, even
    # split over two steps; a smooth function's steps change slowly (e^x's by 2e-4 at 10).
    act = get_activation(name)
    x = np.linspace(-10, 10, 400001)
    for values in (act(x), act.derivative(x)):
        steps = np.abs(np.diff(values))
        jumps = steps[2:-2] - np.maximum(steps[:-4], steps[4:])
        assert jumps.max() < 1e-3, name


KINK_PARAMS: dict[str, dict[str, float]] = {
    "softplus": {"threshold": 5.0},  # its jump at the default threshold (2e-9) is below any test
    "squareplus": {"b": 0.0},  # ReLU; smooth, with no kink, for b > 0
    "threshold": {"threshold": 0.5, "value": -1.0},
}


@pytest.mark.parametrize("name", sorted(KINKS))
def test_listed_kinks_are_where_f_or_its_slope_jumps(name: str) -> None:
    act = get_activation(name)
    params = KINK_PARAMS.get(name, {})
    h = 1e-5

    def corner(v: np.ndarray) -> bool:
        # v jumps (what is left of v(k + h) - v(k - h) after the slopes either side) or its slope does.
        left, right = (v[1] - v[0]) / h, (v[3] - v[2]) / h
        return bool(abs(v[2] - v[1] - h * (left + right)) > 1e-6 or abs(right - left) > 1e-2)

    kinks = KINKS[name](act.resolve(params))
    assert kinks, name
    for kink in kinks:
        x = kink + h * np.array([-2.0, -1.0, 1.0, 2.0])
        # A jump or a kink in f, or a corner in f' (ELU at alpha = 1, sparse plus: f'' jumps).
        assert corner(act(x, **params)) or corner(act.derivative(x, **params)), (name, kink)


def test_simulation_agrees_with_mean_field_at_width_1000() -> None:
    depth, seeds = 12, range(4)
    theory = mean_field("tanh", weight_std=1.5, bias_std=0.2, depth=depth)
    runs = [
        simulate("tanh", depth=depth, width=1000, weight_std=1.5, bias_std=0.2, n_samples=128, seed=s)
        for s in seeds
    ]
    pre = np.mean([r.pre_var for r in runs], axis=0)
    grad = np.mean([r.grad_sq for r in runs], axis=0)
    np.testing.assert_allclose(pre, theory.q, rtol=0.05)
    np.testing.assert_allclose(grad, theory.grad_sq, rtol=0.1)
    assert grad[-1] == pytest.approx(1.0, abs=0.02)


def test_relu_simulation_against_theory() -> None:
    # ReLU's map is neutral, so each layer's draw error (about sqrt(2 / width)) compounds like a
    # random walk in log q: the tolerance grows with sqrt(layer), shrinks with sqrt(seeds).
    seeds, width, depth = 6, 1000, 20
    runs = [
        simulate("relu", depth=depth, width=width, weight_std=1.2, n_samples=64, seed=s) for s in range(seeds)
    ]
    theory = mean_field("relu", weight_std=1.2, depth=depth)
    assert theory.q[-1] == pytest.approx(0.72**depth, rel=1e-9)
    log_error = np.abs(np.log(np.mean([r.pre_var for r in runs], axis=0) / theory.q))
    allowed = 4 * np.sqrt(2 / width * (np.arange(depth + 1) + 1) / seeds)
    assert np.all(log_error < allowed), log_error / allowed


def test_orthogonal_weights_keep_a_linear_signal_exactly() -> None:
    run = simulate("linear", depth=30, width=64, weight_std=1.0, n_samples=32, seed=3, orthogonal=True)
    np.testing.assert_allclose(run.pre_var, run.pre_var[0], rtol=1e-4)
    np.testing.assert_allclose(run.grad_sq, run.grad_sq[-1], rtol=1e-4)


def test_recomputing_segments_gives_the_same_gradients(monkeypatch: pytest.MonkeyPatch) -> None:
    kwargs = dict(depth=9, width=32, weight_std=1.1, bias_std=0.1, n_samples=16, seed=5)
    stored = simulate("tanh", **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(depth_sim, "STORE_LIMIT", 32 * 16 * 2)
    recomputed = simulate("tanh", **kwargs)  # type: ignore[arg-type]
    np.testing.assert_allclose(recomputed.grad_sq, stored.grad_sq, rtol=1e-6)
    np.testing.assert_allclose(recomputed.pre_var, stored.pre_var, rtol=1e-6)


def test_histograms_are_fractions_on_shared_bins() -> None:
    run = simulate("sigmoid", depth=5, width=64, weight_std=1.0, n_samples=16, seed=0)
    for hist in (run.pre, run.post, run.grad):
        assert hist.counts.shape == (6, len(hist.edges) - 1)
        np.testing.assert_allclose(hist.counts.sum(axis=1), 1.0)
    assert run.post.edges[0] >= 0.0 - 1e-6 and run.post.edges[-1] <= 1.0 + 1e-6  # sigmoid's range


def test_same_seed_same_network_and_deeper_keeps_the_first_layers() -> None:
    a = simulate("tanh", depth=5, width=64, weight_std=1.0, n_samples=16, seed=1)
    b = simulate("tanh", depth=8, width=64, weight_std=1.0, n_samples=16, seed=1)
    np.testing.assert_allclose(a.pre_var, b.pre_var[:6], rtol=1e-6)


def test_sizes_are_refused_outside_their_ranges() -> None:
    with pytest.raises(Refusal):
        simulate("tanh", depth=0, width=64, weight_std=1.0, n_samples=16, seed=0)
    with pytest.raises(Refusal):
        simulate("tanh", depth=3, width=8, weight_std=1.0, n_samples=16, seed=0)


def test_init_presets_and_torch_gains() -> None:
    assert init_weight_std("lecun") == 1.0
    assert init_weight_std("xavier", 512, 512) == 1.0
    assert init_weight_std("xavier", 100, 300) == pytest.approx(math.sqrt(0.5))
    assert init_weight_std("he") == math.sqrt(2)
    assert torch_gain("tanh") == pytest.approx(5 / 3)
    assert torch_gain("relu") == math.sqrt(2)
    assert torch_gain("leaky_relu", {"negative_slope": 0.2}) == pytest.approx(math.sqrt(2 / 1.04))
    assert torch_gain("selu") == 0.75
    assert torch_gain("gelu") is None


@pytest.mark.parametrize(
    "act", [a for a in ACTIVATIONS.values() if not (a.is_vector or a.is_gated)], ids=lambda a: a.id
)
def test_only_the_listed_activations_grow_faster_than_linearly(act):
    """The quadrature widens its window only for GROWS_EXPONENTIALLY: every other f and f' is at most linear.

    Checked at the defaults and at every parameter's ends: |f(x)| <= c (1 + |x|) far out.
    """
    from actgui.model.depth_theory import GROWS_EXPONENTIALLY

    settings = [{}]
    for param in act.params:
        if not param.is_choice:
            settings += [{param.name: param.minimum}, {param.name: param.maximum}]
    x = np.array([-400.0, -200.0, 200.0, 400.0])
    for params in settings:
        try:
            values = act.resolve(params)
        except Refusal:  # one end alone crosses another parameter (hardtanh's min_val past max_val)
            continue
        f, d = np.abs(act(x, **values)), np.abs(act.derivative(x, **values))
        linear = bool(np.all(f[[0, 3]] <= 2.5 * np.maximum(f[[1, 2]], 1.0)))
        linear &= bool(np.all(d[[0, 3]] <= 2.5 * np.maximum(d[[1, 2]], 1.0)))
        assert linear != (act.id in GROWS_EXPONENTIALLY), (act.id, params)


@pytest.mark.parametrize(
    ("name", "weight_std", "bias_std"), [("tanh", 1.0, 0.0), ("relu", 2**0.5, 0.1), ("sigmoid", 1.0, 0.0)]
)
def test_fewer_samples_are_the_first_rows_of_more(name: str, weight_std: float, bias_std: float) -> None:
    # Inputs and the top gradient have streams of their own: 32 samples are the first 32 of 256, so
    # a preview's histograms (made of the first rows) are the full run's, to float32 rounding of the
    # gradients (one value of 8192 per layer may cross a bin edge).
    kwargs = dict(depth=20, width=512, weight_std=weight_std, bias_std=bias_std, seed=4)
    few = simulate(name, n_samples=32, **kwargs)  # type: ignore[arg-type]
    many = simulate(name, n_samples=256, **kwargs)  # type: ignore[arg-type]
    per_value = 1.0 / depth_sim.HISTOGRAM_VALUES
    for kind in ("pre", "post", "grad"):
        a, b = getattr(few, kind), getattr(many, kind)
        np.testing.assert_allclose(a.edges, b.edges, rtol=1e-5)
        np.testing.assert_allclose(a.counts, b.counts, atol=2 * per_value + 1e-12)
    np.testing.assert_array_equal(few.pre.counts[0], many.pre.counts[0])  # the inputs themselves
    assert few.grad_sq[-1] != many.grad_sq[-1]  # the mean squares are over all the samples


def test_a_cancelled_simulation_stops() -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(depth_sim.SimulationCancelled):
        simulate("tanh", depth=50, width=64, weight_std=1.0, n_samples=16, seed=0, cancelled=cancelled)
    assert len(calls) == 4  # asked once per layer, stopped at once


def test_weight_bank_is_safe_from_two_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    bank = depth_sim.WeightBank(budget_bytes=64 * 64 * 4 * 5)  # evictions while both draw
    with ThreadPoolExecutor(2) as pool:
        runs = list(
            pool.map(
                lambda seed: simulate(
                    "tanh", depth=12, width=64, weight_std=1.2, n_samples=16, seed=seed % 2, bank=bank
                ),
                range(6),
            )
        )
    for i, run in enumerate(runs):
        np.testing.assert_array_equal(run.pre_var, runs[i % 2].pre_var)
        np.testing.assert_array_equal(run.grad_sq, runs[i % 2].grad_sq)
    assert not np.array_equal(runs[0].pre_var, runs[1].pre_var)


@pytest.mark.parametrize(("name", "weight_std"), [("exponential", 4.0), ("relu", 100.0), ("selu", 100.0)])
def test_an_exploding_simulation_is_warning_free_and_says_where_the_signal_overflowed(name, weight_std):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run = simulate(name, depth=30, width=64, weight_std=weight_std, n_samples=16, seed=0)
    first = int(np.flatnonzero(np.isinf(run.pre_var))[0])
    assert np.all(np.isinf(run.pre_var[first:])) and np.all(np.isfinite(run.pre_var[:first]))
    assert run.pre_var[first - 1] > 1e30 or name == "exponential"  # it got there by growing
    assert np.all(np.isnan(run.grad_sq[:-1])) and np.isfinite(run.grad_sq[-1])
    for hist in (run.pre, run.post, run.grad):
        assert np.all(np.isfinite(hist.counts))
