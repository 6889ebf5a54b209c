"""Mandelbrot set: float complex-plane iteration plus integer bit packing of each row."""
import sys


def row_bits(y, size, limit):
    ci = 2.0 * y / size - 1.0
    bits = 0
    count = 0
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = zi = 0.0
        inside = 1
        for _ in range(limit):
            tr = zr * zr - zi * zi + cr
            zi = 2.0 * zr * zi + ci
            zr = tr
            if zr * zr + zi * zi > 4.0:
                inside = 0
                break
        bits = (bits << 1) | inside
        count += inside
    return bits, count


def main(size):
    checksum = 0
    total = 0
    for y in range(size):
        bits, count = row_bits(y, size, 50)
        checksum = (checksum * 31 + bits) % 1000000007
        total += count
    print("points inside %d checksum %d" % (total, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 900)
