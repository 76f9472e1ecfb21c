"""Generate ``actgui/model/_erfcx_table.py``: a piecewise polynomial for the Mills ratio.

The model computes the normal CDF and erfc from the scaled tail

    R(x) = Phi(-x) exp(x^2 / 2) = erfcx(x / sqrt 2) / 2,   x >= 0,

where Phi is the standard normal CDF and erfcx(a) = exp(a^2) erfc(a). R is
smooth, positive and slowly varying on [0, inf) (1/2 at 0, about
1 / (x sqrt(2 pi)) for large x), so unlike Phi(-x) itself it is easy to
approximate by polynomials to full double precision. The model then gets
Phi(-x) = R(x) exp(-x^2 / 2) and erfc(a) = 2 R(a sqrt 2) exp(-a^2), with the
Gaussian computed without rounding x^2.

The piece holding x is read off the bits of the double x + 1: its exponent
and top ``MANTISSA_BITS`` mantissa bits form the key, so each binade
[2^e, 2^(e+1)) of x + 1 is cut into 2^MANTISSA_BITS pieces of equal width:
narrow near x = 0, where R curves most, and of constant relative width in the
tail, where R is nearly 1 / x. Finding the piece costs a shift, no logarithm
and no search. The remaining 52 - MANTISSA_BITS mantissa bits, read as an
integer v, place x within its piece, and R is a polynomial in v on each
piece. So the model needs no per-piece centre or width, only the coefficients.

On each piece R is interpolated at the Chebyshev points of the piece (a
near-minimax polynomial), then expanded into monomials of v for Horner
evaluation. Everything is computed with mpmath at 60 digits; the script
prints the largest relative error of the rounded table, evaluated exactly at
points between the nodes (the rounding of the float64 evaluation is tested
against mpmath in tests/model/test_erfc.py).

Run from the repository root (needs mpmath, a test dependency; about 20 s)::

    python tests/model/make_erfcx_table.py
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import mpmath as mp
import numpy as np

mp.mp.dps = 60

MANTISSA_BITS = 9
"""Pieces per binade of x + 1: 2**MANTISSA_BITS."""
BINADES = 6
"""x + 1 in [1, 64): x up to 63. Phi(-x) underflows to 0 past x = 38.5; callers clamp x at 40."""
DEGREE = 4
CHECKS_PER_PIECE = 16
FRACTION_BITS = 52 - MANTISSA_BITS

OUTPUT = Path(__file__).resolve().parents[2] / "actgui" / "model" / "_erfcx_table.py"


def scaled_tail(x: mp.mpf) -> mp.mpf:
    """R(x) = Phi(-x) exp(x^2 / 2)."""
    return mp.erfc(x / mp.sqrt(2)) / 2 * mp.exp(x * x / 2)


def piece_bounds() -> list[tuple[mp.mpf, mp.mpf]]:
    """[lo, hi) in x of every piece, in key order."""
    per_binade = 2**MANTISSA_BITS
    bounds = []
    for e in range(BINADES):
        for m in range(per_binade):
            lo = mp.mpf(2) ** e * (1 + mp.mpf(m) / per_binade) - 1
            hi = mp.mpf(2) ** e * (1 + mp.mpf(m + 1) / per_binade) - 1
            bounds.append((lo, hi))
    return bounds


def chebyshev_interpolant(lo: mp.mpf, hi: mp.mpf) -> list[mp.mpf]:
    """Monomial coefficients (in t in [-1, 1], constant first) of the interpolant on [lo, hi]."""
    n = DEGREE + 1
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    angles = [mp.pi * (j + mp.mpf(1) / 2) / n for j in range(n)]
    values = [scaled_tail(mid + half * mp.cos(angle)) for angle in angles]
    cheb = [
        2 * mp.fsum(v * mp.cos(k * angle) for v, angle in zip(values, angles, strict=True)) / n
        for k in range(n)
    ]
    cheb[0] /= 2
    # T_k as monomials, by T_{k+1} = 2 t T_k - T_{k-1}.
    basis = [[mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]]
    for k in range(2, n):
        up = [mp.mpf(0)] + [2 * c for c in basis[k - 1]]
        down = basis[k - 2] + [mp.mpf(0)] * (len(up) - len(basis[k - 2]))
        basis.append([u - d for u, d in zip(up, down, strict=True)])
    mono = [mp.mpf(0)] * n
    for k in range(n):
        for i, c in enumerate(basis[k]):
            mono[i] += cheb[k] * c
    return mono


def in_fraction_bits(mono_t: list[mp.mpf]) -> list[mp.mpf]:
    """Substitute t = 2 v / 2^FRACTION_BITS - 1: coefficients in v, constant first."""
    alpha = mp.mpf(2) ** (1 - FRACTION_BITS)
    out = [mp.mpf(0)] * len(mono_t)
    for k, c in enumerate(mono_t):
        # c (alpha v - 1)^k = c sum_i binom(k, i) alpha^i v^i (-1)^(k - i)
        for i in range(k + 1):
            out[i] += c * mp.binomial(k, i) * alpha**i * (-1) ** (k - i)
    return out


def build() -> tuple[list[list[float]], float]:
    """Each piece's coefficients [c_DEGREE, ..., c_0] in v, and the worst relative error."""
    rows: list[list[float]] = []
    worst = mp.mpf(0)
    for lo, hi in piece_bounds():
        coefficients = [float(c) for c in reversed(in_fraction_bits(chebyshev_interpolant(lo, hi)))]
        rows.append(coefficients)
        for j in range(CHECKS_PER_PIECE):
            v = mp.mpf(2) ** FRACTION_BITS * j / CHECKS_PER_PIECE + 12345  # an integer, off the nodes
            approx = mp.mpf(0)
            for c in coefficients:
                approx = approx * v + mp.mpf(c)
            x = lo + (hi - lo) * v / mp.mpf(2) ** FRACTION_BITS
            worst = max(worst, abs(approx / scaled_tail(x) - 1))
    return rows, float(worst)


def main() -> int:
    rows, worst = build()
    blob = base64.b64encode(np.array(rows, dtype="<f8").tobytes()).decode("ascii")
    lines = [
        '"""Piecewise polynomial table for R(x) = Phi(-x) exp(x^2 / 2), 0 <= x < X_MAX.',
        "",
        "Generated by tests/model/make_erfcx_table.py (mpmath, 60 digits); do not edit.",
        f"Largest relative error of the table (exact evaluation): {worst:.2e}.",
        "",
        "Piece i covers the x for which the bits of the double x + 1, shifted right by",
        "FRACTION_BITS (its exponent and top mantissa bits), equal FIRST_KEY + i.",
        "Row i of the table holds [c_n, ..., c_0]: R(x) = sum c_k v^k, where v is the",
        "integer in the low FRACTION_BITS bits of x + 1. TABLE_BASE64 is the table as",
        "little-endian float64, row by row.",
        '"""',
        "",
        f"FRACTION_BITS = {FRACTION_BITS}",
        f"FIRST_KEY = {1023 << MANTISSA_BITS}",
        f"X_MAX = {float(2**BINADES - 1)!r}",
        f"DEGREE = {DEGREE}",
        f"ROWS = {len(rows)}",
        "",
        "TABLE_BASE64 = (",
    ]
    for start in range(0, len(blob), 88):
        lines.append(f'    "{blob[start : start + 88]}"')
    lines.append(")")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(rows)} pieces, degree {DEGREE}); worst relative error {worst:.3e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
