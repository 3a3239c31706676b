"""Session files: the settings of a run, as JSON. Never pickle, never eval.

A session is read as untrusted input: only a regular file, at most 1 MB of it,
nested at most a few levels, with numbers of sensible length. Every way it can
be wrong becomes a ``SessionError`` whose message names the file and the fault.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.language import translate
from models import VARIANTS, ConfigError, RunConfig
from models.prediction_records import prediction_record, read_records
from models.predictions import Prediction, PredictionError, Score

from .filesystem import FileError, read_file

KIND = "descent-lab-session"
VERSION = 1
MAX_BYTES = 1 << 20  # a session is a few hundred bytes; anything huge is not one
MAX_DEPTH = 16  # a session nests two levels; a parser must not recurse on a hostile file
MAX_DIGITS = 40  # a seed has at most ten
# An edited module (a variant's is a hundred lines, a few KB) is kept within these: what a session holds, what the
# settings remember, and what the editor and the code panel show without holding the window (bench_sessions.py)
MAX_CODE_BYTES = 128 << 10
MAX_CODE_LINES = 4000
MAX_LINE_CHARS = 1000
# "code": edited modules, in sessions since edit mode; "predictions": the class's, with their scores once scored
KEYS = {"kind", "version", "config", "pace", "code", "predictions"}
_PLAIN = re.compile(r'[^"\\\[\]{}]+')  # runs of characters that neither quote, escape nor nest


class SessionError(ValueError):
    """A session that cannot be opened; the message says why, for the user."""


Scored = list[tuple[Prediction, Score | None]]  # predictions, each with its score against the run on show, if any


@dataclass(frozen=True)
class Session:
    """What a session file holds: settings, pace, edited modules and the class's predictions (none in older files)."""

    config: RunConfig
    pace: float | None
    code: dict[str, str] = field(default_factory=dict)
    predictions: Scored = field(default_factory=list)


def session_text(config: RunConfig, steps_per_s: float | None, code: dict[str, str] | None = None,
                 predictions: Scored | None = None) -> str:
    """``code``: each edited variant's module text (app/editing.py), kept only when there is some;
    ``predictions``: the class's, each with its score when it has one, kept only when there are some.

    SessionError when the file could not be opened again: never written, then.
    """
    for variant, text in (code or {}).items():
        fault = code_fault(text)
        if fault is not None:
            said = translate("Sessions", "the edit of {variant} {fault}, so the session could not be opened again")
            raise SessionError(said.format(variant=variant, fault=fault))
    document = {"kind": KIND, "version": VERSION, "config": config.to_dict(),
                "pace": "max" if steps_per_s is None else steps_per_s}
    if code:
        document["code"] = dict(code)
    if predictions:
        document["predictions"] = [prediction_record(prediction, score) for prediction, score in predictions]
    text = json.dumps(document, indent=2, allow_nan=False) + "\n"
    if len(text) > MAX_BYTES:  # ASCII: json.dumps escapes the rest
        said = (translate("Sessions", "the session would be {size}, and a session is read up to {most} MB; shorten "
                                      "the edits or the predictions") if predictions
                else translate("Sessions", "the session would be {size}, and a session is read up to {most} MB; "
                                           "shorten the edits"))
        raise SessionError(said.format(size=_kilobytes(len(text)), most=MAX_BYTES >> 20))
    return text


def read_session(path: str | Path) -> tuple[RunConfig, float | None]:
    """The configuration and pace a session file holds; SessionError names what is wrong."""
    config, pace, _code = read_session_with_code(path)
    return config, pace


def read_session_with_code(path: str | Path) -> tuple[RunConfig, float | None, dict[str, str]]:
    """The configuration, pace and edited modules (none in older files) a session file holds."""
    session = read_whole_session(path)
    return session.config, session.pace, session.code


