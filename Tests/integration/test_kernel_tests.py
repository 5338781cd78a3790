"""jupyter_kernel_test's suite against Loupe.

No `code_stderr` sample: the language has no way to write to stderr
(LANGUAGE.md: `print` goes to stdout, and there is no `print(_:to:)`).
`code_display_data` and `code_clear_output` wait for the Prelude's
`display(_:)` and `clearOutput(wait:)`.
"""
import unittest

import jupyter_kernel_test

from conftest import KERNEL_NAME, TOOLING_PENDING, TOOLING_REASON, requires_language

_needs_tooling = unittest.skipIf(TOOLING_PENDING, TOOLING_REASON)


class LoupeKernelInfoTests(jupyter_kernel_test.KernelTests):
    """What holds whatever the language can do yet: kernel_info."""
    kernel_name = KERNEL_NAME
    language_name = "swift"
    file_extension = ".swift"


@requires_language
class LoupeLanguageTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "swift"
    file_extension = ".swift"

    code_hello_world = 'print("hello, world")'
    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "[1, 2, 3].count", "result": "3"},
    ]
    completion_samples = [{"text": "pri", "matches": {"print"}}]
    complete_code_samples = ["1 + 2", "print(1)", "func f() {\n    return\n}"]
    incomplete_code_samples = ["func f() {", "let x = (1,", "if true {\n    print(1)"]
    invalid_code_samples = ["let x = )", "}"]
    code_inspect_sample = "print"
    code_history_pattern = "1 + ?"
    supported_history_operations = ("tail", "range", "search")
    code_generate_error = "undefinedName + 1"

    test_completion = _needs_tooling(jupyter_kernel_test.KernelTests.test_completion)
    test_is_complete = _needs_tooling(jupyter_kernel_test.KernelTests.test_is_complete)
    test_inspect = _needs_tooling(jupyter_kernel_test.KernelTests.test_inspect)
