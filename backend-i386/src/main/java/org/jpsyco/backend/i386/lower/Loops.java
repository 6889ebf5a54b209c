package org.jpsyco.backend.i386.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.Target;

/** Loop nesting depth of each block: how many natural loops (one per back edge) contain it. */
final class Loops {
    private Loops() {
    }

    static List<Integer> successors(Block b) {
        List<Integer> out = new ArrayList<>();
        Instruction t = b.terminator();
        if (t != null) {
            for (Target s : t.targets()) {
                out.add(s.block());
            }
        }
        return out;
    }

    static int[] depths(LirFunction f) {
        int n = f.blocks().size();
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
        }
        for (Block b : f.blocks()) {
            for (int s : successors(b)) {
                preds.get(s).add(b.id());
            }
        }
        // depth-first search from the entry; an edge to a block still on the stack is a back edge
        int[] state = new int[n]; // 0 unseen, 1 on stack, 2 done
        int[] depth = new int[n];
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, 0});
        state[0] = 1;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<Integer> succ = successors(f.block(top[0]));
            if (top[1] < succ.size()) {
                int s = succ.get(top[1]++);
                if (state[s] == 0) {
                    state[s] = 1;
                    stack.push(new int[] {s, 0});
                } else if (state[s] == 1) {
                    BitSet body = new BitSet();
                    body.set(s);
                    Deque<Integer> work = new ArrayDeque<>();
                    if (!body.get(top[0])) {
                        body.set(top[0]);
                        work.push(top[0]);
                    }
                    while (!work.isEmpty()) {
                        for (int p : preds.get(work.pop())) {
                            if (!body.get(p)) {
                                body.set(p);
                                work.push(p);
                            }
                        }
                    }
                    for (int i = body.nextSetBit(0); i >= 0; i = body.nextSetBit(i + 1)) {
                        depth[i]++;
                    }
                }
            } else {
                state[top[0]] = 2;
                stack.pop();
            }
        }
        return depth;
    }
}
