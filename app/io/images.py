"""Pictures as bytes and arrays: a QImage encoded as PNG or JPEG, or as RGB values for a video's frame."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from app.language import translate

JPEG_QUALITY = 90  # text and thin lines stay crisp; Qt's default, 75, blurs them


def image_bytes(image: QImage, kind: str = "PNG") -> bytes:
    """``image`` encoded as ``kind`` (PNG or JPEG)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11's QtGui.pyi types ``format`` as bytes, but the binding takes only str at run time
    quality = JPEG_QUALITY if kind == "JPEG" else -1
    if not image.save(buffer, kind, quality):  # pyright: ignore[reportCallIssue, reportArgumentType]
        raise ValueError(translate("Images", "the image could not be encoded as {kind}").format(kind=kind))
    buffer.close()
    return bytes(data.data())


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    return image_bytes(image, "PNG")


def rgb_array(image: QImage) -> np.ndarray:
    """A QImage as (height, width, 3) bytes."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    rows = rows.reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()
