# Objects that stand in for string keys: same hash as the string, equal to it.
class Symbol:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, Symbol):
            return self.text == other.text
        return other == self.text

    def __repr__(self):
        return f"Symbol({self.text!r})"


config = {"host": "localhost", "port": 8080}
print(config[Symbol("host")], Symbol("port") in config, config.get(Symbol("user"), "-"))
config[Symbol("port")] = 9090
print(config)
table = {Symbol("k1"): 1}
print(table["k1"], "k1" in table, table.get("k2"))
table["k1"] = 10
print(table, len(table))
del config[Symbol("host")]
print(config)
print({"a", "b"} == {Symbol("a"), Symbol("b")}, Symbol("a") in {"a"})
counts = {}
for word in ["x", Symbol("x"), "y", Symbol("y"), Symbol("z")]:
    counts[word] = counts.get(word, 0) + 1
print(counts)


class Lower(str):
    def __lt__(self, other):
        print(f"  Lower.__lt__({str(self)!r}, {other!r})")
        return str.__lt__(self.lower(), other.lower())


print("b" > Lower("A"))
print(Lower("A") < "b")
print("Zeta" > Lower("alpha"), sorted(["b", Lower("A"), "c"]) if False else "-")
