"""How PyTorch, Keras and TensorFlow spell each activation, and the parameters that match.

One name hides different defaults across frameworks (Leaky ReLU's slope is
0.01 in PyTorch, 0.2 in ``keras.activations`` and ``tf.nn``, 0.3 in
``keras.layers.LeakyReLU``). Each :class:`Convention` records one call a
user writes, the actgui parameter values that reproduce it exactly, and an
explicit form of the call for code export. The data is in
:mod:`actgui.model.conventions_data`; tests/model/test_conventions.py
checks every entry against reference values computed with the frameworks.
"""

from __future__ import annotations

import math
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from actgui.model.params import ParamValue

Framework = Literal["pytorch", "keras", "tensorflow"]

FRAMEWORKS: tuple[Framework, ...] = ("pytorch", "keras", "tensorflow")
"""The frameworks, in display order."""

FRAMEWORK_NAMES: Mapping[Framework, str] = MappingProxyType(
    {"pytorch": "PyTorch", "keras": "Keras", "tensorflow": "TensorFlow"}
)

FRAMEWORK_IMPORTS: Mapping[Framework, tuple[str, ...]] = MappingProxyType(
    {
        "pytorch": ("import torch", "import torch.nn.functional as F"),
        "keras": ("import keras",),
        "tensorflow": ("import tensorflow as tf",),
    }
)
"""The import lines the calls assume."""


@dataclass(frozen=True)
class Convention:
    """One framework's call of an activation.

    Attributes
    ----------
    framework
        ``"pytorch"``, ``"keras"`` or ``"tensorflow"``.
    call
        The expression a user writes, with the framework's defaults, e.g.
        ``keras.layers.LeakyReLU()``.
    params
        The actgui parameter values (only those that differ from actgui's
        defaults need be listed) that reproduce ``call`` exactly, or None
        when no actgui parameters do (then ``note`` says why).
    explicit
        The call with every argument written out, as a ``str.format``
        template over actgui's parameter names, e.g.
        ``F.leaky_relu(x, negative_slope={negative_slope})``; it can only
        express the parameters it names.
    note
        A short remark where a user would be surprised, or "".
    """

    framework: Framework
    call: str
    params: Mapping[str, ParamValue] | None
    explicit: str = ""
    note: str = ""
    names: tuple[str, ...] = field(default=(), init=False)

    def __post_init__(self) -> None:
        explicit = self.explicit or self.call
        object.__setattr__(self, "explicit", explicit)
        if self.params is not None:
            object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
        object.__setattr__(self, "names", _placeholders(explicit))

    @property
    def framework_name(self) -> str:
        """The framework's display name."""
        return FRAMEWORK_NAMES[self.framework]

    def values(self, defaults: Mapping[str, ParamValue]) -> dict[str, ParamValue] | None:
        """Every parameter's value under this convention (actgui's defaults filled in), or None."""
        if self.params is None:
            return None
        return {**defaults, **self.params}

    def differs(self, current: Mapping[str, ParamValue], defaults: Mapping[str, ParamValue]) -> bool:
        """Whether ``current`` (a full set of values) is not this convention's setting."""
        wanted = self.values(defaults)
        if wanted is None:
            return True
        return any(not _same(current.get(name), value) for name, value in wanted.items())

    def expresses(self, current: Mapping[str, ParamValue], defaults: Mapping[str, ParamValue]) -> bool:
        """Whether the explicit call can be written for ``current``.

        True when every parameter that ``explicit`` does not name has this
        convention's value.
        """
        wanted = self.values(defaults)
        if wanted is None:
            return False
        return all(name in self.names or _same(current.get(name), value) for name, value in wanted.items())

    def code(self, current: Mapping[str, ParamValue]) -> str:
        """The explicit call with ``current``'s values written in."""
        return self.explicit.format(**{name: python_literal(current[name]) for name in self.names})


def python_literal(value: ParamValue) -> str:
    """A parameter value as Python source: shortest round-tripping float, quoted choice, bare bool."""
    if isinstance(value, str):
        return value if value in ("True", "False") else repr(value)
    return repr(float(value))


def _same(a: ParamValue | None, b: ParamValue) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return a is not None and math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)


def _placeholders(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)
