from . import register


@register("upper")
class Upper:
    def run(self, text):
        return text.upper()
