x = [
    'a'async ,
]
