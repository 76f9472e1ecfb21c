import gc

import pytest

from actgui.state.signals import Signal


class Source:
    changed = Signal(int, str)
    other = Signal()


class Receiver:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def both(self, number: int, text: str) -> None:
        self.calls.append((number, text))

    def first(self, number: int) -> None:
        self.calls.append((number,))

    def none(self) -> None:
        self.calls.append(())

    def star(self, *args) -> None:
        self.calls.append(args)


def test_each_instance_has_its_own_signal():
    a, b = Source(), Source()
    receiver = Receiver()
    a.changed.connect(receiver.both)
    b.changed.emit(1, "b")
    a.changed.emit(2, "a")
    assert receiver.calls == [(2, "a")]
    assert Source.changed.types == (int, str)


def test_callbacks_get_as_many_arguments_as_they_take():
    source, receiver = Source(), Receiver()
    for callback in (receiver.both, receiver.first, receiver.none, receiver.star):
        source.changed.connect(callback)
    source.changed.emit(7, "x")
    assert receiver.calls == [(7, "x"), (7,), (), (7, "x")]


def test_connecting_twice_calls_once_and_disconnect_removes():
    source, receiver = Source(), Receiver()
    source.changed.connect(receiver.first)
    source.changed.connect(receiver.first)
    source.changed.emit(1, "")
    source.changed.disconnect(receiver.first)
    source.changed.emit(2, "")
    assert receiver.calls == [(1,)]
    with pytest.raises(ValueError, match="not connected"):
        source.changed.disconnect(receiver.first, missing_ok=False)


def test_bound_methods_are_held_weakly():
    source, receiver = Source(), Receiver()
    source.changed.connect(receiver.first)
    assert len(source.changed) == 1
    del receiver
    gc.collect()
    assert len(source.changed) == 0
    source.changed.emit(1, "")  # nothing to call, no error


def test_functions_and_lambdas_are_held_strongly():
    source = Source()
    seen = []
    source.other.connect(lambda: seen.append("lambda"))
    gc.collect()
    source.other.emit()
    assert seen == ["lambda"]


def test_every_callback_runs_and_the_first_error_is_raised_after():
    source, receiver = Source(), Receiver()

    def broken(_number: int) -> None:
        raise RuntimeError("view failed")

    def also_broken() -> None:
        raise KeyError("second")

    source.changed.connect(broken)
    source.changed.connect(also_broken)
    source.changed.connect(receiver.first)
    with pytest.raises(RuntimeError, match="view failed"):
        source.changed.emit(3, "")
    assert receiver.calls == [(3,)]


def test_blocked_suppresses_emissions():
    source, receiver = Source(), Receiver()
    source.changed.connect(receiver.first)
    with source.changed.blocked():
        source.changed.emit(1, "")
    source.changed.emit(2, "")
    assert receiver.calls == [(2,)]


def test_disconnecting_inside_a_callback_is_safe():
    source, receiver = Source(), Receiver()

    def once(number: int) -> None:
        source.changed.disconnect(once)

    source.changed.connect(once)
    source.changed.connect(receiver.first)
    source.changed.emit(1, "")
    source.changed.emit(2, "")
    assert receiver.calls == [(1,), (2,)]


def test_non_callable_is_refused():
    with pytest.raises(TypeError):
        Source().changed.connect(42)
