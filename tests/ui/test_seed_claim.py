"""'The original lesson, checked' in the facts panel: shown for the seed's five activations only."""

import pytest

from actgui.model import ACTIVATIONS, SEED_IDS
from actgui.model.seed_claims import SEED_CLAIMS
from actgui.state.explorer import ExplorerState
from actgui.ui import i18n
from actgui.ui.explorer.facts_panel import FactsPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot):
    widget = FactsPanel(ExplorerState())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_claim_and_what_holds_are_shown_for_the_seed_activations_only(panel):
    box = panel.seed_claim
    for act_id in ACTIVATIONS:
        panel.state.set_activation(act_id)
        assert box.isVisible() == (act_id in SEED_IDS), act_id
    panel.state.set_activation("leaky_relu")
    text = box.text.text()
    assert box.caption.text() == "The original lesson, checked"
    assert "sparse connections" in text and "keeps every unit trainable" in text


def test_the_claims_read_in_chinese(panel, qapp):
    i18n.install_language(qapp, "zh_CN")
    qapp.processEvents()  # the language change reaches the widgets
    try:
        for act_id in SEED_IDS:
            panel.state.set_activation(act_id)
            text = panel.seed_claim.text.text()
            assert "原文说" in text and "实际上" in text, act_id
            assert SEED_CLAIMS[act_id].holds not in text  # translated, not the English
        assert panel.seed_claim.caption.text() == "核对原始课程的说法"
    finally:
        i18n.install_language(qapp, "en")
        qapp.processEvents()
