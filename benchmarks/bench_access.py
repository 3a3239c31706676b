"""What the keyboard's and the screen reader's rooms cost a run: steps/s at max pace with them on and off.

One run in the window, in turns of ``--seconds``: "on" as shipped (the plots described
once a second, the focused controls keeping their keys through event filters), "off"
with the descriptions' timer stopped and those filters removed. Each pair of
neighbouring slices gives one ratio; its median, with a 95% interval from the
pairs' order, is the figure: at least 0.98, or an interval that holds 1.
"""

from __future__ import annotations

import time

from models.config import device_for

from .bench_gui import SETTLE_S, _options, _record, _spin, _steps_done, _verdict, bench_window, dispose, qt_app
from .common import stats, table

BUDGET = 0.98  # on over off, at least (or the interval holds 1: no cost this machine can tell)


def accessibility(argv: list[str] | None = None) -> dict:
    from PySide6.QtWidgets import QWidget

    args = _options(argv, seconds=0.5, repeats=30)
    variants = ["autograd"] if args.tiny else ["autograd", "dynamic"]
    seconds, pairs = (0.3, 2) if args.tiny else (args.seconds, args.repeats)
    window = bench_window()
    filters = (window.keyboard.kept, window.keyboard.moved)
    describing = window.accessibility.timer  # the seam: the descriptions' once-a-second timer

    def switched(on: bool) -> None:
        for widget in window.findChildren(QWidget):
            for event_filter in filters:
                widget.removeEventFilter(event_filter)  # none there is no error
        if on:
            window.keyboard.order()  # installs the key filters again
            for widget in (window.views.code_view, window.views.top_splitter):
                widget.installEventFilter(window.keyboard.moved)
        else:
            describing.stop()

    figures = {}
    for variant in variants:
        window.reset()
        window.shown.choose_variant(variant)
        window.controls.set_values({"steps": 10**7, "device": device_for(variant, args.device)})
        window.controls.set_pace(None)
        window.start()
        trainer = window.trainer
        assert trainer is not None, "a run of the settings shown: a first-start window refuses none"

        def slice_rate(on: bool, span: float) -> float:
            window.controller.resume()  # "running": the descriptions' timer starts, as in a run
            switched(on)
            count, started = _steps_done(trainer), time.perf_counter()
            _spin(span)
            rate = (_steps_done(trainer) - count) / (time.perf_counter() - started)
            window.controller.pause()
            return rate

        slice_rate(True, SETTLE_S)
        rates = {"on": [], "off": []}
        for pair in range(pairs):
            for side in ("on", "off") if pair % 2 == 0 else ("off", "on"):
                rates[side].append(slice_rate(side == "on", seconds))
        window.controller.stop()
        trainer.wait()
        qt_app().processEvents()
        switched(True)
        figures[variant] = {"on": stats(rates["on"]), "off": stats(rates["off"]),
                            "ratio": stats([a / b for a, b in zip(rates["on"], rates["off"])])}
    dispose(window)
    rows = [[name, f["off"]["median"], f["on"]["median"], f["ratio"]["median"],
             "{:.2f}-{:.2f}".format(*f["ratio"]["median_ci95"]),
             _verdict(f["ratio"]["median"] >= BUDGET or f["ratio"]["median_ci95"][1] >= 1.0)]
            for name, f in figures.items()]
    print(f"Keyboard and screen reader rooms at max pace (steps/s, median of {pairs} paired slices of {seconds:g} s)")
    print(table(["variant", "off", "on", "ratio", "95% CI", f">= {BUDGET} or CI holds 1"], rows))
    _record("accessibility", args, figures)
    return figures
