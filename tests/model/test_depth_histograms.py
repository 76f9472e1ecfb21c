"""Per-layer histograms that teach: a vanishing gradient slides down a log axis, ReLU + He layers alike."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.model.depth import simulate
from actgui.model.depth_sim import HISTOGRAM_BINS, LOG_BINS_PER_DECADE, _histograms


def _peaks(hist) -> np.ndarray:  # type: ignore[no-untyped-def]
    centres = 0.5 * (hist.edges[1:] + hist.edges[:-1])
    return centres[hist.counts.argmax(axis=1)]


@pytest.fixture(scope="module")
def sigmoid_run():  # type: ignore[no-untyped-def]
    return simulate("sigmoid", depth=50, width=256, weight_std=1.0, n_samples=64, seed=0)


def test_a_vanishing_gradient_is_binned_by_decade_and_slides_down(sigmoid_run) -> None:  # type: ignore[no-untyped-def]
    hist = sigmoid_run.grad
    assert hist.log_abs
    # 31 decades between layer 50 (rms 1) and layer 0 (rms 4e-32): eight bins a decade.
    span = hist.edges[-1] - hist.edges[0]
    assert span > 31
    assert len(hist.edges) - 1 == pytest.approx(span * LOG_BINS_PER_DECADE, abs=1)
    peaks = _peaks(hist)
    rms_decades = 0.5 * np.log10(sigmoid_run.grad_sq)
    # Each layer's peak sits within a decade of its own rms (log10|z| peaks at log10(sigma)).
    np.testing.assert_allclose(peaks, rms_decades, atol=1.0)
    assert peaks[0] < -30 and peaks[50] > -1
    bin_width = hist.edges[1] - hist.edges[0]
    assert abs(peaks[50] - peaks[0]) > 30 * LOG_BINS_PER_DECADE * bin_width  # 240 bins apart
    assert (np.diff(peaks) > 0).mean() > 0.9  # decade by decade, layer after layer
    np.testing.assert_allclose(hist.counts.sum(axis=1) + hist.zero_fractions, 1.0)


def test_signals_of_similar_spread_stay_on_linear_bins(sigmoid_run) -> None:  # type: ignore[no-untyped-def]
    for hist in (sigmoid_run.pre, sigmoid_run.post):
        assert not hist.log_abs
        assert len(hist.edges) == HISTOGRAM_BINS + 1
        np.testing.assert_allclose(hist.counts.sum(axis=1), 1.0)


def test_relu_he_layers_are_alike_with_their_zeros_apart() -> None:
    run = simulate("relu", depth=50, width=512, weight_std=math.sqrt(2), n_samples=64, seed=3)
    hist = run.grad
    assert not hist.log_abs
    # ReLU passes no gradient where h < 0: about half of every layer below the top is exactly 0.
    np.testing.assert_allclose(hist.zero_fractions[:-1], 0.5, atol=0.08)
    assert hist.zero_fractions[-1] == 0.0  # the random gradient sent back from the top
    shapes = hist.counts / hist.counts.sum(axis=1, keepdims=True)
    # Total variation distance between the first and the last hidden layer's shape: small.
    assert 0.5 * np.abs(shapes[0] - shapes[49]).sum() < 0.25
    centres = 0.5 * (hist.edges[1:] + hist.edges[:-1])
    assert np.abs(centres[hist.counts.argmax(axis=1)]).max() < 0.65  # every peak within 0.65 rms of 0
    post = run.post
    np.testing.assert_allclose(post.zero_fractions, 0.5, atol=0.1)
    np.testing.assert_allclose(post.counts.sum(axis=1) + post.zero_fractions, 1.0)


def test_log_bins_from_constructed_layers() -> None:
    rng = np.random.default_rng(1)
    scales = np.array([1e-20, 1e-10, 1.0], dtype=np.float32)
    values = (rng.standard_normal((3, 8, 512)) * scales[:, None, None]).astype(np.float32)
    values[0, 0, :64] = 0.0  # 64 of 4096 exact zeros in layer 0
    hist = _histograms(values, symmetric=True)
    assert hist.log_abs
    assert hist.zero_fractions[0] == pytest.approx(64 / 4096)
    np.testing.assert_allclose(_peaks(hist), [-20, -10, 0], atol=0.7)
    np.testing.assert_allclose(hist.counts.sum(axis=1) + hist.zero_fractions, 1.0)


def test_linear_bins_leave_exact_zeros_and_non_finite_values_out() -> None:
    values = np.ones((2, 4, 16), dtype=np.float32)
    values[0, 0, :8] = 0.0
    values[1, 0, 0] = np.nan
    hist = _histograms(values, symmetric=True)
    assert not hist.log_abs
    assert hist.zero_fractions[0] == pytest.approx(8 / 64)
    assert hist.counts[0].sum() == pytest.approx(56 / 64)
    assert hist.counts[1].sum() == pytest.approx(63 / 64)
