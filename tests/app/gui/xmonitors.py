"""Monitors on one X screen, made and unplugged as a laptop's projector is, through RandR 1.5 (libXrandr).

Xvfb has one output; its screen is split into a laptop's monitor (that output) and a projector's beside
it (no output: RandR's monitors need none). Qt's xcb platform reports each as a QScreen, and adds or
removes one as RandR does, while it runs. Xvfb must run with -noreset: its monitors go when its last
client leaves, and this helper is a client that leaves.
"""

from __future__ import annotations

import ctypes

LAPTOP = ("LAPTOP", 0, 1366, 768)  # name, x, width, height
PROJECTOR = ("PROJECTOR", 1366, 1024, 768)
WIDTH, HEIGHT = 1366 + 1024, 768  # the X screen both share


class _Monitor(ctypes.Structure):
    _fields_ = [("name", ctypes.c_ulong), ("primary", ctypes.c_int), ("automatic", ctypes.c_int),
                ("noutput", ctypes.c_int), ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("mwidth", ctypes.c_int), ("mheight", ctypes.c_int),
                ("outputs", ctypes.POINTER(ctypes.c_ulong))]


class _Resources(ctypes.Structure):
    _fields_ = [("timestamp", ctypes.c_ulong), ("config_timestamp", ctypes.c_ulong), ("ncrtc", ctypes.c_int),
                ("crtcs", ctypes.POINTER(ctypes.c_ulong)), ("noutput", ctypes.c_int),
                ("outputs", ctypes.POINTER(ctypes.c_ulong))]


def _libraries():
    x11, xrandr = ctypes.CDLL("libX11.so.6"), ctypes.CDLL("libXrandr.so.2")
    x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype, x11.XDefaultRootWindow.argtypes = ctypes.c_ulong, [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xrandr.XRRSetMonitor.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Monitor)]
    xrandr.XRRDeleteMonitor.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    xrandr.XRRGetScreenResourcesCurrent.restype = ctypes.POINTER(_Resources)
    xrandr.XRRGetScreenResourcesCurrent.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    return x11, xrandr


def available() -> bool:
    try:
        _libraries()
    except OSError:
        return False
    return True


def _on(display: str, act) -> None:
    x11, xrandr = _libraries()
    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"no X display {display}"
    try:
        act(x11, xrandr, connection, x11.XDefaultRootWindow(connection))
        x11.XSync(connection, 0)
    finally:
        x11.XCloseDisplay(connection)


def plug(display: str, projector: bool = True) -> None:
    """The laptop's monitor, on Xvfb's output; and the projector's beside it."""
    def act(x11, xrandr, connection, root) -> None:
        resources = xrandr.XRRGetScreenResourcesCurrent(connection, root).contents
        output = (ctypes.c_ulong * 1)(resources.outputs[0])
        for (name, x, width, height), primary in ((LAPTOP, True), (PROJECTOR, False))[:1 + projector]:
            monitor = _Monitor(x11.XInternAtom(connection, name.encode(), 0), primary, 0, int(primary), x, 0,
                               width, height, 300, 200, output if primary else None)
            xrandr.XRRSetMonitor(connection, root, ctypes.byref(monitor))

    _on(display, act)


def unplug_projector(display: str) -> None:
    _on(display, lambda x11, xrandr, connection, root: xrandr.XRRDeleteMonitor(
        connection, root, x11.XInternAtom(connection, PROJECTOR[0].encode(), 0)))
