"""Writing and reading the files a user names, whatever stands at the path.

Writes replace a regular file whole or not at all: a temporary file beside it,
synced, then renamed over it. Anything else at the path is never renamed over:

- ``-``, ``/dev/stdout`` and ``/dev/stderr`` (and ``/dev/fd/N``) write to that
  open stream, where the shell pointed it;
- a FIFO or a device is written directly, in one pass (refused at once when no
  program is reading a FIFO, rather than waiting for one);
- a symbolic link is followed: the temporary file and the rename happen beside
  its target, and the link stays a link.

A program that writes a file by its name (ffmpeg, Pillow) writes it the same way
through ``produced``: to a temporary name beside the destination, put in place when
it is done. ``refusal_to_write`` says, before anything runs, why a path could not be
written. A partial file never outlives a failure, nor Ctrl+C or SIGTERM (``interrupt``).

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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.language import translate

from . import signals

STDOUT = "-"
_STREAM = re.compile(r"^/(?:dev/(?:std(?P<name>out|err)|fd/(?P<fd>\d+))|proc/self/fd/(?P<proc>\d+))$")
_UMASK_BITS = 0o022  # when the process's umask cannot be read without changing it
_CHUNK = 1 << 20  # a finished file is copied into a FIFO or a device this much at a time


class FileError(OSError):
    """A file that could not be written or read; the message says which and why, for the user."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return translate("Files", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("Files", "a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Files", "a device")
    if stat.S_ISSOCK(mode):
        return translate("Files", "a socket")
    return translate("Files", "not a regular file")


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
    mode = _in_place_mode(path)
    if mode is not None:
        _write_in_place(path, [data], mode)
        return path
    _replace_whole(Path(os.path.realpath(path)) if path.is_symlink() else path, data)
    return path


def refusal_to_write(path: str | os.PathLike, *, text: bool) -> str | None:
    """Why ``path`` could not be written, said before anything runs, or None (see ``write_file``).

    ``text``: what would be written is text, which a stream such as ``-`` takes. A FIFO
    nobody reads is found only when written: opening it to ask would end its reader's input.
    """
    if stream_of(path) is not None:
        return None if text else "'-' (standard output) takes text only; give a file name"
    path = Path(path)
    if path.is_dir():
        return translate("Files", "{value} is a folder, not a file").format(value=repr(str(path)))
    if path.exists() and not path.is_file():  # a FIFO or a device: written in place
        said = translate("Files", "{value} is not writable")
        return None if os.access(path, os.W_OK) else said.format(value=repr(str(path)))
    folder = Path(os.path.realpath(path)).parent if path.is_symlink() else path.parent
    if not folder.is_dir():
        return translate("Files", "the folder {value} does not exist").format(value=repr(str(folder)))
    if not os.access(folder, os.W_OK):
        return translate("Files", "the folder {value} is not writable").format(value=repr(str(folder)))
    return None


