"""Every property flag, checked numerically against the function for several parameter sets.

The flags are computed for the current parameter values
(:meth:`Activation.properties_for`); here each one is measured on the
function itself, never on its formula:

- bounded: |f| at +-1e2, 1e4, 1e6 stays below 100 (bounded) or passes 1e5;
- monotonic: f never drops by more than 1e-8 between neighbours of a fine grid;
- smooth (C1): f jumps by no more than 1e-8 (PyTorch's softplus jumps by
  2e-9 at its threshold) and its one-sided slopes (h = 1e-5) agree to 1e-3,
  on a grid and at every point where the parameters may put a kink or jump;
- zero-centred: f(-x) = -f(x) on the grid.
"""

from __future__ import annotations

import numpy as np
import pytest

from actgui.model import ACTIVATIONS, Properties, get_activation
from actgui.model.activations.exponential import SOFTPLUS_JUMP_LIMIT

GRID = np.linspace(-30.0, 30.0, 120_001)
SLOPE_GRID = np.linspace(-30.0, 30.0, 6_001)
H = 1e-5
DELTA = 1e-10


def param_sets(activation_id: str) -> list[dict[str, object]]:
    """The defaults, each numeric parameter at both ends of its range, every choice, and extras."""
    act = get_activation(activation_id)
    sets: list[dict[str, object]] = [{}]
    for p in act.params:
        if p.is_choice:
            sets.extend({p.name: choice} for choice in p.choices)
        else:
            sets.extend([{p.name: p.minimum}, {p.name: p.maximum}, {p.name: (p.minimum + p.maximum) / 3.0}])
    sets.extend(EXTRA.get(activation_id, []))
    accepted = []
    for params in sets:
        try:
            act.resolve(params)
        except ValueError:
            continue
        accepted.append(params)
    return accepted


EXTRA: dict[str, list[dict[str, object]]] = {
    "elu": [{"alpha": 1.0}, {"alpha": 0.5}, {"alpha": 2.0}],
    "celu": [{"alpha": 0.5}, {"alpha": 3.0}],
    "leaky_relu": [{"negative_slope": 0.2}, {"negative_slope": 1.0}],
    "prelu": [{"weight": 1.0}],
    "softplus": [
        {"beta": 1.0, "threshold": 5.0},
        {"beta": 20.0, "threshold": 20.0},
        {"beta": 0.1, "threshold": 50.0},
        {"beta": 2.0, "threshold": 1.0},
    ],
    "hardtanh": [
        {"min_val": -2.0, "max_val": 2.0},
        {"min_val": -1.0, "max_val": 3.0},
        {"min_val": 0.5, "max_val": 2.0},
    ],
    "softshrink": [{"lambd": 0.0}, {"lambd": 1.5}],
    "hardshrink": [{"lambd": 0.0}, {"lambd": 1.5}],
    "rrelu": [{"lower": 1.0, "upper": 1.0}, {"lower": 0.0, "upper": 0.0}, {"lower": 0.5, "upper": 1.0}],
    "threshold": [
        {"threshold": 1.5, "value": 1.5},
        {"threshold": 2.0, "value": -3.0},
        {"threshold": -2.0, "value": 3.0},
    ],
    "squareplus": [{"b": 0.1}, {"b": 1.0}],
    "gumbel_softmax": [{"tau": 0.05, "hard": "True"}, {"tau": 5.0, "hard": "True", "seed": 42.0}],
}

CASES = [
    (activation_id, params)
    for activation_id, act in ACTIVATIONS.items()
    if act.kind == "elementwise"
    for params in param_sets(activation_id)
]
GATED_CASES = [
    (activation_id, params)
    for activation_id, act in ACTIVATIONS.items()
    if act.is_gated
    for params in param_sets(activation_id)
]
VECTOR_CASES = [
    (activation_id, params)
    for activation_id, act in ACTIVATIONS.items()
    if act.is_vector
    for params in param_sets(activation_id)
]


def suspect_points(values: dict[str, object]) -> np.ndarray:
    """Where parameters may put a kink or a jump: 0, +-each numeric value, t / beta, +-3, 6."""
    numbers = [float(v) for v in values.values() if isinstance(v, (int, float))]
    points = [0.0, 3.0, -3.0, 6.0, *numbers, *(-n for n in numbers)]
    if "beta" in values and "threshold" in values:
        points.append(float(values["threshold"]) / float(values["beta"]))  # type: ignore[arg-type]
    return np.array(points)


