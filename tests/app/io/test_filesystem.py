"""Odd paths: what stands at a path decides how it is written, and only regular files are read.

No test here may replace a device node: each checks ``os.stat`` before and after,
and skips rather than risk it. Under mutmut the code that writes is itself mutated,
so the tests that write to a device write to a node of their own (``device``).
"""

import errno
import json
import os
import stat
import threading

import pytest

from app.cli.main import main
from app.io.filesystem import FileError, produced, read_file, stream_of, write_file
from tests.app.cli.headless import window_never_opens  # noqa: F401 (autouse)
from tests.budget import UNDER_MUTMUT


def same_node(path):
    """The device and inode at ``path``, and its kind: what must be unchanged after a write."""
    info = os.stat(path, follow_symlinks=False)
    return info.st_dev, info.st_ino, stat.S_IFMT(info.st_mode)


@pytest.fixture
def device(tmp_path):
    """``device("null")``: /dev/null to write to, or under mutmut a node of the same device of the test's own.

    A mutant of write_file that renames its temporary file over whatever stands at the
    path replaced this machine's /dev/null with a regular file once. Under mutmut the
    tests write to a node made with mknod in their temporary folder, and are skipped
    where that is not allowed; the real device is never risked.
    """
    def make(name):
        real = f"/dev/{name}"
        if not os.access(real, os.W_OK):
            pytest.skip(f"no writable {real} here")
        if not UNDER_MUTMUT:
            return real
        node = tmp_path / name
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.stat(real).st_rdev)
            os.close(os.open(node, os.O_WRONLY))
        except OSError as error:
            pytest.skip(f"no node of {real} of the test's own ({error.strerror}); the real one is not risked")
        return str(node)

    return make


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


def test_a_full_disk_is_reported_as_such_and_the_device_stays(device):
    full = device("full")
    before = same_node(full)
    with pytest.raises(FileError, match="the disk is full"):
        write_file(full, "step,loss\n")
    assert same_node(full) == before


def test_the_command_line_says_the_disk_is_full_and_exits_1(device, capsys):
    full = device("full")
    before = same_node(full)
    assert main(["run", "numpy", "--steps", "3", "--csv", full]) == 1
    err = capsys.readouterr().err
    assert err == f"descent-lab: Could not write {full}: the disk is full\n"
    assert same_node(full) == before


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


# What a failure says, and what it leaves behind


def failure(call, *args) -> str:
    with pytest.raises(FileError) as failed:
        call(*args)
    return str(failed.value)


def test_text_is_written_as_utf8_and_the_path_is_returned(tmp_path):
    path = tmp_path / "notes.txt"
    assert write_file(path, "é\n") == path
    assert path.read_bytes() == b"\xc3\xa9\n"
    assert write_file(path, b"\xff") == path and path.read_bytes() == b"\xff"


def test_a_stream_is_named_as_given(capfd):
    assert write_file("-", "x\n") == "-"
    assert write_file("/dev/stderr", "y\n") == "/dev/stderr"
    assert capfd.readouterr() == ("x\n", "y\n")


def test_what_was_printed_before_comes_first_on_either_stream(capfd):
    import sys

    print("printed", end=" ")
    print("warned", end=" ", file=sys.stderr)
    write_file("-", "written\n")
    write_file("/dev/stderr", "written\n")
    assert capfd.readouterr() == ("printed written\n", "warned written\n")


def test_a_closed_stream_is_named():
    assert failure(write_file, "/dev/fd/99", "x") == "Could not write to /dev/fd/99: Bad file descriptor"


def test_a_missing_folder_is_named(tmp_path):
    path = tmp_path / "missing" / "run.csv"
    assert failure(write_file, path, "x") == f"Could not write {path}: No such file or directory"


def test_a_path_through_a_file_is_named(tmp_path):
    (tmp_path / "notes").write_text("x")
    path = tmp_path / "notes" / "run.csv"
    assert failure(write_file, path, "x") == f"Could not write {path}: Not a directory"


def test_a_folder_is_named(tmp_path):
    assert failure(write_file, tmp_path, "x") == f"Could not write {tmp_path}: it is a folder"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "run.csv"
    path.write_text("old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert failure(write_file, path, "new") == f"Could not write {path}: the disk is full"
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]


