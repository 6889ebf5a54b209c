# A library deprecating parts of its API; the application controls what is shown.
import warnings

class Client:
    def __init__(self, url, timeout=None):
        if timeout is None:
            warnings.warn("Client() without timeout is deprecated; pass timeout=", FutureWarning, stacklevel=2)
            timeout = 30
        self.url = url
        self.timeout = timeout

    def fetch(self, path):
        if path.startswith("/v1/"):
            warnings.warn("API v1 is going away", PendingDeprecationWarning)
        return "%s%s" % (self.url, path)

c = Client("http://example.com")
print(c.timeout, c.fetch("/v1/items"), c.fetch("/v2/items"))
Client("http://example.com")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    Client("http://x")
    c.fetch("/v1/a")
    c.fetch("/v1/b")
for w in log:
    print(w.category.__name__, str(w.message), w.filename.endswith(".py"))

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        Client("http://y")
    except FutureWarning as e:
        print("became an error:", e)

class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("not mine")
print([str(w.message) for w in log], issubclass(MyWarning, Warning))

def noisy():
    warnings.warn("noisy call")

for _ in range(3):
    noisy()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for _ in range(3):
        noisy()
    print("default shows", len(log))
warnings.warn(MyWarning("custom category instance"))
print("done")
