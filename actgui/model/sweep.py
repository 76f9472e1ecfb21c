"""The values of a parameter sweep: linear steps, or logarithmic ones for parameters that span decades.

An animated figure (``actgui export --sweep``) and presentation mode's live
play control step a parameter from one value to another. Frame ``k`` of
``n`` shows the ``k``-th value of :func:`sweep_values`; both ends are exact.
"""

from __future__ import annotations

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.refusal import Refusal

DECADES_RATIO = 100.0
"""A parameter whose allowed range is positive and spans this ratio or more
(two decades: the softmax temperature's 0.05 to 20, the weight scale's 0.1 to
100) is swept in logarithmic steps; every other one in linear steps."""


def spans_decades(low: float, high: float) -> bool:
    """Whether a parameter allowed in [low, high] is swept in logarithmic steps.

    True when ``0 < low`` and ``high / low >= DECADES_RATIO``: equal ratios
    then look like equal changes (a temperature from 0.1 to 1 matters as
    much as from 1 to 10).
    """
    return bool(low > 0.0 and high > 0.0 and high / low >= DECADES_RATIO)


def sweep_values(start: float, stop: float, frames: int, log: bool = False) -> FloatArray:
    """The ``frames`` values from ``start`` to ``stop``, both ends exact.

    Parameters
    ----------
    start, stop
        The first and last values (``stop`` may be below ``start``).
    frames
        How many values, at least 2.
    log
        Geometric steps (equal ratios) instead of equal differences; both
        ends must then be positive.

    Raises
    ------
    Refusal
        ``sweep_frames`` for fewer than 2 frames, ``sweep_ends`` for a
        non-finite end, ``sweep_log_ends`` for a logarithmic sweep through
        a value that is not positive (a ValueError).
    """
    if frames < 2:
        raise Refusal("sweep_frames", frames=frames)
    if not (np.isfinite(start) and np.isfinite(stop)):
        raise Refusal("sweep_ends", start=f"{start:g}", stop=f"{stop:g}")
    if log:
        if start <= 0.0 or stop <= 0.0:
            raise Refusal("sweep_log_ends", start=f"{start:g}", stop=f"{stop:g}")
        values = np.geomspace(start, stop, frames)
    else:
        values = np.linspace(start, stop, frames)
    values[0], values[-1] = start, stop
    return values


def bounce_order(frames: int, bounce: bool) -> list[int]:
    """The order the frames are shown in: forward, then (with ``bounce``) back to the first.

    ``bounce_order(4, True)`` is ``[0, 1, 2, 3, 2, 1, 0]``: a video that
    does not loop ends where it began, and the turning frame is shown once.
    """
    forward = list(range(frames))
    return forward + forward[-2::-1] if bounce else forward
