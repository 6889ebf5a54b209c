/* C -O2 counterpart of bench/programs/mandelbrot.py. The Python row is a big integer of
   size bits; only its value modulo 1000000007 reaches the checksum, so that is what is kept. */
#include <stdio.h>
#include <stdlib.h>

#define P 1000000007L

static void row_bits(long y, long size, long limit, long *bits_mod, long *count_out) {
    double ci = 2.0 * y / size - 1.0;
    long bits = 0, count = 0;
    for (long x = 0; x < size; x++) {
        double cr = 2.0 * x / size - 1.5;
        double zr = 0.0, zi = 0.0;
        long inside = 1;
        for (long k = 0; k < limit; k++) {
            double tr = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = tr;
            if (zr * zr + zi * zi > 4.0) {
                inside = 0;
                break;
            }
        }
        bits = (bits * 2 + inside) % P;
        count += inside;
    }
    *bits_mod = bits;
    *count_out = count;
}

int main(int argc, char **argv) {
    long size = argc > 1 ? atol(argv[1]) : 900;
    long checksum = 0, total = 0;
    for (long y = 0; y < size; y++) {
        long bits, count;
        row_bits(y, size, 50, &bits, &count);
        checksum = (checksum * 31 + bits) % P;
        total += count;
    }
    printf("points inside %ld checksum %ld\n", total, checksum);
    return 0;
}
