from . import register
calls = 0


@register("count")
class Count:
    def run(self, text):
        global calls
        calls += 1
        return f"{len(text.split())} words (call {calls})"
