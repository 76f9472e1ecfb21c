"""Which activations PageDown and PageUp step through, and the teacher's remembered list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from actgui.model import ACTIVATIONS, SEED_IDS, get_activation
from actgui.ui.persistence import read_text, write_text

STEPS_KEY = "presentation/steps"
"""Settings key of the teacher's step list (activation ids, in order)."""


class StepThrough:
    """Which activation the next and previous clicks select (Qt-free).

    Parameters
    ----------
    ids
        The activation ids to step through, in order.

    Raises
    ------
    ValueError
        If the list is empty or names an unknown activation.
    """

    def __init__(self, ids: Iterable[str] = SEED_IDS) -> None:
        self._ids: tuple[str, ...] = ()
        self.set_ids(ids)

    @property
    def ids(self) -> tuple[str, ...]:
        """The list, without duplicates, in order."""
        return self._ids

    def set_ids(self, ids: Iterable[str]) -> None:
        """Replace the list (ValueError if empty or an id is unknown)."""
        unique = tuple(dict.fromkeys(get_activation(i).id for i in ids))
        if not unique:
            raise ValueError("the step list needs at least one activation")
        self._ids = unique

    def position(self, current: str) -> int | None:
        """The 0-based position of ``current`` in the list, or None if it is not in it."""
        try:
            return self._ids.index(current)
        except ValueError:
            return None

    def next(self, current: str) -> str | None:
        """The activation after ``current``; the first one if ``current`` is not in the list.

        Returns None at the end of the list: a clicker pressed once too often
        should not jump back to the start in front of the class.
        """
        index = self.position(current)
        if index is None:
            return self._ids[0]
        return self._ids[index + 1] if index + 1 < len(self._ids) else None

    def previous(self, current: str) -> str | None:
        """The activation before ``current``; the first one if ``current`` is not in the list."""
        index = self.position(current)
        if index is None:
            return self._ids[0]
        return self._ids[index - 1] if index > 0 else None


def load_steps() -> tuple[str, ...]:
    """The teacher's saved step list, or the seed's five activations."""
    ids = [part for part in read_text(STEPS_KEY).split(",") if part in ACTIVATIONS]
    return tuple(dict.fromkeys(ids)) or SEED_IDS


def save_steps(ids: Sequence[str]) -> None:
    """Remember the step list (ValueError for an unknown id or an empty list)."""
    steps = StepThrough(ids).ids
    write_text(STEPS_KEY, ",".join(steps))
