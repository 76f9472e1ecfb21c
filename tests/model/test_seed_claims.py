"""The seed article's claims, each beside what holds, and the facts that back what holds."""

import numpy as np

from actgui.model import SEED_IDS, get_activation
from actgui.model.seed_claims import SEED_CLAIMS

X = np.linspace(-8.0, 8.0, 16001)


def test_each_of_the_five_seed_activations_has_its_claim_quoted():
    assert set(SEED_CLAIMS) == set(SEED_IDS)
    assert "linearly separable" in SEED_CLAIMS["sigmoid"].claim
    assert "linearly separable" in SEED_CLAIMS["tanh"].claim
    assert "many negative values" in SEED_CLAIMS["tanh"].claim
    assert "many negative values" in SEED_CLAIMS["relu"].claim
    assert "sparse connections" in SEED_CLAIMS["leaky_relu"].claim
    assert "noisy data" in SEED_CLAIMS["softmax"].claim
    for claim in SEED_CLAIMS.values():
        assert claim.holds and claim.holds != claim.claim


def test_sigmoid_passes_at_most_a_quarter_of_the_gradient():
    derivative = get_activation("sigmoid").derivative(X)
    assert np.max(derivative) == 0.25
    assert "a quarter of the gradient" in SEED_CLAIMS["sigmoid"].holds


def test_tanh_is_zero_centred_with_a_slope_up_to_one():
    tanh = get_activation("tanh")
    assert np.allclose(tanh(-X), -tanh(X))
    assert np.max(tanh.derivative(X)) == 1.0


def test_relu_passes_no_gradient_for_negative_inputs_and_leaky_relu_does():
    negative = X[X < 0]
    assert np.all(get_activation("relu").derivative(negative) == 0.0)
    leaky = get_activation("leaky_relu")
    assert np.all(leaky.derivative(negative) > 0.0)
    # Less sparse than ReLU: no exact zeros where ReLU has them.
    assert np.count_nonzero(leaky(negative) == 0.0) == 0
    assert np.all(get_activation("relu")(negative) == 0.0)


def test_softmax_gives_probabilities_that_sum_to_one():
    logits = np.array([2.0, -1.0, 0.5, 3.0])
    probabilities = get_activation("softmax")(logits)
    assert np.all(probabilities > 0) and np.isclose(probabilities.sum(), 1.0)
