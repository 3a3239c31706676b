"""How far two correct float64 implementations of one training step may differ: a derived bound.

numpy (through its BLAS) and torch compute the same step with sums in different
orders, blocked differently, with or without fused multiply-adds, depending on
the CPU. None of that is specified, so no comparison may assume an order. What
holds for any order is the classic forward-error bound of a sum (Higham,
*Accuracy and Stability of Numerical Algorithms*, 2nd ed., eq. 3.5): a computed
dot product of length n satisfies

    |fl(a·b) − a·b| ≤ γ(n) · |a|·|b|,   γ(n) = n·u / (1 − n·u),   u = 2⁻⁵³,

and elementwise for a matrix product, |fl(AB) − AB| ≤ γ(n)|A||B|. Each stage of
the step adds its own rounding to the error it inherits (first order: terms in
u² are smaller than the float64 rounding of the bound itself):

    h = x w1                 E_h  = γ(D_in)|x||w1|
    r = relu(h)              E_r  = E_h                       (relu is 1-Lipschitz)
    ŷ = r w2                 E_ŷ  = γ(H)|r||w2| + E_r|w2|
    d = ŷ − y                E_d  = E_ŷ + u|d|
    loss = Σ d²              E_L  = γ(N·D_out + 1) Σ d² + 2 Σ |d| E_d
    g = 2d                   E_g  = 2 E_d                     (exact scaling)
    ∂w2 = rᵀ g               E_w2 = γ(N)|r|ᵀ|g| + E_rᵀ|g| + |r|ᵀE_g
    ∂r = g w2ᵀ               E_∂r = γ(D_out)|g||w2|ᵀ + E_g|w2|ᵀ
    ∂h = ∂r where h ≥ 0      E_∂h = E_∂r, or |∂r| + E_∂r where |h| ≤ E_h (the sign may flip)
    ∂w1 = xᵀ ∂h              E_w1 = γ(N)|x|ᵀ|∂h| + |x|ᵀE_∂h

Each implementation lies within E of the exact value, so two of them lie within
2E of each other, on any CPU and any BLAS. The bound is worst-case (random
rounding errors grow like √n, not n), so it is loose; it is still orders of
magnitude below what a wrong formula produces, which is what the tests look for.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

U = 2.0**-53


def gamma(n: int) -> float:
    return n * U / (1 - n * U)


@dataclass(frozen=True)
class StepBounds:
    """Bounds on how far two correct implementations' loss and gradients may differ."""

    loss: float
    w1: np.ndarray  # elementwise, in the notebook's (D_in, H) orientation
    w2: np.ndarray  # (H, D_out)


def step_bounds(x: np.ndarray, y: np.ndarray, w1: np.ndarray, w2: np.ndarray) -> StepBounds:
    """2E for each result of one float64 step from these exact inputs (see the module's table)."""
    N, D_in = x.shape
    H, D_out = w2.shape
    ax, aw1, aw2 = abs(x), abs(w1), abs(w2)
    h = x @ w1
    r = np.maximum(h, 0)
    d = r @ w2 - y
    e_h = gamma(D_in) * (ax @ aw1)
    e_r = e_h
    e_d = gamma(H) * (abs(r) @ aw2) + e_r @ aw2 + U * abs(d)
    e_loss = gamma(N * D_out + 1) * np.sum(d * d) + 2 * np.sum(abs(d) * e_d)
    g, e_g = 2 * d, 2 * e_d
    e_w2 = gamma(N) * (abs(r).T @ abs(g)) + e_r.T @ abs(g) + abs(r).T @ e_g
    dr = g @ w2.T
    e_dr = gamma(D_out) * (abs(g) @ aw2.T) + e_g @ aw2.T
    unsure = abs(h) <= e_h  # the ReLU's mask may differ between two implementations here
    dh = np.where(h >= 0, dr, 0.0)
    e_dh = np.where(unsure, abs(dr) + e_dr, np.where(h >= 0, e_dr, 0.0))
    e_w1 = gamma(N) * (ax.T @ abs(dh)) + ax.T @ e_dh
    return StepBounds(2 * e_loss, 2 * e_w1, 2 * e_w2)
