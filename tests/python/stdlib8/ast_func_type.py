# A type checker's first step: reading signature type comments ("# type: (int, str) -> bool")
# with ast.parse(mode='func_type') and compile(..., 'func_type', PyCF_ONLY_AST), then printing
# the argument and return types back as source.
import ast

SOURCE = '''
def greet(name, times):
    # type: (str, int) -> List[str]
    return [name] * times

def nothing():
    # type: () -> None
    pass

def pair(a, b):
    # type: (Dict[str, int], "Node") -> Tuple[int, str]
    return a, b

def spread(*args, **kwargs):
    # type: (*int, **str) -> Optional[bool]
    return None

def nested(x):
    # type: ((int, str)) -> Callable[[int], str]
    return x
'''

for line in SOURCE.splitlines():
    text = line.strip()
    if text.startswith("# type:"):
        comment = text[len("# type:"):].strip()
        tree = ast.parse(comment, mode="func_type")
        print(comment)
        print("  args:", [ast.unparse(t) for t in tree.argtypes], "returns:", ast.unparse(tree.returns))
        print("  ", ast.dump(tree, include_attributes=True)[:160])
tree = compile("(int) -> str", "<type comment>", "func_type", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
for bad in ["(int,) -> x", "int -> x", "(int) -> ", "(int)\n-> x", "(int) => x"]:
    try:
        ast.parse(bad, mode="func_type")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