@contextmanager
def produced(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path for a program that writes a file by its name, put in place as ``write_file``
    puts data when the block ends: synced and renamed over a regular file (beside a link's target:
    the link stays), or copied in one pass into a FIFO or a device (from a temporary file in the
    system's temporary folder). An exception in the block, an interruption included, leaves nothing.
    """
    if stream_of(path) is not None:
        said = translate("Files", "Could not write {value}: a stream takes text only")
        raise FileError(said.format(value=os.fspath(path)))
    path = Path(path)
    mode = _in_place_mode(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = Path(tempfile.gettempdir()) if mode is not None else target.parent
    with _partial(folder, target) as partial:
        yield partial
        try:
            if mode is not None:
                with open(partial, "rb") as file:
                    _write_in_place(path, iter(lambda: file.read(_CHUNK), b""), mode)
                return
            with open(partial, "rb+") as file:
                os.fsync(file.fileno())
            os.chmod(partial, _new_file_mode(target))
            os.replace(partial, target)
        except OSError as error:
            if isinstance(error, FileError):
                raise
            said = translate("Files", "Could not write {path}: {value}")
            raise FileError(said.format(path=path, value=_reason(error))) from error


def read_file(path: str | os.PathLike, limit: int) -> bytes:
    """A regular file's bytes, at most ``limit`` of them; FileError for anything else or more."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the open
    except OSError as error:
        said = translate("Files", "Could not open {path}: {value}")
        raise FileError(said.format(path=path, value=_reason(error))) from error
    try:
        refusal = refusal_to_read(os.fstat(fd), limit)
        if refusal is None:
            with os.fdopen(os.dup(fd), "rb") as file:
                data = file.read(limit + 1)  # the size can grow after fstat: read one byte more to know
            if len(data) > limit:
                refusal = translate("Files", "it is larger than {value}").format(value=_size(limit))
    except OSError as error:
        said = translate("Files", "Could not read {path}: {value}")
        raise FileError(said.format(path=path, value=_reason(error))) from error
    finally:
        os.close(fd)
    if refusal is not None:
        raise FileError(translate("Files", "Could not open {path}: {refusal}").format(path=path, refusal=refusal))
    return data


def refusal_to_read(info: os.stat_result, limit: int) -> str | None:
    """Why a file with this ``stat`` is not read as one of at most ``limit`` bytes, or None."""
    if not stat.S_ISREG(info.st_mode):
        return translate("Files", "it is {value}, not a file").format(value=kind_of(info.st_mode))
    if info.st_size > limit:
        return translate("Files", "it is larger than {value}").format(value=_size(limit))
    return None


def _in_place_mode(path: Path) -> int | None:
    """The mode of the FIFO or device a write to ``path`` would land in (links followed), to be written
    in place; None for a regular file or nothing; not a folder."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        said = translate("Files", "Could not write {path}: {value}")
        raise FileError(said.format(path=path, value=_reason(error))) from error
    if stat.S_ISDIR(mode):
        raise FileError(translate("Files", "Could not write {path}: it is a folder").format(path=path))
    return None if stat.S_ISREG(mode) else mode


def _write_to_stream(fd: int, data: bytes, name: str) -> None:
    for stream in (sys.stdout, sys.stderr):  # what was printed before comes first
        stream.flush()
    try:
        _write_all(fd, data)
    except OSError as error:
        said = translate("Files", "Could not write to {name}: {value}")
        raise FileError(said.format(name=name, value=_reason(error))) from error


def _write_in_place(path: Path, chunks: Iterable[bytes], mode: int) -> None:
    """A FIFO or a device: opened without creating or truncating anything, written in one pass."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO and stat.S_ISFIFO(mode):  # a FIFO nobody reads: writing would wait for ever
            said = translate("Files", "Could not write {path}: it is a FIFO that no program is reading")
            raise FileError(said.format(path=path)) from error
        said = translate("Files", "Could not write {path}: {value}")
        raise FileError(said.format(path=path, value=_reason(error))) from error
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)  # a reader sets the pace
        for data in chunks:
            _write_all(fd, data)
    except OSError as error:
        said = translate("Files", "Could not write {path}: {value}")
        raise FileError(said.format(path=path, value=_reason(error))) from error
    finally:
        os.close(fd)


def _replace_whole(path: Path, data: bytes) -> None:
    """A temporary file beside ``path``, synced, renamed over it: a failure leaves nothing half-written."""
    with _partial(path.parent, path) as tmp:
        try:
            with open(tmp, "wb") as file:
                _write_all(file.fileno(), data)
                os.fsync(file.fileno())
            os.chmod(tmp, _new_file_mode(path))
            os.replace(tmp, path)
        except OSError as error:
            said = translate("Files", "Could not write {path}: {value}")
            raise FileError(said.format(path=path, value=_reason(error))) from error


@contextmanager
def _partial(folder: Path, destination: Path) -> Iterator[Path]:
    """A new, hidden, empty file in ``folder`` named after ``destination``; gone when the block ends
    unless renamed, whatever ends it (a second Ctrl+C too)."""
    tmp = None
    try:
        with signals.deferred():  # a signal waits until the file is known, to be removed
            try:
                fd, name = tempfile.mkstemp(dir=folder, prefix=f".{destination.name}.", suffix=".part")
            except OSError as error:
                said = translate("Files", "Could not write {destination}: {value}")
                raise FileError(said.format(destination=destination, value=_reason(error))) from error
            os.close(fd)
            tmp = Path(name)
        with signals.on_abrupt_exit(lambda: tmp.unlink(missing_ok=True)):
            yield tmp
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


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
        return translate("Files", "the disk is full")
    return error.strerror or str(error)


def _size(n: int) -> str:
    return f"{n // (1 << 20)} MB" if n >= 1 << 20 else f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"
