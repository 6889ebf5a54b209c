"""An inventory app that logs to a file and to stderr, configured the usual way."""
import logging
import os
import sys
import tempfile

log = logging.getLogger("inventory")
db_log = logging.getLogger("inventory.db")


class Inventory:
    def __init__(self):
        self.items = {}
        log.debug("created empty inventory")

    def add(self, name, qty):
        if qty <= 0:
            log.warning("refusing to add %d of %s", qty, name)
            return False
        self.items[name] = self.items.get(name, 0) + qty
        db_log.info("stored %s=%d", name, self.items[name])
        return True

    def take(self, name, qty):
        try:
            have = self.items[name]
        except KeyError:
            log.exception("unknown item %r", name)
            return 0
        if have < qty:
            log.error("only %d of %s left, wanted %d", have, name, qty)
            qty = have
        self.items[name] = have - qty
        return qty


def main():
    workdir = tempfile.mkdtemp()
    logfile = os.path.join(workdir, "inventory.log")
    file_handler = logging.FileHandler(logfile, mode="w")
    file_handler.setLevel(logging.DEBUG)
    file_handler.setFormatter(logging.Formatter(
        "%(levelname)-7s %(name)-14s %(funcName)s:%(lineno)d %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.setLevel(logging.DEBUG)
    log.addHandler(file_handler)
    log.addHandler(console)

    inv = Inventory()
    inv.add("apple", 5)
    inv.add("pear", 0)
    inv.add("apple", 3)
    print("took", inv.take("apple", 10))
    print("took", inv.take("plum", 1))
    db_log.debug("closing connection")

    file_handler.close()
    log.removeHandler(file_handler)
    with open(logfile) as f:
        text = f.read()
    print("--- log file ---")
    print(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
    print("--- levels ---")
    for lg in (log, db_log, logging.getLogger()):
        print(lg.name, logging.getLevelName(lg.getEffectiveLevel()), lg.isEnabledFor(logging.INFO))
    print(log.handlers)


if __name__ == "__main__":
    main()
    # without configuration a named logger still reaches stderr through lastResort
    logging.getLogger("other").warning("bare warning %s", "text")
    logging.getLogger("other").info("dropped")
    # the module-level helpers configure the root logger first
    logging.warning("root warning")
    logging.info("root info is below WARNING")
    logging.error("root error %d", 42)
    print(len(logging.getLogger().handlers))
