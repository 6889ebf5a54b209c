self.top:=f(x)
