"""Pygments' Python lexer over a text a chunk at a time, one chunk per turn of the event loop, and the
character formats of a pygments style: what the editor and the code panel colour code with.

A variant's module (a few KB) is one chunk, lexed and coloured at once. The
largest edit kept (128 KB) takes a few dozen, so a long text never holds the
window: the benchmark ``large_session`` measures the longest wait between two
turns of the event loop while one opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pygments.lexers import PythonLexer
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat

CHUNK_CHARS = 4096  # lexed and coloured in one turn: about 10 ms of work here
CHUNK_LINES = 128  # so are this many lines, however short: each is a block to colour

Lexeme = tuple[int, Any, str]  # where it starts in the text, its pygments token type, its text


class ChunkedLexer(QObject):
    """Lexes a text in chunks, one per turn of the event loop from the next, handing each chunk's tokens
    to ``take(tokens, done)``; ``chunks`` counts those of the last text, and ``finished`` follows its last.

    Texts given in one turn (keys typed faster than the loop turns) are lexed once, as the last.
    """

    finished = Signal()

    def __init__(self, parent: QObject, take: Callable[[list[Lexeme], bool], None]):
        super().__init__(parent)
        self._take = take
        self._lexer = PythonLexer()
        self._tokens: Iterator[Lexeme] | None = None
        self.chunks = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_chunk)

    @property
    def busy(self) -> bool:
        return self._tokens is not None

    def start(self, text: str) -> None:
        """Lex ``text`` from its start; whatever was being lexed is dropped."""
        self._tokens = self._lexer.get_tokens_unprocessed(text)
        self.chunks = 0
        self._timer.start()

    def _next_chunk(self) -> None:
        tokens = self._tokens
        if tokens is None:
            return
        chunk, chars, lines = [], 0, 0
        for token in tokens:
            chunk.append(token)
            chars, lines = chars + len(token[2]), lines + token[2].count("\n")
            if chars >= CHUNK_CHARS or lines >= CHUNK_LINES:
                break
        else:
            self._tokens = None
        self.chunks += 1
        done = self._tokens is None
        self._take(chunk, done)
        if done and self._tokens is None:  # not started again by what ``take`` did
            self.finished.emit()
        elif not done:
            self._timer.start()


class TokenFormats:
    """The character format of each pygments token type in ``style`` (None where it leaves text plain)."""

    def __init__(self, style):
        self.style = style
        self._formats: dict[Any, QTextCharFormat | None] = {}

    def __call__(self, token) -> QTextCharFormat | None:
        if token not in self._formats:
            self._formats[token] = _char_format(self.style.style_for_token(token))
        return self._formats[token]


def _char_format(style: dict) -> QTextCharFormat | None:
    if not any(style[key] for key in ("color", "bgcolor", "bold", "italic", "underline")):
        return None
    text_format = QTextCharFormat()
    if style["color"]:
        text_format.setForeground(QColor(f"#{style['color']}"))
    if style["bgcolor"]:
        text_format.setBackground(QColor(f"#{style['bgcolor']}"))
    if style["bold"]:
        text_format.setFontWeight(QFont.Weight.Bold)
    text_format.setFontItalic(bool(style["italic"]))
    text_format.setFontUnderline(bool(style["underline"]))
    return text_format
