/* C -O2 counterpart of bench/programs/spectral_norm.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(long i, long j) {
    long ij = i + j;
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1);
}

static void mul_av(const double *v, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++) {
            s += a(i, j) * v[j];
        }
        out[i] = s;
    }
}

static void mul_atv(const double *v, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++) {
            s += a(j, i) * v[j];
        }
        out[i] = s;
    }
}

static void mul_atav(const double *v, double *out, double *tmp, long n) {
    mul_av(v, tmp, n);
    mul_atv(tmp, out, n);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 640;
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    for (long i = 0; i < n; i++) {
        u[i] = 1.0;
        v[i] = tmp[i] = 0.0;
    }
    for (int k = 0; k < 10; k++) {
        mul_atav(u, v, tmp, n);
        mul_atav(v, u, tmp, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("spectral norm %.9f\n", pow(vbv / vv, 0.5));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
