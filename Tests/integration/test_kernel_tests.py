"""jupyter_kernel_test's suite against Loupe.

No `code_stderr` sample: the language has no way to write to stderr
(LANGUAGE.md: `print` goes to stdout, and there is no `print(_:to:)`).
"""
import jupyter_kernel_test

from conftest import KERNEL_NAME


class LoupeKernelInfoTests(jupyter_kernel_test.KernelTests):
    """What holds whatever the language can do yet: kernel_info."""
    kernel_name = KERNEL_NAME
    language_name = "swift"
    file_extension = ".swift"


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
    code_display_data = [
        {"code": "display([1, 2, 3])", "mime": "text/plain"},
        {"code": "display(Histogram([1, 2, 2, 3, 3, 3]))", "mime": "image/svg+xml"},
        {"code": "display(PieChart([\"a\": 1, \"b\": 2]))", "mime": "image/png"},
    ]
    code_clear_output = "clearOutput()"


class LoupeIopubWelcomeTests(jupyter_kernel_test.IopubWelcomeTests):
    """JEP 65: a new subscriber's first iopub message is `iopub_welcome` (its subscription is live)."""
    kernel_name = KERNEL_NAME
    support_iopub_welcome = True
