"""A problem drawn once and handed to several variants, so they train on identical numbers."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch


@dataclass(frozen=True)
class Problem:
    """Input x, target y and the starting weights w1, w2, all float64 numpy arrays.

    Variants that build their weights themselves (``nn.Linear``) take only x and y.
    Every accessor returns fresh copies: the variants update weights in place, and
    one variant must never move another's starting point.
    """

    x: np.ndarray
    y: np.ndarray
    w1: np.ndarray
    w2: np.ndarray

    @classmethod
    def draw(cls, N: int, D_in: int, H: int, D_out: int, seed: int) -> Problem:
        """Draw as the notebook's numpy cell does, so ``numpy`` with this seed sees the same."""
        rng = np.random.RandomState(seed)
        x = rng.randn(N, D_in)
        y = rng.randn(N, D_out)
        w1 = rng.randn(D_in, H)
        w2 = rng.randn(H, D_out)
        return cls(x, y, w1, w2)

    def arrays(self) -> tuple[np.ndarray, ...]:
        """x, y, w1, w2 as float64 numpy arrays."""
        return tuple(a.copy() for a in (self.x, self.y, self.w1, self.w2))

    def tensors(
        self, device: torch.device, dtype: torch.dtype, weights: bool = True
    ) -> tuple[torch.Tensor, ...]:
        """x, y and (unless ``weights`` is false) w1, w2 as tensors on ``device``."""
        arrays = (self.x, self.y, self.w1, self.w2) if weights else (self.x, self.y)
        return tuple(torch.tensor(a, device=device, dtype=dtype) for a in arrays)
