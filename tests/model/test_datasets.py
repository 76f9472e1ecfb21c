import numpy as np
import pytest

from actgui.model.datasets import DATASET_KINDS, DataSettings, generate, make_dataset


@pytest.mark.parametrize("kind", DATASET_KINDS)
def test_shapes_balance_and_split(kind):
    data = make_dataset(kind, n_points=201, noise=0.1, seed=3, test_fraction=0.3)
    assert data.x_train.shape[1] == data.x_test.shape[1] == 2
    assert len(data.x_train) + len(data.x_test) == 201
    assert len(data.y_train) == len(data.x_train) and len(data.y_test) == len(data.x_test)
    assert abs(len(data.y_test) - 0.3 * 201) <= 1
    assert set(np.unique(data.y)) == {0.0, 1.0}
    assert abs(int(np.sum(data.y == 1.0)) - int(np.sum(data.y == 0.0))) <= 1
    # The split is stratified: both classes are in the test set in proportion.
    assert abs(np.mean(data.y_test) - 0.5) < 0.05
    assert np.all(np.isfinite(data.x))


@pytest.mark.parametrize("kind", DATASET_KINDS)
def test_same_seed_same_points_other_seed_other_points(kind):
    a = make_dataset(kind, seed=7)
    b = make_dataset(kind, seed=7)
    c = make_dataset(kind, seed=8)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize("kind", [k for k in DATASET_KINDS if k != "blobs"])  # blobs are Gaussian
def test_noise_free_points_lie_in_the_unit_square(kind):
    data = make_dataset(kind, n_points=500, noise=0.0, seed=1)
    assert np.all(np.abs(data.x) <= 1.0 + 1e-12)


def test_labels_follow_the_shape_of_each_dataset():
    xor = make_dataset("xor", n_points=400, noise=0.0, seed=2)
    same_sign = np.sign(xor.x[:, 0]) == np.sign(xor.x[:, 1])
    np.testing.assert_array_equal(same_sign, xor.y == 1.0)

    circle = make_dataset("circle", n_points=400, noise=0.0, seed=2)
    radius = np.hypot(circle.x[:, 0], circle.x[:, 1])
    np.testing.assert_array_equal(radius < 0.5, circle.y == 1.0)

    blobs = make_dataset("blobs", n_points=400, noise=0.0, seed=2)
    # Linearly separable up to a few stragglers of the Gaussian tails.
    assert np.mean((blobs.x.sum(axis=1) > 0) == (blobs.y == 1.0)) > 0.97


def test_noise_moves_points():
    clean = make_dataset("moons", n_points=300, noise=0.0, seed=4)
    noisy = make_dataset("moons", n_points=300, noise=0.3, seed=4)
    assert np.std(noisy.x - clean.x) > 0.1


def test_no_test_set():
    data = make_dataset("blobs", n_points=50, test_fraction=0.0)
    assert len(data.x_test) == 0 and len(data.x_train) == 50


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "squares"},
        {"n_points": 5},
        {"n_points": 10**6},
        {"n_points": 100.5},
        {"noise": -0.1},
        {"noise": float("nan")},
        {"seed": -1},
        {"test_fraction": 0.95},
    ],
)
def test_invalid_settings_raise(changes):
    with pytest.raises(ValueError):
        DataSettings(**changes)


def test_generate_uses_the_settings():
    settings = DataSettings("spiral", 120, 0.05, 9, 0.25)
    assert generate(settings).settings is settings
