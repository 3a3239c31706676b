"""Every picture the README shows is one `make docs-images` makes: none can go stale unnoticed."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parent.parent


def recipe(target: str) -> list[str]:
    """The command lines of a Makefile target."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = lines.index(next(line for line in lines if line.startswith(f"{target}:")))
    commands = []
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        commands.append(line.strip())
    return commands


def test_make_docs_images_makes_every_picture_the_readme_shows():
    shown = set(re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", (ROOT / "README.md").read_text(encoding="utf-8")))
    made = {match for command in recipe("docs-images")
            for match in re.findall(r"--(?:out|presenter) (\S+)", command)}
    assert shown and shown == made
    assert all((ROOT / path).is_file() for path in shown)
