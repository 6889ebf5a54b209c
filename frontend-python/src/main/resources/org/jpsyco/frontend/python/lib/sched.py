"""A general purpose event scheduler (sched.scheduler) over any time and delay functions."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

_sentinel = object()


class Event(namedtuple("Event", "time, priority, sequence, action, argument, kwargs")):
    """A scheduled call; events order by time, then priority, then scheduling order."""

    __slots__ = []

    def __eq__(s, o):
        return (s.time, s.priority, s.sequence) == (o.time, o.priority, o.sequence)

    def __lt__(s, o):
        return (s.time, s.priority, s.sequence) < (o.time, o.priority, o.sequence)

    def __le__(s, o):
        return (s.time, s.priority, s.sequence) <= (o.time, o.priority, o.sequence)

    def __gt__(s, o):
        return (s.time, s.priority, s.sequence) > (o.time, o.priority, o.sequence)

    def __ge__(s, o):
        return (s.time, s.priority, s.sequence) >= (o.time, o.priority, o.sequence)

    __hash__ = tuple.__hash__


Event.time.__doc__ = "Numeric type compatible with the return value of the timefunc function"
Event.priority.__doc__ = "Events scheduled for the same time will be executed in the order of their priority."


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at an absolute time; returns the event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the due events in order, waiting for later ones unless blocking is false.

        Returns None when the queue empties, or (non-blocking) the delay until the next event.
        """
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                when, priority, sequence, action, argument, kwargs = queue[0]
                now = timefunc()
                if when > now:
                    delay = True
                else:
                    delay = False
                    heapq.heappop(queue)
            if delay:
                if not blocking:
                    return when - now
                delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
