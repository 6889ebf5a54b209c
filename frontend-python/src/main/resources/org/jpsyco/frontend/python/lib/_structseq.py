"""Struct sequences (CPython's PyStructSequence): tuples whose leading items are also
readable by name, plus named extra fields outside the tuple (os.stat_result's float times).
sys builds its float_info, int_info, hash_info, flags and version_info from here on first use.
"""


def structseq(module, name, fields, n_sequence=None, creatable=True):
    """A struct sequence class `module.name` with `fields`; the first `n_sequence` of them are
    the tuple's items (all of them by default), the rest attributes only. Programs cannot call
    a class made with creatable=False (as CPython's sys classes); `make` still can."""
    n_seq = len(fields) if n_sequence is None else n_sequence
    full_name = name if module == 'builtins' else module + '.' + name

    def __new__(cls, sequence, dict=None):
        if not creatable and not _making:
            raise TypeError(f"cannot create '{full_name}' instances")
        items = tuple(sequence)
        if len(items) < n_seq:
            raise TypeError(f"{full_name}() takes an at least {n_seq}-sequence ({len(items)}-sequence given)")
        if len(items) > len(fields):
            raise TypeError(f"{full_name}() takes an at most {len(fields)}-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:n_seq])
        extra = list(items[n_seq:])
        for field in fields[n_seq + len(extra):]:
            extra.append(None if dict is None else dict.get(field))
        if extra:
            self._extra = tuple(extra)
        return self

    def __repr__(self):
        return full_name + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__, '__module__': module,
          'n_fields': len(fields), 'n_sequence_fields': n_seq, 'n_unnamed_fields': 0,
          '__match_args__': tuple(fields[:n_seq])}
    for i, f in enumerate(fields):
        ns[f] = property(_item_getter(i, n_seq))
    return type(name, (tuple,), ns)


_making = False


def _item_getter(i, n_seq):
    if i < n_seq:
        return lambda self: tuple.__getitem__(self, i)
    return lambda self: self._extra[i - n_seq]


def make(cls, values, extra=None):
    """An instance of a struct sequence class, also of one that programs may not create."""
    global _making
    _making = True
    try:
        return cls(values, extra)
    finally:
        _making = False


def _sys_values(name, flags_env):
    if name == 'float_info':
        cls = structseq('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
                                              'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'])
        return make(cls, (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                          2.220446049250313e-16, 2, 1))
    if name == 'int_info':
        cls = structseq('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                                            'str_digits_check_threshold'])
        return make(cls, (30, 4, 4300, 640))
    if name == 'hash_info':
        cls = structseq('sys', 'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
                                             'seed_bits', 'cutoff'])
        return make(cls, (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
    if name == 'flags':
        cls = structseq('sys', 'flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
                                         'no_user_site', 'no_site', 'ignore_environment', 'verbose',
                                         'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
                                         'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'],
                        creatable=False)
        seed = flags_env.get('PYTHONHASHSEED')
        return make(cls, (0, 0, 0, 0, 1 if flags_env.get('PYTHONDONTWRITEBYTECODE') else 0, 0, 0, 0, 0, 0, 0,
                          0 if seed == '0' else 1, 0, False, 0, 0, False, -1))
    import _sys_extras
    if name == 'thread_info':
        return _sys_extras._thread_info()
    if name in ('get_asyncgen_hooks', 'set_asyncgen_hooks', 'unraisablehook', '__unraisablehook__',
                'stdlib_module_names'):
        return getattr(_sys_extras, name)
    return None


def version_info(values):
    cls = structseq('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], creatable=False)
    return make(cls, values)
