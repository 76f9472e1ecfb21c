"""Typeset every formula the model defines into ``resources/formulas/`` (SVG files and an index).

    python packaging/formulas.py           # write the bundle
    python packaging/formulas.py --check   # exit 1 if the bundle is not up to date

The app then shows the activations' formulas without loading ziamath and
its math font at start-up (see ``actgui/ui/explorer/typeset.py``). Run it
after changing a formula in ``actgui/model/activations/``; a test fails
until the bundle matches. Files of formulas that are gone are removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actgui.ui.widgets.typeset import BUNDLE_DIR, INDEX_NAME, build_bundle, model_formulas  # noqa: E402

TARGET = ROOT / "resources" / BUNDLE_DIR


def bundle_files() -> dict[str, str]:
    """{file name: content} of the bundle for the current formulas and ziamath."""
    index, files = build_bundle(model_formulas())
    files[INDEX_NAME] = json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the bundle is up to date")
    args = parser.parse_args(argv)
    files = bundle_files()
    present = {p.name: p for p in TARGET.glob("*")} if TARGET.is_dir() else {}
    stale = sorted(name for name in present if name not in files)
    changed = sorted(
        name
        for name, text in files.items()
        if name not in present or present[name].read_text(encoding="utf-8") != text
    )
    if args.check:
        if stale or changed:
            counts = f"{len(changed)} to write, {len(stale)} to remove"
            print(
                f"resources/{BUNDLE_DIR} is out of date ({counts}): run python packaging/formulas.py",
                file=sys.stderr,
            )
            return 1
        print(f"resources/{BUNDLE_DIR} is up to date ({len(files) - 1} formulas)")
        return 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for name in stale:
        present[name].unlink()
    for name in changed:
        (TARGET / name).write_text(files[name], encoding="utf-8")
    size = sum(len(text.encode("utf-8")) for text in files.values())
    counts = f"{len(changed)} written, {len(stale)} removed"
    print(f"resources/{BUNDLE_DIR}: {len(files) - 1} formulas, {size:,} bytes; {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
