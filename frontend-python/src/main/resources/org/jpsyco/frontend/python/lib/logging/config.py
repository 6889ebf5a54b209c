"""Configuring logging from a dictionary (dictConfig, schema version 1)."""

import sys
import logging
import logging.handlers

IDENTIFIER_ERROR = "Not a valid Python identifier: %r"


def _resolve(name):
    """The object a dotted name such as 'logging.StreamHandler' or 'mypkg.mod.Class' names."""
    try:
        return _import_dotted(name)
    except ImportError as e:
        v = ValueError('Cannot resolve %r: %s' % (name, e))
        raise v from e


def _import_dotted(name):
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


def _value(v):
    """Resolves the 'ext://sys.stdout' form that names an object outside the configuration."""
    if isinstance(v, str) and v.startswith('ext://'):
        return _resolve(v[6:])
    return v


class DictConfigurator:
    """Applies one configuration dictionary to the logging package."""

    def __init__(self, config):
        self.config = config

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                for name, hc in config.get('handlers', {}).items():
                    if name not in logging._handlers:
                        raise ValueError('No handler found with name %r' % name)
                    if hc.get('level'):
                        logging._handlers[name].setLevel(logging._checkLevel(hc['level']))
                for name, lc in config.get('loggers', {}).items():
                    self._common_logger(logging.getLogger(name), lc, True)
                if config.get('root'):
                    self._common_logger(logging.root, config['root'], True)
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            logging._handlers.clear()
            self.formatters = {}
            for name, fc in config.get('formatters', {}).items():
                try:
                    self.formatters[name] = self.configure_formatter(fc)
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            self.filters = {}
            for name, fc in config.get('filters', {}).items():
                try:
                    self.filters[name] = self.configure_filter(fc)
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e
            handlers = self.handlers = {}
            for name in sorted(config.get('handlers', {})):
                try:
                    h = self.configure_handler(config['handlers'][name])
                    h.name = name
                    handlers[name] = h
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get('loggers', {})
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    while i < len(existing) and existing[i].startswith(prefixed):
                        child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    logger = logging.getLogger(name)
                    self._common_logger(logger, loggers[name], False)
                    logger.propagate = loggers[name].get('propagate', True)
                    logger.disabled = False
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            for log in existing:
                logger = root.manager.loggerDict[log]
                if log in child_loggers:
                    logger.level = logging.NOTSET
                    logger.handlers = []
                    logger.propagate = True
                elif disable_existing:
                    logger.disabled = True
            if config.get('root'):
                try:
                    self._common_logger(root, config['root'], False)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        config = dict(config)
        factory = config.pop('()', None) or config.pop('class', None)
        if isinstance(factory, str):
            factory = _resolve(factory)
        fmt = config.pop('format', None)
        dfmt = config.pop('datefmt', None)
        style = config.pop('style', '%')
        validate = config.pop('validate', True)
        defaults = config.pop('defaults', None)
        if factory is None:
            factory = logging.Formatter
        if factory is logging.Formatter or isinstance(factory, type) and issubclass(factory, logging.Formatter):
            if defaults is not None:
                return factory(fmt, dfmt, style, validate, defaults=defaults)
            return factory(fmt, dfmt, style, validate)
        return factory(**config)

    def configure_filter(self, config):
        config = dict(config)
        factory = config.pop('()', None)
        if factory is not None:
            if isinstance(factory, str):
                factory = _resolve(factory)
            return factory(**config)
        return logging.Filter(config.get('name', ''))

    def _add_filters(self, target, names):
        for f in names:
            try:
                target.addFilter(self.filters[f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        factory = config.pop('()', None) or config.pop('class', None)
        if isinstance(factory, str):
            factory = _resolve(factory)
        if isinstance(config.get('target'), str) and config['target'] in self.handlers:
            # a MemoryHandler names the handler it flushes to
            config['target'] = self.handlers[config['target']]
        kwargs = {k: _value(v) for k, v in config.items() if k != '.'}
        result = factory(**kwargs)
        if formatter:
            try:
                result.setFormatter(self.formatters[formatter])
            except KeyError as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self._add_filters(result, filters)
        return result

    def _common_logger(self, logger, config, incremental):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get('handlers', []):
                try:
                    logger.addHandler(self.handlers[name])
                except KeyError as e:
                    raise ValueError('Unable to add handler %r' % name) from e
            self._add_filters(logger, config.get('filters', []))


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary, as the documented schema (version 1) says."""
    dictConfigClass(config).configure()
