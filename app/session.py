"""Session files: the settings of a run, as JSON. Never pickle, never eval."""

from __future__ import annotations

import json
import math
from pathlib import Path

from models import ConfigError, RunConfig

KIND = "descent-lab-session"
VERSION = 1
MAX_BYTES = 1 << 20  # a session is a few hundred bytes; anything huge is not one
KEYS = {"kind", "version", "config", "pace"}


class SessionError(ValueError):
    """A session that cannot be opened; the message says why, for the user."""


def session_text(config: RunConfig, steps_per_s: float | None) -> str:
    document = {"kind": KIND, "version": VERSION, "config": config.to_dict(),
                "pace": "max" if steps_per_s is None else steps_per_s}
    return json.dumps(document, indent=2) + "\n"


def read_session(path: str | Path) -> tuple[RunConfig, float | None]:
    """The configuration and pace a session file holds; SessionError names what is wrong."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SessionError(f"{path.name} is not a Descent Lab session: it is larger than 1 MB")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SessionError(f"Could not open {path}: {error.strerror or error}") from error
    except UnicodeDecodeError:
        raise SessionError(f"{path.name} is not a Descent Lab session: it is not text") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SessionError(f"{path.name} is not valid JSON ({error.msg} at line {error.lineno})") from None
    return parse_session(document, path.name)


def parse_session(document, name: str = "the session") -> tuple[RunConfig, float | None]:
    if not isinstance(document, dict) or document.get("kind") != KIND:
        raise SessionError(f"{name} is not a Descent Lab session (no \"kind\": \"{KIND}\")")
    unknown = sorted(set(document) - KEYS)
    if unknown:
        raise SessionError(f"{name} has an unknown key {unknown[0]!r}; known keys are {', '.join(sorted(KEYS))}")
    if document.get("version") != VERSION:
        raise SessionError(f"{name} is version {document.get('version')!r}; this app reads version {VERSION}")
    try:
        config = RunConfig.from_dict(document.get("config"))
    except ConfigError as error:
        raise SessionError(f"{name}: {error}") from None
    except TypeError as error:
        raise SessionError(f"{name}: the configuration is incomplete ({error})") from None
    return config, _pace(document.get("pace", "max"), name)


def _pace(value, name: str) -> float | None:
    if value == "max":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise SessionError(f"{name}: pace = {value!r} is not allowed: a number of steps per second > 0, or \"max\"")
    return float(value)
