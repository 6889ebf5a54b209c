import sched
clock = [0.0]
def now():
    return clock[0]
def sleep(dt):
    clock[0] += dt
s = sched.scheduler(now, sleep)
log = []
def job(name, *, extra=""):
    log.append((clock[0], name + extra))
e1 = s.enter(5, 1, job, ("five",))
s.enter(2, 2, job, ("two-low",))
s.enter(2, 1, job, ("two-high",))
s.enterabs(10, 1, job, ("ten",), {"extra": "!"})
e3 = s.enter(7, 1, job, ("seven",))
print([ev.time for ev in s.queue], [ev.argument for ev in s.queue])
s.cancel(e3)
print(s.empty(), len(s.queue), s.queue[0][:3], s.queue[0].argument)
print(s.run(blocking=False))
s.run()
print(log, s.empty(), clock)
