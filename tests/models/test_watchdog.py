"""The watchdog stops a thread that runs a watched file's lines while its predicate holds: never otherwise, and
never inside an import, which it would leave half made for every later run."""

import sys
import threading
import types

import pytest

from models.stopping import RunStopped
from models.watchdog import Watchdog


class Stopped(RunStopped):
    pass


@pytest.fixture
def gate(monkeypatch):
    """What the spinning code says when it spins (``gate.inside``) and reads to end by itself (``gate.go``)."""
    gate = types.ModuleType("gate")
    gate.go, gate.inside = False, threading.Event()
    monkeypatch.setitem(sys.modules, "gate", gate)
    return gate


def spin(path, body: str) -> tuple[threading.Thread, dict]:
    """A thread running ``body`` compiled as ``path``'s code; what stopped it lands in the dict."""
    code = compile(body, str(path), "exec")
    told: dict = {}

    def target():
        try:
            exec(code, {})  # noqa: S102 - the test's own code
        except Stopped as stopped:
            told["stopped"] = stopped

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, told


def checked(times: int):
    """A predicate that holds (``holds``), and an event set once it has been asked ``times`` times."""
    asked, done = [], threading.Event()

    def when(holds: bool = True):
        asked.append(True)
        if len(asked) >= times:
            done.set()
        return holds

    return when, done


def test_a_spinning_thread_is_stopped_on_its_line_while_the_watch_holds(tmp_path, gate):
    path = tmp_path / "spin.py"
    thread, told = spin(path, "import gate\nwhile not gate.go:\n    pass\n")
    with Watchdog(thread.ident, {str(path)}, Stopped, when=lambda: True, every_s=0.01) as watchdog:
        thread.join(30)
    assert not thread.is_alive() and "stopped" in told
    assert watchdog.stopped_at in (2, 3)


@pytest.mark.parametrize("holds, watched", [(False, "spin.py"), (True, "another.py")],
                         ids=["the watch does not hold", "another file's lines run"])
def test_nothing_is_sent_otherwise(tmp_path, gate, holds, watched):
    thread, told = spin(tmp_path / "spin.py", "import gate\ngate.inside.set()\nwhile not gate.go:\n    pass\n")
    gate.inside.wait(30)
    when, done = checked(20)
    with Watchdog(thread.ident, {str(tmp_path / watched)}, Stopped, when=lambda: when(holds), every_s=0.01):
        done.wait(30)
    gate.go = True
    thread.join(30)
    assert "stopped" not in told and not thread.is_alive()


def test_an_import_is_never_interrupted(tmp_path, gate, monkeypatch):
    module = tmp_path / "slow_import.py"
    module.write_text("import gate\ngate.inside.set()\nwhile not gate.go:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "slow_import", raising=False)
    thread, told = spin(tmp_path / "caller.py", "import slow_import\n")
    gate.inside.wait(30)
    when, done = checked(20)
    with Watchdog(thread.ident, {str(module)}, Stopped, when=when, every_s=0.01):
        done.wait(30)  # twenty chances, while the import spins in the watched file
        gate.go = True
        thread.join(30)
    assert "stopped" not in told and "slow_import" in sys.modules  # the import ended whole, by itself
