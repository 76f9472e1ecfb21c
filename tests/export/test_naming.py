"""Default file names."""

from __future__ import annotations

import pytest

from actgui.export.naming import activation_slug, default_file_name, sanitize


def test_the_issue_example():
    name = default_file_name("curve", "leaky_relu", {"negative_slope": 0.1}, "png", 2)
    assert name == "leaky_relu_negative_slope-0.1_curve@2x.png"


def test_defaults_are_left_out_and_svg_has_no_scale():
    assert default_file_name("derivative", "leaky_relu", {"negative_slope": 0.01}, "svg", 3) == (
        "leaky_relu_derivative.svg"
    )
    assert default_file_name("window", "sigmoid", fmt="png", scale=1) == "sigmoid_window.png"


def test_choice_and_several_parameters():
    assert activation_slug("gelu", {"approximate": "tanh"}) == "gelu_approximate-tanh"
    assert activation_slug("hardtanh", {"min_val": -2.0, "max_val": 0.5}) == (
        "hardtanh_min_val-neg2_max_val-0.5"
    )


def test_compare_names_the_pins():
    name = default_file_name("compare", "relu", pins=[("sigmoid", {}), ("elu", {"alpha": 0.5})], scale=2)
    assert name == "relu_vs_sigmoid_elu_alpha-0.5_compare@2x.png"


def test_names_are_file_system_safe():
    assert sanitize("a/b\\c:d*e?f") == "a-b-c-d-e-f"
    assert len(sanitize("x" * 500)) <= 120
    assert sanitize("///") == "figure"


def test_unknown_view_is_refused():
    with pytest.raises(ValueError, match="unknown view"):
        default_file_name("nope", "relu")
