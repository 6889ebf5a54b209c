import keyword
from keyword import iskeyword, kwlist

print(len(kwlist), kwlist[:5], keyword.softkwlist)
for w in ["if", "match", "foo", "None", "async", "_"]:
    print(w, iskeyword(w), keyword.issoftkeyword(w))
print(keyword.__name__, sorted(keyword.__all__))
