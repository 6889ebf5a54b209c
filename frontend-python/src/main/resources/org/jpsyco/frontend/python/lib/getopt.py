"""Parser for command line options in the style of Unix getopt() (and GNU long options)."""

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parses options up to the first non-option argument; returns (options, remaining args)."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt() that lets options and other arguments mix (unless POSIXLY_CORRECT or '+')."""
    opts = []
    rest = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    in_order = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    elif os.environ.get('POSIXLY_CORRECT'):
        in_order = True
    args = list(args)
    while args:
        if args[0] == '--':
            rest += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
        elif in_order:
            rest += args
            break
        else:
            rest.append(args[0])
            args = args[1:]
    return opts, rest


def _long(opts, opt, longopts, args):
    optarg = None
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    has_arg, opt = _long_match(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def _long_match(opt, longopts):
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _short(opts, optstring, shortopts, args):
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
