/* C -O2 counterpart of bench/programs/nbody.py: the same bodies, pair order and arithmetic
   (x ** 0.5 as pow, as CPython computes it). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define N 5

typedef struct {
    double x, y, z, vx, vy, vz, mass;
} body;

static void init(body *b, double x, double y, double z, double vx, double vy, double vz, double mass) {
    b->x = x;
    b->y = y;
    b->z = z;
    b->vx = vx * DAYS_PER_YEAR;
    b->vy = vy * DAYS_PER_YEAR;
    b->vz = vz * DAYS_PER_YEAR;
    b->mass = mass * SOLAR_MASS;
}

static double energy(body *bodies) {
    double e = 0.0;
    for (int i = 0; i < N; i++) {
        body *a = &bodies[i];
        e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
        for (int j = i + 1; j < N; j++) {
            body *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            e -= a->mass * b->mass / pow(dx * dx + dy * dy + dz * dz, 0.5);
        }
    }
    return e;
}

static void advance(body *bodies, double dt, long steps) {
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                body *a = &bodies[i], *b = &bodies[j];
                double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * pow(d2, 0.5));
                double bm = b->mass * mag, am = a->mass * mag;
                a->vx -= dx * bm;
                a->vy -= dy * bm;
                a->vz -= dz * bm;
                b->vx += dx * am;
                b->vy += dy * am;
                b->vz += dz * am;
            }
        }
        for (int i = 0; i < N; i++) {
            body *b = &bodies[i];
            b->x += dt * b->vx;
            b->y += dt * b->vy;
            b->z += dt * b->vz;
        }
    }
}

int main(int argc, char **argv) {
    long steps = argc > 1 ? atol(argv[1]) : 700000;
    body bodies[N];
    init(&bodies[0], 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
    init(&bodies[1], 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04);
    init(&bodies[2], 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04);
    init(&bodies[3], 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05);
    init(&bodies[4], 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05);
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < N; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
    double e0 = energy(bodies);
    advance(bodies, 0.01, steps);
    double e1 = energy(bodies);
    printf("energy before %.9f after %.9f\n", e0, e1);
    return 0;
}
