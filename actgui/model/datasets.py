"""Two-dimensional toy datasets for the training playground.

Every dataset is a binary classification problem in the square
[-1, 1] x [-1, 1] (noise may push a few points slightly outside), balanced
between the two classes, reproducible from a seed, and split into a training
and a test part.

    >>> from actgui.model.datasets import make_dataset
    >>> data = make_dataset("xor", n_points=200, noise=0.05, seed=1)
    >>> data.x_train.shape[1], sorted(set(data.y_train.tolist()))
    (2, [0.0, 1.0])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.refusal import Refusal

DATASET_KINDS: tuple[str, ...] = ("blobs", "xor", "circle", "moons", "spiral")
"""The available datasets, from easiest (linearly separable) to hardest."""

EXTENT = 1.5
"""Half-width of the square the playground plots: [-EXTENT, EXTENT]^2."""

MIN_POINTS, MAX_POINTS = 10, 2000
MAX_NOISE = 0.5
MAX_TEST_FRACTION = 0.9


def _out_of_range(name: str, low: object, high: object, value: object) -> Refusal:
    """``name must be in [low, high], got value``, each formatted as an f-string formats it.

    (For a NumPy float32 ``f"{x}"`` and ``str(x)`` differ: the message keeps ``f"{x}"``.)
    """
    return Refusal("value_range", name=name, low=f"{low}", high=f"{high}", value=f"{value}")


@dataclass(frozen=True)
class DataSettings:
    """How to generate a dataset; validated on construction.

    Parameters
    ----------
    kind
        One of :data:`DATASET_KINDS`.
    n_points
        Total number of points (training + test), split evenly between classes.
    noise
        Standard deviation of the Gaussian noise added to each coordinate.
    seed
        Seed of the random generator: the same settings give the same points.
    test_fraction
        Share of the points held out as the test set.
    """

    kind: str = "xor"
    n_points: int = 300
    noise: float = 0.1
    seed: int = 0
    test_fraction: float = 0.3

    def __post_init__(self) -> None:
        if self.kind not in DATASET_KINDS:
            raise Refusal("dataset_unknown", kind=repr(self.kind), valid=", ".join(DATASET_KINDS))
        if isinstance(self.n_points, bool) or not isinstance(self.n_points, (int, np.integer)):
            raise Refusal("integer_required", name="n_points", value=repr(self.n_points))
        if not MIN_POINTS <= self.n_points <= MAX_POINTS:
            raise _out_of_range("n_points", MIN_POINTS, MAX_POINTS, self.n_points)
        if not (np.isfinite(self.noise) and 0.0 <= self.noise <= MAX_NOISE):
            raise _out_of_range("noise", 0, MAX_NOISE, self.noise)
        if isinstance(self.seed, bool) or not isinstance(self.seed, (int, np.integer)) or self.seed < 0:
            raise Refusal("seed_range", value=repr(self.seed))
        if not (np.isfinite(self.test_fraction) and 0.0 <= self.test_fraction <= MAX_TEST_FRACTION):
            raise _out_of_range("test_fraction", 0, MAX_TEST_FRACTION, self.test_fraction)


@dataclass(frozen=True)
class Dataset:
    """Points and labels, split into training and test sets.

    Attributes
    ----------
    settings
        The settings the data were generated from.
    x_train, x_test
        Coordinates, shape (n, 2).
    y_train, y_test
        Labels 0.0 or 1.0, shape (n,).
    """

    settings: DataSettings
    x_train: FloatArray
    y_train: FloatArray
    x_test: FloatArray
    y_test: FloatArray

    @property
    def x(self) -> FloatArray:
        """All points, training first."""
        return np.concatenate([self.x_train, self.x_test])

    @property
    def y(self) -> FloatArray:
        """All labels, training first."""
        return np.concatenate([self.y_train, self.y_test])


def _blobs(rng: np.random.Generator, n0: int, n1: int) -> tuple[FloatArray, FloatArray]:
    spread = 0.2
    a = rng.normal((-0.45, -0.45), spread, size=(n0, 2))
    b = rng.normal((0.45, 0.45), spread, size=(n1, 2))
    return a, b


def _xor(rng: np.random.Generator, n0: int, n1: int) -> tuple[FloatArray, FloatArray]:
    # Keep a small margin around the axes so the four quadrants are clean
    # before noise is added (as browser playgrounds do).
    margin = 0.08

    def quadrant_points(n: int, same_sign: bool) -> FloatArray:
        mag = rng.uniform(margin, 1.0, size=(n, 2))
        sx = rng.choice((-1.0, 1.0), size=n)
        sy = sx if same_sign else -sx
        points: FloatArray = mag * np.stack([sx, sy], axis=1)
        return points

    return quadrant_points(n0, same_sign=False), quadrant_points(n1, same_sign=True)


def _circle(rng: np.random.Generator, n0: int, n1: int) -> tuple[FloatArray, FloatArray]:
    def ring(n: int, r_min: float, r_max: float) -> FloatArray:
        # Uniform over the area of the annulus.
        r = np.sqrt(rng.uniform(r_min**2, r_max**2, size=n))
        t = rng.uniform(0.0, 2.0 * np.pi, size=n)
        return np.stack([r * np.cos(t), r * np.sin(t)], axis=1)

    return ring(n0, 0.7, 1.0), ring(n1, 0.0, 0.45)


def _moons(rng: np.random.Generator, n0: int, n1: int) -> tuple[FloatArray, FloatArray]:
    t0 = rng.uniform(0.0, np.pi, size=n0)
    t1 = rng.uniform(0.0, np.pi, size=n1)
    upper = np.stack([np.cos(t0), np.sin(t0)], axis=1)
    lower = np.stack([1.0 - np.cos(t1), 0.5 - np.sin(t1)], axis=1)
    # The two moons span [-1, 2] x [-0.5, 1]: centre them and fit [-1, 1].
    centre, scale = np.array([0.5, 0.25]), 0.62
    return (upper - centre) * scale, (lower - centre) * scale


def _spiral(rng: np.random.Generator, n0: int, n1: int) -> tuple[FloatArray, FloatArray]:
    def arm(n: int, phase: float) -> FloatArray:
        s = rng.uniform(0.0, 1.0, size=n)
        r = 0.05 + 0.95 * s
        t = 1.75 * 2.0 * np.pi * s + phase
        return np.stack([r * np.cos(t), r * np.sin(t)], axis=1)

    return arm(n0, 0.0), arm(n1, np.pi)


_GENERATORS = {"blobs": _blobs, "xor": _xor, "circle": _circle, "moons": _moons, "spiral": _spiral}


def make_dataset(
    kind: str = "xor",
    n_points: int = 300,
    noise: float = 0.1,
    seed: int = 0,
    test_fraction: float = 0.3,
) -> Dataset:
    """Generate a dataset; the same arguments always give the same points.

    Parameters are those of :class:`DataSettings` (validated there).

    Raises
    ------
    Refusal
        A ValueError with a code of ``REFUSALS``, for an unknown kind or an
        out-of-range argument.
    """
    return generate(DataSettings(kind, n_points, noise, seed, test_fraction))


def generate(settings: DataSettings) -> Dataset:
    """Generate the dataset described by ``settings``."""
    rng = np.random.default_rng(settings.seed)
    n0 = settings.n_points // 2
    n1 = settings.n_points - n0
    class0, class1 = _GENERATORS[settings.kind](rng, n0, n1)
    x = np.concatenate([class0, class1])
    y = np.concatenate([np.zeros(n0), np.ones(n1)])
    if settings.noise > 0.0:
        x = x + rng.normal(0.0, settings.noise, size=x.shape)
    # Stratified split: the same share of each class goes to the test set.
    test_mask = np.zeros(len(y), dtype=bool)
    for label, count in ((0.0, n0), (1.0, n1)):
        members = np.flatnonzero(y == label)
        n_test = round(settings.test_fraction * count)
        test_mask[rng.choice(members, size=n_test, replace=False)] = True
    train_order = rng.permutation(np.flatnonzero(~test_mask))
    test_order = rng.permutation(np.flatnonzero(test_mask))
    return Dataset(
        settings=settings,
        x_train=x[train_order],
        y_train=y[train_order],
        x_test=x[test_order],
        y_test=y[test_order],
    )
