"""Sessions whose code could poison a start (issue 21): refused in one line before anything is kept, and the
largest code accepted is coloured a chunk at a time, never all at once."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.settings import open_settings
from app.io.sessions import MAX_CODE_BYTES, MAX_CODE_LINES, MAX_LINE_CHARS
from models import VARIANTS, RunConfig
from widgets.highlighting import CHUNK_CHARS

HOSTILE = Path(__file__).parent / "hostile_sessions"
NOTEBOOK = VARIANTS["custom"].full_source()


def session_file(path: Path, code: dict[str, str]) -> Path:
    path.write_text(json.dumps({"kind": "descent-lab-session", "version": 1, "config": {"variant": "custom"},
                                "code": code}))
    return path


def refused(ui, path: Path) -> str:
    """Open ``path`` as File, Open session does; it must be refused, changing nothing: the banner's line."""
    assert ui.files.open_session(path) is False
    banner = ui.banner
    assert banner.kind == "error" and banner.message.startswith("Cannot open the session:")
    assert ui.edits == {} and ui.config() == RunConfig()
    assert open_settings().value("code/edits") is None  # nothing was remembered before the refusal
    return banner.message


@pytest.mark.parametrize("name, fault", [
    ("surrogate.json", "code.custom holds U+D800 at line 28, a lone surrogate, which is not text"),
    ("nul.json", "code.custom holds a NUL character at line 28, which Python refuses in source code"),
])
def test_code_that_is_not_text_is_refused_in_one_line_naming_the_file_and_the_variant(ui, make_window, name, fault):
    assert refused(ui, HOSTILE / name) == (f"Cannot open the session: {name}: {fault}. "
                                            "The current settings are unchanged.")
    ui.window.close()
    again = make_window(shown=False)  # the next start is not poisoned
    again.choose("custom")
    assert again.message == "" and again.edits == {}


def kilobytes(text: str) -> int:
    return -(-len(text.encode()) // 1024)


def test_a_session_of_800_kb_is_refused_in_one_line_and_the_window_goes_on(ui, tmp_path):
    code = NOTEBOOK + "\n" * 400_000  # the file: 800 KB, 400,000 lines
    path = session_file(tmp_path / "large.json", {"custom": code})
    assert 800_000 < path.stat().st_size < 1 << 20  # within what a session file may be: its code is what is refused
    assert refused(ui, path) == (f"Cannot open the session: large.json: code.custom is {kilobytes(code)} KB; "
                                 "an edit of at most 128 KB is kept. The current settings are unchanged.")
    ui.choose("custom")  # the window goes on
    assert ui.code_source.startswith("class TwoLayerNet")


@pytest.mark.parametrize("code, fault", [
    ("x = 1\n" * (MAX_CODE_LINES + 1), f"has {MAX_CODE_LINES + 1:,} lines; an edit of at most 4,000 is kept"),
    ("x = 1\n# " + "#" * MAX_LINE_CHARS + "\n",
     f"has a line of {MAX_LINE_CHARS + 2:,} characters (line 2); lines of at most 1,000 are kept"),
])
def test_code_of_too_many_lines_or_too_long_a_line_is_refused(ui, tmp_path, code, fault):
    assert f"large.json: code.custom {fault}." in refused(ui, session_file(tmp_path / "large.json", {"custom": code}))


def largest_module() -> str:
    """The custom variant's module repeated to the most a session holds."""
    lines = (NOTEBOOK * (MAX_CODE_BYTES // len(NOTEBOOK) + 1))[:MAX_CODE_BYTES].splitlines(keepends=True)
    return "".join(lines[:MAX_CODE_LINES - 1])


def test_the_largest_code_accepted_is_coloured_a_chunk_at_a_time(ui, qtbot, tmp_path):
    code = largest_module()
    editor, view = ui.editor, ui.code_view
    editor_lexer = editor.highlighter.lexer
    panel_lexer = view.lexer
    assert ui.files.open_session(session_file(tmp_path / "large.json", {"custom": code}))
    many = len(code) // CHUNK_CHARS // 2  # a chunk of at most CHUNK_CHARS (and a token) per turn of the loop
    for lexer in (editor_lexer, panel_lexer):
        qtbot.waitUntil(lambda lexer=lexer: lexer.chunks > many > 10 and not lexer.busy, timeout=60_000)
    assert editor.isVisible() and editor.text() == code
    last = editor.text_edit.document().findBlockByNumber(editor.text_edit.document().blockCount() - 2)
    assert last.text() == code.splitlines()[-1] and last.layout().formats()  # coloured to the end
    panel = view.code.document()
    assert panel.lastBlock().text().split(maxsplit=1) == [str(len(code.splitlines())), code.splitlines()[-1].strip()]
    assert any(r.format.foreground().style() != Qt.BrushStyle.NoBrush for r in panel.lastBlock().textFormats())
    assert "From a file, not yet run" in ui.code_state
    marked = editor.text_edit.extraSelections()  # thousands of changed lines: backgrounds only near the view
    assert len(editor.changed_lines) > 3000 and 0 < len(marked) < 300
    editor.go_to_line(len(code.splitlines()))  # scrolled to the end: the lines there are marked
    assert editor.text_edit.extraSelections()[-1].cursor.blockNumber() == len(code.splitlines()) - 1


def test_an_edit_beyond_the_size_kept_stays_in_the_editor_but_is_neither_remembered_nor_saved(ui, qtbot, tmp_path):
    ui.choose("custom")
    ui.open_editor()
    editor = ui.editor
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    editor.text_edit.insertPlainText("# mine\n")
    qtbot.waitUntil(lambda: "custom" in json.loads(open_settings().value("code/edits", "{}")))
    pasted = ("# " + "x" * 70 + "\n") * 2000  # about 144 KB more, as a paste puts it
    editor.text_edit.insertPlainText(pasted)
    edit = NOTEBOOK + "# mine\n" + pasted
    qtbot.waitUntil(lambda: ui.edits.get("custom") == edit)
    state = ui.code_state
    assert (f"This edit is {kilobytes(edit)} KB; an edit of at most 128 KB is kept, so it is not remembered: "
            "it stays here and runs until you close the app") in state
    assert json.loads(open_settings().value("code/edits")) == {}  # the settings never hold what is not read back
    assert ui.files.save_session(tmp_path / "s.json") is None
    assert not (tmp_path / "s.json").exists()
    message = ui.banner.message
    assert message.startswith(
        f"Session not saved: the edit of custom is {kilobytes(edit)} KB; an edit of at most 128 KB is kept, "
        "so the session could not be opened again")
    editor.text_edit.undo()  # the paste undone: within the size, and remembered again
    qtbot.waitUntil(lambda: json.loads(open_settings().value("code/edits")) == {"custom": NOTEBOOK + "# mine\n"})
    assert "not remembered" not in ui.code_state


def test_a_note_on_many_lines_names_the_first_three_and_counts_the_rest(ui, tmp_path):
    rebinding = "            param = param - learning_rate * param.grad\n"
    nn = VARIANTS["nn"].full_source()
    assert rebinding in nn
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"kind": "descent-lab-session", "version": 1, "config": {"variant": "nn"},
                                "code": {"nn": nn.replace(rebinding, rebinding * 50)}}))
    assert ui.files.open_session(path)
    view = ui.code_view
    first = min(view.marks)
    assert len(view.marks) == 50 and view.note.isVisibleTo(ui.window)
    assert view.note.text().startswith(f"<b>Lines {first}, {first + 1}, {first + 2} and 47 more:</b> this binds")
