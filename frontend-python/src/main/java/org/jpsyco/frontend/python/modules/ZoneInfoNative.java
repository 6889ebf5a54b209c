package org.jpsyco.frontend.python.modules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * {@code _jpsyco_zoneinfo}: the IANA time zone database as the JDK ships it
 * ({@link ZoneRules}), for the Python {@code zoneinfo} module. Answers are plain tuples
 * {@code (utcoffset seconds, dst seconds, abbreviation, fold)}; the Python side makes
 * timedeltas of them. Abbreviations come from the JDK's English names for the zone at that
 * instant; where the JDK has no short name it writes CPython's numeric form ({@code +04}).
 */
public final class ZoneInfoNative {
    private ZoneInfoNative() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("_jpsyco_zoneinfo");
        m.def("exists", (a, k) -> PyBool.of(ZoneId.getAvailableZoneIds().contains(((PyStr) a[0]).value())));
        m.def("available", (a, k) -> {
            List<PyObject> out = new ArrayList<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                out.add(PyStr.of(id));
            }
            return new PyList(out);
        });
        // at(key, epoch seconds in UTC) -> the zone's state at that instant
        m.def("at", (a, k) -> {
            String key = ((PyStr) a[0]).value();
            Instant t = Instant.ofEpochSecond(Abstract.index(a[1]).longValue());
            return state(key, rules(key), t, 0);
        });
        // local(key, y, mo, d, h, mi, s, fold) -> the state for a wall-clock time; in a gap or
        // an overlap fold 0 takes the offset before the transition and fold 1 the one after
        m.def("local", (a, k) -> {
            String key = ((PyStr) a[0]).value();
            int[] f = new int[7];
            for (int i = 0; i < 7; i++) {
                f[i] = (int) Abstract.index(a[i + 1]).longValue();
            }
            LocalDateTime ldt = LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5]);
            ZoneRules r = rules(key);
            ZoneOffsetTransition tr = r.getTransition(ldt);
            if (tr == null) {
                return state(key, r, ldt.toInstant(r.getValidOffsets(ldt).get(0)), 0);
            }
            // the zone's state just before, or at, the transition
            return state(key, r, f[6] == 0 ? tr.getInstant().minusSeconds(1) : tr.getInstant(), 0);
        });
        // fixed(key) -> the state of a zone without transitions, None for the others
        m.def("fixed", (a, k) -> {
            String key = ((PyStr) a[0]).value();
            ZoneRules r = rules(key);
            return r == null || !r.isFixedOffset() ? PySingleton.NONE : state(key, r, Instant.EPOCH, 0);
        });
        // fromutc(key, epoch seconds) -> the state plus fold 1 when the wall time it gives
        // is the second of two equal wall times
        m.def("fromutc", (a, k) -> {
            String key = ((PyStr) a[0]).value();
            ZoneRules r = rules(key);
            Instant t = Instant.ofEpochSecond(Abstract.index(a[1]).longValue());
            ZoneOffset off = r.getOffset(t);
            LocalDateTime ldt = LocalDateTime.ofInstant(t, off);
            ZoneOffsetTransition tr = r.getTransition(ldt);
            int fold = tr != null && tr.isOverlap() && off.equals(tr.getOffsetAfter()) ? 1 : 0;
            return state(key, r, t, fold);
        });
        return m;
    }

    private static ZoneRules rules(String key) {
        try {
            return ZoneId.of(key).getRules();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static PyObject state(String key, ZoneRules r, Instant t, int fold) {
        if (r == null) {
            return PySingleton.NONE;
        }
        ZoneOffset off = r.getOffset(t);
        long dst = r.getDaylightSavings(t).getSeconds();
        return PyTuple.of(PyInt.of(off.getTotalSeconds()), PyInt.of(dst), PyStr.of(abbreviation(key, off, t)),
                PyInt.of(fold));
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("zzz", Locale.US);

    static String abbreviation(String key, ZoneOffset off, Instant t) {
        if (key.equals("UTC") || key.equals("Etc/UTC") || key.equals("Etc/UCT") || key.equals("UCT")
                || key.equals("Zulu") || key.equals("Etc/Zulu") || key.equals("Universal")) {
            return "UTC";
        }
        String name = SHORT.format(t.atZone(ZoneId.of(key)));
        if (name.startsWith("GMT") && name.length() > 3 || name.startsWith("UTC") && name.length() > 3
                || name.equals(ZoneId.of(key).getDisplayName(TextStyle.FULL, Locale.US))) {
            // tzdata's numeric abbreviations: +04, -0330
            int s = off.getTotalSeconds();
            String sign = s < 0 ? "-" : "+";
            s = Math.abs(s);
            int h = s / 3600;
            int mi = s / 60 % 60;
            return sign + String.format("%02d", h) + (mi != 0 ? String.format("%02d", mi) : "");
        }
        return name;
    }
}
