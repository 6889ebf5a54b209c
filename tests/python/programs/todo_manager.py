"""A todo manager driven by commands, saving to JSON text in memory, with undo."""
import copy
import json


class TodoApp:
    def __init__(self):
        self.items = []
        self.next_id = 1
        self.history = []

    def _snapshot(self):
        self.history.append((copy.deepcopy(self.items), self.next_id))

    def add(self, title, priority="normal", *tags):
        if priority not in ("low", "normal", "high"):
            raise ValueError(f"bad priority {priority!r}")
        self._snapshot()
        self.items.append({"id": self.next_id, "title": title, "priority": priority, "done": False,
                           "tags": sorted(set(tags))})
        self.next_id += 1
        return f"added #{self.next_id - 1}"

    def _find(self, ident):
        for item in self.items:
            if item["id"] == int(ident):
                return item
        raise KeyError(f"no item #{ident}")

    def done(self, ident):
        item = self._find(ident)
        self._snapshot()
        item["done"] = True
        return f"completed {item['title']!r}"

    def remove(self, ident):
        item = self._find(ident)
        self._snapshot()
        self.items.remove(item)
        return f"removed #{ident}"

    def undo(self):
        if not self.history:
            return "nothing to undo"
        self.items, self.next_id = self.history.pop()
        return "undone"

    def list(self, *filters):
        order = {"high": 0, "normal": 1, "low": 2}
        rows = [i for i in self.items if all(f in i["tags"] or f == i["priority"] for f in filters)]
        rows.sort(key=lambda i: (i["done"], order[i["priority"]], i["id"]))
        return "\n".join(f"  [{'x' if i['done'] else ' '}] #{i['id']:<2} {i['title']:<18} {i['priority']:<6} "
                         f"{','.join(i['tags'])}" for i in rows) or "  (empty)"

    def save(self):
        return json.dumps({"next_id": self.next_id, "items": self.items}, sort_keys=True)

    @classmethod
    def load(cls, text):
        data = json.loads(text)
        app = cls()
        app.items, app.next_id = data["items"], data["next_id"]
        return app


app = TodoApp()
commands = ["add 'buy milk' low home", "add 'write report' high work urgent", "add 'call mom'",
            "add 'fix bug' high work", "done 2", "list", "list work", "remove 3", "undo", "undo", "list",
            "done 9", "add 'bad' urgent", "frobnicate", "list high"]


def split_args(line):
    parts, cur, quoted = [], "", False
    for ch in line:
        if ch == "'":
            quoted = not quoted
        elif ch == " " and not quoted:
            if cur:
                parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        parts.append(cur)
    return parts


for line in commands:
    cmd, *args = split_args(line)
    try:
        result = getattr(app, cmd)(*args) if cmd in ("add", "done", "remove", "undo", "list") else None
        if result is None:
            raise AttributeError(f"unknown command {cmd!r}")
        print(f"$ {line}\n{result}")
    except (KeyError, ValueError, AttributeError) as e:
        print(f"$ {line}\nerror: {e}")
saved = app.save()
print(saved)
copy_app = TodoApp.load(saved)
print(copy_app.list() == app.list(), len(copy_app.items), copy_app.next_id)
