from ..util import text
from ..util.text import shout
from app.util import numbers as nums
print("init app.core.engine", __name__, __package__)


class Engine:
    def run(self, word, n):
        return shout(word) + " " + str(nums.double(n)) + " " + text.whisper(word)
