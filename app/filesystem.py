"""Writing and reading the files a user names, whatever stands at the path.

Writes replace a regular file whole or not at all: a temporary file beside it,
synced, then renamed over it. Anything else at the path is never renamed over:

- ``-``, ``/dev/stdout`` and ``/dev/stderr`` (and ``/dev/fd/N``) write to that
  open stream, where the shell pointed it;
- a FIFO or a device is written directly, in one pass (refused at once when no
  program is reading a FIFO, rather than waiting for one);
- a symbolic link is followed: the temporary file and the rename happen beside
  its target, and the link stays a link.

Reads take regular files only, and at most a given number of bytes, so nothing
a user names can block the window or fill its memory.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

STDOUT = "-"
_STREAM = re.compile(r"^/(?:dev/(?:std(?P<name>out|err)|fd/(?P<fd>\d+))|proc/self/fd/(?P<proc>\d+))$")
_UMASK_BITS = 0o022  # when the process's umask cannot be read without changing it


class FileError(OSError):
    """A file that could not be written or read; the message says which and why, for the user."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def stream_of(path: str | os.PathLike) -> int | None:
    """The file descriptor ``path`` names (``-``, /dev/stdout, /dev/fd/N), or None for a real path."""
    text = os.fspath(path)
    if text == STDOUT:
        return 1
    match = _STREAM.match(text)
    if match is None:
        return None
    if match["name"]:
        return 1 if match["name"] == "out" else 2
    return int(match["fd"] or match["proc"])


def write_file(path: str | os.PathLike, data: bytes | str) -> str | Path:
    """Write ``data`` to what ``path`` names, as the module says; FileError explains a failure."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd = stream_of(path)
    if fd is not None:
        _write_to_stream(fd, data, os.fspath(path))
        return os.fspath(path)
    path = Path(path)
    try:
        mode = os.stat(path).st_mode  # follows links: what the data would land in
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise FileError(f"Could not write {path}: {_reason(error)}") from error
    if mode is not None and stat.S_ISDIR(mode):
        raise FileError(f"Could not write {path}: it is a folder")
    if mode is not None and not stat.S_ISREG(mode):
        _write_in_place(path, data, mode)
        return path
    _replace_whole(Path(os.path.realpath(path)) if path.is_symlink() else path, data)
    return path


def read_file(path: str | os.PathLike, limit: int) -> bytes:
    """A regular file's bytes, at most ``limit`` of them; FileError for anything else or more."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the open
    except OSError as error:
        raise FileError(f"Could not open {path}: {_reason(error)}") from error
    try:
        refusal = refusal_to_read(os.fstat(fd), limit)
        if refusal is None:
            with os.fdopen(os.dup(fd), "rb") as file:
                data = file.read(limit + 1)  # the size can grow after fstat: read one byte more to know
            if len(data) > limit:
                refusal = f"it is larger than {_size(limit)}"
    except OSError as error:
        raise FileError(f"Could not read {path}: {_reason(error)}") from error
    finally:
        os.close(fd)
    if refusal is not None:
        raise FileError(f"Could not open {path}: {refusal}")
    return data


def refusal_to_read(info: os.stat_result, limit: int) -> str | None:
    """Why a file with this ``stat`` is not read as one of at most ``limit`` bytes, or None."""
    if not stat.S_ISREG(info.st_mode):
        return f"it is {kind_of(info.st_mode)}, not a file"
    if info.st_size > limit:
        return f"it is larger than {_size(limit)}"
    return None


def _write_to_stream(fd: int, data: bytes, name: str) -> None:
    for stream in (sys.stdout, sys.stderr):  # what was printed before comes first
        stream.flush()
    try:
        _write_all(fd, data)
    except OSError as error:
        raise FileError(f"Could not write to {name}: {_reason(error)}") from error


def _write_in_place(path: Path, data: bytes, mode: int) -> None:
    """A FIFO or a device: opened without creating or truncating anything, written in one pass."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO and stat.S_ISFIFO(mode):  # a FIFO nobody reads: writing would wait for ever
            raise FileError(f"Could not write {path}: it is a FIFO that no program is reading") from error
        raise FileError(f"Could not write {path}: {_reason(error)}") from error
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)  # a reader sets the pace
        _write_all(fd, data)
    except OSError as error:
        raise FileError(f"Could not write {path}: {_reason(error)}") from error
    finally:
        os.close(fd)


def _replace_whole(path: Path, data: bytes) -> None:
    """A temporary file beside ``path``, synced, renamed over it: a failure leaves nothing half-written."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise FileError(f"Could not write {path}: {_reason(error)}") from error
    try:
        with os.fdopen(fd, "wb") as file:
            _write_all(file.fileno(), data)
            os.fsync(file.fileno())
        os.chmod(tmp, _new_file_mode(path))
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise FileError(f"Could not write {path}: {_reason(error)}") from error


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _new_file_mode(path: Path) -> int:
    """The mode a file made with ``open`` would get: an existing file's own, else 0o666 less the umask.

    mkstemp makes its file 0o600. The umask is read from /proc where it can be:
    setting it to read it (the only portable way) would race with any thread
    creating files meanwhile.
    """
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        pass
    try:
        with open("/proc/self/status") as status:
            umask = next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError):
        umask = _UMASK_BITS
    return 0o666 & ~umask


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    return error.strerror or str(error)


def _size(n: int) -> str:
    return f"{n // (1 << 20)} MB" if n >= 1 << 20 else f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"
