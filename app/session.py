"""Session files: the settings of a run, as JSON. Never pickle, never eval.

A session is read as untrusted input: only a regular file, at most 1 MB of it,
nested at most a few levels, with numbers of sensible length. Every way it can
be wrong becomes a ``SessionError`` whose message names the file and the fault.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from models import VARIANTS, ConfigError, RunConfig

from .filesystem import FileError, read_file

KIND = "descent-lab-session"
VERSION = 1
MAX_BYTES = 1 << 20  # a session is a few hundred bytes; anything huge is not one
MAX_DEPTH = 16  # a session nests two levels; a parser must not recurse on a hostile file
MAX_DIGITS = 40  # a seed has at most ten
KEYS = {"kind", "version", "config", "pace", "code"}  # "code": edited modules, in sessions since edit mode


class SessionError(ValueError):
    """A session that cannot be opened; the message says why, for the user."""


def session_text(config: RunConfig, steps_per_s: float | None, code: dict[str, str] | None = None) -> str:
    """``code``: each edited variant's module text (app/editing.py), kept only when there is some."""
    document = {"kind": KIND, "version": VERSION, "config": config.to_dict(),
                "pace": "max" if steps_per_s is None else steps_per_s}
    if code:
        document["code"] = dict(code)
    return json.dumps(document, indent=2) + "\n"


def read_session(path: str | Path) -> tuple[RunConfig, float | None]:
    """The configuration and pace a session file holds; SessionError names what is wrong."""
    config, pace, _code = read_session_with_code(path)
    return config, pace


def read_session_with_code(path: str | Path) -> tuple[RunConfig, float | None, dict[str, str]]:
    """The configuration, pace and edited modules (none in older files) a session file holds."""
    path = Path(path)
    try:
        data = read_file(path, MAX_BYTES)
    except FileError as error:
        raise SessionError(str(error)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(f"{path.name} is not a Descent Lab session: it is not text") from None
    document = parse_json(text, path.name)
    config, pace = parse_session(document, path.name)
    return config, pace, parse_code(document.get("code", {}), path.name)


def parse_json(text: str, name: str) -> Any:
    """JSON as Python values, refusing what a hostile file could do to the parser.

    The nesting is measured before ``json.loads`` runs, since its recursion is
    what a deep file exhausts; integers longer than ``MAX_DIGITS`` digits and
    NaN or Infinity (not JSON) are refused as they are read.
    """
    depth = _nesting(text)
    if depth > MAX_DEPTH:
        raise SessionError(f"{name} nests values more than {MAX_DEPTH} levels deep; a session nests two")

    def whole(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_DIGITS:
            raise SessionError(f"{name} holds a number of {len(digits.lstrip('-'))} digits; "
                               f"at most {MAX_DIGITS} are read")
        return int(digits)

    def constant(word: str):
        raise SessionError(f"{name} holds {word}, which is not JSON")

    try:
        return json.loads(text, parse_int=whole, parse_constant=constant)
    except json.JSONDecodeError as error:
        raise SessionError(f"{name} is not valid JSON ({error.msg} at line {error.lineno})") from None


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


def parse_session(document, name: str = "the session") -> tuple[RunConfig, float | None]:
    if not isinstance(document, dict) or document.get("kind") != KIND:
        raise SessionError(f"{name} is not a Descent Lab session (no \"kind\": \"{KIND}\")")
    unknown = sorted(set(document) - KEYS)
    if unknown:
        raise SessionError(f"{name} has an unknown key {unknown[0]!r}; known keys are {', '.join(sorted(KEYS))}")
    version = document.get("version")
    if type(version) is not int or version != VERSION:  # true == 1 in Python: not a version
        raise SessionError(f"{name} is version {_short(json.dumps(version))}; this app reads version {VERSION}")
    try:
        config = RunConfig.from_dict(document.get("config"))
    except ConfigError as error:
        raise SessionError(f"{name}: {error}") from None
    return config, _pace(document.get("pace", "max"), name)


def parse_code(value, name: str) -> dict[str, str]:
    """A session's edited modules: an object of variant names to their text. Only shown, never run, on opening."""
    if not isinstance(value, dict):
        raise SessionError(f"{name}: code = {_short(json.dumps(value))} is not allowed: "
                           "an object of variant names to their module's text")
    for variant, text in value.items():
        if variant not in VARIANTS:
            raise SessionError(f"{name}: code has an unknown variant {_short(variant)!r}; "
                               f"known are {', '.join(VARIANTS)}")
        if not isinstance(text, str):
            raise SessionError(f"{name}: code.{variant} = {_short(json.dumps(text))} is not allowed: "
                               "the module's text, a string")
    return dict(value)


def _pace(value, name: str) -> float | None:
    if value == "max":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise SessionError(f"{name}: pace = {value!r} is not allowed: a number of steps per second > 0, or \"max\"")
    return float(value)


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