def is_smooth(f, c: np.ndarray) -> bool:
    """Whether f (a function of t) is C1 at and around the points c, judged on f's own scale.

    Continuous: no jump larger than 1e-8 across any point (a step of 2 delta, less what the
    slope accounts for); C1: the slopes just left and just right of the point, each taken
    over h without crossing it, agree. Both are measured against the function's own scale,
    so that e^x at 30 (1e13, its float spacing 2e-3) counts as smooth.
    """
    below, above = f(c - DELTA), f(c + DELTA)
    left = (below - f(c - DELTA - H)) / H
    right = (f(c + DELTA + H) - above) / H
    jumps = np.abs(above - below - (left + right) * DELTA) - 1e-12 * np.abs(above)
    continuous = bool(np.max(jumps) <= SOFTPLUS_JUMP_LIMIT)
    kinks = np.abs(right - left) / np.maximum(1.0, np.maximum(np.abs(left), np.abs(right)))
    smooth = continuous and bool(np.max(kinks) < 1e-3)
    if continuous and not smooth:
        assert np.max(kinks) > 1e-2, f"a kink too small to call: {np.max(kinks)}"
    return smooth


def measured(activation_id: str, params: dict[str, object]) -> Properties:
    act = get_activation(activation_id)
    values = act.resolve(params)

    far = np.array([1e2, 1e4, 1e6, -1e2, -1e4, -1e6])
    far_y = np.abs(act(far, **params))
    if np.max(far_y) <= 100.0:
        bounded = True
    else:
        assert np.max(far_y) >= 1e5, f"neither clearly bounded nor unbounded: {far_y}"
        bounded = False

    x = np.sort(np.concatenate([GRID, (suspect_points(values) + np.array([[-1e-9], [0.0], [1e-9]])).ravel()]))
    y = act(x, **params)
    monotonic = bool(np.min(np.diff(y)) >= -SOFTPLUS_JUMP_LIMIT)

    smooth = is_smooth(lambda t: act(t, **params), np.concatenate([SLOPE_GRID, suspect_points(values)]))

    odd_error = np.abs(act(-GRID, **params) + act(GRID, **params))
    zero_centred = bool(np.max(odd_error) <= 1e-12 * (1.0 + np.max(np.abs(y))))
    return Properties(bounded=bounded, monotonic=monotonic, smooth=smooth, zero_centred=zero_centred)


@pytest.mark.parametrize(("activation_id", "params"), CASES, ids=[f"{a}-{p}" for a, p in CASES])
def test_elementwise_flags_hold_numerically(activation_id, params):
    flags = get_activation(activation_id).properties_for(params)
    assert flags == measured(activation_id, params)


def measured_gated(activation_id: str, params: dict[str, object]) -> Properties:
    """The flags of (a, b) -> a g(b), measured on the whole input z = (a, b) as for one variable."""
    act = get_activation(activation_id)

    def glu(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        a, b = np.broadcast_arrays(np.asarray(a, float), np.asarray(b, float))
        return act(np.stack([a, b], axis=-1), **params)[..., 0]

    far = np.array([1e2, 1e4, 1e6])
    far_y = np.abs(np.concatenate([glu(sa * far, sb * far) for sa in (1, -1) for sb in (1, -1)]))
    if np.max(far_y) <= 100.0:
        bounded = True
    else:
        assert np.max(far_y) >= 1e5, f"neither clearly bounded nor unbounded: {far_y}"
        bounded = False

    # Monotonic in z: it never falls as a or b grows, the other held at any value.
    levels = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])[:, None]
    along_b, along_a = glu(levels, GRID[None, :]), glu(GRID[None, :], levels)
    monotonic = bool(min(np.min(np.diff(along_b)), np.min(np.diff(along_a))) >= -SOFTPLUS_JUMP_LIMIT)

    # Smooth along lines through the plane, each crossing b = 0 (ReGLU's kink) at t = 0.
    t = np.concatenate([SLOPE_GRID, [0.0]])
    smooth = all(
        is_smooth(lambda s, a0=a0, d=d: glu(a0 + s * d[0], s * d[1]), t)
        for a0 in (1.0, -1.5, 0.0)
        for d in ((0.0, 1.0), (1.0, 0.0), (1.0, 1.0), (0.3, -1.0))
    )

    z = np.random.default_rng(5).normal(scale=5.0, size=(1000, 2))
    y = glu(z[:, 0], z[:, 1])
    odd_error = np.abs(glu(-z[:, 0], -z[:, 1]) + y)
    zero_centred = bool(np.max(odd_error) <= 1e-12 * (1.0 + np.max(np.abs(y))))
    return Properties(bounded=bounded, monotonic=monotonic, smooth=smooth, zero_centred=zero_centred)


