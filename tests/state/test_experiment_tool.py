"""The experiment tool's state, the run orchestration and the CSV export (no Qt)."""

import csv
import io

import pytest

from actgui.files.experiment_csv import experiment_csv, write_experiment_csv
from actgui.model.datasets import DataSettings
from actgui.model.mlp import NetworkConfig
from actgui.model.refusal import Refusal
from actgui.model.training import TrainConfig
from actgui.state.experiment_run import ExperimentRun
from actgui.state.experiment_tool import ExperimentToolState


def test_values_are_parsed_and_refused_per_setting():
    tool = ExperimentToolState()
    tool.set_values_text("relu, sigmoid, tanh")
    assert tool.values == ("relu", "sigmoid", "tanh")
    with pytest.raises(Refusal):
        tool.set_values_text("relu, nonsense")
    with pytest.raises(Refusal):
        tool.set_values_text("relu")
    assert tool.values == ("relu", "sigmoid", "tanh")
    tool.set_setting("depth")
    assert tool.values_text() == "1, 2, 4"
    tool.set_values_text("1; 3")
    assert tool.values == (1, 3)


def test_the_tool_changes_only_its_setting_and_every_result_is_recorded():
    tool = ExperimentToolState()
    tool.set_setting("learning_rate")
    tool.set_values([0.01, 1.0])
    tool.set_seeds(2)
    tool.set_epochs(20)
    network = NetworkConfig((8, 8), ("tanh", "tanh"))
    experiment = tool.experiment(DataSettings("xor"), network, TrainConfig("sgd", 0.1, 32))
    assert experiment.group_names == ("0.01", "1")
    assert experiment.seeds == (1, 2)
    (_, slow), (_, fast) = experiment.groups
    assert vars(slow) == {**vars(fast), "learning_rate": 0.01}
    run = ExperimentRun()
    events = []
    run.progressed.connect(lambda d, t: events.append((d, t)))
    planned = run.start(experiment)
    for index, p in enumerate(planned):
        run.record(index, experiment.run(p))
    assert run.status == "done" and events[-1] == (4, 4)
    acc = run.accuracies()
    assert len(acc["0.01"]) == len(acc["1"]) == 2
    assert [s[0] for s in run.summary()] == ["0.01", "1"]
    assert all(len(norms) == 3 for norms in run.gradient_norms().values())
    rows = list(csv.reader(io.StringIO(experiment_csv("learning_rate", run.results()))))
    assert rows[0] == [
        "learning_rate",
        "seed",
        "test_accuracy",
        "dead_neurons",
        "grad_L1",
        "grad_L2",
        "grad_out",
    ]
    assert [r[:2] for r in rows[1:]] == [["0.01", "1"], ["1", "1"], ["0.01", "2"], ["1", "2"]]
    assert [float(r[2]) for r in rows[1:]] == [res.test_accuracy for _, res in run.results()]


def test_csv_of_runs_with_different_depths_leaves_missing_layers_empty(tmp_path):
    tool = ExperimentToolState()
    tool.set_setting("depth")
    tool.set_values([1, 2])
    tool.set_seeds(1)
    tool.set_epochs(2)
    experiment = tool.experiment(DataSettings("xor"), NetworkConfig(), TrainConfig())
    results = [(p, experiment.run(p)) for p in experiment.runs()]
    path = write_experiment_csv(tmp_path / "runs.csv", "depth", results)
    rows = list(csv.reader(io.StringIO(path.read_text())))
    assert rows[0][-3:] == ["grad_L1", "grad_L2", "grad_out"]
    assert rows[1][5] == "" and rows[2][5] != ""


def test_a_cancelled_run_ignores_late_results():
    tool = ExperimentToolState()
    tool.set_seeds(1)
    tool.set_epochs(1)
    experiment = tool.experiment(DataSettings("xor"), NetworkConfig(), TrainConfig())
    run = ExperimentRun()
    planned = run.start(experiment)
    run.cancel()
    assert run.cancel_requested
    run.stopped()
    run.record(0, experiment.run(planned[0]))
    assert run.status == "cancelled" and run.done == 0


def test_the_choices_round_trip_and_a_refused_one_changes_nothing():
    tool = ExperimentToolState()
    tool.set_setting("learning_rate")
    tool.set_values_text("0.03, 0.3, 3")
    tool.set_seeds(7)
    tool.set_epochs(120)
    saved = tool.settings()
    assert saved == {"setting": "learning_rate", "values": [0.03, 0.3, 3.0], "seeds": 7, "epochs": 120}
    other = ExperimentToolState()
    other.apply_settings(saved)
    assert other.settings() == saved and other.values == (0.03, 0.3, 3.0)
    for bad, code in (
        ({"values": ["tanh", "relu"]}, "experiment_value"),  # not learning rates
        ({"seeds": 11}, "experiment_seeds"),
        ({"seeds": 2.5}, "experiment_seeds"),
        ({"epochs": True}, "experiment_epochs"),
        ({"setting": "momentum"}, "experiment_setting"),
        ({"values": "0.1, 1"}, "experiment_values"),
    ):
        with pytest.raises(Refusal) as refused:
            other.apply_settings({**saved, **bad})
        assert refused.value.code == code
        assert other.settings() == saved  # checked on a scratch tool first


def test_restoring_keeps_each_valid_choice_and_drops_a_bad_one():
    tool = ExperimentToolState()
    tool.restore({"setting": "depth", "values": [1, 3], "seeds": 99, "epochs": 40})
    assert (tool.setting, tool.values, tool.seeds, tool.epochs) == ("depth", (1, 3), 5, 40)
    tool.restore({"setting": "init", "values": ["he", "nonsense"]})  # values refused: the setting alone
    assert (tool.setting, tool.values) == ("init", ("xavier", "he"))
    tool.restore("not a mapping")
    assert tool.setting == "init"
