"""An editor for a Python module: line numbers, the code panel's highlighting, four-space Tab,
auto-indent, undo and redo, find (Ctrl+F), and lines marked as changed or as where an error arose.

It takes text and line numbers and knows nothing of what the code does. However long the
text, no change to it holds the window: it is coloured a chunk per turn of the event loop
(widgets/highlighting.py), and only the marked lines in view get a background.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Set

from pygments.styles import get_style_by_name
from pygments.token import Token
from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from .code_view import CODE_STYLES, _code_font
from .highlighting import ChunkedLexer, Lexeme, TokenFormats
from .theme import DARK, Theme
from .words import translate

INDENT = "    "
# Backgrounds of marked lines, per theme: a changed line, the line an error arose on
LINE_MARKS = {"dark": ("#1d3a2a", "#5a1d1d"), "light": ("#dcf3e1", "#ffd7d7")}


class CodeEditor(QWidget):
    """Python text to edit; ``edited`` fires (once per burst of typing) when the user changed it."""

    edited = Signal()

    def __init__(self, parent=None, theme: Theme = DARK):
        super().__init__(parent)
        self.changed_lines: set[int] = set()
        self.error: tuple[int | None, str] | None = None  # its line (None: unknown) and its message
        self.theme = theme
        self.find_field = _FindField()
        self.find_field.setPlaceholderText(translate("Editor", "Find: Enter for the next, Esc to close"))
        self.find_field.hide()
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.closed.connect(self.close_find)
        self.text_edit = _TextEdit(self)
        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_field)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.message)
        self.highlighter = _Highlighter(self.text_edit.document())
        self._setting = False
        self._last_text = ""
        self._quiet = QTimer(self, singleShot=True, interval=150)  # one signal per burst of typing
        self._quiet.timeout.connect(self.edited)
        # contentsChange, not textChanged: the colouring of each block fires textChanged too
        self.text_edit.document().contentsChange.connect(self._on_text_changed)
        self.text_edit.verticalScrollBar().valueChanged.connect(self._select_marked)
        QShortcut(QKeySequence.StandardKey.Find, self, self.open_find,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.apply_theme(theme)

    @property
    def busy(self) -> bool:
        """Still colouring the text, or holding a burst of typing before it says ``edited``."""
        return self.highlighter.lexer.busy or self._quiet.isActive()

    # Text

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_text(self, text: str, undoable: bool = False) -> None:
        """Replace the text (``undoable``: as one step the user can undo, as Revert is); ``edited`` does not fire."""
        if text == self.text():
            return
        self._setting = True
        if undoable:
            cursor = QTextCursor(self.text_edit.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
        else:
            self.text_edit.setPlainText(text)
        self._setting = False
        self._last_text = self.text()
        self.highlighter.relex()

    def _on_text_changed(self, *_change) -> None:
        if self._setting:  # set_text relexes once it is done
            return
        text = self.text()
        if text == self._last_text:
            return
        self._last_text = text
        self.highlighter.relex()
        self._quiet.start()

    # Marks

    def set_marks(self, changed: Set[int], error: tuple[int | None, str] | None = None) -> None:
        """Mark ``changed`` lines (1-based), and an ``error``: its line (or None) and its message."""
        self.changed_lines = set(changed)
        self.error = error
        self._select_marked()
        self.text_edit.gutter.update()
        if error is None:
            self.message.hide()
        else:
            self.show_message(error[1], line=error[0])

    def _select_marked(self, *_scrolled) -> None:
        """A background under each marked line in view, or a screen above or below it: only those,
        since an edit of thousands of changed lines would cost thousands of selections at each change."""
        text_edit = self.text_edit
        first = text_edit.firstVisibleBlock().blockNumber() + 1
        rows = text_edit.viewport().height() // max(text_edit.fontMetrics().height(), 1) + 1
        near = range(max(first - rows, 1), first + 2 * rows + 1)
        background_changed, background_error = (QColor(c) for c in LINE_MARKS[self.theme.name])
        selections = [self._line_selection(line, background_changed) for line in near if line in self.changed_lines]
        if self.error is not None and self.error[0] is not None:
            selections.append(self._line_selection(self.error[0], background_error))
        text_edit.setExtraSelections([s for s in selections if s is not None])

    def show_message(self, text: str, line: int | None = None) -> None:
        where = translate("Editor", "<b>Line {line}:</b> ").format(line=line) if line is not None else ""
        body = html.escape(text)
        self.message.setText(f"{where}<pre style='margin: 0; white-space: pre-wrap;'>{body}</pre>"
                             if "\n" in text else f"{where}{body}")
        self.message.show()

    def _line_selection(self, line: int, colour: QColor):
        block = self.text_edit.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return None
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(colour)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        return selection

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of ``line`` (1-based), centred, and give the editor the focus."""
        block = self.text_edit.document().findBlockByNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.centerCursor()
        self.text_edit.setFocus()

    # Find

    def open_find(self) -> None:
        selected = self.text_edit.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.find_field.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_field.hide()
        self.text_edit.setFocus()

    def find_next(self) -> bool:
        """Select the next occurrence of the find field's text, from the top again past the last; False if none."""
        needle = self.find_field.text()
        if not needle:
            return False
        if self.text_edit.find(needle):
            return True
        cursor = self.text_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.text_edit.setTextCursor(cursor)
        return self.text_edit.find(needle)

    # Look

    def apply_theme(self, theme: Theme, font_pt: int = 10) -> None:
        self.theme = theme
        style = get_style_by_name(CODE_STYLES[theme.name][0])
        foreground = style.style_for_token(Token.Text)["color"]
        self.text_edit.setStyleSheet(f"QPlainTextEdit {{ background: {style.background_color}; "
                                     f"color: {'#' + foreground if foreground else theme.foreground}; }}")
        self.message.setStyleSheet(f"QLabel#editorMessage {{ color: {theme.foreground}; "
                                   f"border-left: 4px solid {theme.warning}; padding-left: 6px; }}")
        font = _code_font(font_pt)
        self.text_edit.setFont(font)
        self.message.setFont(font)
        self.text_edit.gutter.set_colours(QColor(style.background_color), QColor(theme.secondary),
                                          QColor(theme.palette[4]), QColor(theme.warning))
        self.highlighter.set_style(TokenFormats(style))
        self.set_marks(self.changed_lines, self.error)


