café = "naïve" + 'é'
ñ = f"{café}…{ñ!r}"
x = 'αβγ'; y = x
def função(parâmetro): return parâmetro
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1
