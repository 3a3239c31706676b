"""`descent-lab desktop-entry`: a menu entry that starts this installation, and its icon."""

import configparser
import shlex

from PySide6.QtGui import QImage

from app.cli import desktop
from app.cli.main import main


def test_the_entry_and_icons_are_written_and_removed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry"]) == 0
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(tmp_path / "applications" / "descent-lab.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "descent-lab"
    assert shlex.split(section["Exec"]) == desktop.command()
    for size in (48, 256):
        icon = QImage(str(tmp_path / f"icons/hicolor/{size}x{size}/apps/descent-lab.png"))
        assert (icon.width(), icon.height()) == (size, size)
    assert (tmp_path / "icons/hicolor/scalable/apps/descent-lab.svg").read_text().startswith("<svg")
    assert len(capsys.readouterr().out.splitlines()) == 4

    assert main(["desktop-entry", "--remove"]) == 0
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_exec_arguments_are_quoted_as_the_specification_asks():
    assert desktop.exec_line(["/opt/descent lab/bin/python", "-m", "app"]) == '"/opt/descent lab/bin/python" -m app'
    assert desktop.exec_line(['/a"b$c']) == '"/a\\"b\\$c"'
    assert desktop.exec_line(["/x/100%"]) == "/x/100%%"
