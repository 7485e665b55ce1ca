#!/usr/bin/env python3
# The constants and tables of libc/math, from mpmath at 300 bits: run
#   python3 libc/math/tables.py NAME
# to print one table as C (the .c file that holds it says which NAME).
# Each value is split into doubles: hi = the value rounded to double, lo =
# the rest rounded to double (a double-double), or hi cut to fewer bits
# where a product with a small integer must be exact.
import sys
from mpmath import mp, mpf, pi, log, exp, atan, floor

mp.prec = 300

def d(x):
    """x rounded to the nearest double, as a Python float (exact value)."""
    return float(mp.mpf(x))

def hexd(x):
    return float(x).hex()

def dd(x):
    hi = d(x)
    lo = d(mpf(x) - mpf(hi))
    return hi, lo

def cut(x, bits):
    """x rounded to a double with at most `bits` significant bits."""
    x = mpf(x)
    e = int(floor(mp.log(abs(x), 2)))
    q = mpf(2) ** (e - bits + 1)
    return float(mp.nint(x / q) * q)

def exp_table():
    print("/* 2^(j/32) as hi + lo, j = 0..31 (python3 libc/math/tables.py exp). */")
    print("static const double exp_table[32][2] = {")
    for j in range(32):
        hi, lo = dd(mpf(2) ** (mpf(j) / 32))
        print("\t{ %s, %s }," % (hexd(hi), hexd(lo)))
    print("};")
    l = log(2) / 32
    hi = cut(l, 36)
    lo = d(l - hi)
    print("#define LN2_32_HI %s  /* ln2/32 to 36 bits: k*hi exact for |k| < 2^17 */" % hexd(hi))
    print("#define LN2_32_LO %s" % hexd(lo))
    print("#define INV_LN2_32 %s  /* 32/ln2 */" % hexd(d(32 / log(2))))

def log_table():
    print("/* For c = 1 + j/64, j = -19..27: 1/c rounded to double, and -log of")
    print(" * that double as hi + lo (python3 libc/math/tables.py log). */")
    print("static const double log_table[47][3] = {")
    for j in range(-19, 28):
        inv = d(1 / (1 + mpf(j) / 64))
        hi, lo = dd(-log(mpf(inv)))
        print("\t{ %s, %s, %s }," % (hexd(inv), hexd(hi), hexd(lo)))
    print("};")
    l = log(2)
    hi = cut(l, 42)
    print("#define LN2_42 %s  /* ln2 to 42 bits: e*hi exact for |e| < 2^11 */" % hexd(hi))
    print("#define LN2_42_LO %s" % hexd(d(l - hi)))

def consts():
    for name, v in [("LN2", log(2)), ("LOG2E", 1 / log(2)), ("LOG10E", 1 / log(10)),
                    ("LOG10_2", log(2) / log(10)), ("PI", pi), ("PI_2", pi / 2)]:
        hi, lo = dd(v)
        print("#define %s_HI %s" % (name, hexd(hi)))
        print("#define %s_LO %s" % (name, hexd(lo)))

def atan_table():
    print("/* atan(j/16) as hi + lo, j = 0..16 (python3 libc/math/tables.py atan). */")
    print("static const double atan_table[17][2] = {")
    for j in range(17):
        hi, lo = dd(atan(mpf(j) / 16))
        print("\t{ %s, %s }," % (hexd(hi), hexd(lo)))
    print("};")

def pio2():
    mp.prec = 1500   # 2/pi's table reaches bit 1400
    v = pi / 2
    p1 = cut(v, 33)
    p2 = cut(v - p1, 33)
    p3 = d(v - p1 - p2)
    p4 = d(v - p1 - p2 - p3)
    print("/* pi/2 in parts of 33, 33 and 53 bits, and the rest: n*p1 and n*p2 are")
    print(" * exact for n < 2^20 (python3 libc/math/tables.py pio2). */")
    for i, p in enumerate((p1, p2, p3, p4)):
        print("#define PIO2_%d %s" % (i + 1, hexd(p)))
    print("#define INV_PIO2 %s  /* 2/pi */" % hexd(d(2 / pi)))
    hi, lo = dd(v)
    print("#define PIO2_HI %s" % hexd(hi))
    print("#define PIO2_LO %s" % hexd(lo))
    # 2/pi's bits after the binary point, 32 per word: enough for the
    # largest double's exponent (1024) plus 7 words of precision.
    n = (1024 + 53 + 7 * 32) // 32 + 2
    f = 2 / pi
    words = []
    for i in range(n):
        f *= 2 ** 32
        w = int(floor(f))
        words.append(w)
        f -= w
    print("/* 2/pi = sum of two_over_pi[i] * 2^(-32(i+1)). */")
    print("static const uint32_t two_over_pi[%d] = {" % n)
    for i in range(0, n, 6):
        print("\t" + " ".join("0x%08x," % w for w in words[i:i + 6]))
    print("};")

{"exp": exp_table, "log": log_table, "consts": consts, "atan": atan_table, "pio2": pio2}[sys.argv[1]]()
