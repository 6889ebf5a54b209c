/* C -O2 counterpart of bench/programs/recursion.py: the same functions and output. The
   memoised partition count keeps its cache in a table instead of functools.lru_cache. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long fib(long n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

static long tak(long x, long y, long z) {
    if (y < x) {
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
    }
    return z;
}

static long ack(long m, long n) {
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ack(m - 1, 1);
    }
    return ack(m - 1, ack(m, n - 1));
}

#define PN 251
static long memo[PN][PN];
static char known[PN][PN];

static long partitions(long n, long k) {
    if (n == 0) {
        return 1;
    }
    if (n < 0 || k == 0) {
        return 0;
    }
    if (known[n][k]) {
        return memo[n][k];
    }
    long r = partitions(n - k, k) + partitions(n, k - 1);
    known[n][k] = 1;
    memo[n][k] = r;
    return r;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 36;
    long f = fib(n);
    long t = tak(24, 16, 8);
    long a = 0;
    for (long i = 0; i < 40; i++) {
        a += ack(2, i);
    }
    a += ack(3, 6);
    memset(known, 0, sizeof known);
    long p = partitions(250, 250);
    printf("fib(%ld) %ld tak %ld ack %ld partitions %ld\n", n, f, t, a, p);
    return 0;
}