def read_whole_session(path: str | Path) -> Session:
    """Everything a session file holds; SessionError names what is wrong, and nothing is taken then."""
    path = Path(path)
    try:
        data = read_file(path, MAX_BYTES)
    except FileError as error:
        raise SessionError(str(error)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        said = translate("Sessions", "{name} is not a Descent Lab session: it is not text")
        raise SessionError(said.format(name=path.name)) from None
    document = parse_json(text, path.name)
    config, pace = parse_session(document, path.name)
    code = parse_code(document.get("code", {}), path.name)
    try:
        predictions = read_records(document.get("predictions", []))
    except PredictionError as error:
        raise SessionError(f"{path.name}: {error}") from None
    return Session(config, pace, code, predictions)


def parse_json(text: str, name: str) -> Any:
    """JSON as Python values, refusing what a hostile file could do to the parser.

    The nesting is measured before ``json.loads`` runs, since its recursion is
    what a deep file exhausts; integers longer than ``MAX_DIGITS`` digits and
    NaN or Infinity (not JSON) are refused as they are read. Each run of plain
    characters is measured as one, the same to the count (an escape takes its
    first), so the edits a session holds are not walked a character at a time.
    """
    depth = _nesting(_PLAIN.sub("x", text))
    if depth > MAX_DEPTH:
        said = translate("Sessions", "{name} nests values more than {MAX_DEPTH} levels deep; a session nests two")
        raise SessionError(said.format(name=name, MAX_DEPTH=MAX_DEPTH))

    def whole(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_DIGITS:
            said = translate("Sessions", "{name} holds a number of {value} digits; at most {MAX_DIGITS} are read")
            raise SessionError(said.format(name=name, value=len(digits.lstrip('-')), MAX_DIGITS=MAX_DIGITS))
        return int(digits)

    def constant(word: str):
        raise SessionError(translate("Sessions", "{name} holds {word}, which is not JSON").format(name=name, word=word))

    try:
        return json.loads(text, parse_int=whole, parse_constant=constant)
    except json.JSONDecodeError as error:
        said = translate("Sessions", "{name} is not valid JSON ({msg} at line {lineno})")
        raise SessionError(said.format(name=name, msg=error.msg, lineno=error.lineno)) from None


def _nesting(text: str) -> int:
    """The deepest nesting of arrays and objects, outside strings; stops counting past MAX_DEPTH."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break
        elif char in "]}":
            depth -= 1
    return deepest


def parse_session(document, name: str | None = None) -> tuple[RunConfig, float | None]:
    name = name or translate("Sessions", "the session")
    if not isinstance(document, dict) or document.get("kind") != KIND:
        said = translate("Sessions", "{name} is not a Descent Lab session (no \"kind\": \"{kind}\")")
        raise SessionError(said.format(name=name, kind=KIND))
    unknown = sorted(set(document) - KEYS)
    if unknown:
        said = translate("Sessions", "{name} has an unknown key {value}; known keys are {value2}")
        raise SessionError(said.format(name=name, value=repr(unknown[0]), value2=', '.join(sorted(KEYS))))
    version = document.get("version")
    if type(version) is not int or version != VERSION:  # true == 1 in Python: not a version
        said = translate("Sessions", "{name} is version {value}; this app reads version {VERSION}")
        raise SessionError(said.format(name=name, value=_short(json.dumps(version)), VERSION=VERSION))
    try:
        config = RunConfig.from_dict(document.get("config"))
    except ConfigError as error:
        raise SessionError(f"{name}: {error}") from None
    return config, _pace(document.get("pace", "max"), name)


def parse_code(value, name: str) -> dict[str, str]:
    """A session's edited modules: an object of variant names to their text. Only shown, never run, on opening."""
    if not isinstance(value, dict):
        said = translate("Sessions", "{name}: code = {value} is not allowed: an object of variant names to their "
                                     "module's text")
        raise SessionError(said.format(name=name, value=_short(json.dumps(value))))
    for variant, text in value.items():
        if variant not in VARIANTS:
            said = translate("Sessions", "{name}: code has an unknown variant {value}; known are {value2}")
            raise SessionError(said.format(name=name, value=repr(_short(variant)), value2=', '.join(VARIANTS)))
        if not isinstance(text, str):
            said = translate("Sessions", "{name}: code.{variant} = {value} is not allowed: the module's text, a string")
            raise SessionError(said.format(name=name, variant=variant, value=_short(json.dumps(text))))
        fault = code_fault(text)
        if fault is not None:
            said = translate("Sessions", "{name}: code.{variant} {fault}")
            raise SessionError(said.format(name=name, variant=variant, fault=fault))
    return dict(value)


@functools.lru_cache(maxsize=32)  # asked of every edit at each change: each new text is measured once
def code_fault(text: str) -> str | None:
    """Why ``text`` cannot be kept as an edited module, or None.

    It must be text that can be written (a lone surrogate, which JSON's "\\ud800"
    gives, cannot be encoded), hold no NUL (Python refuses it in source code,
    and the editor would hide it) and be within MAX_CODE_BYTES, MAX_CODE_LINES
    and MAX_LINE_CHARS.
    """
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        said = translate("Sessions", "holds U+{value} at line {value2}, a lone surrogate, which is not text")
        return (said.format(value=f"{ord(text[error.start]):04X}", value2=_line_of(text, error.start)))
    nul = text.find("\0")
    if nul >= 0:
        said = translate("Sessions", "holds a NUL character at line {value}, which Python refuses in source code")
        return said.format(value=_line_of(text, nul))
    if size > MAX_CODE_BYTES:
        said = translate("Sessions", "is {value}; an edit of at most {value2} is kept")
        return said.format(value=_kilobytes(size), value2=_kilobytes(MAX_CODE_BYTES))
    lines = text.split("\n")  # as the editor counts them
    if len(lines) > MAX_CODE_LINES + (lines[-1] == ""):
        said = translate("Sessions", "has {value} lines; an edit of at most {MAX_CODE_LINES} is kept")
        return said.format(value=f"{len(lines) - (lines[-1] == ''):,}", MAX_CODE_LINES=f"{MAX_CODE_LINES:,}")
    longest = max(lines, key=len)
    if len(longest) > MAX_LINE_CHARS:
        said = translate("Sessions", "has a line of {count} characters (line {line}); lines of at most {most} are "
                                     "kept")
        return said.format(count=f"{len(longest):,}", line=lines.index(longest) + 1, most=f"{MAX_LINE_CHARS:,}")
    return None


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _kilobytes(n: int) -> str:
    said = translate("Sessions", "{value} KB")
    return said.format(value=-(-n // 1024))  # rounded up: one byte over a limit is never shown as the limit


def _pace(value, name: str) -> float | None:
    if value == "max":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise SessionError(translate("Sessions", "{name}: pace = {value} is not allowed: a number of steps per second "
                                                 "> 0, or \"max\"").format(name=name, value=repr(value)))
    return float(value)


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