@pytest.mark.parametrize(("activation_id", "params"), GATED_CASES, ids=[f"{a}-{p}" for a, p in GATED_CASES])
def test_gated_flags_hold_numerically(activation_id, params):
    flags = get_activation(activation_id).properties_for(params)
    assert flags == measured_gated(activation_id, params)


def test_flags_change_with_the_parameters_where_the_maths_does():
    elu = get_activation("elu")
    assert elu.properties_for({"alpha": 1.0}).smooth
    assert not elu.properties_for({"alpha": 0.5}).smooth
    assert get_activation("celu").properties_for({"alpha": 0.5}).smooth
    assert get_activation("leaky_relu").properties_for({"negative_slope": 1.0}).zero_centred
    assert not get_activation("hardtanh").properties_for({"min_val": -1.0, "max_val": 3.0}).zero_centred
    assert get_activation("softsign").properties.smooth
    assert get_activation("hardshrink").properties.monotonic
    softplus = get_activation("softplus")
    assert softplus.properties.smooth  # the 2e-9 jump at the defaults is below 1e-8
    assert not softplus.properties_for({"threshold": 5.0}).smooth


@pytest.mark.parametrize("activation_id", list(ACTIVATIONS))
def test_default_flags_are_the_flags_at_the_defaults(activation_id):
    act = get_activation(activation_id)
    assert act.properties == act.properties_for(act.defaults())
    assert (act.properties.monotonic is None) == act.is_vector


@pytest.mark.parametrize(("activation_id", "params"), VECTOR_CASES, ids=[f"{a}-{p}" for a, p in VECTOR_CASES])
def test_vector_flags_hold_numerically(activation_id, params):
    act = get_activation(activation_id)
    flags = act.properties_for(params)
    rng = np.random.default_rng(7)
    z = rng.normal(size=(200, 5))
    huge = np.abs(act(z * 1e6, **params))
    assert flags.bounded == bool(np.max(huge) <= 1.0 + 1e-12)
    assert flags.smooth == vector_is_smooth(act, params, rng)
    # Outputs all of one sign: not centred on zero.
    y = act(z, **params)
    assert flags.zero_centred == bool(np.min(y) < 0.0 < np.max(y))
    assert flags.monotonic is None


def vector_is_smooth(act, params: dict[str, object], rng: np.random.Generator) -> bool:
    """Whether the outputs are C1 along 40 lines through the logits, scanned for kinks and jumps.

    Every call has the same shape (one row per line, the lines side by side), so a random
    activation draws the same noise for a row at every step: with its seed fixed each row is
    one deterministic function of t. The slope over each step of 1e-3 may change by f'' 1e-3
    between neighbouring steps where the function is smooth (f'' ~ 1 / temperature^2, so the
    lines are scaled by the temperature); a kink (sparsemax's support changing) or a jump
    (a hard sample's argmax changing) changes it by far more.
    """
    values = act.resolve(params)
    scale = float(values.get("temperature", values.get("tau", 1.0)))
    start = rng.normal(scale=2.0, size=(40, 5))
    direction = rng.normal(size=(40, 5)) * scale
    step = 1e-3
    y = np.array([act(start + t * direction, **params) for t in np.arange(-3.0, 3.0, step)])
    slopes = np.diff(y, axis=0) / step
    change = float(np.max(np.abs(np.diff(slopes, axis=0))))
    assert change < 0.05 or change > 0.5, f"a kink too small to call: {change}"
    return change < 0.05


def test_every_flag_combination_is_exercised():
    seen = {measured(a, p) for a, p in CASES}
    for name in ("bounded", "monotonic", "smooth", "zero_centred"):
        assert {getattr(f, name) for f in seen} == {True, False}
    for activation_id, act in ACTIVATIONS.items():
        if act.params:  # several parameter sets for every activation that has parameters
            assert len(param_sets(activation_id)) >= 3, activation_id
