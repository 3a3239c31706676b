"""The code panel, clicked: a line says its number, and a selected tensor's lines are marked beside the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pygments.lexers import PythonLexer
from pygments.styles import get_style_by_name
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from tests.colour import contrast_ratio
from widgets.code_view import CODE_STYLES, SELECTED_LINES, CodeView
from widgets.theme import LIGHT

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "\n".join(f"value_{n} = {n} * 2  # line {17 + n}" for n in range(30)) + "\n"
FIRST = 17


@pytest.fixture
def code(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.lexer.finished, timeout=2000):
        view.show_source("A variant", "", SOURCE, FIRST, {FIRST + 2: "a note on this line"})
    return view


def centre_of(code: CodeView, line: int) -> QPoint:
    """Where module line ``line`` shows in the code's viewport, scrolled into view."""
    block = code.code.document().findBlockByNumber(line - FIRST)
    code.code.setTextCursor(QTextCursor(block))
    code.code.ensureCursorVisible()
    return code.code.cursorRect(QTextCursor(block)).center() + QPoint(40, 0)


def selected_lines(code: CodeView) -> list[int]:
    return [FIRST + selection.cursor.blockNumber() for selection in code.code.extraSelections()]


def note_background(code: CodeView, line: int) -> QColor:
    block = code.code.document().findBlockByNumber(line - FIRST)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return cursor.charFormat().background().color()


def test_clicking_a_line_says_its_number_as_the_module_numbers_it(qtbot, code):
    for line in (FIRST, FIRST + 5, FIRST + 29):
        point = centre_of(code, line)
        with qtbot.waitSignal(code.line_clicked, timeout=1000) as clicked:
            qtbot.mouseClick(code.code.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert clicked.args == [line]


def test_a_drag_that_selects_text_is_not_a_click(qtbot, code):
    start, end = centre_of(code, FIRST + 1), centre_of(code, FIRST + 4)
    with qtbot.assertNotEmitted(code.line_clicked):
        qtbot.mousePress(code.code.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(code.code.viewport(), end)
        qtbot.mouseRelease(code.code.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_below_the_last_line_is_no_line(qtbot, code):
    code.show_source("Short", "", "x = 1\n", FIRST)
    qtbot.wait_until(lambda: not code.lexer.busy and code.code.document().blockCount() == 1, timeout=2000)
    with qtbot.assertNotEmitted(code.line_clicked):
        qtbot.mouseClick(code.code.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(40, code.code.viewport().height() - 5))


def test_a_selected_tensors_lines_are_marked_and_the_notes_marks_stay(qtbot, code):
    mark = QColor(CODE_STYLES["dark"][1])
    assert note_background(code, FIRST + 2) == mark
    code.mark_lines([FIRST + 2, FIRST + 20])
    assert selected_lines(code) == [FIRST + 2, FIRST + 20]
    assert all(s.format.background().color() == QColor(SELECTED_LINES["dark"]) for s in code.code.extraSelections())
    assert note_background(code, FIRST + 2) == mark  # under the selection, the note's own mark is kept
    code.mark_lines([FIRST + 29, 500])  # a line the text does not have is ignored
    assert selected_lines(code) == [FIRST + 29]
    code.mark_lines([])
    assert selected_lines(code) == []


def test_the_marked_lines_survive_a_new_theme_and_take_its_colour(qtbot, code):
    code.mark_lines([FIRST + 3])
    with qtbot.waitSignal(code.lexer.finished, timeout=2000):
        code.apply_theme(LIGHT)
    assert selected_lines(code) == [FIRST + 3]
    assert code.code.extraSelections()[0].format.background().color() == QColor(SELECTED_LINES["light"])
    assert note_background(code, FIRST + 2) == QColor(CODE_STYLES["light"][1])


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_every_token_of_the_code_reads_on_a_selected_line(theme):
    """WCAG 2.1 AA, 4.5:1, as tests/app/test_looks.py holds the code's other backgrounds."""
    style = get_style_by_name(CODE_STYLES[theme][0])
    text = "".join(path.read_text() for path in sorted((ROOT / "models").glob("*.py")))
    failures = []
    for token in {token for token, value in PythonLexer().get_tokens(text) if value.strip()}:
        colour = style.style_for_token(token)["color"]
        colour = f"#{colour}" if colour else ("#d8dde6" if theme == "dark" else "#1f2328")  # the palette's text
        ratio = contrast_ratio(colour, SELECTED_LINES[theme])
        if ratio < 4.5:
            failures.append(f"{token}: {colour} is {ratio:.2f}:1")
    assert not failures
