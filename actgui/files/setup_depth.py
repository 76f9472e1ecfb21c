"""The depth lab's group of a setup file: checked value by value on a scratch state.

Like the other groups (:mod:`.setup_groups`), every value's JSON type is
checked first and then handed to the setter of a fresh
:class:`~actgui.state.depth.DepthState`, so a value the page would refuse is
refused here, naming its path, before anything is applied. Unknown keys are
listed in ``ignored``. Qt-free.
"""

from __future__ import annotations

from typing import Any

from actgui.files.setup_checks import SetupFileError, accepted, integer, known_keys, number, obj, string
from actgui.files.setup_groups import activation_id_of, params_of
from actgui.state.depth import PRESETS, DepthState

DEPTH_KEYS = (
    "activation",
    "params",
    "depth",
    "width",
    "samples",
    "init",
    "weight_std",
    "bias_std",
    "seed",
    "histogram",
    "histogram_style",
    "preset",
)
SEED_LIMIT = 2**31
"""Seeds of the depth lab's random networks are in [0, 2**31)."""


def check_depth(group: Any, ignored: list[str], where: str = "depth") -> dict[str, Any]:
    """The depth lab's group: activation and parameters, sizes, initialisation, histogram, preset."""
    values = obj(group, where)
    known_keys(values, where, DEPTH_KEYS, ignored)
    state = DepthState()
    if "activation" in values:
        path = f"{where}.activation"
        accepted(path, state.set_activation, activation_id_of(values["activation"], path))
    if "params" in values:
        path = f"{where}.params"
        accepted(path, state.set_params, params_of(values["params"], path, state.activation.id, ignored))
    for key in ("depth", "width", "samples"):
        if key in values:
            path = f"{where}.{key}"
            accepted(path, state.set_sizes, **{key: integer(values[key], path)})
    init = None
    if "init" in values:
        path = f"{where}.init"
        init = string(values["init"], path)
        if init != "custom":
            accepted(path, state.set_init, init)
    for key, setter in (("weight_std", state.set_weight_std), ("bias_std", state.set_bias_std)):
        if key in values:
            path = f"{where}.{key}"
            accepted(path, setter, number(values[key], path))
    if init is not None:
        state.init = init  # a preset init with its sigma_w edited afterwards reads "custom"
    if "seed" in values:
        path = f"{where}.seed"
        seed = integer(values["seed"], path)
        if not 0 <= seed < SEED_LIMIT:
            raise SetupFileError(
                f"{path}: the seed must be in [0, {SEED_LIMIT - 1}], got {seed}",
                "setup_value",
                where=path,
                reason=f"the seed must be in [0, {SEED_LIMIT - 1}], got {seed}",
            )
        state.seed = seed
    if "histogram" in values or "histogram_style" in values:
        kind = string(values["histogram"], f"{where}.histogram") if "histogram" in values else None
        style = (
            string(values["histogram_style"], f"{where}.histogram_style")
            if "histogram_style" in values
            else None
        )
        accepted(f"{where}.histogram", state.set_histogram, kind, style)
    if "preset" in values:
        preset = string(values["preset"], f"{where}.preset")
        if preset in PRESETS or preset == "":
            state.preset = preset
        else:  # an experiment of a newer actgui: the settings themselves still open
            ignored.append(f"{where}.preset={preset}")
    return state.settings()
