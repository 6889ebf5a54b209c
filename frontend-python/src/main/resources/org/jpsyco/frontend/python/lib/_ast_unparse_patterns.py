"""The pattern half of ast.unparse: how the Unparser writes the patterns of match
statements (a base class of _ast_unparse.Unparser)."""

from _ast_unparse import ATOM, BOR, TEST


class PatternWriter:
    """Writes match-statement patterns; the Unparser it is a base of supplies the output."""

    def v_MatchValue(self, node):
        self.visit_node(node.value)

    def v_MatchSingleton(self, node):
        self._constant(node.value)

    def v_MatchSequence(self, node):
        self.write('[')
        self.comma_list(node.patterns)
        self.write(']')

    def v_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def v_MatchMapping(self, node):
        def pair(kv):
            k, p = kv
            self.visit_node(k)
            self.write(': ')
            self.visit_node(p)
        self.write('{')
        self.comma_list(list(zip(node.keys, node.patterns)), pair)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def v_MatchClass(self, node):
        self.needs(ATOM, node.cls)
        self.visit_node(node.cls)
        self.write('(')
        self.comma_list(node.patterns)
        for i, (attr, pat) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self.write(', ')
            self.write(attr + '=')
            self.visit_node(pat)
        self.write(')')

    def v_MatchAs(self, node):
        if node.pattern is None:
            self.write(node.name if node.name is not None else '_')
            return

        def inner():
            self.needs(BOR, node.pattern)
            self.visit_node(node.pattern)
            self.write(' as ' + node.name)
        self.paren_if(self.level_of(node) > TEST, inner)

    def v_MatchOr(self, node):
        def inner():
            self.needs(BOR + 1, *node.patterns)
            for i, p in enumerate(node.patterns):
                if i:
                    self.write(' | ')
                self.visit_node(p)
        self.paren_if(self.level_of(node) > BOR, inner)
