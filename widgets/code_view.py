"""Source code beside the curve: a title, a short explanation, highlighted code."""

from __future__ import annotations

import html
import math
import re

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer
from pygments.styles import get_style_by_name
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from .theme import DARK, Theme

# Pygments does the highlighting: a maintained lexer, rather than our own regexes.
GUTTER = 4  # columns the line numbers take: three digits and a space
MIN_CODE_PT = 8  # the code shrinks to this, at most, to keep its columns in a narrow window
CODE_STYLES = {"dark": ("github-dark", "#3a2700"), "light": ("xcode", "#ffe8a3")}


class CodeView(QWidget):
    """Read-only code with line numbers; marked lines are highlighted and explained."""

    def __init__(self, parent=None, theme: Theme = DARK):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("codeTitle")
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName("codeNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.code = QTextBrowser()
        self.code.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.code.setOpenLinks(False)
        self.code.setToolTip("The code that runs, read from models/ as the app starts the run")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.title, self.explanation, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.code, 1)
        self.source = ""
        self.marks: dict[int, str] = {}
        self._args = None
        self._stale = False
        self._render_soon = QTimer(self, singleShot=True, interval=0)  # a child: it dies with the view
        self._render_soon.timeout.connect(self._render)
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme, font_pt: int = 10) -> None:
        self.theme, self.font_pt = theme, font_pt
        self._set_code_font(font_pt)
        title_font = QFont(self.title.font())
        title_font.setPointSize(font_pt + 3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        style = get_style_by_name(CODE_STYLES[theme.name][0])
        # A style sheet, not a palette: the application's style sheet would override the palette.
        self.code.setStyleSheet(f"QTextBrowser {{ background: {style.background_color}; }}")
        if self._args is not None:
            self._stale = True
            self._render_soon.start()

    def width_for(self, columns: int, font_pt: int | None = None) -> int:
        """The panel's width that shows ``columns`` columns of code beside the line numbers."""
        chrome = 2 * self.code.frameWidth() + 2 * math.ceil(self.code.document().documentMargin())
        chrome += self.code.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        advance = QFontMetricsF(_code_font(font_pt or self.font_pt)).horizontalAdvance("0")
        return math.ceil(advance * (columns + GUTTER + 1)) + chrome + margins.left() + margins.right()

    def fit(self, columns: int, width: int) -> None:
        """Code as large as the look asks, or smaller where ``width`` would show fewer than ``columns``."""
        size = self.font_pt
        while size > MIN_CODE_PT and self.width_for(columns, size) > width:
            size -= 1
        if size != self.code.font().pointSize():
            self._set_code_font(size)

    def visible_columns(self) -> int:
        """How many columns of code show now, line numbers not counted."""
        text_width = self.code.viewport().width() - 2 * self.code.document().documentMargin()
        return int(text_width // QFontMetricsF(self.code.font()).horizontalAdvance("0")) - GUTTER

    def _set_code_font(self, font_pt: int) -> None:
        font = _code_font(font_pt)
        self.code.setFont(font)
        self.code.document().setDefaultFont(font)

    def show_source(self, title: str, explanation: str, source: str, first_line: int = 1,
                    marks: dict[int, str] | None = None) -> None:
        """Show ``source`` numbered from ``first_line``; ``marks`` maps line numbers to notes.

        The highlighting happens on the next turn of the event loop, once for any
        number of calls before it: the first one compiles pygments' lexer (a tenth
        of a second), which should not hold up the window's first paint.
        """
        args = (title, explanation, source, first_line, dict(marks or {}))
        if args == self._args and not self._stale:
            return
        self._args, self._stale = args, True
        self.source, self.marks = source, args[4]
        self.title.setText(html.escape(title))
        self.explanation.setText(explanation)
        notes = [f"<b>Line {line}:</b> {html.escape(text)}" for line, text in sorted(self.marks.items())]
        self.note.setText("<br>".join(notes))
        self.note.setVisible(bool(notes))
        self._render_soon.start()

    def _render(self) -> None:
        if not self._stale:
            return
        self._stale = False
        _title, _explanation, source, first_line, marks = self._args
        style_name, mark_colour = CODE_STYLES[self.theme.name]
        style = type("Marked", (get_style_by_name(style_name),), {"highlight_color": mark_colour})
        formatter = HtmlFormatter(
            style=style, noclasses=True, nobackground=True, linenos="inline", linenostart=first_line,
            hl_lines=[line - first_line + 1 for line in marks], prestyles="line-height: 100%",
        )
        self.code.setHtml(_space_after_line_numbers(highlight(source, PythonLexer(), formatter)))
        if marks:
            self.code.document().adjustSize()
            self._centre_on(min(marks) - first_line)

    def _centre_on(self, line: int) -> None:
        """Scroll so ``line`` (0-based in the text) sits mid-panel."""
        block = self.code.document().findBlockByLineNumber(line)
        layout = self.code.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        bar = self.code.verticalScrollBar()
        bar.setValue(int(top - self.code.viewport().height() / 2))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.marks and not self._stale:  # sizes are known only once shown
            self._centre_on(min(self.marks) - self._args[3])


def _code_font(font_pt: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font_pt)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font


# Pygments pads its inline line numbers with CSS, which QTextBrowser does not apply
_LINE_NUMBER = re.compile(r'(<span style="[^"]*padding-right: 5px;">)( *\d+)</span>')


def _space_after_line_numbers(html_text: str) -> str:
    return _LINE_NUMBER.sub(r"\1\2 </span>", html_text)
