"""The architecture holds: the model needs no Qt, database or spreadsheet library."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCKER = """
import importlib.abc, sys
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6', 'sqlalchemy', 'openpyxl',
                                  'matplotlib', 'python_calamine'}:
            raise ImportError('blocked for this test: ' + name)
sys.meta_path.insert(0, Refuse())
import pkgutil, importlib, journeymap.model as model
for info in pkgutil.walk_packages(model.__path__, 'journeymap.model.'):
    importlib.import_module(info.name)
print('imported', len(list(pkgutil.walk_packages(model.__path__))))
"""


def test_model_imports_where_qt_sqlalchemy_and_openpyxl_cannot_be_imported():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported")


def test_import_linter_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_ruff_finds_nothing_to_complain_about():
    ruff = Path(sys.executable).with_name("ruff")
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [str(ruff), *args], capture_output=True, text=True, cwd=ROOT, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


STARTUP = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journeymap.ui.main_window import MainWindow
window = MainWindow("en")
window.show()
# not a wait: a script in a child process, run the first round of events so whatever the
# shown window loads lazily (first paint, start-up timers) is loaded before we look
app.processEvents()
print(sorted(m for m in ("matplotlib", "sqlalchemy", "openpyxl", "networkx") if m in sys.modules))
"""


def test_the_window_opens_without_loading_the_heavy_libraries():
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                            cwd=ROOT, env=env, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
