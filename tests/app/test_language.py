"""The class's language: chosen by the system's locale, the View menu (for the next start) or --lang; the
window and the command line speak it, and write numbers as it does where a person reads them, while files
and printed losses keep the notebook's own digits."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import app.gui.launch
from app import language
from app.cli import main
from app.gui.settings import remembered_language
from models import RunConfig
from widgets.words import fixed, number, whole

SMALL = {"N": 8, "D_in": 10, "H": 5, "D_out": 2}


@pytest.fixture
def german(qapp):
    """German for what is made after it; English again at the end."""
    language.use("de")
    yield
    language.use("en")


@pytest.fixture(autouse=True)
def english_at_the_end():
    yield
    language.use("en")


def test_numbers_follow_the_language_where_a_person_reads_them(qapp):
    assert (whole(1000), number(0.4213, 2), fixed(1234.5, 1)) == ("1,000", "0.42", "1,234.5")
    language.use("de")
    assert (whole(1000), number(0.4213, 2), fixed(1234.5, 1)) == ("1.000", "0,42", "1.234,5")
    language.use("fr")
    assert (whole(1000), number(0.4213, 2)) == ("1\u202f000", "0,42")


def test_the_window_speaks_german_and_writes_its_numbers_in_german(german, ui):
    assert ui.menu_titles == ["&Datei", "&Lauf", "&Variante", "&Ansicht"]
    ui.show_config(RunConfig.for_variant("numpy", steps=1000, **SMALL))
    ui.pace(None)
    ui.start()
    ui.run_to_end()
    loss = float(ui.trainer.history.losses[-1])
    assert ui.status("step") == "Schritt 1.000 / 1.000"
    assert ui.status("loss") == "Verlust " + f"{loss:.6g}".replace(".", ",")
    assert ui.message == "Lauf beendet"
    ui.describe_now()
    described = ui.loss_plot.accessibleDescription()
    assert described.startswith("numpy, Schritt 1000 von 1000, Verlust ")
    assert f"{loss:.3g}".replace(".", ",") in described


def test_the_view_menu_remembers_a_language_for_the_next_start_and_says_so_in_it(ui, capsys, monkeypatch):
    assert list(ui.language_actions) == ["", "en", "de", "fr"] and ui.language_actions[""].isChecked()
    ui.language_actions["fr"].trigger()
    assert ui.message == "Français au prochain démarrage : fermez l’application et rouvrez-la."
    assert remembered_language() == "fr" and ui.language_actions["fr"].isChecked()
    # The next start speaks it: here one without a display, which says so in French
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert app.gui.launch.launch() == 1
    assert capsys.readouterr().err.startswith("descent-lab : aucun écran où ouvrir la fenêtre")
    ui.language_actions[""].trigger()
    assert remembered_language() is None


def test_lang_on_the_command_line_speaks_before_or_after_the_command(capsys):
    assert main(["--lang", "de", "run", "numpy", "--steps", "0"]) == 2
    assert capsys.readouterr().err == ("descent-lab: Fehler: Argument --steps: '0' ist nicht erlaubt: eine ganze Zahl "
                                       "von 1 bis 100000000\n")
    assert main(["run", "numpy", "--steps", "0", "--lang=fr"]) == 2
    assert "n’est pas autorisé : un nombre entier de 1 à" in capsys.readouterr().err


def test_a_language_the_app_does_not_speak_is_refused_in_one_sentence(capsys):
    assert main(["--lang", "xx", "run", "numpy"]) == 2
    assert capsys.readouterr().err == ("descent-lab: error: argument --lang: 'xx' is not allowed: one of en (English), "
                                       "de (Deutsch), fr (Français)\n")


def test_printed_losses_csv_and_json_keep_the_notebooks_digits_in_any_language(tmp_path, capsys):
    said = {}
    for code in ("en", "de"):
        out = tmp_path / code
        out.mkdir()
        assert main(["--lang", code, "run", "dynamic", "--steps", "1000", "--N", "8", "--D-in", "10", "--H", "5",
                     "--D-out", "2", "--csv", str(out / "run.csv"), "--json", str(out / "run.json")]) == 0
        summary = json.loads((out / "run.json").read_text())
        for timing in ("wall_s", "steps_per_s"):  # the clock's, not the run's
            del summary["summary"][timing]
        said[code] = capsys.readouterr().out, (out / "run.csv").read_text(), summary
    assert said["de"] == said["en"]
    printed, csv, _ = said["de"]
    assert "," not in printed and "." in printed.splitlines()[-1]
    assert csv.splitlines()[1].count(",") == csv.splitlines()[0].count(",")  # commas part columns, never digits


@pytest.mark.process
@pytest.mark.parametrize(("locale", "refusal"), [("de_DE.UTF-8", "ist nicht erlaubt"),
                                                 ("fr_FR.UTF-8", "n’est pas autorisé"),
                                                 ("es_ES.UTF-8", "is not allowed")])
def test_the_language_follows_the_systems_locale(locale, refusal):
    """A locale the app has no translation for (Spanish) speaks English."""
    env = {**os.environ, "LC_ALL": locale, "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-m", "app", "run", "numpy", "--steps", "0"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and refusal in done.stderr


@pytest.mark.parametrize(("environment", "english"), [
    ({}, True),
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "C.UTF-8"}, True),
    ({"LANGUAGE": "en_US:en", "LANG": "POSIX"}, True),
    ({"LANG": "de_DE.UTF-8"}, False),
    ({"LANGUAGE": "en:fr", "LANG": "en_US.UTF-8"}, False),  # French after English: Qt decides
    ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"}, False),  # English words, German numbers
])
def test_an_environment_speaks_english_only_when_every_variable_qt_reads_does(monkeypatch, environment, english):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert language.english_environment() is english


@pytest.mark.process
@pytest.mark.parametrize(("locale", "qt_loaded"), [("C.UTF-8", False), ("de_DE.UTF-8", True)])
def test_the_command_lines_run_loads_qt_only_for_a_language_that_needs_it(locale, qt_loaded):
    """Loaded before torch, Qt's import hook slows torch's import by a fifth of a second."""
    env = {**os.environ, "LC_ALL": locale, "LANGUAGE": ""}
    check = ("import sys; from app.cli import main; main(['run', 'numpy', '--steps', '1']); "
             "print('Qt', 'PySide6.QtCore' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"Qt {qt_loaded}"
