"""Source code beside the curve: a title, a short explanation, highlighted code."""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from typing import cast

from pygments.styles import get_style_by_name
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from .highlighting import ChunkedLexer, Lexeme, TokenFormats
from .theme import DARK, Theme
from .words import translate

# Pygments does the highlighting: a maintained lexer, rather than our own regexes.
GUTTER = 4  # columns the line numbers take: three digits and a space
NAMED_LINES = 3  # a note names this many of the lines it marks, then says how many more
MIN_CODE_PT = 8  # the code shrinks to this, at most, to keep its columns in a narrow window
MARGIN = 6  # px around the panel's column, on each side
CODE_STYLES = {"dark": ("github-dark", "#3a2700"), "light": ("xcode", "#ffe8a3")}
# The lines of the tensor selected in "Inside this step": blue beside the notes' amber, every
# token of both styles still 4.5:1 on it (tests/widgets/test_code_view.py)
SELECTED_LINES = {"dark": "#102a4c", "light": "#d9e8ff"}


class CodeView(QWidget):
    """Read-only code with line numbers; marked lines are highlighted and explained.

    Clicking a line says which (``line_clicked``, the module's own line number);
    ``mark_lines`` colours the lines of a selected tensor, over any note's marks, which stay.
    """

    line_clicked = Signal(int)

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
        self.code.setToolTip(translate("CodeView", "The code that runs, read from models/ as the app starts the run"))
        self.code.document().setUndoRedoEnabled(False)  # written a token at a time, never undone
        self.code.viewport().installEventFilter(self)  # a click on a line, not a drag that selects text
        self._pressed_at = None
        self.selected_lines: tuple[int, ...] = ()
        self.lexer = ChunkedLexer(self, self._write)
        self._page: _Page | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        for widget in (self.title, self.explanation, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.code, 1)
        # The code scrolls: where the panel is short, it gives up its height before a note loses a line
        self.code.setSizePolicy(self.code.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
        self.source = ""
        self.marks: dict[int, str] = {}
        self._args: tuple[str, str, str, int, dict[int, str]] | None = None  # show_source's, marks last
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
        self._paint_selected_lines()

    def width_for(self, columns: int, font_pt: int | None = None) -> int:
        """The panel's width that shows ``columns`` columns of code beside the line numbers."""
        chrome = 2 * self.code.frameWidth() + 2 * math.ceil(self.code.document().documentMargin())
        chrome += self.code.verticalScrollBar().sizeHint().width() + 2 * MARGIN
        advance = QFontMetricsF(_code_font(font_pt or self.font_pt)).horizontalAdvance("0")
        return math.ceil(advance * (columns + GUTTER + 1)) + chrome

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

    @property
    def busy(self) -> bool:
        """Still to render or colour the source it was last given."""
        return self.lexer.busy or self._render_soon.isActive()

    def show_source(self, title: str, explanation: str, source: str, first_line: int = 1,
                    marks: dict[int, str] | None = None) -> None:
        """Show ``source`` numbered from ``first_line``; ``marks`` maps line numbers to notes.

        The highlighting starts on the next turn of the event loop, once for any
        number of calls before it: the first one compiles pygments' lexer (a tenth
        of a second), which should not hold up the window's first paint. A long
        source is written a chunk per turn (``lexer.busy`` until its last).
        """
        args = (title, explanation, source, first_line, dict(marks or {}))
        if args == self._args and not self._stale:
            return
        self._args, self._stale = args, True
        self.source, self.marks = source, args[4]
        self.title.setText(html.escape(title))
        self.explanation.setText(explanation)
        self.note.setText(_notes_text(self.marks))
        self.note.setVisible(bool(self.marks))
        self._render_soon.start()

    def mark_lines(self, lines: Iterable[int]) -> None:
        """Colour these lines of the code (numbered as the module is), say a selected tensor's, and bring the
        first into view; none clears them. The notes' marks stay as they are: this is drawn over the text."""
        self.selected_lines = tuple(sorted(set(lines)))
        self._paint_selected_lines()
        if self.selected_lines and self._args is not None and not self._stale and not self.lexer.busy:
            self._bring_into_view(self.selected_lines[0] - self._args[3])

    def _paint_selected_lines(self) -> None:
        if self._args is None or self._stale or self.lexer.busy:  # drawn once the text is written (_write)
            return
        first_line, count = self._args[3], self.code.document().blockCount()
        marks = []
        for line in self.selected_lines:
            block = self.code.document().findBlockByNumber(line - first_line)
            if 0 <= line - first_line < count and block.isValid():
                mark = QTextEdit.ExtraSelection()
                mark.cursor = QTextCursor(block)
                mark.format.setBackground(QColor(SELECTED_LINES[self.theme.name]))
                mark.format.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
                marks.append(mark)
        self.code.setExtraSelections(marks)

    def _bring_into_view(self, line: int) -> None:
        """Scroll to ``line`` (0-based in the text) unless it shows already."""
        block = self.code.document().findBlockByLineNumber(line)
        rect = self.code.document().documentLayout().blockBoundingRect(block)
        top, height = self.code.verticalScrollBar().value(), self.code.viewport().height()
        if rect.top() < top or rect.bottom() > top + height:
            self._centre_on(line)

    def line_at(self, x: int, y: int) -> int | None:
        """The module's line number at a point of the code's viewport, or None past the last line."""
        if self._args is None or self._stale or self.lexer.busy:
            return None
        cursor = self.code.cursorForPosition(QPoint(x, y))
        block = cursor.block()
        rect = self.code.document().documentLayout().blockBoundingRect(block)
        if y + self.code.verticalScrollBar().value() > rect.bottom():
            return None  # below the last line
        return self._args[3] + block.blockNumber()

    def line_position(self, line: int) -> QPoint | None:
        """Where the module's line ``line`` is on the code's viewport, scrolled into view first, for a click; None
        while the code is still being written, or for a line it does not show."""
        if self._args is None or self._stale or self.lexer.busy:
            return None
        first_line = self._args[3]
        block = self.code.document().findBlockByNumber(line - first_line)
        if line < first_line or not block.isValid():
            return None
        self._bring_into_view(line - first_line)
        rect = self.code.document().documentLayout().blockBoundingRect(block)
        return QPoint(round(rect.center().x()) - self.code.horizontalScrollBar().value(),
                      round(rect.center().y()) - self.code.verticalScrollBar().value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.code.viewport() and kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            mouse = cast(QMouseEvent, event)
            if kind == QEvent.Type.MouseButtonPress and mouse.button() == Qt.MouseButton.LeftButton:
                self._pressed_at = mouse.position().toPoint()
            elif kind == QEvent.Type.MouseButtonRelease and mouse.button() == Qt.MouseButton.LeftButton:
                pressed, self._pressed_at = self._pressed_at, None
                released = mouse.position().toPoint()
                if pressed is not None and (pressed - released).manhattanLength() < 4:  # a click, not a drag
                    line = self.line_at(released.x(), released.y())
                    if line is not None:
                        self.line_clicked.emit(line)
        return super().eventFilter(watched, event)

    def _render(self) -> None:
        if not self._stale or self._args is None:  # stale only once given a source
            return
        self._stale = False
        _title, _explanation, source, first_line, marks = self._args
        style_name, mark_colour = CODE_STYLES[self.theme.name]
        text = source.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")  # lines as pygments reads them
        self._page = _Page(self.code.document(), TokenFormats(get_style_by_name(style_name)), QColor(mark_colour),
                           first_line, first_line + text.count("\n"), set(marks))
        self.lexer.start(text)

    def _write(self, tokens: list[Lexeme], done: bool) -> None:
        page, args = self._page, self._args
        assert page is not None and args is not None  # the lexer runs only as _render started it
        page.write(tokens)
        if done:
            page.finish()
            marks, first_line = args[4], args[3]
            if marks or self.selected_lines:
                self.code.document().adjustSize()
            if self.selected_lines:  # a selected tensor's lines, marked before the text was written
                self._bring_into_view(self.selected_lines[0] - first_line)
            elif marks:
                self._centre_on(min(marks) - first_line)
            self._paint_selected_lines()

    def _centre_on(self, line: int) -> None:
        """Scroll so ``line`` (0-based in the text) sits mid-panel."""
        block = self.code.document().findBlockByLineNumber(line)
        layout = self.code.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        bar = self.code.verticalScrollBar()
        bar.setValue(int(top - self.code.viewport().height() / 2))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        args = self._args
        if args is not None and self.marks and not self._stale and not self.lexer.busy:  # sizes known once shown
            self._centre_on(min(self.marks) - args[3])


class _Page:
    """Numbered, coloured lines written into a document a chunk of tokens at a time, as pygments'
    HtmlFormatter lays out inline line numbers: each line's number in the style's line-number colours,
    the tokens of a marked line on the mark colour, lines 125% high, 12 px above the first and below the last.

    The document keeps the code it shows until the first chunk replaces it.
    """

    def __init__(self, document, formats: TokenFormats, mark: QColor, first_line: int, last_line: int,
                 marked: set[int]):
        self.document, self.cursor = document, None
        self.formats, self.mark, self.marked = formats, mark, marked
        self.line, self.width = first_line, len(str(last_line))
        self._formats_of: dict = {}  # by (token, marked)
        style = formats.style
        self.number_format = QTextCharFormat()
        for colour, apply in ((style.line_number_color, self.number_format.setForeground),
                              (style.line_number_background_color, self.number_format.setBackground)):
            if colour and QColor.isValidColorName(colour):  # "inherit" is not: the text's own
                apply(QColor(colour))
        self.block_format = QTextBlockFormat()
        self.block_format.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

    def _begin(self) -> QTextCursor:
        self.document.clear()
        cursor = QTextCursor(self.document)
        first = QTextBlockFormat(self.block_format)
        first.setTopMargin(12)
        cursor.setBlockFormat(first)
        self.cursor = cursor
        self._number(cursor)
        return cursor

    def write(self, tokens: list[Lexeme]) -> None:
        cursor = self._cursor()
        cursor.beginEditBlock()  # laid out once per chunk, not once per token
        for _start, token, value in tokens:
            for index, piece in enumerate(value.split("\n")):
                if index:
                    cursor.insertBlock(self.block_format, QTextCharFormat())
                    self.line += 1
                    self._number(cursor)
                if piece:
                    cursor.insertText(piece, self._format(token))
        cursor.endEditBlock()

    def finish(self) -> None:
        last = QTextBlockFormat()
        last.setBottomMargin(12)
        self._cursor().mergeBlockFormat(last)

    def _cursor(self) -> QTextCursor:
        """Where the next token goes: the document is cleared as the first chunk is written."""
        return self._begin() if self.cursor is None else self.cursor

    def _number(self, cursor: QTextCursor) -> None:
        cursor.insertText(f"{self.line:>{self.width}} ", self.number_format)

    def _format(self, token) -> QTextCharFormat:
        marked = self.line in self.marked
        key = (token, marked)
        if key not in self._formats_of:
            text_format = QTextCharFormat(self.formats(token) or QTextCharFormat())
            if marked:
                text_format.setBackground(self.mark)
            self._formats_of[key] = text_format
        return self._formats_of[key]


def _notes_text(marks: dict[int, str]) -> str:
    """Each note once, after the lines it marks: the first few named, then how many more."""
    lines_of: dict[str, list[int]] = {}
    for line, text in sorted(marks.items()):
        lines_of.setdefault(text, []).append(line)
    notes = []
    for text, lines in lines_of.items():
        named = ", ".join(str(line) for line in lines[:NAMED_LINES])
        if len(lines) > NAMED_LINES:
            named = translate("CodeView", "{lines} and {more} more").format(lines=named, more=len(lines) - NAMED_LINES)
        which = (translate("CodeView", "<b>Line {lines}:</b> {note}") if len(lines) == 1
                 else translate("CodeView", "<b>Lines {lines}:</b> {note}"))
        notes.append(which.format(lines=named, note=html.escape(text)))
    return "<br>".join(notes)


def _code_font(font_pt: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font_pt)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font

