def f() ->( int:
    pass
