"""inspect.signature of built-in functions and methods: the Signature their __text_signature__
(CPython's own strings, which the runtime's built-ins report) describes."""

import ast
import sys
import types

from _inspect_signature import (_KEYWORD_ONLY, _POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_KEYWORD,
                                _VAR_POSITIONAL, Parameter, _empty)


def signature_from_text(cls, obj, text, skip_bound_arg=True):
    """The Signature a built-in's __text_signature__ describes: Python syntax, with a leading
    '$' marking the parameter that receives the module, the instance or the type."""
    has_self = text.startswith('($')
    source = 'def f(' + text[2:] if has_self else 'def f' + text
    try:
        tree = ast.parse(source + ': pass')
    except SyntaxError:
        tree = None
    if tree is None or len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    args = tree.body[0].args

    def value(node):
        if node is None:
            return _empty
        try:
            return ast.literal_eval(node)
        except ValueError:
            pass
        try:  # a name such as sys.maxsize
            return eval(compile(ast.Expression(node), '<signature>', 'eval'), {'sys': sys})
        except Exception:
            raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None

    parameters = []
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        kind = _POSITIONAL_ONLY if i < len(args.posonlyargs) else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(arg.arg, kind, default=value(default)))
    if args.vararg:
        parameters.append(Parameter(args.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        parameters.append(Parameter(arg.arg, _KEYWORD_ONLY, default=value(default)))
    if args.kwarg:
        parameters.append(Parameter(args.kwarg.arg, _VAR_KEYWORD))
    if has_self and parameters:
        receiver = getattr(obj, '__self__', None)
        # a module's function (its receiver is the module) never shows it; a bound method
        # drops it unless asked not to; a method of a type shows it, always positional-only
        module_function = type(obj).__name__ == 'builtin_function_or_method' and (
            receiver is None or isinstance(receiver, types.ModuleType))
        if module_function or (receiver is not None and skip_bound_arg):
            parameters.pop(0)
        else:
            parameters[0] = parameters[0].replace(kind=_POSITIONAL_ONLY)
    return cls(parameters)
