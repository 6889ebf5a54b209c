"""Facts about the machine and the interpreter: system, machine, node, release, version,
python_version and python_implementation, platform() and uname()."""

import os
import sys
import collections

__version__ = '1.0.8'


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine processor")):
    """What uname() returns: the five fields of os.uname() and the processor."""

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self)[:5])


_uname_cache = None


def _processor():
    return ''


def uname():
    global _uname_cache
    if _uname_cache is None:
        try:
            u = os.uname()
            _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine,
                                        _processor())
        except AttributeError:
            _uname_cache = uname_result(sys.platform.capitalize(), '', '', '', '', '')
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_implementation():
    """'CPython' for the language jpsyco implements: programs test this to choose code
    paths, and jpsyco runs CPython's semantics (sys.implementation.name says 'jpsyco')."""
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'jpsyco'


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '')


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
                for line in f:
                    line = line.strip()
                    if '=' in line and not line.startswith('#'):
                        k, v = line.split('=', 1)
                        info[k] = v.strip('"\'')
                return info
        except OSError:
            continue
    raise OSError(2, 'No such file or directory', '/etc/os-release')


def platform(aliased=False, terse=False):
    """'Linux-6.1.0-x86_64-with-glibc2.36' style identification of the platform."""
    system_, node_, release_, version_, machine_, processor_ = uname()
    if terse:
        parts = [system_, release_]
    else:
        libcname, libcversion = libc_ver()
        parts = [system_, release_, machine_, 'with', libcname + libcversion]
    text = '-'.join(p for p in parts if p)
    for c in ' /\\:;"()':
        text = text.replace(c, '_' if c == ' ' else '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text[:-1] if text.endswith('-') else text
