"""Odd paths: what stands at a path decides how it is written, and only regular files are read.

No test here may replace a device node: each checks ``os.stat`` before and after,
and skips rather than risk it.
"""

import json
import os
import stat
import threading

import pytest

from app.cli import main
from app.filesystem import FileError, read_file, stream_of, write_file


def same_node(path):
    """The device and inode at ``path``, and its kind: what must be unchanged after a write."""
    info = os.stat(path, follow_symlinks=False)
    return info.st_dev, info.st_ino, stat.S_IFMT(info.st_mode)


def test_a_regular_file_is_replaced_whole(tmp_path):
    path = tmp_path / "run.csv"
    path.write_text("old")
    write_file(path, "new")
    assert path.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]  # no temporary left behind


def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path):
    write_file(tmp_path / "a.json", "{}")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(os.stat(tmp_path / "a.json").st_mode) == 0o666 & ~umask


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path):
    target = tmp_path / "elsewhere" / "notes.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "notes.json"
    link.symlink_to(target)
    write_file(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["notes.json"]


def test_a_fifo_is_written_in_place_for_its_reader(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = same_node(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    for _ in range(1000):  # the writer must find the reader there
        try:
            write_file(fifo, "step,loss\n0,1.0\n")
            break
        except FileError:
            threading.Event().wait(0.01)
    reader.join(10)
    assert received == [b"step,loss\n0,1.0\n"]
    assert same_node(fifo) == before


def test_a_fifo_nobody_reads_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = same_node(fifo)
    with pytest.raises(FileError, match="a FIFO that no program is reading"):
        write_file(fifo, "x")
    assert same_node(fifo) == before


def test_a_symlink_to_a_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    with pytest.raises(FileError, match="no program is reading"):
        write_file(link, "x")
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(FileError, match="it is a folder"):
        write_file(tmp_path, "x")


@pytest.mark.skipif(not os.access("/dev/full", os.W_OK), reason="no writable /dev/full here")
def test_a_full_disk_is_reported_as_such_and_the_device_stays(tmp_path):
    before = same_node("/dev/full")
    with pytest.raises(FileError, match="the disk is full"):
        write_file("/dev/full", "step,loss\n")
    assert same_node("/dev/full") == before


@pytest.mark.skipif(not os.access("/dev/full", os.W_OK), reason="no writable /dev/full here")
def test_the_command_line_says_the_disk_is_full_and_exits_1(capsys):
    before = same_node("/dev/full")
    assert main(["run", "numpy", "--steps", "3", "--csv", "/dev/full"]) == 1
    err = capsys.readouterr().err
    assert err == "descent-lab: Could not write /dev/full: the disk is full\n"
    assert same_node("/dev/full") == before


@pytest.mark.parametrize("name, fd", [("-", 1), ("/dev/stdout", 1), ("/dev/stderr", 2), ("/dev/fd/7", 7),
                                      ("/proc/self/fd/3", 3), ("/dev/stdoutx", None), ("out.csv", None)])
def test_streams_are_named_by_their_descriptor(name, fd):
    assert stream_of(name) == fd


def test_dash_and_dev_stdout_write_json_after_the_printed_losses(capfd):
    before = same_node("/dev/stdout") if os.path.exists("/dev/stdout") else None
    assert main(["run", "numpy", "--steps", "2", "--json", "/dev/stdout", "--csv", "-"]) == 0
    lines = capfd.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:2]] == ["0", "1"]  # the printed losses, then the files
    assert lines[2] == "step,loss" and lines[3].startswith("0,") and lines[4].startswith("1,")
    assert json.loads("\n".join(lines[5:]))["summary"]["steps_done"] == 2
    if before is not None:
        assert same_node("/dev/stdout") == before


def test_a_picture_does_not_go_to_standard_output(capsys):
    assert main(["run", "numpy", "--steps", "2", "--png", "-"]) == 2
    assert "argument --png: '-' (standard output) takes text only" in capsys.readouterr().err


def test_reading_takes_a_regular_file_and_at_most_the_limit(tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(b"x" * 10)
    assert read_file(path, 10) == b"x" * 10
    with pytest.raises(FileError, match="larger than 9 bytes"):
        read_file(path, 9)


@pytest.mark.parametrize("make, kind", [
    (lambda p: os.mkfifo(p), "a FIFO"),
    (lambda p: p.mkdir(), "a folder"),
])
def test_reading_refuses_what_is_not_a_file_at_once(tmp_path, make, kind):
    path = tmp_path / "odd"
    make(path)
    with pytest.raises(FileError, match=f"it is {kind}"):
        read_file(path, 1 << 20)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_reading_refuses_a_device(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(FileError, match="it is a device"):
        read_file(device, 1 << 20)
