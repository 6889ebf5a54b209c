"""format() of a Decimal: the format-spec mini-language applied to decimal digits."""

import re as _re

_SPEC = _re.compile(r"\A(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?(?P<alt>#)?"
                    r"(?P<zero>0)?(?P<width>\d+)?(?P<group>,)?(?:\.(?P<prec>\d+))?"
                    r"(?P<type>[eEfFgGn%])?\Z", _re.DOTALL)


def _group(digits, sep):
    if not sep:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def format_decimal(d, spec, context):
    from decimal import Decimal, _new, ROUND_HALF_EVEN
    if not isinstance(spec, str):
        raise TypeError("format() argument must be str, not %s" % type(spec).__name__)
    m = _SPEC.match(spec)
    if m is None:
        raise ValueError("invalid format string")
    fill = m.group("fill")
    align = m.group("align")
    sign_opt = m.group("sign") or "-"
    zero = m.group("zero")
    width = int(m.group("width") or 0)
    group = m.group("group") or ""
    prec = m.group("prec")
    prec = int(prec) if prec is not None else None
    kind = m.group("type")
    if zero and not align:
        fill, align = "0", "="
    fill = fill or " "
    align = align or ">"
    rounding = context.rounding

    sign = "-" if d._sign else ""
    if d._is_special:
        body = str(d.copy_abs())
        if kind in ("E", "F", "G") or (kind is None and False):
            body = body.upper() if kind in "EFG" else body
        if kind == "%":
            body += "%"
        return _pad(sign, body, sign_opt, fill, align, width)

    c, exp = d._int, d._exp
    if kind == "%":
        exp += 2
    if kind in ("g", "G", "n", None) and prec is not None:
        if prec == 0:
            prec = 1
        nd = len(str(c))
        if nd > prec:
            rounded = _new(d._sign, c, exp)._rescale(exp + nd - prec, rounding)
            c, exp = rounded._int, rounded._exp
            if len(str(c)) > prec:
                c //= 10
                exp += 1
    elif kind in ("e", "E") and prec is not None:
        nd = len(str(c))
        target = exp + nd - (prec + 1)
        rounded = _new(d._sign, c, exp)._rescale(target, rounding)
        c, exp = rounded._int, rounded._exp
        if len(str(c)) > prec + 1:
            c //= 10
            exp += 1
    elif kind in ("f", "F", "%") and prec is not None:
        rounded = _new(d._sign, c, exp)._rescale(-prec, rounding)
        c, exp = rounded._int, rounded._exp

    if m.group("z") and c == 0:
        sign = ""
    digits = str(c)
    leftdigits = exp + len(digits)
    if kind in ("e", "E"):
        dot = 1 if c else 1
    elif kind in ("f", "F", "%"):
        dot = leftdigits
    else:
        # g, G, n and no type: scientific notation outside the usual range.
        if exp <= 0 and leftdigits > -6:
            dot = leftdigits
        else:
            dot = 1
        if kind is None and prec is None:
            pass
    if kind in ("e", "E") and c == 0 and prec is None:
        dot = 1
    if dot <= 0:
        intpart = "0"
        frac = "0" * -dot + digits
    elif dot >= len(digits):
        intpart = digits + "0" * (dot - len(digits))
        frac = ""
    else:
        intpart = digits[:dot]
        frac = digits[dot:]
    exponent = leftdigits - dot
    if kind in ("f", "F", "%") and prec is not None and len(frac) < prec:
        frac += "0" * (prec - len(frac))
    if kind in ("e", "E") and prec is not None and len(frac) < prec:
        frac += "0" * (prec - len(frac))
    point = "." if frac or m.group("alt") else ""
    if kind in ("e", "E"):
        echar = kind
        tail = "%s%+d" % (echar, exponent)
    elif exponent != 0 or (kind in ("g", "G", "n", None) and dot != leftdigits):
        if kind in ("g", "n"):
            echar = "e"
        elif kind == "G":
            echar = "E"
        else:
            echar = "E" if context.capitals else "e"
        tail = "%s%+d" % (echar, exponent)
    else:
        tail = ""
    if kind == "%":
        tail += "%"
    if fill == "0" and align == "=" and group:
        # Zero padding takes part in digit grouping.
        room = width - len(sign or ("" if sign_opt == "-" else "x")) - len(point + frac + tail)
        while len(_group(intpart, group)) < room:
            intpart = "0" + intpart
        body = _group(intpart, group)
        if len(body) > room and body[0] == group:
            body = body[1:]
    else:
        body = _group(intpart, group)
    body = body + point + frac + tail
    return _pad(sign, body, sign_opt, fill, align, width)


def _pad(sign, body, sign_opt, fill, align, width):
    if not sign:
        sign = "+" if sign_opt == "+" else (" " if sign_opt == " " else "")
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    pad = width - total
    if align == "<":
        return sign + body + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    if align == "=":
        return sign + fill * pad + body
    return fill * pad + sign + body
