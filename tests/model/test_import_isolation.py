import subprocess
import sys


def test_model_imports_no_qt():
    code = (
        "import sys, actgui.model, actgui.state; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6')]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"Qt modules imported by actgui.model: {proc.stdout}{proc.stderr}"


def test_every_model_module_imports_no_qt():
    code = (
        "import importlib, pkgutil, sys, actgui.model; "
        "names = [m.name for m in pkgutil.walk_packages(actgui.model.__path__, 'actgui.model.')]; "
        "[importlib.import_module(name) for name in names]; "
        "assert {'actgui.model.training', 'actgui.model.activations.softmax'} <= set(sys.modules); "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6')]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"Qt imported by a module of actgui.model: {proc.stdout}{proc.stderr}"
