__all__ = ["exists", "ghost"]
exists = True