class _TextEdit(QPlainTextEdit):
    """Plain text with a line-number gutter; Tab indents by four spaces, Enter keeps the indent, and
    Ctrl+Tab and Ctrl+Shift+Tab move the focus on and back: no key is trapped in the editor."""

    def __init__(self, editor: CodeEditor):
        super().__init__(editor)
        self.editor = editor
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.gutter = _Gutter(self, editor)
        self.blockCountChanged.connect(self._fit_gutter)
        self.updateRequest.connect(self._scroll_gutter)
        self._fit_gutter()

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers & Qt.KeyboardModifier.ControlModifier:
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)  # QWidget's: the text edit's own keeps the focus
        elif key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            self.textCursor().insertText(INDENT)
        elif key == Qt.Key.Key_Backtab:
            self._dedent()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            self._new_line()
        else:
            super().keyPressEvent(event)

    def _new_line(self) -> None:
        """A new line indented as this one, one level deeper after a colon."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        indent = before[: len(before) - len(before.lstrip(" "))]
        if before.rstrip().endswith(":"):
            indent += INDENT
        cursor.insertText("\n" + indent)
        self.ensureCursorVisible()

    def _dedent(self) -> None:
        cursor = self.textCursor()
        text = cursor.block().text()
        spaces = min(len(text) - len(text.lstrip(" ")), len(INDENT))
        if spaces:
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, spaces)
            cursor.removeSelectedText()

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits

    def _fit_gutter(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))
        self.editor._select_marked()  # more lines in view, or fewer

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._fit_gutter()


class _Gutter(QWidget):
    """Line numbers; a bar beside a changed line, the number of the error's line in the warning colour."""

    def __init__(self, text_edit: _TextEdit, editor: CodeEditor):
        super().__init__(text_edit)
        self.text_edit, self.editor = text_edit, editor
        self.colours = (QColor("#000"), QColor("#888"), QColor("#0a0"), QColor("#c00"))

    def set_colours(self, background: QColor, number: QColor, changed: QColor, error: QColor) -> None:
        self.colours = (background, number, changed, error)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.text_edit.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        background, number, changed, error = self.colours
        error_line = self.editor.error[0] if self.editor.error else None
        painter = QPainter(self)
        painter.fillRect(event.rect(), background)
        painter.setFont(self.text_edit.font())
        block = self.text_edit.firstVisibleBlock()
        top = round(self.text_edit.blockBoundingGeometry(block).translated(self.text_edit.contentOffset()).top())
        height = self.text_edit.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            line = block.blockNumber() + 1
            if block.isVisible() and top + height >= event.rect().top():
                if line in self.editor.changed_lines:
                    painter.fillRect(0, top, 4, height, changed)
                painter.setPen(error if line == error_line else number)
                painter.drawText(0, top, self.width() - 6, height, Qt.AlignmentFlag.AlignRight, str(line))
            top += round(self.text_edit.blockBoundingRect(block).height())
            block = block.next()


class _Highlighter(QSyntaxHighlighter):
    """Pygments' Python lexer over the whole text (a docstring spans lines), a chunk per turn of the event
    loop; each block is coloured once the text to its end is lexed.

    The coloured spans are kept as three flat lists, not a tuple each: tens of
    thousands of tuples kept at each change would soon cost a full collection
    of Python's garbage, a fifth of a second with torch loaded.
    """

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.lexer = ChunkedLexer(self, self._take)
        self._formats: TokenFormats | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._span_formats: list[QTextCharFormat] = []
        self._lexed: str | None = None
        self._block = 0  # the first block not yet coloured from the text being lexed

    def set_style(self, formats: TokenFormats) -> None:
        self._formats, self._lexed = formats, None
        self.relex()

    def relex(self) -> None:
        text = self.document().toPlainText()
        if text == self._lexed or self._formats is None:
            return
        self._lexed, self._starts, self._ends, self._span_formats, self._block = text, [], [], [], 0
        self.lexer.start(text)

    def _take(self, tokens: list[Lexeme], done: bool) -> None:
        formats = self._formats
        assert formats is not None  # relex starts the lexer only once a style is set, never unset
        for start, token, value in tokens:
            text_format = formats(token)
            if text_format is not None and value:
                self._starts.append(start)
                self._ends.append(start + len(value))
                self._span_formats.append(text_format)
        lexed = tokens[-1][0] + len(tokens[-1][2]) if tokens else 0
        block = self.document().findBlockByNumber(self._block)
        while block.isValid() and (done or block.position() + block.length() - 1 <= lexed):
            self.rehighlightBlock(block)
            block = block.next()
        self._block = block.blockNumber() if block.isValid() else self.document().blockCount()

    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        starts, ends = self._starts, self._ends
        index = max(bisect_right(starts, start) - 1, 0)
        while index < len(starts) and starts[index] < end:
            first, last = starts[index], ends[index]
            if last > start:
                self.setFormat(max(first, start) - start, min(last, end) - max(first, start),
                               self._span_formats[index])
            index += 1


class _FindField(QLineEdit):
    """The find field: Esc closes it, before the window's Esc (Stop) can take the key."""

    closed = Signal()

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)
