"""The depth lab's state: setters refuse bad values, signals fire, presets teach what they claim."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.model.refusal import Refusal
from actgui.state.depth import PRESETS, DepthState
from actgui.state.session import Session


def test_setters_validate_and_signal() -> None:
    state = DepthState()
    changes: list[None] = []
    state.network_changed.connect(lambda: changes.append(None))
    state.set_sizes(depth=10, width=64, samples=32)
    assert (state.depth, state.width, state.samples) == (10, 64, 32)
    with pytest.raises(Refusal):
        state.set_sizes(depth=201)
    with pytest.raises(Refusal):
        state.set_weight_std(-1.0)
    with pytest.raises(Refusal):
        state.set_activation("softmax")
    assert state.depth == 10 and len(changes) == 1
    state.set_init("he")
    assert state.weight_std == pytest.approx(math.sqrt(2))
    state.set_weight_std(1.7)
    assert state.init == "custom"
    state.set_init("orthogonal")
    assert state.orthogonal and state.weight_std == 1.7  # orthogonal keeps the gain


def test_the_state_is_a_param_target() -> None:
    state = DepthState()
    state.set_activation("leaky_relu")
    state.set_param("negative_slope", 0.2)
    assert state.params["negative_slope"] == 0.2
    with pytest.raises(ValueError):
        state.set_param("negative_slope", 5.0)
    assert state.theory().chi[0] == pytest.approx(state.weight_std**2 * (1 + 0.04) / 2)


def test_edge_of_chaos_button_moves_weight_std() -> None:
    state = DepthState()
    state.set_activation("relu")
    assert state.set_to_edge_of_chaos() == pytest.approx(math.sqrt(2), abs=1e-12)
    assert state.weight_std == pytest.approx(math.sqrt(2), abs=1e-12) and state.init == "custom"
    state.set_activation("step")
    with pytest.raises(Refusal):
        state.set_to_edge_of_chaos()


def test_settings_round_trip() -> None:
    state = DepthState()
    state.apply_preset("tanh_edge")
    state.set_histogram("post", "ridgeline")
    again = DepthState.from_settings(state.settings())
    assert again.settings() == state.settings()
    assert DepthState.from_settings("garbage").settings() == DepthState().settings()


def test_session_creates_the_depth_state_lazily() -> None:
    session = Session.from_settings({"depth": {"depth": 12}})
    assert not session.depth_created and session.settings()["depth"] == {"depth": 12}
    assert session.depth.depth == 12 and session.depth_created


def _ratio(preset_id: str, seeds: int = 3) -> tuple[float, float]:
    """Mean square gradient at layer 1 over that at the top, measured and predicted."""
    state = DepthState()
    state.apply_preset(preset_id)
    state.set_sizes(width=512, samples=128)
    measured = []
    for seed in range(seeds):
        state.seed = seed
        run = state.simulation()
        measured.append(run.grad_sq[0] / run.grad_sq[-1])
    theory = state.theory().grad_sq
    return float(np.exp(np.mean(np.log(measured)))), float(theory[0] / theory[-1])


def test_sigmoid_xavier_gradients_vanish_over_50_layers() -> None:
    measured, predicted = _ratio("sigmoid_xavier")
    assert measured < 1e-20 and predicted < 1e-20
    assert math.log10(measured) == pytest.approx(math.log10(predicted), abs=1.0)


def test_relu_he_holds_signal_and_gradient() -> None:
    measured, predicted = _ratio("relu_he")
    assert predicted == pytest.approx(1.0, rel=1e-9)
    assert 0.3 < measured < 3.0


def test_tanh_at_the_edge_of_chaos_holds_the_gradient() -> None:
    state = DepthState()
    state.apply_preset("tanh_edge")
    assert state.weight_std == pytest.approx(1.396, abs=1e-3)
    measured, predicted = _ratio("tanh_edge")
    assert 0.3 < predicted < 3.0 and 0.2 < measured < 5.0


def test_every_preset_is_valid() -> None:
    for preset_id in PRESETS:
        state = DepthState()
        state.apply_preset(preset_id)
        assert state.preset == preset_id
        state.set_bias_std(0.1 if state.bias_std != 0.1 else 0.2)
        assert state.preset == ""  # a change by hand leaves the preset


def test_the_sigmoid_preset_text_figures() -> None:
    # The explanation (ui/depth/presets.py) says chi ~ 0.056 and a gradient std ratio of 10^-31.4.
    state = DepthState()
    state.apply_preset("sigmoid_xavier")
    theory = state.theory()
    assert theory.chi[-1] == pytest.approx(0.056, abs=0.0005)
    assert 0.5 * math.log10(theory.grad_sq[0]) == pytest.approx(-31.4, abs=0.05)
