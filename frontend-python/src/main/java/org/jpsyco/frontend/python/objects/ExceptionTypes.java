package org.jpsyco.frontend.python.objects;

import java.util.List;

/** The built-in exception hierarchy of CPython 3.11 (the part jpsyco raises or users commonly catch). */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    public static final PyType BASE_EXCEPTION = PyType.exceptionRoot("BaseException");
    public static final PyType SYSTEM_EXIT = sub("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = sub("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = sub("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = sub("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = sub("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = sub("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = sub("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = sub("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = sub("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = sub("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = sub("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = sub("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = sub("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = sub("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = sub("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = sub("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = sub("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = sub("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = sub("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = sub("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = sub("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = sub("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = sub("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = sub("FileNotFoundError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = sub("PermissionError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = sub("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = sub("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = sub("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = sub("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = sub("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = sub("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = sub("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = sub("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = sub("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = sub("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = sub("UnicodeError", VALUE_ERROR);
    public static final PyType WARNING = sub("Warning", EXCEPTION);
    public static final PyType USER_WARNING = sub("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = sub("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = sub("RuntimeWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = sub("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = PyType.builtinException("ExceptionGroup", BASE_EXCEPTION_GROUP,
            EXCEPTION);

    /** Every type above, for the builtins module. */
    public static final List<PyType> ALL = List.of(BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT,
            EXCEPTION, STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR,
            ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR,
            MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR,
            UNBOUND_LOCAL_ERROR, OS_ERROR, FILE_NOT_FOUND_ERROR, PERMISSION_ERROR, REFERENCE_ERROR, RUNTIME_ERROR,
            NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR,
            TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, WARNING, USER_WARNING, DEPRECATION_WARNING, RUNTIME_WARNING,
            BASE_EXCEPTION_GROUP, EXCEPTION_GROUP);

    /** The remaining warning categories of the builtins module (SyntaxWarning aside). */
    public static final PyType PENDING_DEPRECATION_WARNING = sub("PendingDeprecationWarning", WARNING);
    public static final PyType FUTURE_WARNING = sub("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = sub("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = sub("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = sub("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = sub("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = sub("EncodingWarning", WARNING);
    public static final List<PyType> MORE_WARNINGS = List.of(PENDING_DEPRECATION_WARNING, FUTURE_WARNING,
            IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING, ENCODING_WARNING);

    /** The other OSError subclasses and SyntaxWarning, for the builtins module. */
    public static final PyType BLOCKING_IO_ERROR = sub("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = sub("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = sub("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = sub("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = sub("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = sub("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = sub("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = sub("FileExistsError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = sub("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = sub("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = sub("NotADirectoryError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = sub("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = sub("TimeoutError", OS_ERROR);
    public static final PyType SYNTAX_WARNING = sub("SyntaxWarning", WARNING);
    public static final List<PyType> MORE_ERRORS = List.of(BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR,
            BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR,
            FILE_EXISTS_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PROCESS_LOOKUP_ERROR,
            TIMEOUT_ERROR, SYNTAX_WARNING);

    /** The Unicode errors, whose constructors take the codec's position and reason. */
    public static final PyType UNICODE_DECODE_ERROR = sub("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = sub("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = sub("UnicodeTranslateError", UNICODE_ERROR);
    public static final List<PyType> UNICODE_ERRORS = List.of(UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR,
            UNICODE_TRANSLATE_ERROR);

    private static PyType sub(String name, PyType base) {
        return PyType.builtin(name, base);
    }
}
