package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.objects.PyObject;

/**
 * Runtime helpers of call sites whose callee was known when the caller was specialized
 * ({@link CallSites}): {@code callDirectN(frame, pc, fn, site, a0..)}. When {@code fn} is still
 * the site's function, the callee's frame is built and entered through the site's relinkable
 * call site ({@link DirectCallSite}); otherwise it is the generic call ({@link CallHelpers}).
 *
 * <p>Apart from {@link CallHelpers}, whose helpers stay out-of-line calls in compiled code (the
 * launcher tells HotSpot not to inline them), so that these inline into the calling unit: there
 * the site is a constant, HotSpot trusts its final fields, and the site's invoker becomes a
 * direct call of the callee's compiled entry. Called out of line, the invoker is a method handle
 * HotSpot cannot see through, and every call paid for a generic invocation of it.
 */
public final class DirectCalls {
    private DirectCalls() {
    }

    public static Object callDirect0(Object frame, long pc, Object fn, Object site) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call0(frame, pc, fn);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        return s.run(f);
    }

    public static Object callDirect1(Object frame, long pc, Object fn, Object site, Object a0) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call1(frame, pc, fn, a0);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        f.fast[0] = (PyObject) a0;
        return s.run(f);
    }

    public static Object callDirect2(Object frame, long pc, Object fn, Object site, Object a0, Object a1) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call2(frame, pc, fn, a0, a1);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        f.fast[0] = (PyObject) a0;
        f.fast[1] = (PyObject) a1;
        return s.run(f);
    }

    public static Object callDirect3(Object frame, long pc, Object fn, Object site, Object a0, Object a1, Object a2) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call3(frame, pc, fn, a0, a1, a2);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        f.fast[0] = (PyObject) a0;
        f.fast[1] = (PyObject) a1;
        f.fast[2] = (PyObject) a2;
        return s.run(f);
    }

    public static Object callDirect4(Object frame, long pc, Object fn, Object site, Object a0, Object a1, Object a2, Object a3) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call4(frame, pc, fn, a0, a1, a2, a3);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        f.fast[0] = (PyObject) a0;
        f.fast[1] = (PyObject) a1;
        f.fast[2] = (PyObject) a2;
        f.fast[3] = (PyObject) a3;
        return s.run(f);
    }

    public static Object callDirect5(Object frame, long pc, Object fn, Object site, Object a0, Object a1, Object a2, Object a3, Object a4) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call5(frame, pc, fn, a0, a1, a2, a3, a4);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        f.fast[0] = (PyObject) a0;
        f.fast[1] = (PyObject) a1;
        f.fast[2] = (PyObject) a2;
        f.fast[3] = (PyObject) a3;
        f.fast[4] = (PyObject) a4;
        return s.run(f);
    }

    public static Object callDirect6(Object frame, long pc, Object fn, Object site, Object a0, Object a1, Object a2, Object a3, Object a4, Object a5) {
        DirectCallSite s = (DirectCallSite) site;
        if (fn != s.function()) {
            return CallHelpers.call6(frame, pc, fn, a0, a1, a2, a3, a4, a5);
        }
        Frame caller = (Frame) frame;
        caller.lasti = (int) pc;
        Frame f = s.newFrame(caller);
        f.fast[0] = (PyObject) a0;
        f.fast[1] = (PyObject) a1;
        f.fast[2] = (PyObject) a2;
        f.fast[3] = (PyObject) a3;
        f.fast[4] = (PyObject) a4;
        f.fast[5] = (PyObject) a5;
        return s.run(f);
    }
}
