import sys
print("about to fail", flush=True)
sys.exit("fatal: something went wrong")
