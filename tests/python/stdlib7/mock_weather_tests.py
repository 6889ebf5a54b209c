# A unittest suite for a small weather client, with its network and clock replaced by
# unittest.mock: patch as decorator, context manager and patch.object, side effects,
# call assertions and the failure messages mock produces.
import io
import json
import os
import time
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel, ANY


class HttpError(Exception):
    pass


class Transport:
    def get(self, url):
        raise RuntimeError("no network in tests")


class WeatherClient:
    def __init__(self, transport, cache=None):
        self.transport = transport
        self.cache = {} if cache is None else cache

    def current(self, city):
        if city in self.cache:
            return self.cache[city]
        body = self.transport.get("https://weather.example/api?city=" + city)
        data = json.loads(body)
        result = "%s: %d C, %s" % (city, data["temp"], data["sky"])
        self.cache[city] = result
        return result

    def current_or_none(self, city, retries=2):
        for attempt in range(retries + 1):
            try:
                return self.current(city)
            except HttpError:
                continue
        return None

    def stamp(self):
        return time.strftime("%H:%M", time.localtime(time.time()))


class WeatherTests(unittest.TestCase):
    def setUp(self):
        self.transport = Mock(spec=Transport)
        self.client = WeatherClient(self.transport)

    def test_parses_and_caches(self):
        self.transport.get.return_value = '{"temp": 21, "sky": "clear"}'
        self.assertEqual(self.client.current("Oslo"), "Oslo: 21 C, clear")
        self.assertEqual(self.client.current("Oslo"), "Oslo: 21 C, clear")
        self.transport.get.assert_called_once_with("https://weather.example/api?city=Oslo")

    def test_retries_on_errors(self):
        self.transport.get.side_effect = [HttpError("503"), HttpError("503"), '{"temp": -3, "sky": "snow"}']
        self.assertEqual(self.client.current_or_none("Tromso"), "Tromso: -3 C, snow")
        self.assertEqual(self.transport.get.call_count, 3)
        self.assertEqual(self.transport.get.call_args_list, [call(ANY)] * 3)

    def test_gives_up(self):
        self.transport.get.side_effect = HttpError
        self.assertIsNone(self.client.current_or_none("Bergen", retries=1))
        self.assertEqual(self.transport.get.call_count, 2)

    @patch("time.time", return_value=0)
    @patch("time.localtime")
    def test_stamp_uses_clock(self, localtime, fake_time):
        localtime.return_value = time.struct_time((2024, 5, 1, 9, 5, 0, 2, 122, 0))
        self.assertEqual(self.client.stamp(), "09:05")
        localtime.assert_called_once_with(0)
        fake_time.assert_called_once_with()

    def test_patch_object_and_spec(self):
        with patch.object(Transport, "get", return_value='{"temp": 5, "sky": "rain"}') as get:
            client = WeatherClient(Transport())
            self.assertEqual(client.current("Lima"), "Lima: 5 C, rain")
            get.assert_called_once()
        self.assertRaises(RuntimeError, Transport().get, "x")
        with self.assertRaises(AttributeError):
            self.transport.post("x")

    def test_patch_dict_environment(self):
        with patch.dict(os.environ, {"WEATHER_UNITS": "imperial"}):
            self.assertEqual(os.environ["WEATHER_UNITS"], "imperial")
        self.assertNotIn("WEATHER_UNITS", os.environ)

    def test_deliberate_failure(self):
        self.transport.get.return_value = '{"temp": 30, "sky": "sun"}'
        self.client.current("Rome")
        self.transport.get.assert_called_with("https://weather.example/api?city=Paris")


suite = unittest.TestLoader().loadTestsFromTestCase(WeatherTests)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, trace in result.failures + result.errors:
    print(test.id().split(".")[-1])
    print(trace.strip().splitlines()[-3:])

# mocks on their own: recorded calls, magic methods, names and messages
m = MagicMock(name="db")
m.connect("localhost", port=5432).cursor().execute("SELECT 1")
print(m.mock_calls)
print(m.connect.call_args, m.connect.call_args.kwargs, m.method_calls)
m.__len__.return_value = 3
m.__getitem__.side_effect = lambda i: ["a", "b", "c"][i]
print(len(m), m[1], bool(m), list(MagicMock()), 2 in m)
with m as conn:
    print(conn is m.__enter__.return_value)
for check in (lambda: m.connect.assert_called_once_with("remotehost"),
              lambda: m.close.assert_called(),
              lambda: m.connect.assert_not_called(),
              lambda: m.assert_has_calls([call.close()])):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
counter = Mock(side_effect=[1, 2])
print(counter(), counter())
try:
    counter()
except StopIteration:
    print("exhausted")
print(sentinel.token is sentinel.token, sentinel.token, call(1, x=2) == call(1, x=2), call.a.b(3))
w = Mock(wraps=lambda s: s.upper())
print(w("abc"), w.call_args)
m.reset_mock()
print(m.connect.call_count, m.mock_calls)
opener = mock.mock_open(read_data="line 1\nline 2\n")
with patch("builtins.open", opener):
    with open("settings.ini") as f:
        print(repr(f.read()))
opener.assert_called_once_with("settings.ini")
