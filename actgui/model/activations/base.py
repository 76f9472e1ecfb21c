"""What every activation shares: the :class:`Activation` class, categories and helpers.

The family modules (``classic``, ``relu``, ``exponential``, ``gated``,
``hard``, ``shrink``, ``softmax``) import from here; the package's
``__init__`` puts their activations into the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.conventions import Convention
from actgui.model.conventions_data import conventions_of
from actgui.model.params import Param, ParamValue
from actgui.model.refusal import Refusal

Kind = Literal["elementwise", "vector", "gated"]
"""``elementwise``: y_i = f(x_i); ``vector``: a vector to a vector of the same length along the last
axis (the softmax family); ``gated``: the last axis split into halves a, b, returning a * g(b) (GLU)."""
ValueFn = Callable[..., FloatArray]


@dataclass(frozen=True)
class Properties:
    """Qualitative properties of an activation for one set of parameter values.

    Each is a statement about the function the app computes, checked
    numerically for every activation and several parameter sets by
    ``tests/model/test_property_flags.py``:

    bounded
        |f(x)| stays below a finite limit for every x (both sides bounded).
    monotonic
        f never decreases: x1 < x2 implies f(x1) <= f(x2). None for the
        softmax family, where each output depends on every logit and the
        word has no plain meaning.
    smooth
        f is continuously differentiable (C1): no jump in f and no kink, a
        jump in f'. ELU at alpha = 1 is smooth although f'' jumps.
    zero_centred
        f is odd, f(-x) = -f(x): inputs spread symmetrically around 0 give
        outputs centred on 0. (Vector activations: their outputs are.)

    A gated activation (GLU) is judged as the map z = (a, b) -> a g(b) on its
    whole input. A random one (Gumbel-softmax) is judged for one draw: with
    its seed fixed it is a deterministic function of the logits.
    """

    bounded: bool
    monotonic: bool | None
    smooth: bool
    zero_centred: bool


PropertiesRule = Callable[[Mapping[str, ParamValue]], Properties]
"""The properties of an activation as a function of its (validated) parameter values."""


@dataclass(frozen=True, eq=False)
class Activation:
    """One activation function with its derivative and teaching metadata.

    Call it like a function: ``act(x, **params)``. Elementwise activations
    return an array of ``x``'s shape; vector activations (the softmax family)
    work along the last axis.
    """

    id: str
    name: str
    category: str
    kind: Kind
    params: tuple[Param, ...]
    latex: str
    latex_derivative: str
    output_range: str
    properties: Properties
    note: str
    _value: ValueFn = field(repr=False)
    _derivative: ValueFn = field(repr=False)
    _jacobian: Callable[..., FloatArray] | None = field(default=None, repr=False)
    _check: Callable[[dict[str, ParamValue]], None] | None = field(default=None, repr=False)
    _properties_at: PropertiesRule | None = field(default=None, repr=False)
    _whole_array: bool = field(default=False, repr=False)
    """Evaluate in one call, never block by block (random draws depend on the whole array)."""

    @property
    def is_vector(self) -> bool:
        """Whether the activation maps a vector to a vector (softmax family)."""
        return self.kind == "vector"

    @property
    def is_gated(self) -> bool:
        """Whether the activation halves the last axis into a value and a gate (GLU)."""
        return self.kind == "gated"

    @property
    def conventions(self) -> tuple[Convention, ...]:
        """How PyTorch, Keras and TensorFlow call this activation, and the parameters that match."""
        return conventions_of(self.id)

    @property
    def param_names(self) -> tuple[str, ...]:
        """Names of the parameters, in display order."""
        return tuple(p.name for p in self.params)

    def param(self, name: str) -> Param:
        """Return the metadata of parameter ``name``.

        Raises
        ------
        Refusal
            ``param_not_found`` (a ValueError) if the activation has no such parameter.
        """
        for p in self.params:
            if p.name == name:
                return p
        valid = ", ".join(self.param_names) or "none"
        raise Refusal("param_not_found", activation=self.id, name=repr(name), valid=valid)

    def defaults(self) -> dict[str, ParamValue]:
        """The default value of every parameter."""
        return {p.name: p.default for p in self.params}

    def resolve(self, params: Mapping[str, Any] | None = None) -> dict[str, ParamValue]:
        """Validate ``params`` and fill in defaults for the missing ones.

        Raises
        ------
        Refusal
            A ValueError with a code (``param_not_found``, ``param_range``,
            ``param_choice``, ``param_order``) for an unknown name, a wrong
            type, a non-finite or out-of-range value, or an inconsistent
            combination (e.g. min_val >= max_val).
        """
        values = self.defaults()
        for name, value in (params or {}).items():
            values[name] = self.param(name).validate(value)
        if self._check is not None:
            self._check(values)
        return values

    def properties_for(self, params: Mapping[str, Any] | None = None) -> Properties:
        """The properties for these parameter values (missing ones at their defaults).

        ``properties`` holds them at the defaults; a parameter can change them
        (ELU is smooth only at alpha = 1, Leaky ReLU at slope 1 is the identity).

        Raises
        ------
        Refusal
            As :meth:`resolve`, for parameters it does not accept.
        """
        values = self.resolve(params)
        return self._properties_at(values) if self._properties_at is not None else self.properties

    def label(self, params: Mapping[str, Any] | None = None) -> str:
        """A short label such as ``leaky_relu(negative_slope=0.1)`` for legends.

        Only parameters that differ from their default are shown.
        """
        values = self.resolve(params)
        shown = [
            f"{p.name}={values[p.name]:g}" if not p.is_choice else f"{p.name}={values[p.name]}"
            for p in self.params
            if values[p.name] != p.default
        ]
        return f"{self.id}({', '.join(shown)})" if shown else self.id

    def __call__(self, x: ArrayLike, /, **params: Any) -> FloatArray:
        """Evaluate the activation."""
        return self._apply(self._value, x, self.resolve(params))

    def derivative(self, x: ArrayLike, /, **params: Any) -> FloatArray:
        """The derivative df/dx elementwise.

        For a vector activation this is the diagonal of the Jacobian,
        d y_i / d z_i, along the last axis.
        """
        return self._apply(self._derivative, x, self.resolve(params))

    def _apply(self, fn: ValueFn, x: ArrayLike, values: dict[str, ParamValue]) -> FloatArray:
        """Run ``fn`` over ``x``: small inputs at once, large ones block by block.

        Block by block, every temporary stays in cache and only the output is a
        large allocation (see nx.blockwise); the functions never modify their
        input, so it is not copied.
        """
        arr = nx.as_float_array(x, copy=False)
        if self.is_vector and arr.ndim == 0:  # as in PyTorch: softmax of a 0-d array is a 0-d 1.0
            return fn(arr.reshape(1), **values).reshape(())
        if not self.kind == "elementwise":
            if arr.ndim < 2 or arr.size <= nx.ROW_BLOCK or self._whole_array:
                return fn(arr, **values)
            return nx.rowwise(lambda rows: fn(rows, **values), arr)
        if arr.ndim == 0:  # the functions see arrays, never NumPy scalars
            return fn(arr.reshape(1), **values).reshape(())
        if arr.size <= nx.BLOCK:
            return fn(arr, **values)

        def kernel(block: FloatArray, out: FloatArray) -> None:
            out[...] = fn(block, **values)

        return nx.blockwise(kernel, arr)

    def jacobian(self, z: ArrayLike, /, **params: Any) -> FloatArray:
        """The n x n Jacobian d y_i / d z_j for a 1-D input ``z``.

        For an elementwise activation this is ``diag(f'(z))``.
        """
        arr = nx.as_float_array(z, "z")
        if arr.ndim != 1 or arr.size == 0:
            raise Refusal("jacobian_shape", shape=arr.shape)
        values = self.resolve(params)
        if self._jacobian is not None:
            return self._jacobian(arr, **values)
        return np.diag(self._derivative(arr, **values))


# --------------------------------------------------------------------------
# Elementwise functions. Each takes a float64 array and validated parameters
# and never modifies its input.
#
# They are written for speed as well as accuracy: no np.where on the hot path
# (with a data-dependent mask it costs as much as five arithmetic passes),
# piecewise functions blended with exact 0/1 factors, and the longer formulas
# run block by block (nx.blockwise) so their temporaries stay in cache. Each
# derivative follows autograd's convention at the kinks; the PyTorch formula
# behind every convention is recorded in tests/model/reference.py.
# --------------------------------------------------------------------------


def blend_positive(x: FloatArray, negative: FloatArray) -> FloatArray:
    """1 where x > 0, ``negative`` elsewhere, NaN at NaN: exactly, by 0/1 factors, no branch."""
    positive = nx.indicator(x, x > 0)
    negative *= 1.0 - positive
    negative += positive
    return negative


# --------------------------------------------------------------------------
# Metadata.
# --------------------------------------------------------------------------

CLASSIC = "Classic"
RECTIFIERS = "Rectifiers"
SMOOTH = "Smooth rectifiers"
HARD = "Piecewise linear"
SHRINK = "Shrinkage"
MULTICLASS = "Multi-class outputs"
GATED = "Gated linear units"

CATEGORIES: tuple[str, ...] = (CLASSIC, RECTIFIERS, SMOOTH, HARD, SHRINK, MULTICLASS, GATED)
"""Display order of the categories."""

SEED_IDS: tuple[str, ...] = ("sigmoid", "relu", "tanh", "softmax", "leaky_relu")
"""The five activations of the original lesson, shown first everywhere."""


def number_param(
    name: str, default: float, lo: float, hi: float, step: float, symbol: str, text: str
) -> Param:
    """A numeric :class:`Param` in [lo, hi] with a slider step, its symbol and tooltip text."""
    return Param(name, default, lo, hi, step, symbol=symbol, description=text)


def cases(*rows: tuple[str, str]) -> str:
    """A LaTeX ``cases`` environment from (value, condition) rows."""
    body = r" \\ ".join(f"{value} & {cond}" for value, cond in rows)
    return r"\begin{cases} " + body + r" \end{cases}"
