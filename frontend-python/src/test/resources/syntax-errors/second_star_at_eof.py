def f(a, *args, *
