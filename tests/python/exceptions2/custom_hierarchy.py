# A custom exception hierarchy: attributes, __str__, catching by base class, args and reprs.


class AppError(Exception):
    """Base class of the application's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class NotFound(AppError, LookupError):
    pass


class RetryableError(AppError):
    def __init__(self, msg, attempts=0):
        super().__init__(msg)
        self.attempts = attempts


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if user.get("age", 0) < 0:
        raise ValidationError("age", f"must be >= 0, got {user['age']}")
    return True


def find(users, name):
    for u in users:
        if u["name"] == name:
            return u
    raise NotFound(name)


users = [{"name": "ann", "age": 30}, {"name": "", "age": 1}, {"name": "bob", "age": -4}]
for u in users:
    try:
        validate(u)
        print("valid", u["name"])
    except ValidationError as e:
        print("invalid:", e, "|", repr(e), "|", e.args, e.field)
for name in ("ann", "zed"):
    try:
        print(find(users, name)["age"])
    except LookupError as e:
        print(type(e).__name__, repr(e), isinstance(e, AppError), NotFound.__mro__[1].__name__)


def flaky(state):
    state["calls"] += 1
    if state["calls"] < 3:
        raise RetryableError("temporary", attempts=state["calls"])
    return "success"


state = {"calls": 0}
while True:
    try:
        print(flaky(state))
        break
    except RetryableError as e:
        print(f"retry after attempt {e.attempts}: {e}")
errors = [ValidationError("x", "bad"), NotFound("k"), RetryableError("r"), ValueError("v")]
for err in errors:
    try:
        raise err
    except AppError as e:
        print("app error:", type(e).__name__, str(e))
    except Exception as e:
        print("other:", type(e).__name__, str(e))
print(AppError.__doc__, AppError().args, str(AppError()), repr(AppError("x", 1)), str(AppError(None)))


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


print(repr(WithDefault()), str(WithDefault("custom")), WithDefault().args)
e = ValueError("original")
e.extra = {"hint": 1}
print(e.extra, hasattr(e, "__dict__"), vars(e))
try:
    raise NotFound
except NotFound as caught:
    print(repr(caught), caught.args, str(caught) == "")
