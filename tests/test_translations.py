"""The class's languages: every sentence the code marks is in each .ts file, translated, with the fields
the code fills in; the .qm files the app loads are those .ts files compiled; and marking is done so that
Qt Linguist's tools can read it (README, Languages)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.language import LANGUAGES, pseudo

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ("app", "widgets", "models")
TRANSLATED = sorted(code for code in LANGUAGES if code != "en")
TOOLS = Path(sys.executable).parent
FIELD = re.compile(r"\{(\w*)\}")
# A translation may say a number its own way where English says it as a word ("2nd": German "2."), with a
# field the code fills in beside the English one
MORE_FIELDS = {("RewindStore", "every {ordinal} step"): {"count"}}
MACHINERY = ("app/language.py", "models/words.py")  # where translate passes on what it was given


def ts_file(code: str) -> Path:
    return FOLDER / f"descent_lab_{code}.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def test_every_language_the_menu_offers_has_its_files():
    assert TRANSLATED == ["de", "fr"]
    for code in TRANSLATED:
        assert ts_file(code).is_file() and ts_file(code).with_suffix(".qm").is_file()


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_ts_file_holds_every_sentence_the_code_marks_and_no_other(code, tmp_path):
    """``make translations`` run now would change nothing: a sentence added to the code and not to the .ts
    (or one gone from the code and still in it) fails here."""
    copy = tmp_path / ts_file(code).name
    shutil.copy(ts_file(code), copy)
    done = subprocess.run([str(TOOLS / "pyside6-lupdate"), "-extensions", "py", "-locations", "none",
                           "-no-obsolete", *SOURCES, "-ts", str(copy)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert copy.read_text(encoding="utf-8") == ts_file(code).read_text(encoding="utf-8"), \
        f"run make translations: the sources mark other sentences than {ts_file(code).name} holds"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_sentence_is_translated_keeping_what_the_code_fills_in(code):
    problems = []
    for context, source, translation in messages(ts_file(code)):
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{where} is not translated")
            continue
        fields, allowed = set(FIELD.findall(text)), set(FIELD.findall(source))
        if not fields <= allowed | MORE_FIELDS.get((context, source), set()):
            problems.append(f"{where}: {text!r} names fields the code does not fill in")
        if fields != allowed and (context, source) not in MORE_FIELDS:
            problems.append(f"{where}: {text!r} leaves out {sorted(allowed - fields)}")
        if source.count("&") != text.count("&") or source.count("%%") != text.count("%%"):
            problems.append(f"{where}: {text!r} has other mnemonics (&) or percent signs (%%)")
        if re.findall(r"</?\w+", source) != re.findall(r"</?\w+", text):
            problems.append(f"{where}: {text!r} has other rich-text tags")
        if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
            problems.append(f"{where}: {text!r} loses the spaces around it, which join it to its neighbours")
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_qm_file_the_app_loads_is_the_ts_file_compiled(code, tmp_path):
    compiled = tmp_path / "compiled.qm"
    done = subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts_file(code)), "-qm", str(compiled)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert compiled.read_bytes() == ts_file(code).with_suffix(".qm").read_bytes(), "run make translations"


def test_marked_sentences_are_literal_text_that_qt_linguist_can_read():
    """lupdate reads a call's text as written: an f-string would give translators its code, and the
    translation would never be found; a variable passed where a sentence is marked is translated only
    if it was marked where it was written (QT_TRANSLATE_NOOP), with the same context."""
    problems = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.relative_to(ROOT).as_posix() in MACHINERY:
                continue
            for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(call, ast.Call) and _name(call.func) in ("translate", "QT_TRANSLATE_NOOP")
                        and len(call.args) == 2):  # str.translate takes one
                    continue
                if not _literal(call.args[0]):
                    problems.append(f"{path.relative_to(ROOT)}:{call.lineno}: the context is not a literal")
                elif isinstance(call.args[1], ast.JoinedStr) or (_name(call.func) == "QT_TRANSLATE_NOOP"
                                                                 and not _literal(call.args[1])):
                    problems.append(f"{path.relative_to(ROOT)}:{call.lineno}: the text is not a literal")
    assert problems == []


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_the_pseudo_locale_is_about_two_fifths_longer_accented_and_keeps_what_the_code_reads():
    text = "Opened {file} as the {variant} variant's code: it runs when you press Start"
    said = pseudo(text)
    assert said.startswith("[") and said.endswith("]")
    assert 1.35 <= len(said) / len(text) <= 1.5
    assert FIELD.findall(said) == ["file", "variant"]
    assert "Ŝţåŕţ" in said and "Start" not in said
    assert pseudo("&File").startswith("[&Fîlé") and pseudo("<b>Cannot start:</b> {why}").count("<b>") == 1
    padding = pseudo("word " * 40).split()[40:]
    assert padding and all(len(chunk) <= 6 for chunk in padding), "its padding wraps as words do"
