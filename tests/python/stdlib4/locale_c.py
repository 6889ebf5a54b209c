import locale
print(locale.localeconv())
print(locale.format_string("%d items at %.2f", (1234567, 1234.5), grouping=True), locale.format_string("%s", "x"), locale.str(1.5), locale.str(2/3), locale.atof("1.5"), locale.atoi("42"), locale.delocalize("1.5"))
print(locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.LC_ALL, locale.CHAR_MAX)
try: locale.setlocale(locale.LC_ALL, "xx_YY")
except locale.Error as e: print(type(e).__name__, e)
try: locale.currency(1)
except Exception as e: print(type(e).__name__, e)
print(locale.strcoll("a", "b"), locale.strxfrm("abc"), sorted(["pear", "Apple", "fig"], key=locale.strxfrm))
