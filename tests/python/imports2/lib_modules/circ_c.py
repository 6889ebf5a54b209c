from circ_d import D
C = "c"
