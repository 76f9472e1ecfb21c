"""Change notifications for the Qt-free state objects.

A small, dependency-free take on the psygnal/Qt signal idiom::

    class Counter:
        changed = Signal(int)

        def bump(self) -> None:
            self.value += 1
            self.changed.emit(self.value)

    counter.changed.connect(view.show_value)

Why not psygnal itself: the state is imported on every start of the app, and
psygnal's import pulls in ``importlib.metadata`` and ``email`` (about 25 ms,
4 % of the cold start, measured in tests/benchmarks/run.py) for the three
methods used here.

Semantics follow psygnal's where it matters to views:

- a bound method is held weakly, so connecting a widget does not keep it
  alive; a dead receiver is dropped silently;
- a callback may take fewer arguments than the signal emits (``*args`` or
  optional parameters take them all);
- every callback runs even if one raises; the first exception is re-raised
  after the loop, so one broken view cannot leave the others stale.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, overload

F = TypeVar("F", bound=Callable[..., Any])


def _max_args(callback: Callable[..., Any]) -> int | None:
    """How many positional arguments ``callback`` takes (None: any number)."""
    try:
        signature = inspect.signature(callback)
    except (TypeError, ValueError):  # some builtins and Qt slots have none
        return None
    count = 0
    for parameter in signature.parameters.values():
        if parameter.kind is parameter.VAR_POSITIONAL:
            return None
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            count += 1
    return count


class _Slot:
    """One connected callback: a weak bound method or a strong function."""

    __slots__ = ("_function", "_method", "key", "max_args")

    def __init__(self, callback: Callable[..., Any]) -> None:
        self.max_args = _max_args(callback)
        self._method: weakref.WeakMethod[Any] | None = None
        self._function: Callable[..., Any] | None = None
        if inspect.ismethod(callback):
            try:
                self._method = weakref.WeakMethod(callback)
            except TypeError:  # the instance cannot be weakly referenced
                self._function = callback
            self.key: tuple[int, Any] = (id(callback.__self__), callback.__func__)
        else:
            self._function = callback
            self.key = (0, callback)

    def resolve(self) -> Callable[..., Any] | None:
        """The callable, or None if its receiver is gone."""
        if self._method is not None:
            return self._method()
        return self._function


class SignalInstance:
    """A signal bound to one object: connect, disconnect, emit."""

    def __init__(self, name: str, nargs: int) -> None:
        self.name = name
        self.nargs = nargs
        self._slots: list[_Slot] = []
        self._blocked = 0

    def __len__(self) -> int:
        return sum(1 for slot in self._slots if slot.resolve() is not None)

    def connect(self, callback: F) -> F:
        """Call ``callback`` on every emission (once, however often it is connected)."""
        if not callable(callback):
            raise TypeError(f"cannot connect {callback!r} to {self.name}: not callable")
        slot = _Slot(callback)
        # Drop dead receivers first: a new object may reuse a dead one's id.
        self._slots = [existing for existing in self._slots if existing.resolve() is not None]
        if all(existing.key != slot.key for existing in self._slots):
            self._slots.append(slot)
        return callback

    def disconnect(self, callback: Callable[..., Any] | None = None, missing_ok: bool = True) -> None:
        """Disconnect ``callback``, or every callback if it is None."""
        if callback is None:
            self._slots.clear()
            return
        key = _Slot(callback).key
        before = len(self._slots)
        self._slots = [slot for slot in self._slots if slot.key != key]
        if not missing_ok and len(self._slots) == before:
            raise ValueError(f"{callback!r} is not connected to {self.name}")

    def disconnect_receiver(self, receiver: object) -> None:
        """Disconnect every bound method of ``receiver`` (e.g. a view that is going away)."""
        self._slots = [
            slot for slot in self._slots if slot.key[0] != id(receiver) and slot.resolve() is not None
        ]

    def emit(self, *args: Any) -> None:
        """Call every connected callback with ``args`` (as many as each takes)."""
        if self._blocked:
            return
        error: BaseException | None = None
        alive: list[_Slot] = []
        for slot in list(self._slots):
            callback = slot.resolve()
            if callback is None:
                continue
            alive.append(slot)
            call_args = args if slot.max_args is None else args[: slot.max_args]
            try:
                callback(*call_args)
            except Exception as exc:  # run the others, then report the first
                if error is None:
                    error = exc
        if len(alive) != len(self._slots):
            self._slots = [slot for slot in self._slots if slot.resolve() is not None]
        if error is not None:
            raise error

    __call__ = emit

    @contextmanager
    def blocked(self) -> Iterator[None]:
        """Suppress emissions inside the ``with`` block."""
        self._blocked += 1
        try:
            yield
        finally:
            self._blocked -= 1


class Signal:
    """Declare a signal as a class attribute: ``changed = Signal(int)``.

    Each instance of the owning class gets its own :class:`SignalInstance`:
    read on the class, the attribute is the :class:`Signal` itself; read on
    an instance, it is that instance's :class:`SignalInstance` (so type
    checkers accept ``obj.changed.connect(...)`` and ``obj.changed.emit(...)``).
    The types document what is emitted; they are not checked.
    """

    def __init__(self, *types: type | Any) -> None:
        self.types = types
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Signal: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> SignalInstance: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Signal | SignalInstance:
        if instance is None:
            return self
        bound: SignalInstance | None = instance.__dict__.get(self.name)
        if bound is None:
            owner_name = type(instance).__name__ if owner is None else owner.__name__
            bound = SignalInstance(f"{owner_name}.{self.name}", len(self.types))
            instance.__dict__[self.name] = bound
        return bound


def disconnect_receivers(source: object, receivers: Iterable[object]) -> None:
    """Disconnect every bound method of ``receivers`` from every signal of ``source``.

    A state outlives the views bound to it: a view that is destroyed calls
    this so that the state's next change does not reach it.
    """
    gone = list(receivers)
    for klass in type(source).__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, Signal):
                bound = getattr(source, name)
                for receiver in gone:
                    bound.disconnect_receiver(receiver)
