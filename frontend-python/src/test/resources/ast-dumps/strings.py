s = 'single' "double" '''triple
quote''' """more"""
b = b'bytes\x00\xff' rb'\raw' Br"BR"
u = u'unicode' 'more'
r = r'\d+' R'\n'
esc = '\a\b\f\n\r\t\v\0\101\x41\u0041\U0001F600\N{EMPTY SET}\q'
cont = 'line \
continued'
quotes = "it's", 'say "hi"', 'both \' and "'