def test_an_error_without_a_reason_is_said_as_python_says_it(tmp_path, monkeypatch):
    def broken(fd):
        raise OSError("the cable is out")

    monkeypatch.setattr(os, "fsync", broken)
    assert failure(write_file, tmp_path / "a", "x") == f"Could not write {tmp_path / 'a'}: the cable is out"


def test_the_temporary_file_is_hidden_beside_the_target(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def replace(source, target):
        seen.append((os.path.dirname(source), os.path.basename(source)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    write_file(tmp_path / "run.csv", "x")
    (folder, name), = seen
    assert folder == str(tmp_path) and name.startswith(".run.csv.") and name.endswith(".part")


def test_an_existing_file_keeps_its_mode(tmp_path):
    path = tmp_path / "run.csv"
    path.write_text("old")
    path.chmod(0o640)
    write_file(path, "new")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


@pytest.mark.parametrize("umask", [0o027, 0o077, 0o002])
def test_a_new_file_follows_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_file(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "a.json").st_mode) == 0o666 & ~umask


def test_a_device_is_written_in_place_and_stays(device):
    null = device("null")
    before = same_node(null)
    assert str(write_file(null, "x")) == null
    assert same_node(null) == before


def test_a_reader_sets_the_pace_of_a_large_write_to_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = bytes(range(256)) * 4096  # 1 MB: far more than a pipe holds at once
    received = []

    def read_slowly():
        with open(fifo, "rb") as pipe:
            chunks = []
            while chunk := pipe.read(4096):
                chunks.append(chunk)
            received.append(b"".join(chunks))

    reader = threading.Thread(target=read_slowly)
    reader.start()
    for _ in range(1000):  # the writer must find the reader there
        try:
            write_file(fifo, data)
            break
        except FileError as error:
            assert "no program is reading" in str(error)
            threading.Event().wait(0.01)
    reader.join(10)
    assert received == [data]


def test_reading_names_what_stands_there(tmp_path):
    import socket

    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        assert failure(read_file, path, 10) == f"Could not open {path}: No such device or address"
    finally:
        server.close()
    assert failure(read_file, "/dev/null", 10) == "Could not open /dev/null: it is a device, not a file"
    assert failure(read_file, tmp_path, 10) == f"Could not open {tmp_path}: it is a folder, not a file"
    assert failure(read_file, tmp_path / "gone", 10) == f"Could not open {tmp_path / 'gone'}: No such file or directory"


@pytest.mark.parametrize("mode, kind", [
    (stat.S_IFDIR, "a folder"), (stat.S_IFIFO, "a FIFO (named pipe)"), (stat.S_IFCHR, "a device"),
    (stat.S_IFBLK, "a device"), (stat.S_IFSOCK, "a socket"), (stat.S_IFLNK, "not a regular file"),
])
def test_each_kind_of_file_is_named(mode, kind):
    from app.io.filesystem import kind_of

    assert kind_of(mode | 0o644) == kind


@pytest.mark.parametrize("size, limit, said", [
    (1025, 1024, "1 KB"), (2048, 2047, "1 KB"), (1024, 1023, "1023 bytes"),
    ((1 << 20) + 1, 1 << 20, "1 MB"), (3 << 20, (2 << 20) + 5, "2 MB"),
])
def test_a_file_over_the_limit_is_refused_with_the_limit_in_words(tmp_path, size, limit, said):
    path = tmp_path / "big"
    path.write_bytes(b"x" * size)
    assert failure(read_file, path, limit) == f"Could not open {path}: it is larger than {said}"
    assert read_file(path, size) == b"x" * size


def test_a_file_that_grows_after_it_was_measured_is_refused(tmp_path, monkeypatch):
    import app.io.filesystem

    path = tmp_path / "growing"
    path.write_bytes(b"x" * 10)
    measured = os.stat(path)
    path.write_bytes(b"x" * 20)
    monkeypatch.setattr(app.io.filesystem.os, "fstat", lambda fd: measured)
    assert failure(read_file, path, 15) == f"Could not open {path}: it is larger than 15 bytes"


def test_a_read_that_fails_is_named(tmp_path, monkeypatch):
    import app.io.filesystem

    path = tmp_path / "s.json"
    path.write_text("{}")

    def broken(fd, mode):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(app.io.filesystem.os, "fdopen", broken)
    assert failure(read_file, path, 10) == f"Could not read {path}: Input/output error"


@pytest.fixture
def refused_open(monkeypatch):
    """Make opening one path fail with an errno, as a device with nothing behind it or a denied FIFO would."""
    real_open = os.open

    def refuse(path, code):
        def fake_open(target, *args, **kwargs):
            if os.fspath(target) == os.fspath(path):
                raise OSError(code, os.strerror(code))
            return real_open(target, *args, **kwargs)

        monkeypatch.setattr(os, "open", fake_open)

    return refuse


def test_a_device_with_nothing_behind_it_is_not_called_a_fifo(device, refused_open):
    # /dev/tty without a controlling terminal (a cron job, CI) answers ENXIO, as a FIFO nobody reads does
    null = device("null")
    refused_open(null, errno.ENXIO)
    assert failure(write_file, null, "x") == f"Could not write {null}: No such device or address"


def test_a_fifo_that_may_not_be_opened_says_why(tmp_path, refused_open):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused_open(fifo, errno.EACCES)
    assert failure(write_file, fifo, "x") == f"Could not write {fifo}: Permission denied"


def test_without_proc_a_new_file_is_made_as_under_the_usual_umask(tmp_path, monkeypatch):
    # macOS and the BSDs have no /proc/self/status: the umask is not set to be read (a race with
    # other threads); the usual 022 is assumed
    import builtins

    import app.io.filesystem

    real_open = builtins.open

    def no_proc(file, *args, **kwargs):
        if str(file).startswith("/proc/"):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(app.io.filesystem, "open", no_proc, raising=False)
    old = os.umask(0o077)
    try:
        write_file(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "a.json").st_mode) == 0o644


# A file a program writes by its name (ffmpeg, Pillow): filesystem.produced


def test_a_produced_file_is_written_beside_synced_and_renamed_into_place(tmp_path, monkeypatch):
    path = tmp_path / "run.gif"
    path.write_bytes(b"old")
    path.chmod(0o640)
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    with produced(path) as partial:
        assert partial.parent == tmp_path and partial.name.startswith(".run.gif.") and partial.name.endswith(".part")
        partial.write_bytes(b"new")  # as ffmpeg would: by its name
        assert path.read_bytes() == b"old"
    assert path.read_bytes() == b"new" and synced
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["run.gif"]


def test_a_new_produced_file_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        with produced(tmp_path / "run.gif") as partial:
            partial.write_bytes(b"GIF")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "run.gif").st_mode) == 0o640


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()])
def test_a_producer_that_fails_or_is_interrupted_leaves_nothing_and_the_old_file(failure, tmp_path):
    path = tmp_path / "run.gif"
    path.write_bytes(b"old")
    with pytest.raises(type(failure)):
        with produced(path) as partial:
            partial.write_bytes(b"half")
            raise failure
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["run.gif"]


def test_a_produced_file_follows_a_link_which_stays(tmp_path):
    target = tmp_path / "elsewhere" / "run.gif"
    target.parent.mkdir()
    link = tmp_path / "run.gif"
    link.symlink_to(target)  # dangling: the target is made
    with produced(link) as partial:
        assert partial.parent == target.parent
        partial.write_bytes(b"GIF")
    assert link.is_symlink() and target.read_bytes() == b"GIF"


def test_a_produced_file_is_copied_into_a_fifo_for_its_reader(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    data = bytes(range(256)) * 8192  # 2 MB: more than one chunk, and than a pipe holds
    for _ in range(1000):  # the writer must find the reader there
        try:
            with produced(fifo) as partial:
                assert partial.parent != tmp_path  # never beside a FIFO or a device
                partial.write_bytes(data)
            break
        except FileError as error:
            assert "no program is reading" in str(error)
            threading.Event().wait(0.01)
    reader.join(60)
    assert received == [data] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not partial.exists()


def test_a_folder_or_a_stream_cannot_take_a_produced_file(tmp_path):
    with pytest.raises(FileError, match="it is a folder"):
        with produced(tmp_path):
            pass
    with pytest.raises(FileError, match="a stream takes text only"):
        with produced("-"):
            pass
