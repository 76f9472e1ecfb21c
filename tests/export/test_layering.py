"""The export, files and command-line packages import in one direction: no cycle, not even a local one."""

from __future__ import annotations

import grimp

from ..test_architecture import _cycles

MINE = ("actgui.export", "actgui.files", "actgui.cli")


def test_no_import_cycle_touches_export_files_or_cli() -> None:
    graph = grimp.build_graph("actgui", cache_dir=None)
    for module in list(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith(module + "."):
                graph.remove_import(importer=module, imported=imported)
    touching = [cycle for cycle in _cycles(graph) if any(m.startswith(MINE) for m in cycle)]
    assert touching == []


def test_the_dialog_and_the_clipboard_share_the_options_module() -> None:
    graph = grimp.build_graph("actgui", cache_dir=None)
    assert not graph.direct_import_exists(importer="actgui.export.clipboard", imported="actgui.export.dialog")
    assert graph.direct_import_exists(importer="actgui.export.dialog", imported="actgui.export.clipboard")
    assert not graph.chain_exists(importer="actgui.export.options", imported="actgui.export.dialog")
    assert graph.direct_import_exists(importer="actgui.export.clipboard", imported="actgui.export.options")
    assert graph.direct_import_exists(importer="actgui.export.dialog", imported="actgui.export.options")
