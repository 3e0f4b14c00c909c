package org.clausecheck.analyze.match.index;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Transition;

/** Recognises the automaton of a prefix query, so that its terms can be read as a range of the dictionary. */
final class PrefixAutomata {

    private PrefixAutomata() {
    }

    /**
     * The prefix when the automaton accepts exactly the terms that start with it: a chain of single bytes from
     * the initial state to an accepting state whose only transition takes any byte back to itself. Else null.
     */
    static BytesRef prefixOf(CompiledAutomaton compiled) {
        Automaton automaton = compiled.automaton;
        if (compiled.type != CompiledAutomaton.AUTOMATON_TYPE.NORMAL || automaton == null
                || automaton.getNumStates() == 0) {
            return null;
        }
        BytesRefBuilder prefix = new BytesRefBuilder();
        Transition transition = new Transition();
        int state = 0;
        for (int step = 0; step < automaton.getNumStates(); step++) {
            if (automaton.getNumTransitions(state) != 1) {
                return null;
            }
            automaton.getTransition(state, 0, transition);
            if (automaton.isAccept(state)) {
                boolean anyByteToItself = transition.min == 0 && transition.max == 255 && transition.dest == state;
                return anyByteToItself ? prefix.toBytesRef() : null;
            }
            if (transition.min != transition.max || transition.dest == state) {
                return null;
            }
            prefix.append((byte) transition.min);
            state = transition.dest;
        }
        return null;
    }
}
