matrix = [[1, 2], [3, 4]]
row = 1
print(matrix[row][1])
print(matrix[row + 1][0])
