"""Color conversions: a palette in RGB, HLS, HSV and YIQ, and lightened variants."""
import colorsys
import random

palette = {"red": (1.0, 0.0, 0.0), "teal": (0.0, 0.5, 0.5), "gold": (1.0, 0.84, 0.0),
           "slate": (0.44, 0.5, 0.56), "white": (1.0, 1.0, 1.0), "black": (0.0, 0.0, 0.0)}
for name, rgb in palette.items():
    h, l, s = colorsys.rgb_to_hls(*rgb)
    hv, sv, v = colorsys.rgb_to_hsv(*rgb)
    y, i, q = colorsys.rgb_to_yiq(*rgb)
    lighter = colorsys.hls_to_rgb(h, min(1.0, l * 1.25), s)
    print(f"{name:<6} hls=({h:.4f}, {l:.4f}, {s:.4f}) hsv=({hv:.4f}, {sv:.4f}, {v:.4f}) "
          f"yiq=({y:.4f}, {i:.4f}, {q:.4f}) lighter=#{''.join(f'{round(c * 255):02x}' for c in lighter)}")

random.seed(11)
for _ in range(40):
    rgb = (random.random(), random.random(), random.random())
    print(colorsys.rgb_to_hls(*rgb), colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)),
          colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)))
for h in range(0, 12):
    print(h, colorsys.hsv_to_rgb(h / 12, 0.75, 0.9), colorsys.hls_to_rgb(h / 12, 0.4, 0.6))
