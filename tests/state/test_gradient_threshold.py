"""The explorer's gradient-shading level: its choices, its refusals, its saved value (no Qt)."""

import pytest

from actgui.files.setup_groups import check_explorer
from actgui.model.refusal import Refusal
from actgui.state.explorer import DEFAULT_GRADIENT_THRESHOLD, GRADIENT_THRESHOLDS, ExplorerState


def test_the_level_is_one_of_the_choices_and_signals_a_change():
    state = ExplorerState()
    assert state.gradient_threshold == DEFAULT_GRADIENT_THRESHOLD == 0.01
    assert GRADIENT_THRESHOLDS == (0.1, 0.01, 0.001, 0.0)
    seen = []
    state.gradient_threshold_changed.connect(seen.append)
    state.set_gradient_threshold(0.001)
    state.set_gradient_threshold(0.001)
    state.set_gradient_threshold(0)
    assert seen == [0.001, 0.0]
    for bad in (0.5, -0.01, float("nan"), True, "0.01"):
        with pytest.raises(Refusal) as refused:
            state.set_gradient_threshold(bad)
        assert refused.value.code == "value_choice"
    assert state.gradient_threshold == 0.0


def test_the_level_is_saved_restored_and_checked_in_setup_files():
    state = ExplorerState()
    state.set_gradient_threshold(0.1)
    saved = state.settings()
    assert saved["gradient_threshold"] == 0.1
    assert ExplorerState.from_settings(saved).gradient_threshold == 0.1
    assert ExplorerState.from_settings({**saved, "gradient_threshold": 0.2}).gradient_threshold == 0.01
    assert ExplorerState.from_settings({}).gradient_threshold == 0.01
    ignored: list[str] = []
    assert check_explorer(saved, ignored)["gradient_threshold"] == 0.1
    assert ignored == []
    with pytest.raises(ValueError):
        check_explorer({"gradient_threshold": 0.2}, ignored)
