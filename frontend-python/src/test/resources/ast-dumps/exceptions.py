try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass
try:
    pass
finally:
    pass
