"""Colour maths for tests: WCAG 2.1 contrast, colour-vision-deficiency simulation, CIEDE2000.

Colours come in as anything ``QColor`` takes ("#rrggbb", a name, a QColor). A
QColor with alpha below 255 is composited over the background it is measured
against, as the screen would show it.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor


def to_qcolor(color) -> QColor:
    return QColor(color)


def srgb(color) -> np.ndarray:
    """Red, green and blue in 0..1, ignoring alpha."""
    c = to_qcolor(color)
    return np.array([c.red(), c.green(), c.blue()], dtype=float) / 255


def over(fg, bg) -> QColor:
    """``fg`` drawn with its own alpha over the opaque ``bg``: the colour seen (blended in sRGB, as Qt does)."""
    top, under = to_qcolor(fg), to_qcolor(bg)
    alpha = top.alphaF()
    mixed = alpha * srgb(top) + (1 - alpha) * srgb(under)
    return QColor.fromRgbF(*(float(v) for v in mixed))


def linear(rgb: np.ndarray) -> np.ndarray:
    """sRGB in 0..1 to linear light (the sRGB transfer curve WCAG 2.1 uses)."""
    return np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def gamma(rgb_linear: np.ndarray) -> np.ndarray:
    """Linear light back to sRGB in 0..1, clipped to the gamut."""
    v = np.clip(rgb_linear, 0, 1)
    return np.where(v <= 0.0031308, 12.92 * v, 1.055 * v ** (1 / 2.4) - 0.055)


def relative_luminance(color) -> float:
    """WCAG 2.1 relative luminance of an opaque colour."""
    r, g, b = linear(srgb(color))
    return float(0.2126 * r + 0.7152 * g + 0.0722 * b)


def contrast_ratio(fg, bg) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21, of ``fg`` (composited if translucent) against ``bg``."""
    seen = over(fg, bg)
    lighter, darker = sorted((relative_luminance(seen), relative_luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
# Simulation of Color Vision Deficiency", severity 1.0; they act on linear RGB.
CVD_MATRICES = {
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def simulate(color, deficiency: str) -> QColor:
    """How ``color`` looks to someone with ``deficiency`` (a key of CVD_MATRICES)."""
    seen = gamma(CVD_MATRICES[deficiency] @ linear_exact(srgb(color)))
    return QColor.fromRgbF(*(float(v) for v in seen))


def linear_exact(rgb: np.ndarray) -> np.ndarray:
    """The sRGB standard's transfer curve (0.04045), for colorimetry rather than WCAG's figure."""
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


_SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                         [0.2126729, 0.7151522, 0.0721750],
                         [0.0193339, 0.1191920, 0.9503041]])
_D65 = np.array([0.95047, 1.0, 1.08883])


def lab(color) -> np.ndarray:
    """CIELAB (D65) of an opaque sRGB colour."""
    xyz = _SRGB_TO_XYZ @ linear_exact(srgb(color)) / _D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e_2000(first, second) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1."""
    return ciede2000(lab(first), lab(second))


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = (-2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
           * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))))
    return math.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2
                     + r_t * (dc / s_c) * (dh_big / s_h))
