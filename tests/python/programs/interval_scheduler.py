"""Meeting rooms: merging intervals, free slots, minimum rooms with a heap, and conflicts."""
import heapq


def parse(t):
    h, m = map(int, t.split(":"))
    return h * 60 + m


def fmt(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


meetings = [("standup", "09:00", "09:15"), ("design", "09:30", "11:00"), ("1:1", "10:30", "11:00"),
            ("lunch", "12:00", "13:00"), ("review", "10:45", "12:15"), ("retro", "15:00", "16:00"),
            ("sync", "15:30", "15:45"), ("demo", "16:00", "16:30")]
spans = sorted((parse(s), parse(e), name) for name, s, e in meetings)


def merge(spans):
    out = []
    for s, e, _ in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


busy = merge(spans)
print("busy:", [f"{fmt(s)}-{fmt(e)}" for s, e in busy])
day = (parse("08:00"), parse("18:00"))
free, cur = [], day[0]
for s, e in busy:
    if s > cur:
        free.append((cur, s))
    cur = max(cur, e)
if cur < day[1]:
    free.append((cur, day[1]))
print("free:", [f"{fmt(s)}-{fmt(e)} ({e - s}m)" for s, e in free])
rooms, assignment = [], {}
for s, e, name in spans:
    if rooms and rooms[0][0] <= s:
        _, room = heapq.heappop(rooms)
    else:
        room = len(assignment and set(assignment.values())) + 1 if False else (max(assignment.values(), default=0) + 1)
    assignment[name] = room
    heapq.heappush(rooms, (e, room))
print("rooms needed:", max(assignment.values()))
for name, room in sorted(assignment.items(), key=lambda kv: (kv[1], kv[0])):
    print(f"  room {room}: {name}")
conflicts = [(a[2], b[2]) for i, a in enumerate(spans) for b in spans[i + 1:] if b[0] < a[1]]
print("conflicts:", conflicts)
longest = max(spans, key=lambda s: (s[1] - s[0], s[2]))
print("longest:", longest[2], longest[1] - longest[0], "minutes; total booked:", sum(e - s for s, e in busy))
