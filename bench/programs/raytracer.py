"""A small raytracer: vector objects with operator methods, spheres and planes behind a
common interface, diffuse and specular shading, shadows and reflections."""
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.2, shine=20, mirror=0.0, checker=False):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shine = shine
        self.mirror = mirror
        self.checker = checker

    def color_at(self, point):
        if self.checker and (int(math.floor(point.x)) + int(math.floor(point.z))) % 2:
            return self.color * 0.3
        return self.color


class Shape:
    def __init__(self, material):
        self.material = material

    def hit(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.unit()

    def hit(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, light):
        to_light = light - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.hit(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            return Vec(0.2, 0.3, 0.5)
        point = ray.at(t)
        normal = shape.normal_at(point)
        mat = shape.material
        base = mat.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base * (lambert * mat.diffuse)
            half = (to_light - ray.direction).unit()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + Vec(1.0, 1.0, 1.0) * (mat.specular * spec ** mat.shine)
        if mat.mirror > 0.0 and depth < 3:
            reflected = Ray(point, ray.direction.reflect(normal))
            color = color * (1.0 - mat.mirror) + self.trace(reflected, depth + 1) * mat.mirror
        return color


def build_scene():
    scene = Scene()
    scene.shapes.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                              Material(Vec(0.9, 0.9, 0.9), checker=True, mirror=0.2)))
    scene.shapes.append(Sphere(Vec(0.0, 0.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), mirror=0.3)))
    scene.shapes.append(Sphere(Vec(-2.2, 0.3, 6.0), 1.3, Material(Vec(0.2, 0.8, 0.3))))
    scene.shapes.append(Sphere(Vec(2.0, -0.4, 4.0), 0.6, Material(Vec(0.3, 0.3, 0.9), mirror=0.5)))
    scene.lights.append(Vec(-5.0, 6.0, -2.0))
    scene.lights.append(Vec(4.0, 4.0, 0.0))
    return scene


def clamp(v):
    return 0 if v < 0.0 else 255 if v >= 1.0 else int(v * 255)


def render(scene, width, height):
    eye = Vec(0.0, 0.5, -1.0)
    checksum = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2.0) / width
            y = (height / 2.0 - j) / width
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 0)
            pixel = (clamp(c.x) << 16) | (clamp(c.y) << 8) | clamp(c.z)
            checksum = (checksum * 33 + pixel) % 4294967291
    return checksum


def main(size):
    print("image %dx%d checksum %d" % (size, size * 3 // 4, render(build_scene(), size, size * 3 // 4)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 420)
