data = {"a": 1}
try:
    data["b"]
except KeyError:
    print(undefined)
