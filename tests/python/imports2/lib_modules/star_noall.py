import os as _os
alpha = "a"
beta = "b"
_hidden = "h"


def helper():
    return "helper"


class Widget:
    pass
